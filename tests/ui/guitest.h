#pragma once

#include "api/accounts.h"
#include "base/logging.h"
#include "clientcore.h"
#include "secrets/credentialstore.h"
#include "session/session.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/shell.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

namespace hpf::test {

// One client as a teller would start it, with its own settings and data folder.
struct ClientUnderTest
{
    QTemporaryDir dir;
    std::unique_ptr<hpf::client::MemoryCredentialStore> keychain =
        std::make_unique<hpf::client::MemoryCredentialStore>();
    std::unique_ptr<hpf::ui::Shell> shell;

    hpf::ui::ShellOptions options(const QUrl &server) const
    {
        hpf::ui::ShellOptions o;
        o.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        o.dataDirectory = dir.filePath(QStringLiteral("data"));
        o.serverUrl = server;
        o.credentials = keychain.get();
        o.heartbeatMs = 300;
        return o;
    }
    void start(const hpf::ui::ShellOptions &o)
    {
        // The client's logs as the product writes them: masked, and kept in $HPF_LOG_DIR for
        // scripts/check-logs.sh when the test run sets it.
        hpf::logging::install(QCoreApplication::applicationName());
        shell = std::make_unique<hpf::ui::Shell>(o);
        shell->start();
    }
};

// Types like QTest::keyClicks, also characters without a key of their own (Chinese text arrives
// from an input method as key events that carry text).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Types `text` into the field (replacing what it holds) and presses Enter: the form moves on, a
// lookup loads.
inline void enter(QWidget *field, const QString &text)
{
    field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    typeText(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

// GET /accounts/{n} through the client's typed API; empty on failure.
inline std::optional<hpf::client::api::Account> fetchAccount(hpf::client::ClientCore *core,
                                                             const QString &number)
{
    std::optional<hpf::client::api::Account> out;
    bool done = false;
    QObject context;
    hpf::client::api::accounts::fetch(core->api(), number, &context, [&](const auto &reply) {
        if (reply.ok())
            out = reply.value();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        return {};
    return out;
}

// Types into the login dialog like a teller and presses Enter in the password field.
inline bool signInThroughDialog(hpf::ui::Shell *shell, const QString &user, const QString &password)
{
    hpf::ui::LoginDialog *login = shell->loginDialog();
    if (!QTest::qWaitFor([&] { return login->isVisible(); }, 10000)) {
        qWarning("login dialog not shown");
        return false;
    }
    QTest::qWait(50); // let pending activations of other windows arrive first
    login->activateWindow();
    if (!QTest::qWaitForWindowActive(login)) {
        qWarning("login dialog not active");
        return false;
    }
    login->userEdit()->clear();
    login->userEdit()->setFocus();
    QTest::keyClicks(login->userEdit(), user);
    if (!QTest::qWaitFor([&] { return login->signInButton()->isEnabled(); }, 60000)) {
        qWarning("the sign-in button stays disabled (no server?)");
        return false;
    }
    QTest::keyClick(login->userEdit(), Qt::Key_Return); // Enter moves on to the password field
    if (!login->passwordEdit()->hasFocus()) {
        qWarning("Enter did not move to the password field (focus: %s, active: %s)",
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "none",
                 QApplication::activeWindow() ? qPrintable(QApplication::activeWindow()->objectName())
                                              : "none");
        return false;
    }
    QTest::keyClicks(login->passwordEdit(), password);
    QTest::keyClick(login->passwordEdit(), Qt::Key_Return); // and submits from the last field
    return true;
}

// Starts the client (unless started) against `server`, signs `user` in through the login dialog with
// the demo password and waits for the main window to be active; null when any step fails.
inline hpf::ui::MainWindow *signedIn(ClientUnderTest &client, const QUrl &server, const QString &user)
{
    if (!client.shell)
        client.start(client.options(server));
    if (!signInThroughDialog(client.shell.get(), user, QStringLiteral("train-") + user))
        return nullptr;
    if (!QTest::qWaitFor(
            [&] { return client.shell->core()->session()->state() == hpf::client::Session::State::Active; },
            15000))
        return nullptr;
    hpf::ui::MainWindow *window = client.shell->mainWindow();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window) ? window : nullptr;
}

} // namespace hpf::test
