// The one Operation path (models/ops): saved in the outbox before it is sent, the same key on every
// resend, cancel before send, one operation for a doubled confirm, queued while offline and sent
// later, a refusal kept with its body, and the typed result read from the stored response.
#include "api/employeelists.h"
#include "api/judicial.h"
#include "lists/employeelistvalidator.h"
#include "net/apiclient.h"
#include "ops/operation.h"
#include "outboxsuite.h"
#include "scriptedhttpserver.h"
#include "session/session.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf::client;
using hpf::test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Reply;
using ops::Operation;

namespace {

// An idempotent back end for the judicial desk's POST (a freeze): the first request with a key has the
// effect, a replay answers the stored response.
struct Backend
{
    QHash<QByteArray, QByteArray> stored;
    QList<QByteArray> keys; // the Idempotency-Key of every request, in order
    int effects = 0;
    bool down = false;
    bool refuse = false;
    bool dropAvailable = false; // answer without "availableFen" (a contract failure)
    std::function<void(const QByteArray &key)> onRequest;

    Reply handle(const ScriptedHttpServer::Request &rq)
    {
        const QByteArray key = rq.header("Idempotency-Key");
        keys.append(key);
        if (onRequest)
            onRequest(key);
        if (down)
            return Reply::close();
        if (refuse)
            return Reply::problem(422, "judicial.amount_invalid", "amountFen");
        if (!stored.contains(key)) {
            ++effects;
            const QByteArray n = QByteArray::number(effects);
            const QByteArray freeze =
                R"({"holdId":")" + n +
                R"(","state":"active","courtName":"示例法院","caseNumber":"（2026）京0105执1号",)"
                R"("registeredAt":"2026-12-01T08:00:00Z","amountFen":200000})";
            QByteArray account = R"({"balanceFen":250000,"heldFen":200000)";
            if (!dropAvailable)
                account += R"(,"availableFen":50000)";
            account += "}";
            stored.insert(key,
                          R"({"request":{"id":")" + n + R"(","serial":"YW)" + n +
                              R"(","type":"freeze"},"freeze":)" + freeze + R"(,"promoted":null,"account":)" +
                              account + R"(,"receipt":{"number":"YW)" + n +
                              R"(","centerName":"示例中心","action":"freeze","courtName":"示例法院",)"
                              R"("caseNumber":"（2026）京0105执1号","accountNumber":"1000000000011",)"
                              R"("personName":"张*","at":"2026-12-01T08:00:00Z","teller":"judicial1"}})");
        }
        return Reply::json(201, stored.value(key));
    }
};

// A court's freeze of `amountFen` (the request the desk submits; the scripted back end does not
// check it, the operation path is what is tested).
hpf::judicial::Request freezeInput(qint64 amountFen = 200000)
{
    hpf::judicial::Request r;
    r.type = hpf::judicial::RequestType::Freeze;
    r.accountNumber = u"1000000000011"_qs;
    r.courtCode = u"京0105"_qs;
    r.caseNumber = u"（2026）京0105执1号"_qs;
    r.amountFen = amountFen;
    r.startDate = QDate(2026, 12, 1);
    r.endDate = QDate(2027, 11, 30);
    return r;
}

} // namespace

class TestOperation : public OutboxSuite
{
    Q_OBJECT
public:
    TestOperation()
        : OutboxSuite(RetryPolicy{2, 10, 20}, 2000)
    {}

private slots:
    void init();
    void cleanup();
    void savedBeforeSent();
    void sameKeyOnResend();
    void cancelBeforeSend();
    void cancelQueuedBeforeSend();
    void duplicateConfirmGivesOneOperation();
    void queuedWhileOfflineThenSent();
    void refusalKeepsItsKeyForTheSameRequest();
    void contractFailureNamesTheField();
    void storedOutcomeAfterRestart();
    void largeListBodyIsSavedAndSent();
    void grantIsBoundToTheOperation();

private:
    Backend m_backend;
};

void TestOperation::init()
{
    m_backend = Backend{};
    setUp([this](const auto &rq) { return m_backend.handle(rq); });
}

