#pragma once

#include "session/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::ui {

// 柜面授权: the supervisor types id and password on the teller's screen, sees what exactly is
// being authorised, and the resulting grant is handed back for that one operation only.
class GrantDialog : public QDialog
{
    Q_OBJECT
public:
    GrantDialog(client::Session *session, const client::ApiRequest &operation, const QString &summary,
                QWidget *parent = nullptr);

    QLineEdit *supervisorEdit() const { return m_supervisor; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *authoriseButton() const { return m_authorise; }
    QString summaryText() const;
    QString message() const;

signals:
    void granted(const QString &grant, const QString &supervisor);

private:
    void submit();

    client::Session *m_session;
    client::ApiRequest m_operation;
    QString m_summary;
    QLabel *m_summaryLabel;
    QLineEdit *m_supervisor;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_authorise;
    bool m_waiting = false;
};

} // namespace hpf::ui
