#include "secrets/keychainstore.h"
#include "testsupport.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace hpf::client;

// Round trips against a real secret service: the test scripts run this suite inside a private
// D-Bus session with an unlocked gnome-keyring (scripts/lib/keyring.sh sets HPF_TEST_SECRET_SERVICE).
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void missingEntryIsNotFound();
    void memoryStoreCanBeUnavailable();

private:
    bool m_haveService = false;
};

void TestKeychain::initTestCase()
{
    m_haveService = QProcessEnvironment::systemEnvironment().contains(u"HPF_TEST_SECRET_SERVICE"_qs);
    if (!m_haveService && hpf::test::componentsRequired())
        QFAIL("CI=true but no secret service was started (run the suite through scripts/test.sh)");
}

void TestKeychain::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("token") << QByteArray("rt_4f1c2b9e0d7a6c5b");
    QTest::newRow("binary key") << QByteArray("\x00\x01\xfe\xff\x10\x80 key", 12);
    QTest::newRow("utf-8") << QString(u"口令-密钥"_qs).toUtf8();
}

void TestKeychain::roundTrip()
{
    if (!m_haveService)
        QSKIP("no secret service in this environment (scripts/test.sh provides one)");
    QFETCH(QByteArray, secret);
    KeychainCredentialStore store(u"hpf-counter-test"_qs);
    const QString key = u"refresh/127.0.0.1/teller-"_qs + QUuid::createUuid().toString(QUuid::Id128);

    QSignalSpy written(&store, &CredentialStore::writeFinished);
    store.write(key, secret);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.at(0).at(1).toBool(), true);
    QCOMPARE(store.state(), CredentialStore::State::Available);

    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(0).toString(), key);
    QCOMPARE(read.at(0).at(1).toBool(), true);
    QCOMPARE(read.at(0).at(2).toByteArray(), secret);

    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    store.remove(key);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.at(0).at(1).toBool(), true);
    store.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(1).at(1).toBool(), false);
    QCOMPARE(store.jobsStarted(), 4); // no retries were needed
}

void TestKeychain::missingEntryIsNotFound()
{
    if (!m_haveService)
        QSKIP("no secret service in this environment (scripts/test.sh provides one)");
    KeychainCredentialStore store(u"hpf-counter-test"_qs);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(u"never-written"_qs);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(1).toBool(), false);
    QCOMPARE(store.state(), CredentialStore::State::Available); // not found ≠ unavailable
}

void TestKeychain::memoryStoreCanBeUnavailable()
{
    MemoryCredentialStore store;
    QSignalSpy state(&store, &CredentialStore::stateChanged);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.setUnavailable(true);
    store.read(u"k"_qs);
    QVERIFY(read.wait(1000));
    QCOMPARE(store.state(), CredentialStore::State::Unavailable);
    QCOMPARE(read.at(0).at(1).toBool(), false);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
