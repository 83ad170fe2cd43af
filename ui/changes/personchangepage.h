#pragma once

#include "api/changes.h"

#include <QPointer>
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

class DocumentPrinter;
class GrantDialog;
class ReceiptBar;
class TransferLookupField;

// 2202 个人信息变更: the personal account (its person as the lookup shows it), a new name and/or a
// new mobile, and the reason. Enter in the reason submits; a name change is authorised by a
// supervisor first (柜面授权, the person's documents checked at the counter). The answer lists each
// field before and after, and its receipt prints. A refusal focuses the input it names.
class PersonChangePage : public QWidget
{
    Q_OBJECT
public:
    PersonChangePage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void showAccount(const QString &accountNumber);

    TransferLookupField *accountField() const { return m_account; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *mobileEdit() const { return m_mobile; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *submitButton() const { return m_submit; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    GrantDialog *grantDialog() const;
    QString statusText() const;
    QString resultText() const;

signals:
    void finished(bool ok);

private:
    void submit();
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_account;
    QLineEdit *m_name;
    QLineEdit *m_mobile;
    QLineEdit *m_reason;
    QPushButton *m_submit;
    QLabel *m_status;
    QLabel *m_resultLabel;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    QPointer<GrantDialog> m_grantDialog;
    bool m_training = false;
};

} // namespace hpf::ui
