#include "clientcore.h"
#include "judicial/request.h"
#include "reference/referencesync.h"
#include "secrets/credentialstore.h"
#include "serverfixture.h"
#include "session/session.h"
#include "session/usertext.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hpf::client;

// Session against a real hpf-server: sign-in, wrong password, lockout, refresh token kept in the
// credential store, idle lock and unlock, supervisor grants, reference data by ETag.
class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signIn_data();
    void signIn();
    void wrongPasswordMessage();
    void lockoutAfterRepeatedFailures();
    void unreachableServerQuotesRequestId();
    void refreshTokenStoredUnderServerAndUser();
    void resumeFromStoredRefreshToken();
    void idleLockAndUnlock();
    void supervisorGrant_data();
    void supervisorGrant();
    void referenceDataByEtag();

private:
    bool signInAs(const QString &user, const QString &password = {});

    hpf::test::ServerFixture m_server;
    QTemporaryDir m_data;
    MemoryCredentialStore *m_credentials = nullptr;
    std::unique_ptr<ClientCore> m_core;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TestSession::init()
{
    m_credentials = new MemoryCredentialStore(this);
    ClientOptions options;
    options.dataDirectory = m_data.path();
    options.workstation = u"test-ws"_qs;
    options.credentials = m_credentials;
    m_core = std::make_unique<ClientCore>(options);
    QVERIFY(m_core->openStore().ok());
    m_core->connectTo(m_server.url());
}

void TestSession::cleanup()
{
    m_core.reset();
    delete m_credentials;
    m_credentials = nullptr;
}

bool TestSession::signInAs(const QString &user, const QString &password)
{
    QSignalSpy signedIn(m_core->session(), &Session::signedIn);
    m_core->session()->signIn(user, password.isEmpty() ? u"train-"_qs + user : password);
    return signedIn.wait(15000);
}

void TestSession::signIn_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("branch");
    QTest::newRow("teller1") << u"teller1"_qs << u"teller"_qs << u"0001"_qs;
    QTest::newRow("teller2 other branch") << u"teller2"_qs << u"teller"_qs << u"0002"_qs;
    QTest::newRow("judicial1") << u"judicial1"_qs << u"judicial"_qs << u"0001"_qs;
    QTest::newRow("supervisor1") << u"supervisor1"_qs << u"supervisor"_qs << u"0001"_qs;
}

void TestSession::signIn()
{
    QFETCH(QString, user);
    QFETCH(QString, role);
    QFETCH(QString, branch);
    QVERIFY(signInAs(user));
    QCOMPARE(m_core->session()->state(), Session::State::Active);
    QCOMPARE(m_core->session()->user().username, user);
    QCOMPARE(m_core->session()->user().role, role);
    QCOMPARE(m_core->session()->user().branch, branch);
    QVERIFY(!m_core->api()->accessToken().isEmpty());

    QSignalSpy out(m_core->session(), &Session::signedOut);
    m_core->session()->signOut();
    QCOMPARE(out.count(), 1);
    QVERIFY(m_core->api()->accessToken().isEmpty());
}

void TestSession::wrongPasswordMessage()
{
    QSignalSpy failed(m_core->session(), &Session::signInFailed);
    m_core->session()->signIn(u"loan1"_qs, u"not-the-password"_qs);
    QVERIFY(failed.wait(15000));
    const auto r = failed.at(0).at(0).value<ApiResponse>();
    QCOMPARE(r.status, 401);
    QCOMPARE(r.problem.code, u"auth.invalid_credentials"_qs);
    QVERIFY(!r.requestId.isEmpty());
    const QString text = usertext::describeFailure(r);
    QVERIFY2(text.contains(u"Wrong user id or password"_qs) && text.contains(r.requestId), qPrintable(text));
    QCOMPARE(m_core->session()->state(), Session::State::SignedOut);
}

void TestSession::lockoutAfterRepeatedFailures()
{
    // The demo policy locks after 5 failures; the 6th attempt, even with the right password, is refused
    // with the answer of a wrong password.
    QSignalSpy failed(m_core->session(), &Session::signInFailed);
    for (int i = 0; i < 5; ++i) {
        m_core->session()->signIn(u"archivist1"_qs, u"wrong-%1"_qs.arg(i));
        QVERIFY(failed.wait(15000));
    }
    m_core->session()->signIn(u"archivist1"_qs, u"train-archivist1"_qs);
    QVERIFY(failed.wait(15000));
    const auto r = failed.last().at(0).value<ApiResponse>();
    // The same answer as a wrong password (the lock is audited on the server, not revealed).
    QCOMPARE(r.status, 401);
    QCOMPARE(r.problem.code, u"auth.invalid_credentials"_qs);
    QVERIFY(usertext::describeFailure(r).contains(u"Wrong user id or password"_qs));
    QCOMPARE(m_core->session()->state(), Session::State::SignedOut);
}

