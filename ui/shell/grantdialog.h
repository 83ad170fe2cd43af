#pragma once

#include "session/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client::ops {
class Operation;
}

namespace hpf::ui {

// 柜面授权: the supervisor types id and password on the teller's screen, sees what exactly is
// being authorised, and the resulting grant is bound to that one (confirmed) operation only.
class GrantDialog : public QDialog
{
    Q_OBJECT
public:
    GrantDialog(client::Session *session, client::ops::Operation *operation, const QString &summary,
                QWidget *parent = nullptr);

    QLineEdit *supervisorEdit() const { return m_supervisor; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *authoriseButton() const { return m_authorise; }
    QString summaryText() const;
    QString message() const;

signals:
    // The grant is set on the operation; the page submits it.
    void granted(const QString &supervisor);

private:
    void submit();

    client::Session *m_session;
    client::ops::Operation *m_operation;
    QString m_summary;
    QLabel *m_summaryLabel;
    QLineEdit *m_supervisor;
    QLineEdit *m_password;
    QLineEdit *m_code; // the supervisor's second-factor code, once the supervisor has enrolled
    QLabel *m_message;
    QPushButton *m_authorise;
    bool m_waiting = false;
};

} // namespace hpf::ui
