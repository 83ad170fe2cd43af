#include "net/apiclient.h"
#include "outboxsuite.h"
#include "scriptedhttpserver.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf::client;
using hpf::test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Reply;

// A scripted back end that behaves like an idempotent server: the first request with a key has
// the effect, replays return the stored response. `hangFirst` commits and then never answers.
struct IdempotentBackend
{
    QHash<QByteArray, QByteArray> stored;
    int effects = 0;
    bool hangFirst = false;
    bool down = false;
    bool refuse = false;

    Reply handle(const ScriptedHttpServer::Request &rq)
    {
        if (down)
            return Reply::close();
        if (refuse)
            return Reply::problem(422, "identity.checksum", "idNumber");
        const QByteArray key = rq.header("Idempotency-Key");
        if (!stored.contains(key)) {
            ++effects;
            stored.insert(key,
                          "{\"serial\":\"YW" + QByteArray::number(effects) + "\",\"echo\":" + rq.body + "}");
            if (std::exchange(hangFirst, false))
                return Reply::hang();
        }
        return Reply::json(201, stored.value(key));
    }
};

class TestOutbox : public OutboxSuite
{
    Q_OBJECT
public:
    TestOutbox()
        : OutboxSuite(RetryPolicy{3, 20, 50}, 300)
    {}

private slots:
    void init();
    void cleanup();
    void savedBeforeSentAndDoneWithResponse();
    void timeoutAfterCommitAppliesOnce();
    void restartResendsWithTheSameKey();
    void refusedOperationIsKeptAsFailed();
    void withoutKeyItemsStayInMemory();
    void pathAndSummaryAreNotInTheFile();
    void rowsFromBeforeSchema4AreSealedAndKept();

private:
    QByteArray fileBytes() const;
    QString submit(const QString &name);
    IdempotentBackend m_backend;
};

void TestOutbox::init()
{
    m_backend = IdempotentBackend{};
    setUp([this](const auto &rq) { return m_backend.handle(rq); });
}

void TestOutbox::cleanup()
{
    tearDown();
}

QString TestOutbox::submit(const QString &name)
{
    const ApiRequest rq =
        ApiRequest::post(u"/api/v1/openings/units"_qs, QJsonObject{{u"name"_qs, name}}, QString());
    const auto id = m_outbox->submit(rq, u"单位开户"_qs);
    return id.ok() ? id.value() : QString();
}

void TestOutbox::savedBeforeSentAndDoneWithResponse()
{
    QSignalSpy finished(m_outbox, &Outbox::finished);
    const QString id = submit(u"某某科技有限公司"_qs);
    QVERIFY(!id.isEmpty());
    // Saved before anything was sent: the request has not left yet (it starts from the event loop).
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_outbox->item(id)->state, Outbox::State::Pending);
    QCOMPARE(m_outbox->pendingCount(), 1);

    QVERIFY(finished.wait(5000));
    const auto done = m_outbox->item(id);
    QCOMPARE(done->state, Outbox::State::Done);
    QCOMPARE(done->response.value(u"serial").toString(), u"YW1"_qs);
    QCOMPARE(m_server->requests().first().header("Idempotency-Key"), id.toLatin1());
    QCOMPARE(m_outbox->pendingCount(), 0);

    // Personal data never sits in the file in clear.
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(u"SELECT sealed_body, sealed_response FROM outbox"_qs) && q.next());
    QVERIFY(!q.value(0).toByteArray().contains(QString(u"某某科技"_qs).toUtf8()));
    QVERIFY(!q.value(1).toByteArray().contains(QString(u"某某科技"_qs).toUtf8()));
}

void TestOutbox::timeoutAfterCommitAppliesOnce()
{
    m_backend.hangFirst = true; // the server commits, then the answer never arrives
    QSignalSpy finished(m_outbox, &Outbox::finished);
    const QString id = submit(u"甲公司"_qs);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_outbox->item(id)->state, Outbox::State::Done);
    QCOMPARE(m_backend.effects, 1);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_outbox->item(id)->response.value(u"serial").toString(), u"YW1"_qs);
}

void TestOutbox::restartResendsWithTheSameKey()
{
    m_backend.down = true;
    QSignalSpy finished(m_outbox, &Outbox::finished);
    const QString id = submit(u"乙公司"_qs);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_outbox->item(id)->state, Outbox::State::Pending); // unsent work stays pending
    QCOMPARE(m_backend.effects, 0);

    stop(); // the client goes away (a crash would leave the same file behind)
    m_backend.down = false;
    start();
    QCOMPARE(m_outbox->pendingCount(), 1);
    QSignalSpy again(m_outbox, &Outbox::finished);
    m_outbox->resendPending();
    m_outbox->resendPending(); // a double trigger must not double-send
    QVERIFY(again.wait(5000));
    QCOMPARE(m_outbox->item(id)->state, Outbox::State::Done);
    QCOMPARE(m_backend.effects, 1);
    QCOMPARE(m_server->requests().last().header("Idempotency-Key"), id.toLatin1());
    QCOMPARE(m_outbox->pendingCount(), 0);
}