void TestSession::unreachableServerQuotesRequestId()
{
    m_core->api()->setRetryPolicy({2, 10, 20});
    m_core->connectTo(QUrl(u"http://127.0.0.1:1"_qs));
    QSignalSpy failed(m_core->session(), &Session::signInFailed);
    m_core->session()->signIn(u"teller1"_qs, u"train-teller1"_qs);
    QVERIFY(failed.wait(15000));
    const auto r = failed.at(0).at(0).value<ApiResponse>();
    QCOMPARE(r.problem.code, u"network.unreachable"_qs);
    const QString text = usertext::describeFailure(r);
    QVERIFY2(text.contains(u"cannot be reached"_qs) && text.contains(r.requestId) && !r.requestId.isEmpty(),
             qPrintable(text));
}

void TestSession::refreshTokenStoredUnderServerAndUser()
{
    QVERIFY(signInAs(u"teller1"_qs));
    const QString key = Session::credentialKey(Session::serverKeyFor(m_server.url()), u"teller1"_qs);
    QCOMPARE(key, u"refresh/127.0.0.1:%1/teller1"_qs.arg(m_server.port()));
    QSignalSpy read(m_credentials, &CredentialStore::readFinished);
    m_credentials->read(key);
    QVERIFY(read.wait());
    QVERIFY(read.at(0).at(1).toBool());
    QVERIFY(read.at(0).at(2).toByteArray().size() > 20);
    QVERIFY(m_core->session()->isRemembered());

    // Sign-out forgets it.
    m_core->session()->signOut();
    QSignalSpy removed(m_credentials, &CredentialStore::removeFinished);
    QVERIFY(removed.wait());
    m_credentials->read(key);
    QVERIFY(read.wait());
    QVERIFY(!read.last().at(1).toBool());
}

void TestSession::resumeFromStoredRefreshToken()
{
    QVERIFY(signInAs(u"loan1"_qs));
    const QString oldToken = m_core->api()->accessToken();
    // A second client (after a restart) with the same credential store resumes without a password.
    ClientOptions options;
    QTemporaryDir other;
    options.dataDirectory = other.path();
    options.credentials = m_credentials;
    ClientCore second(options);
    second.connectTo(m_server.url());
    QSignalSpy signedIn(second.session(), &Session::signedIn);
    second.session()->resume(u"loan1"_qs);
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(second.session()->user().role, u"loan_officer"_qs);
    QVERIFY(second.api()->accessToken() != oldToken);

    // No stored token: resume fails cleanly.
    QSignalSpy failed(second.session(), &Session::signInFailed);
    second.session()->signOut();
    second.session()->resume(u"nobody"_qs);
    QVERIFY(failed.wait(15000));
    QCOMPARE(second.session()->state(), Session::State::SignedOut);
}

void TestSession::idleLockAndUnlock()
{
    QVERIFY(signInAs(u"teller1"_qs));
    Session *s = m_core->session();
    const QString token = m_core->api()->accessToken();
    s->setIdleTimeoutMs(300);
    QSignalSpy states(s, &Session::stateChanged);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), Session::State::Locked, 5000);

    QSignalSpy unlockFailed(s, &Session::unlockFailed);
    s->unlock(u"wrong"_qs);
    QVERIFY(unlockFailed.wait(15000));
    QCOMPARE(s->state(), Session::State::Locked);
    QVERIFY(usertext::describeFailure(unlockFailed.at(0).at(0).value<ApiResponse>()).contains(u"Wrong"_qs));

    s->setIdleTimeoutMs(60000);
    s->unlock(u"train-teller1"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), Session::State::Active, 15000);
    QCOMPARE(s->user().username, u"teller1"_qs);
    // The same session goes on (no second session opened by unlocking).
    QCOMPARE(m_core->api()->accessToken(), token);

    // Activity keeps it unlocked.
    s->setIdleTimeoutMs(400);
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(150);
        s->noteActivity();
    }
    QCOMPARE(s->state(), Session::State::Active);
}

