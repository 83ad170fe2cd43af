#pragma once

#include "net/apiclient.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class Session;
}

namespace hpf::ui {

// Sign-in: user id and password against the session's server. Opened window-modal (open(), never
// exec()); accepted when the session is signed in. Clear messages for a wrong password, a locked
// user and an unreachable server, with the request id to quote.
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
    QPushButton *signInButton() const { return m_signIn; }

private:
    void submit();
    void onFailed(const client::ApiResponse &response);
    void updateButton();

    client::Session *m_session;
    QLabel *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_signIn;
    bool m_serverReady = false;
};

} // namespace hpf::ui
