#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

// The signed-in user's operations in the outbox: pending, failed and done, each with its business
// summary, time, attempts and last error (never personal data: the summary is a business label and
// the error a translated code). "Resend now" resends the pending ones with their own keys.
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    enum Column { StateColumn, SummaryColumn, TimeColumn, AttemptsColumn, ErrorColumn };

    explicit OutboxView(client::ClientCore *core, QWidget *parent = nullptr);

    void refresh();
    void resendNow();

    QTreeWidget *table() const { return m_table; }
    QPushButton *resendButton() const { return m_resend; }

private:
    client::ClientCore *m_core;
    QTreeWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_resend;
};

} // namespace hpf::ui
