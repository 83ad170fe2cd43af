#include "net/apiclient.h"
#include "outboxsuite.h"
#include "scriptedhttpserver.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

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

private:
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

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