void TestSession::supervisorGrant_data()
{
    QTest::addColumn<QString>("supervisor");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");
    QTest::newRow("supervisor authorises") << u"supervisor1"_qs << u"train-supervisor1"_qs << QString();
    QTest::newRow("wrong password") << u"supervisor1"_qs << u"nope"_qs << u"auth.invalid_credentials"_qs;
    QTest::newRow("not a supervisor") << u"teller1"_qs << u"train-teller1"_qs << u"grant.not_supervisor"_qs;
    QTest::newRow("maker authorises itself")
        << u"judicial1"_qs << u"train-judicial1"_qs << u"grant.self_authorisation"_qs;
}

void TestSession::supervisorGrant()
{
    QFETCH(QString, supervisor);
    QFETCH(QString, password);
    QFETCH(QString, error);
    QVERIFY(signInAs(u"judicial1"_qs));
    // A court's freeze of 1.00 yuan (every judicial operation needs a supervisor's grant).
    hpf::judicial::Request freeze;
    freeze.type = hpf::judicial::RequestType::Freeze;
    freeze.accountNumber = m_server.personalAccounts().value(2);
    freeze.courtCode = u"京0105"_qs;
    freeze.caseNumber = u"（2026）京0105执1号"_qs;
    const QDate today = QDate::currentDate();
    freeze.ruling = {freeze.caseNumber, today.addDays(-2)};
    freeze.notice = {u"京0105协执1号"_qs, today.addDays(-1)};
    freeze.officers = {{u"李明"_qs, u"W1"_qs, u"Z1"_qs}, {u"王强"_qs, u"W2"_qs, u"Z2"_qs}};
    freeze.amountFen = 100;
    freeze.startDate = today;
    freeze.endDate = today.addMonths(6);
    const ApiRequest op = ApiRequest::post(u"/api/v1/judicial/freezes"_qs, hpf::judicial::toJson(freeze),
                                           QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSignalSpy finished(m_core->session(), &Session::grantFinished);
    m_core->session()->requestGrant({supervisor, password, u"test freeze"_qs, op});
    QVERIFY(finished.wait(15000));
    const bool ok = finished.at(0).at(0).toBool();
    const auto r = finished.at(0).at(2).value<ApiResponse>();
    if (error.isEmpty()) {
        QVERIFY2(ok, qPrintable(r.problem.code));
        const QString grant = finished.at(0).at(1).toString();
        QVERIFY(!grant.isEmpty());
        // The grant authorises exactly this operation: sent with it, the freeze is accepted.
        ApiRequest authorised = op;
        authorised.grant = grant;
        QSignalSpy done(m_core->api()->send(authorised), &ApiCall::finished);
        QVERIFY(done.wait(15000));
        QVERIFY2(done.at(0).at(0).value<ApiResponse>().ok(),
                 qPrintable(done.at(0).at(0).value<ApiResponse>().problem.code));
        // The same grant for another payload is refused.
        ApiRequest other =
            ApiRequest::post(op.path, op.body, QUuid::createUuid().toString(QUuid::WithoutBraces));
        other.grant = grant;
        QSignalSpy refused(m_core->api()->send(other), &ApiCall::finished);
        QVERIFY(refused.wait(15000));
        QVERIFY(refused.at(0).at(0).value<ApiResponse>().problem.code.startsWith(u"grant."));
    } else {
        QVERIFY(!ok);
        QCOMPARE(r.problem.code, error);
        QVERIFY(!usertext::describeFailure(r).isEmpty());
    }
}

void TestSession::referenceDataByEtag()
{
    ReferenceSync *sync = m_core->reference();
    QSignalSpy finished(sync, &ReferenceSync::finished);
    QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing(), 15000); // the sync started by connectTo()
    for (const QString &name : ReferenceSync::names())
        QVERIFY2(!sync->document(name).isNull(), qPrintable(name));
    sync->sync();
    QVERIFY(finished.wait(15000));
    for (const QString &name : ReferenceSync::names())
        QCOMPARE(sync->lastOutcome(name), u"not-modified"_qs);
    QVERIFY(sync->document(u"code-tables"_qs).isObject());
    QVERIFY(sync->idleLockMinutes() > 0);
    QCOMPARE(sync->branchName(u"0001"_qs), u"中心营业部"_qs);
    // The policy the server loaded, loaded again at the counter with the same rules.
    bool fromServer = false;
    const hpf::finance::Policy &policy = sync->policy(&fromServer);
    QVERIFY(fromServer);
    const auto builtIn = hpf::finance::Policy::defaults(); // what the test server was started with
    QVERIFY(builtIn);
    QCOMPARE(policy.depositRows(), builtIn->depositRows());
    QCOMPARE(policy.flexibleRows(), builtIn->flexibleRows());
    QCOMPARE(sync->idleLockMinutes(), builtIn->idleLockMinutes());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