void TestOperation::cleanup()
{
    tearDown();
}

void TestOperation::savedBeforeSent()
{
    Operation op(m_outbox);
    std::optional<Outbox::Item> seenBySend;
    m_backend.onRequest = [&](const QByteArray &key) {
        seenBySend = m_outbox->item(QString::fromLatin1(key));
    };
    QSignalSpy succeeded(&op, &Operation::succeeded);
    QVERIFY(op.confirm(api::judicial::submit(freezeInput(), u"司法冻结"_qs)));
    const QString id = op.id();
    QVERIFY(!id.isEmpty());
    QCOMPARE(op.state(), Operation::State::Confirmed);
    QVERIFY(!m_outbox->item(id)); // confirmed is not saved yet
    QVERIFY(op.submit());
    QVERIFY(m_outbox->item(id)); // saved before the request left
    QVERIFY(succeeded.wait(5000));
    QVERIFY(seenBySend);
    QCOMPARE(seenBySend->state, Outbox::State::Pending);
    QCOMPARE(m_backend.keys, QList<QByteArray>{id.toLatin1()});
    QCOMPARE(op.state(), Operation::State::Done);
    QCOMPARE(m_outbox->item(id)->state, Outbox::State::Done);
    const auto freeze = succeeded.at(0).at(0).value<ops::Outcome>().as<api::JudicialOutcome>();
    QVERIFY(freeze.ok());
    QCOMPARE(freeze->serial, u"YW1"_qs);
    QCOMPARE(freeze->availableFen, qint64(50000));
}

void TestOperation::sameKeyOnResend()
{
    Operation op(m_outbox);
    QSignalSpy status(&op, &Operation::status);
    QSignalSpy succeeded(&op, &Operation::succeeded);
    QSignalSpy failed(&op, &Operation::failed);
    m_backend.down = true;
    QVERIFY(op.start(api::judicial::submit(freezeInput(), u"司法冻结"_qs)));
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && status.last().at(1).toBool(), 5000);
    QVERIFY(op.isPending()); // not confirmed: kept, never a final failure
    QCOMPARE(op.state(), Operation::State::Sending);
    QVERIFY(failed.isEmpty());
    QCOMPARE(m_outbox->item(op.id())->state, Outbox::State::Pending);
    m_backend.down = false;
    op.resend();
    QVERIFY(succeeded.wait(5000));
    QVERIFY(m_backend.keys.size() >= 2);
    for (const QByteArray &key : std::as_const(m_backend.keys))
        QCOMPARE(key, op.id().toLatin1());
    QCOMPARE(m_backend.effects, 1);
}

void TestOperation::cancelBeforeSend()
{
    Operation op(m_outbox);
    QVERIFY(op.confirm(api::judicial::submit(freezeInput(), u"司法冻结"_qs)));
    const QString id = op.id();
    QVERIFY(op.cancel());
    QCOMPARE(op.state(), Operation::State::Idle);
    QVERIFY(!op.isPending());
    QVERIFY(!op.submit()); // nothing confirmed any more
    QTest::qWait(100);
    QVERIFY(m_backend.keys.isEmpty());
    QVERIFY(!m_outbox->item(id));
}

void TestOperation::cancelQueuedBeforeSend()
{
    Operation op(m_outbox);
    QVERIFY(op.start(api::judicial::submit(freezeInput(), u"司法冻结"_qs), Operation::Mode::Queued));
    const QString id = op.id();
    QCOMPARE(op.state(), Operation::State::Queued);
    QCOMPARE(m_outbox->item(id)->state, Outbox::State::Pending);
    QVERIFY(op.cancel());
    QCOMPARE(m_outbox->item(id)->state, Outbox::State::Cancelled);
    m_outbox->resendPending();
    QTest::qWait(200);
    QVERIFY(m_backend.keys.isEmpty()); // withdrawn: never sent
    QCOMPARE(m_outbox->pendingCount(), 0);
    // Once sent it can no longer be cancelled.
    QVERIFY(op.start(api::judicial::submit(freezeInput(300000), u"司法冻结"_qs)));
    QVERIFY(!op.cancel());
}

