#pragma once

#include "api/transfers.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;

class CrossBrowser;
class DocumentPrinter;
class ReceiptBar;

// 5102 转出审核, at the sending center: the contact letters other centers sent for accounts here
// (02 waiting for review, 06 in negotiation, first), each with its details. 同意转出 credits the
// interest to date, moves the whole balance into the transfer-in-transit account and prints the
// 住房公积金异地转出凭证; 不同意 refuses with a reason; a transfer in negotiation (06) is sent again
// (重新发送) or ended as failed (转出失败, the money goes back to the account, with its receipt).
class CrossInboxPage : public QWidget
{
    Q_OBJECT
public:
    CrossInboxPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void reload();

    CrossBrowser *browser() const { return m_browser; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *refuseButton() const { return m_refuse; }
    QPushButton *resendButton() const { return m_resend; }
    QPushButton *failButton() const { return m_fail; }
    QLineEdit *reasonEdit() const { return m_reason; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;

signals:
    void loaded(bool ok);
    void finished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Action { Accept, Refuse, Resend, Fail };
    void start(Action action);
    void updateButtons();
    void onSucceeded(const client::ops::Outcome &outcome);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    CrossBrowser *m_browser;
    QPushButton *m_accept;
    QLineEdit *m_reason;
    QPushButton *m_refuse;
    QPushButton *m_resend;
    QPushButton *m_fail;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    bool m_training = false;
};

} // namespace hpf::ui
