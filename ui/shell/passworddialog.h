#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class Session;
}

namespace hpf::ui {

// Changing the signed-in user's password: when the server says it expired or was reset by an
// administrator (a session that may do nothing else), or by choice. Opened window-modal (open());
// accepted when the server took the new password.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(client::Session *session, bool required, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *changeButton() const { return m_change; }
    QString message() const;

private:
    void submit();

    client::Session *m_session;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QPushButton *m_change;
};

} // namespace hpf::ui
