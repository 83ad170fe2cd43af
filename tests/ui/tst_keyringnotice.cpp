#include "clientcore.h"
#include "secrets/credentialstore.h"
#include "shell/keyringnotice.h"
#include "shell/logindialog.h"
#include "shell/shell.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::ui;

// The first-run keyring explanation (issue 19): the secret service is asked over D-Bus whether it
// has a default collection. Run twice by ctest: in the suite's unlocked test keyring
// (scripts/lib/keyring.sh: a default collection exists) and in a fresh secret service without any
// keyring (HPF_EXPECT_KEYRING=none: the desktop of a new user), where the shell must explain before
// the keychain is touched.
class TestKeyringNotice : public QObject
{
    Q_OBJECT
private slots:
    void probe_data();
    void probe();
    void shellExplainsFirst();

private:
    static bool expectNoKeyring() { return qEnvironmentVariable("HPF_EXPECT_KEYRING") == u"none"; }
    static bool haveSecretService()
    {
        return qEnvironmentVariableIsSet("HPF_TEST_SECRET_SERVICE") || expectNoKeyring();
    }
};

void TestKeyringNotice::probe_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<bool>("needsService");
    QTest::addColumn<int>("expected");
    QTest::newRow("this desktop's secret service")
        << u"org.freedesktop.secrets"_qs << true
        << int(expectNoKeyring() ? KeyringProbe::State::NoDefaultCollection : KeyringProbe::State::Ready);
    QTest::newRow("a service nobody runs")
        << u"org.freedesktop.secrets.hpfnobody"_qs << false << int(KeyringProbe::State::NoService);
    QTest::newRow("a name that is not a bus name")
        << u"not a bus name"_qs << false << int(KeyringProbe::State::Unknown);
}

void TestKeyringNotice::probe()
{
    QFETCH(QString, service);
    QFETCH(bool, needsService);
    QFETCH(int, expected);
    if (!haveSecretService()) {
        if (hpf::test::componentsRequired())
            QFAIL("no test secret service: run under scripts/lib/keyring.sh (hpf_with_keyring)");
        QSKIP("no test secret service (hpf_with_keyring)");
    }
    Q_UNUSED(needsService)
    KeyringProbe probe;
    QSignalSpy finished(&probe, &KeyringProbe::finished);
    probe.start(service);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(int(finished.at(0).at(0).value<KeyringProbe::State>()), expected);
}

// With no keyring yet the shell shows its explanation over the login window and reads nothing from
// the keychain until the teller has read it; with a keyring it says nothing and reads at once.
void TestKeyringNotice::shellExplainsFirst()
{
    if (!haveSecretService()) {
        if (hpf::test::componentsRequired())
            QFAIL("no test secret service: run under scripts/lib/keyring.sh (hpf_with_keyring)");
        QSKIP("no test secret service (hpf_with_keyring)");
    }
    QTemporaryDir dir;
    ShellOptions options;
    options.settingsPath = dir.filePath(u"settings.ini"_qs);
    options.dataDirectory = dir.filePath(u"data"_qs);
    options.serverUrl = QUrl(u"http://127.0.0.1:9"_qs); // no server needed for this
    Shell shell(options);
    QSignalSpy keyState(shell.core()->credentials(), &client::CredentialStore::stateChanged);
    shell.start();
    if (!expectNoKeyring()) {
        // The test keyring has its default collection: no explanation, the key is read.
        QTRY_VERIFY_WITH_TIMEOUT(keyState.count() > 0, 10000);
        QVERIFY(!shell.keyringNotice());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(shell.keyringNotice() && shell.keyringNotice()->isVisible(), 10000);
    QVERIFY(!shell.keyringNotice()->text().isEmpty());
    QCOMPARE(shell.keyringNotice()->parentWidget(), static_cast<QWidget *>(shell.loginDialog()));
    QVERIFY(shell.keyringNotice()->isModal() || shell.keyringNotice()->windowModality() != Qt::NonModal);
    QCOMPARE(keyState.count(), 0); // the keychain was not touched while the explanation shows
    shell.shutdown();
}

QTEST_MAIN(TestKeyringNotice)
#include "tst_keyringnotice.moc"
