#include "clientcore.h"
#include "secrets/credentialstore.h"
#include "serverfixture.h"
#include "session/session.h"
#include "store/outbox.h"

#include <QDate>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf::client;

// T2 at small scale: an operation saved in the outbox while the server is down survives a client
// restart, is resent with the same Idempotency-Key, and takes effect exactly once.
namespace {

// A purchase withdrawal (issue 17: POST /api/v1/withdrawals) of `amountFen` from `account`, the
// contract signed last month on the server's (system) clock.
QJsonObject purchaseWithdrawal(const QString &account, qint64 amountFen)
{
    return {{u"accountNumber"_qs, account},
            {u"type"_qs, u"purchase"_qs},
            {u"amountFen"_qs, amountFen},
            {u"evidence"_qs,
             QJsonObject{{u"eventDate"_qs, QDate::currentDate().addMonths(-1).toString(Qt::ISODate)},
                         {u"contractNumber"_qs, QString(u"UI-"_qs + account)},
                         {u"priceFen"_qs, qint64(900000000000)}}},
            {u"payee"_qs, QJsonObject{{u"bankCode"_qs, u"105"_qs},
                                      {u"accountNumber"_qs, u"6217000012345678"_qs},
                                      {u"name"_qs, u"测试收款人"_qs}}}};
}

} // namespace

class TestOutboxRestart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void resentAfterRestartWithoutDoublePosting();

private:
    std::unique_ptr<ClientCore> makeCore();
    int withdrawalsOf(ClientCore *core, const QString &account, qint64 amountFen);

    hpf::test::ServerFixture m_server;
    QTemporaryDir m_data;
    MemoryCredentialStore m_keychain; // survives the "restart" like the real keychain
};

void TestOutboxRestart::initTestCase()
{
    QVERIFY(m_server.prepare().isEmpty());
    QVERIFY(m_server.start().isEmpty());
}

std::unique_ptr<ClientCore> TestOutboxRestart::makeCore()
{
    ClientOptions options;
    options.dataDirectory = m_data.path();
    options.credentials = &m_keychain;
    options.heartbeatMs = 200;
    auto core = std::make_unique<ClientCore>(options);
    if (!core->openStore().ok())
        return nullptr;
    QSignalSpy key(core.get(), &ClientCore::cacheKeyReady);
    core->loadCacheKey();
    if (!key.wait(5000) || !key.at(0).at(0).toBool())
        return nullptr;
    core->api()->setRetryPolicy({2, 20, 40});
    core->connectTo(m_server.url());
    QSignalSpy signedIn(core->session(), &Session::signedIn);
    core->session()->signIn(u"teller1"_qs, u"train-teller1"_qs);
    if (!signedIn.wait(15000))
        return nullptr;
    return core;
}

int TestOutboxRestart::withdrawalsOf(ClientCore *core, const QString &account, qint64 amountFen)
{
    QSignalSpy done(
        core->api()->send(ApiRequest::get(u"/api/v1/accounts/%1/journal?limit=200"_qs.arg(account))),
        &ApiCall::finished);
    if (!done.wait(15000))
        return -1;
    int n = 0;
    const auto r = done.at(0).at(0).value<ApiResponse>();
    for (const QJsonValue &v : r.object().value(u"items").toArray())
        n += v.toObject().value(u"amountFen").toInteger() == -amountFen ? 1 : 0;
    return n;
}

void TestOutboxRestart::resentAfterRestartWithoutDoublePosting()
{
    const QString account = m_server.personalAccounts().value(5);
    const qint64 amount = 12345;
    const ApiRequest withdrawal =
        ApiRequest::post(u"/api/v1/withdrawals"_qs, purchaseWithdrawal(account, amount), QString());
    QString id;
    {
        auto first = makeCore();
        QVERIFY(first);
        QVERIFY(first->outbox()->isPersistent());
        QCOMPARE(withdrawalsOf(first.get(), account, amount), 0);
        m_server.kill(); // the reply never comes
        QSignalSpy finished(first->outbox(), &Outbox::finished);
        auto submitted = first->outbox()->submit(withdrawal, u"部分提取"_qs);
        QVERIFY(submitted.ok());
        id = *submitted;
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toString(), id);
        QCOMPARE(first->outbox()->pendingCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!first->isOnline(), 5000);
        // The client goes away with the operation unconfirmed.
    }
    QVERIFY(m_server.start(m_server.port()).isEmpty());
    auto second = makeCore(); // signing in resends the pending item
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(second->outbox()->pendingCount(), 0, 15000);
    const auto item = second->outbox()->item(id);
    QVERIFY(item);
    QCOMPARE(item->state, Outbox::State::Done);
    QCOMPARE(item->responseStatus, 201);
    const QString serial = item->response.value(u"serial").toString();
    QVERIFY(!serial.isEmpty());
    QCOMPARE(withdrawalsOf(second.get(), account, amount), 1);

    // A lost reply resent once more with the same key: the server replays, nothing is posted twice.
    ApiRequest again = withdrawal;
    again.idempotencyKey = id;
    QSignalSpy replay(second->api()->send(again), &ApiCall::finished);
    QVERIFY(replay.wait(15000));
    const auto r = replay.at(0).at(0).value<ApiResponse>();
    QVERIFY2(r.ok(), qPrintable(r.problem.code));
    QCOMPARE(r.object().value(u"serial").toString(), serial);
    QCOMPARE(withdrawalsOf(second.get(), account, amount), 1);
}

QTEST_GUILESS_MAIN(TestOutboxRestart)
#include "tst_outboxrestart.moc"