void TestOperation::duplicateConfirmGivesOneOperation()
{
    Operation op(m_outbox);
    QSignalSpy succeeded(&op, &Operation::succeeded);
    const ops::Request request = api::judicial::submit(freezeInput(), u"司法冻结"_qs);
    QVERIFY(op.confirm(request));
    const QString id = op.id();
    QVERIFY(op.confirm(request)); // a double click: the same operation
    QCOMPARE(op.id(), id);
    QVERIFY(!op.confirm(api::judicial::submit(freezeInput(100), u"司法冻结"_qs))); // another one waits
    QCOMPARE(op.id(), id);
    QVERIFY(op.submit());
    QVERIFY(!op.start(request)); // sent: a second Enter starts nothing
    QVERIFY(!op.submit());
    QVERIFY(succeeded.wait(5000));
    QTest::qWait(100);
    QCOMPARE(succeeded.size(), 1);
    QCOMPARE(m_backend.keys.size(), 1);
    QCOMPARE(m_backend.effects, 1);
    // Done: the next confirmation is a new business with a new id.
    QVERIFY(op.confirm(request));
    QVERIFY(op.id() != id);
}

void TestOperation::queuedWhileOfflineThenSent()
{
    Operation op(m_outbox);
    QSignalSpy succeeded(&op, &Operation::succeeded);
    QVERIFY(op.start(api::judicial::submit(freezeInput(), u"司法冻结"_qs), Operation::Mode::Queued));
    QCOMPARE(op.state(), Operation::State::Queued);
    QTest::qWait(100);
    QVERIFY(m_backend.keys.isEmpty()); // saved, not sent
    QCOMPARE(m_outbox->items(Outbox::State::Pending).size(), 1);
    m_outbox->resendPending(); // what the client does when the connection is back
    QVERIFY(succeeded.wait(5000));
    QCOMPARE(m_backend.keys, QList<QByteArray>{op.id().toLatin1()});
    QCOMPARE(op.state(), Operation::State::Done);
    QCOMPARE(m_outbox->pendingCount(), 0);
}

void TestOperation::refusalKeepsItsKeyForTheSameRequest()
{
    Operation op(m_outbox);
    QSignalSpy failed(&op, &Operation::failed);
    m_backend.refuse = true;
    const ops::Request request = api::judicial::submit(freezeInput(), u"司法冻结"_qs);
    QVERIFY(op.start(request));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(1).value<hpf::Error>().code, u"judicial.amount_invalid"_qs);
    QCOMPARE(failed.at(0).at(1).value<hpf::Error>().field, u"amountFen"_qs);
    QVERIFY(failed.at(0).at(0).toString().contains(u"(request "_qs)); // staff can quote it
    QCOMPARE(op.state(), Operation::State::Failed);
    QCOMPARE(m_outbox->item(op.id())->state, Outbox::State::Failed);
    const QString id = op.id();
    QVERIFY(op.start(request)); // the same request again: the same id
    QCOMPARE(op.id(), id);
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_backend.keys, (QList<QByteArray>{id.toLatin1(), id.toLatin1()}));
    QVERIFY(op.start(api::judicial::submit(freezeInput(100), u"司法冻结"_qs))); // another: a new id
    QVERIFY(op.id() != id);
    QVERIFY(failed.wait(5000));
}

void TestOperation::contractFailureNamesTheField()
{
    Operation op(m_outbox);
    QSignalSpy succeeded(&op, &Operation::succeeded);
    m_backend.dropAvailable = true;
    QVERIFY(op.start(api::judicial::submit(freezeInput(), u"司法冻结"_qs)));
    QVERIFY(succeeded.wait(5000));
    const auto freeze = succeeded.at(0).at(0).value<ops::Outcome>().as<api::JudicialOutcome>();
    QVERIFY(!freeze.ok());
    QCOMPARE(freeze.error().code, u"api.contract"_qs);
    QCOMPARE(freeze.error().field, u"account.availableFen"_qs);
}

