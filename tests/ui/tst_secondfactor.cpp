// Two-step verification end to end through the client, against a real hpf-server whose policy
// makes supervisors use it (the training back end's default policy): the first sign-in of
// supervisor1 opens the enrolment dialog with a QR code of the otpauth:// URI, the code computed
// from that secret confirms it and the recovery codes are shown; the next sign-in asks for a code
// in the login dialog; a recovery code works once; unlocking the idle-locked screen needs only the
// password (policy login.unlockNeedsSecondFactor false); a password reset by the administrator makes
// the next sign-in change it first.
#include "crypto/totp.h"
#include "guitest.h"
#include "serverfixture.h"
#include "shell/lockoverlay.h"
#include "shell/passworddialog.h"
#include "shell/secondfactordialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QUrlQuery>

using namespace hpf;
using namespace hpf::test;

class TestSecondFactor : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_server;
    QByteArray m_secret;
    QStringList m_recovery;

    static QString codeAt(const QByteArray &secret, qint64 offsetSeconds)
    {
        return crypto::totp(secret, QDateTime::currentSecsSinceEpoch() + offsetSeconds);
    }

private slots:
    void initTestCase()
    {
        m_server.setSecondFactorForced(true);
        QCOMPARE(m_server.prepare(), QString());
        QCOMPARE(m_server.start(), QString());
    }

    void firstSignInEnrols()
    {
        ClientUnderTest client;
        client.start(client.options(m_server.url()));
        client::Session *session = client.shell->core()->session();
        QSignalSpy signedInSpy(session, &client::Session::signedIn);
        QVERIFY(signInThroughDialog(client.shell.get(), u"supervisor1"_qs, u"train-supervisor1"_qs));
        ui::LoginDialog *login = client.shell->loginDialog();
        QTRY_VERIFY_WITH_TIMEOUT(login->stepDialog() && login->stepDialog()->isVisible(), 15000);
        auto *dialog = qobject_cast<ui::SecondFactorDialog *>(login->stepDialog());
        QVERIFY(dialog);
        QCOMPARE(signedInSpy.count(), 0); // not before the step is done
        QCOMPARE(session->scope(), u"enrol"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->otpauthUri().isEmpty(), 15000);
        QVERIFY(!dialog->qrLabel()->pixmap().isNull());
        const QUrl uri(dialog->otpauthUri());
        QCOMPARE(uri.scheme(), u"otpauth"_qs);
        m_secret = crypto::base32Decode(QUrlQuery(uri).queryItemValue(u"secret"_qs)).value();
        QCOMPARE(m_secret.size(), 20);

        // A wrong code first: refused, the dialog stays.
        const QString right = codeAt(m_secret, 0);
        typeText(dialog->codeEdit(), right == u"000000" ? u"111111"_qs : u"000000"_qs);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(u"code"_qs), 15000);
        QVERIFY(dialog->recoveryCodes().isEmpty());

        dialog->codeEdit()->clear();
        typeText(dialog->codeEdit(), codeAt(m_secret, 0));
        QTest::keyClick(dialog->codeEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->recoveryCodes().size(), 10, 15000);
        m_recovery = dialog->recoveryCodes();
        QVERIFY(dialog->doneButton()->isVisible());
        QTest::mouseClick(dialog->doneButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedInSpy.count(), 1, 15000);
        QTRY_VERIFY(!login->isVisible());
        QCOMPARE(session->scope(), u"full"_qs);
        QCOMPARE(session->user().role, u"supervisor"_qs);
        session->signOut();
    }

    void nextSignInAsksForTheCode()
    {
        QVERIFY(!m_secret.isEmpty());
        ClientUnderTest client;
        client.start(client.options(m_server.url()));
        client::Session *session = client.shell->core()->session();
        QVERIFY(signInThroughDialog(client.shell.get(), u"supervisor1"_qs, u"train-supervisor1"_qs));
        ui::LoginDialog *login = client.shell->loginDialog();
        QTRY_VERIFY_WITH_TIMEOUT(login->codeEdit()->isVisible(), 15000);
        QVERIFY(login->message().contains(u"6-digit"_qs));
        QVERIFY(login->codeEdit()->hasFocus());
        // The confirmation spent the current step: the next step's code (accepted ±1 step).
        typeText(login->codeEdit(), codeAt(m_secret, 30));
        QTest::keyClick(login->codeEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), client::Session::State::Active, 15000);
        QCOMPARE(session->scope(), u"full"_qs);

        // Idle lock: the password alone unlocks (the policy does not ask for the code again).
        ui::MainWindow *w = client.shell->mainWindow();
        session->lockNow();
        QVERIFY(w->lockOverlay()->isVisible());
        typeText(w->lockOverlay()->passwordEdit(), u"train-supervisor1"_qs);
        QTest::keyClick(w->lockOverlay()->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!w->lockOverlay()->isVisible(), 15000);
        QCOMPARE(session->state(), client::Session::State::Active);
        session->signOut();
    }

    void recoveryCodeSignsInOnce()
    {
        QCOMPARE(m_recovery.size(), 10);
        ClientUnderTest client;
        client.start(client.options(m_server.url()));
        client::Session *session = client.shell->core()->session();
        QSignalSpy failed(session, &client::Session::signInFailed);
        session->signIn(u"supervisor1"_qs, u"train-supervisor1"_qs, m_recovery.at(0));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), client::Session::State::Active, 15000);
        session->signOut();
        session->signIn(u"supervisor1"_qs, u"train-supervisor1"_qs, m_recovery.at(0));
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.last().at(0).value<client::ApiResponse>().problem.code, u"auth.otp_invalid"_qs);
    }

    void passwordResetForcesAChange()
    {
        QByteArray out, err;
        QCOMPARE(runProgram(ServerFixture::program(),
                            {u"user"_qs, u"reset-password"_qs, u"teller1"_qs, u"--database"_qs,
                             u"sqlite:"_qs + m_server.databasePath(), u"--password-stdin"_qs},
                            "Temporary-Pass-1\n", &out, &err),
                 0);
        ClientUnderTest client;
        client.start(client.options(m_server.url()));
        client::Session *session = client.shell->core()->session();
        QSignalSpy signedInSpy(session, &client::Session::signedIn);
        QVERIFY(signInThroughDialog(client.shell.get(), u"teller1"_qs, u"Temporary-Pass-1"_qs));
        ui::LoginDialog *login = client.shell->loginDialog();
        QTRY_VERIFY_WITH_TIMEOUT(login->stepDialog() && login->stepDialog()->isVisible(), 15000);
        auto *dialog = qobject_cast<ui::PasswordDialog *>(login->stepDialog());
        QVERIFY(dialog);
        QCOMPARE(session->scope(), u"password"_qs);
        typeText(dialog->currentEdit(), u"Temporary-Pass-1"_qs);
        typeText(dialog->newEdit(), u"short"_qs);
        typeText(dialog->repeatEdit(), u"short"_qs);
        QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(u"too weak"_qs), 15000);
        for (QLineEdit *e : {dialog->newEdit(), dialog->repeatEdit()}) {
            e->clear();
            typeText(e, u"Counter-Spring-42"_qs);
        }
        QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedInSpy.count(), 1, 15000);
        QCOMPARE(session->scope(), u"full"_qs);
        session->signOut();
    }
};

QTEST_MAIN(TestSecondFactor)
#include "tst_secondfactor.moc"
