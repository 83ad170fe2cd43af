#pragma once

#include "api/judicial.h"
#include "base/result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;

class DocumentPrinter;
class GrantDialog;
class JudicialReceiptBar;

// 3003 线上请求: court requests that arrived through the online court channel and wait on the desk,
// oldest first. Handling one runs it as if registered at the counter by this officer (supervisor
// grant; the 回执 is printed and the court's answer queued); rejecting one needs a reason and the
// grant too.
class JudicialInboxPage : public QWidget
{
    Q_OBJECT
public:
    JudicialInboxPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void reload();
    void reset();
    void setTrainingMode(bool training) { m_training = training; }

    QTableWidget *table() const { return m_table; }
    QPushButton *handleButton() const { return m_handle; }
    QPushButton *rejectButton() const { return m_reject; }
    QLineEdit *reasonEdit() const { return m_reason; }
    JudicialReceiptBar *receiptBar() const { return m_receipt; }
    GrantDialog *grantDialog() const { return m_grantDialog; }
    QString statusText() const;
    const QList<client::api::JudicialInboxItem> &items() const { return m_items; }

signals:
    void loaded();
    void submitted(const QString &operationId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Pending { None, Handle, Reject };
    void start(Pending what);
    void onSucceeded(const client::ops::Outcome &outcome);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QTableWidget *m_table;
    QPushButton *m_refresh;
    QPushButton *m_handle;
    QLineEdit *m_reason;
    QPushButton *m_reject;
    QLabel *m_status;
    JudicialReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    GrantDialog *m_grantDialog = nullptr;
    QList<client::api::JudicialInboxItem> m_items;
    Pending m_pending = Pending::None;
    bool m_training = false;
};

} // namespace hpf::ui
