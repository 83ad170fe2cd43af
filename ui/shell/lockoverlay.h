#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class Session;
}

namespace hpf::ui {

// Covers the whole main window while the session is locked: the same user unlocks with the
// password (the same session goes on; the second factor's code too when the policy says so), or
// signs out so another teller can sign in. Unfinished forms stay as drafts.
class LockOverlay : public QWidget
{
    Q_OBJECT
public:
    LockOverlay(client::Session *session, QWidget *parent);

    QLineEdit *passwordEdit() const { return m_password; }
    // Shown only when the server asks for the second factor (policy login.unlockNeedsSecondFactor).
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *signOutButton() const { return m_signOut; }
    QString message() const;

    void activate(); // cover the parent and take the focus

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void submit();

    client::Session *m_session;
    QLabel *m_who;
    QLineEdit *m_password;
    QLineEdit *m_code;
    QLabel *m_message;
    QPushButton *m_unlock;
    QPushButton *m_signOut;
};

} // namespace hpf::ui
