#include "secrets/keychainstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace hpf::client;

// With no reachable secret service the store retries exactly once after its delay, then reports
// Unavailable and remembers nothing — there is no plaintext fallback. The session bus is pointed
// at a socket where nothing listens before anything touches D-Bus.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private slots:
    void retriesOnceThenUnavailable_data();
    void retriesOnceThenUnavailable();
};

void TestKeychainUnavailable::retriesOnceThenUnavailable_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("read") << 0;
    QTest::newRow("write") << 1;
}

void TestKeychainUnavailable::retriesOnceThenUnavailable()
{
    QFETCH(int, operation);
    KeychainCredentialStore store(u"hpf-counter-test"_qs);
    store.setRetryDelayMs(300);
    QSignalSpy state(&store, &CredentialStore::stateChanged);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    QElapsedTimer timer;
    timer.start();
    if (operation == 0)
        store.read(u"refresh/x/y"_qs);
    else
        store.write(u"refresh/x/y"_qs, "secret");
    QTRY_VERIFY_WITH_TIMEOUT(read.size() + written.size() == 1, 20000);
    QVERIFY(timer.elapsed() >= 300);  // the retry waited for its delay
    QCOMPARE(store.jobsStarted(), 2); // first attempt + exactly one retry
    QCOMPARE(store.state(), CredentialStore::State::Unavailable);
    QCOMPARE(state.size(), 1);
    if (operation == 0)
        QCOMPARE(read.at(0).at(1).toBool(), false);
    else
        QCOMPARE(written.at(0).at(1).toBool(), false);
}

int main(int argc, char **argv)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hpf-no-bus");
    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_unavailable.moc"