void TestOperation::storedOutcomeAfterRestart()
{
    QString id;
    QByteArray first;
    {
        Operation op(m_outbox);
        QSignalSpy succeeded(&op, &Operation::succeeded);
        QVERIFY(op.start(api::judicial::submit(freezeInput(), u"司法冻结"_qs)));
        QVERIFY(succeeded.wait(5000));
        id = op.id();
        first = succeeded.at(0).at(0).value<ops::Outcome>().as<api::JudicialOutcome>()->serial.toUtf8();
    }
    stop();
    start();
    const ops::Outcome stored = ops::storedOutcome(m_outbox, id);
    QVERIFY(!stored.isEmpty());
    const auto freeze = stored.as<api::JudicialOutcome>();
    QVERIFY(freeze.ok());
    QCOMPARE(freeze->serial.toUtf8(), first);
    QVERIFY(ops::storedOutcome(m_outbox, u"no-such-id"_qs).isEmpty());
}

void TestOperation::largeListBodyIsSavedAndSent()
{
    // An employee list near the server's 8 MiB limit goes through the outbox like any operation.
    ListValidation validation;
    const QString filler(400, u'张');
    for (int i = 0; i < 6500; ++i)
        validation.bodies.append(QJsonObject{{u"name"_qs, filler}, {u"row"_qs, i}});
    QList<int> rows;
    for (int i = 0; i < validation.bodies.size(); ++i)
        rows.append(i);
    const ops::Request request =
        api::employeelists::submit(u"80000000011"_qs, validation, rows, true, u"清册开户"_qs);
    QCOMPARE(request.timeoutMs, api::kEmployeeListTimeoutMs);
    qsizetype bodySize = 0;
    m_server->setHandler([&](const ScriptedHttpServer::Request &rq) {
        bodySize = rq.body.size();
        return Reply::json(201, "{\"serial\":\"YW9\"}");
    });
    Operation op(m_outbox);
    QSignalSpy succeeded(&op, &Operation::succeeded);
    QVERIFY(op.start(request));
    const auto saved = m_outbox->item(op.id());
    QVERIFY(saved);
    QCOMPARE(saved->body.value(u"rows").toArray().size(), 6500);
    QCOMPARE(saved->timeoutMs, api::kEmployeeListTimeoutMs);
    QVERIFY(succeeded.wait(30000));
    QVERIFY2(bodySize > 7 * 1024 * 1024, qPrintable(QString::number(bodySize)));
}

void TestOperation::grantIsBoundToTheOperation()
{
    Operation op(m_outbox);
    const ops::Request request = api::judicial::submit(freezeInput(), u"司法冻结"_qs);
    QVERIFY(op.confirm(request));
    // What the supervisor authorises is exactly this operation: its key, path and body.
    const GrantRequest grant = op.grantRequest(u"supervisor1"_qs, u"pw"_qs, u"司法冻结 2,000.00"_qs);
    QCOMPARE(grant.operation.idempotencyKey, op.id());
    QCOMPARE(grant.operation.path, request.path);
    QCOMPARE(grant.operation.body, request.body);
    QVERIFY(grant.operation.grant.isEmpty());
    QByteArray sentGrant;
    m_server->setHandler([&](const ScriptedHttpServer::Request &rq) {
        sentGrant = rq.header("X-Supervisor-Grant");
        return m_backend.handle(rq);
    });
    QSignalSpy succeeded(&op, &Operation::succeeded);
    op.setGrant(u"grant-token-1"_qs);
    QVERIFY(op.submit());
    QCOMPARE(m_outbox->item(op.id())->grant, u"grant-token-1"_qs); // kept for a resend
    QVERIFY(succeeded.wait(5000));
    QCOMPARE(sentGrant, QByteArray("grant-token-1"));
    // A grant given after the operation was sent binds to nothing.
    op.setGrant(u"late"_qs);
    QVERIFY(op.confirm(request));
    QVERIFY(op.grantRequest(u"s"_qs, u"p"_qs, u"x"_qs).operation.grant.isEmpty());
}

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
