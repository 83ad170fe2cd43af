#include "clientcore.h"
#include "secrets/keychainstore.h"
#include "serverfixture.h"
#include "session/session.h"
#include "testsupport.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hpf::client;

// The refresh token and the cache key through the real secret service (scripts/test.sh runs the
// suite in a private D-Bus session with an unlocked gnome-keyring). With CI=true a missing secret
// service fails this test; it never falls back to plaintext.
class TestKeychainSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refreshTokenRoundTrip();

private:
    bool m_haveService = false;
    hpf::test::ServerFixture m_server;
};

void TestKeychainSession::initTestCase()
{
    m_haveService = QProcessEnvironment::systemEnvironment().contains(u"HPF_TEST_SECRET_SERVICE"_qs);
    if (!m_haveService && hpf::test::componentsRequired())
        QFAIL("CI=true but no secret service was started (run the suite through scripts/test.sh)");
    if (!m_haveService)
        return;
    QVERIFY(m_server.prepare().isEmpty());
    QVERIFY(m_server.start().isEmpty());
}

void TestKeychainSession::refreshTokenRoundTrip()
{
    if (!m_haveService)
        QSKIP("no secret service in this environment (scripts/test.sh provides one)");
    QTemporaryDir dataA, dataB;
    const QString service = u"hpf-counter-test-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    KeychainCredentialStore keychainA(service);
    ClientCore first({.dataDirectory = dataA.path(), .workstation = u"ws"_qs, .credentials = &keychainA});
    QVERIFY(first.openStore().ok());
    QSignalSpy keyReady(&first, &ClientCore::cacheKeyReady);
    first.loadCacheKey();
    QVERIFY(keyReady.wait(15000));
    QVERIFY2(keyReady.at(0).at(0).toBool(), "the cache key was not stored in the keychain");
    QCOMPARE(keychainA.state(), CredentialStore::State::Available);
    first.connectTo(m_server.url());
    QSignalSpy signedIn(first.session(), &Session::signedIn);
    first.session()->signIn(u"teller1"_qs, u"train-teller1"_qs);
    QVERIFY(signedIn.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(first.session()->isRemembered(), 10000);

    // Another process (a new store object) finds the token under refresh/<server>/<user> and resumes.
    KeychainCredentialStore keychainB(service);
    ClientCore second({.dataDirectory = dataB.path(), .workstation = u"ws"_qs, .credentials = &keychainB});
    second.connectTo(m_server.url());
    QSignalSpy resumed(second.session(), &Session::signedIn);
    second.session()->resume(u"teller1"_qs);
    QVERIFY(resumed.wait(15000));
    QCOMPARE(second.session()->user().username, u"teller1"_qs);

    // Sign-out removes the entry from the keychain.
    QSignalSpy removed(&keychainB, &CredentialStore::removeFinished);
    second.session()->signOut();
    QVERIFY(removed.wait(15000));
    QVERIFY(removed.at(0).at(1).toBool());
    QSignalSpy read(&keychainB, &CredentialStore::readFinished);
    keychainB.read(Session::credentialKey(Session::serverKeyFor(m_server.url()), u"teller1"_qs));
    QVERIFY(read.wait(15000));
    QVERIFY(!read.at(0).at(1).toBool());
    keychainB.remove(ClientCore::cacheKeyName());
    QVERIFY(removed.wait(15000));
}

QTEST_GUILESS_MAIN(TestKeychainSession)
#include "tst_keychainsession.moc"
