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

class DocumentPrinter;
class ReceiptBar;
class TransferLookupField;

// 5001 市内转移: moves a person's account to another unit of this center. The teller types the
// account (the lookup shows person, unit, state, balance, 受限 when money is held), the receiving
// unit (its name and state) and an optional memo; Enter in the last field submits one operation
// (saved in the outbox first; its id is the Idempotency-Key). The server credits the interest to
// date, closes the source (03, reason 06) and opens the new account with the whole balance; the
// page shows both accounts, principal, interest and amount from the stored answer and prints its
// receipt. A refusal focuses the input it names.
class InCityTransferPage : public QWidget
{
    Q_OBJECT
public:
    InCityTransferPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    // Receives an account number from another page (1002).
    void showAccount(const QString &accountNumber);

    TransferLookupField *accountField() const { return m_account; }
    TransferLookupField *unitField() const { return m_toUnit; }
    QLineEdit *memoEdit() const { return m_memo; }
    QPushButton *submitButton() const { return m_submit; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    QString resultText() const;
    const std::optional<client::api::InCityResult> &result() const { return m_result; }

signals:
    // The server's final answer arrived (ok or refused).
    void finished(bool ok);

private:
    void submit();
    QString formSignature() const;
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_account;
    TransferLookupField *m_toUnit;
    QLineEdit *m_memo;
    QPushButton *m_submit;
    QLabel *m_status;
    QLabel *m_resultLabel;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    std::optional<client::api::InCityResult> m_result;
    QString m_sent;      // formSignature() of the operation in flight
    QString m_confirmed; // formSignature() of the last operation the server confirmed
    bool m_training = false;
};

} // namespace hpf::ui
