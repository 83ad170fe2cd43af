#pragma once

#include "api/contributions.h"
#include "shell/grantdialog.h"

#include <QPointer>
#include <QWidget>
#include <optional>

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
class ReceiptBar;
class TransferLookupField;

// 2103 缓缴: a unit in hardship defers its remittances for some months (at most the policy's
// deferralMaxMonths, from the current month on), always with a supervisor's grant at this screen
// (never queued offline). The unit's deferrals are listed under the form; a posted deferral prints
// its receipt.
class DeferralPage : public QWidget
{
    Q_OBJECT
public:
    DeferralPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void showUnit(const QString &unitAccount);
    void submit();
    void refreshList();

    TransferLookupField *unitField() const { return m_unit; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *memoEdit() const { return m_memo; }
    QTableWidget *listTable() const { return m_list; }
    GrantDialog *grantDialog() const { return m_grantDialog; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    const std::optional<client::api::DeferralCreated> &result() const { return m_result; }

signals:
    void listLoaded(bool ok);
    void finished(bool ok);

private:
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_unit;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_reason;
    QLineEdit *m_memo;
    QPushButton *m_submit;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    QTableWidget *m_list;
    client::ops::Operation *m_operation;
    QPointer<GrantDialog> m_grantDialog;
    std::optional<client::api::DeferralCreated> m_result;
    bool m_training = false;
};

} // namespace hpf::ui