void TestOutbox::refusedOperationIsKeptAsFailed()
{
    m_backend.refuse = true;
    QSignalSpy finished(m_outbox, &Outbox::finished);
    const QString id = submit(u"丙公司"_qs);
    QVERIFY(finished.wait(5000));
    const auto item = m_outbox->item(id);
    QCOMPARE(item->state, Outbox::State::Failed);
    QCOMPARE(item->lastError, u"identity.checksum"_qs);
    QCOMPARE(m_outbox->items(Outbox::State::Failed).size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestOutbox::withoutKeyItemsStayInMemory()
{
    m_cipher.clear();
    QVERIFY(!m_outbox->isPersistent());
    QSignalSpy finished(m_outbox, &Outbox::finished);
    const QString id = submit(u"丁公司"_qs);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_outbox->item(id)->state, Outbox::State::Done);
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM outbox"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QByteArray TestOutbox::fileBytes() const
{
    QByteArray all;
    for (const char *suffix : {"", "-wal", "-journal"}) {
        QFile f(m_dbPath + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// Defect 8: the path (account numbers) and the summary are sealed like the body.
void TestOutbox::pathAndSummaryAreNotInTheFile()
{
    const QByteArray path = "/api/v1/accounts/110101900000123457X/seal";
    const QString summary = u"封存 张三丰"_qs;
    m_backend.down = true; // stays pending: the row is in the file as written by submit()
    const auto id = m_outbox->submit(ApiRequest::post(QString::fromLatin1(path), QJsonObject{}, QString()),
                                     summary, false);
    QVERIFY(id.ok());
    const auto item = m_outbox->item(id.value());
    QVERIFY(item);
    QCOMPARE(item->path, QString::fromLatin1(path));
    QCOMPARE(item->summary, summary);
    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains(id.value().toLatin1())); // the check reads the right file
    QVERIFY(!bytes.contains("110101900000123457X"));
    QVERIFY(!bytes.contains(summary.toUtf8()));
    QVERIFY(!bytes.contains(QString(u"张三丰"_qs).toUtf8()));
    // And after a restart it still opens with the key.
    stop();
    start();
    QCOMPARE(m_outbox->item(id.value())->path, QString::fromLatin1(path));
    QCOMPARE(m_outbox->items(Outbox::State::Pending).size(), 1);
}

// Rows written before local schema 4 keep path and summary in clear columns: they stay usable, and
// once the key is there sealLegacyRows() seals them and the clear values leave the file.
void TestOutbox::rowsFromBeforeSchema4AreSealedAndKept()
{
    const QByteArray sealed =
        m_cipher.seal(R"({"body":{"name":"甲公司"},"grant":""})", "outbox-body|legacy-1").value();
    {
        QSqlQuery q(m_db->database());
        q.prepare(
            u"INSERT INTO outbox (id, owner, server, created_at, method, path, summary, sealed_body,"
            " state, updated_at, meta_sealed) VALUES ('legacy-1', 'teller01', ?, '2026-01-01T00:00:00.000Z',"
            " 'POST', '/api/v1/accounts/110101900000123457X/seal', '封存 李四光', ?, 'pending', 't', 0)"_qs);
        q.addBindValue(m_server->url().toString());
        q.addBindValue(sealed);
        QVERIFY(q.exec());
    }
    auto legacy = m_outbox->item(u"legacy-1"_qs);
    QVERIFY(legacy);
    QCOMPARE(legacy->path, u"/api/v1/accounts/110101900000123457X/seal"_qs);
    QCOMPARE(legacy->summary, u"封存 李四光"_qs);

    QCOMPARE(m_outbox->sealLegacyRows(), 1);
    QCOMPARE(m_outbox->sealLegacyRows(), 0); // once
    stop();
    QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("legacy-1"));
    QVERIFY(!bytes.contains("110101900000123457X"));
    QVERIFY(!bytes.contains(QString(u"李四光"_qs).toUtf8()));
    start();
    legacy = m_outbox->item(u"legacy-1"_qs);
    QVERIFY(legacy);
    QCOMPARE(legacy->state, Outbox::State::Pending); // unsent work kept
    QCOMPARE(legacy->path, u"/api/v1/accounts/110101900000123457X/seal"_qs);
    QCOMPARE(legacy->summary, u"封存 李四光"_qs);
    QCOMPARE(legacy->body.value(u"name").toString(), u"甲公司"_qs);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
