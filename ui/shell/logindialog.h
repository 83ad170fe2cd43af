#pragma once

#include "net/apiclient.h"

#include <QDialog>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class Session;
}

namespace hpf::ui {

// Sign-in: user id and password against the session's server, and the second factor's code when
// the server asks for it. Opened window-modal (open(), never exec()); accepted when the session is
// signed in — after the enrolment of a second factor (SecondFactorDialog) or a password change
// (PasswordDialog) when the server's session allows only that step. Clear messages for a refused
// sign-in and an unreachable server, with the request id to quote.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(client::Session *session, QWidget *parent = nullptr);

    void setServerDescription(const QString &text);
    void setUser(const QString &user);
    // Disabled while there is no server to talk to (training server still starting).
    void setServerReady(bool ready);
    QString message() const;

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *codeEdit() const { return m_code; }
    // The step dialog open right now (enrolment or password change), or null.
    QDialog *stepDialog() const { return m_step; }
    QPushButton *signInButton() const { return m_signIn; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void onFailed(const client::ApiResponse &response);
    void onStepRequired(const QString &scope);
    void showCodeRow(bool show);
    void updateButton();
    // Grows (or shrinks) the dialog to its texts: a long server name or message wraps, the code row
    // appears, the font scale changes; a top-level dialog does not follow its labels by itself.
    void fitToTexts();

    client::Session *m_session;
    QLabel *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_message;
    QDialog *m_step = nullptr;
    QString m_submittedUser;
    QPushButton *m_signIn;
    bool m_serverReady = false;
};

} // namespace hpf::ui
