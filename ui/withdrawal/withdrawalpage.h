#pragma once

#include "api/withdrawals.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
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
class EvidenceForm;
class GrantDialog;
class PayeeForm;
class ReceiptBar;
class TransferLookupField;

// 6001 提取: a withdrawal of one of the 条例 第二十四条 types, partial or closing the account. The
// teller types the account (person, state, balance, 受限 when money is held), chooses the type (the
// policy's list), types the evidence that type needs, and checks (F5; F6 first asks the sharing
// interfaces: property, bank loan, marriage). The check shows every rule with its verdict, the
// largest amount, for closure types the interest to date and the closing amount (the amount is then
// fixed to it), and the materials with those a shared answer satisfies. Then amount, payee and
// memo; Enter in the memo checks when the form changed since the last check, else withdraws — a
// closure after an explicit confirmation, an amount above the policy's threshold after a
// supervisor's grant. The receipt comes from the stored answer; "Scan materials" opens 8001 with
// the serial. A refusal focuses the input it names.
class WithdrawalPage : public QWidget
{
    Q_OBJECT
public:
    WithdrawalPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void showAccount(const QString &accountNumber);
    // Runs the check of the form now (queryShared: ask the sharing interfaces first).
    void check(bool queryShared);

    TransferLookupField *accountField() const { return m_account; }
    QComboBox *typeCombo() const { return m_type; }
    EvidenceForm *evidenceForm() const { return m_evidence; }
    QLineEdit *amountEdit() const { return m_amount; }
    PayeeForm *payeeForm() const { return m_payee; }
    QLineEdit *memoEdit() const { return m_memo; }
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *sharedButton() const { return m_sharedButton; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *scanButton() const { return m_scan; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    GrantDialog *grantDialog() const;
    QString statusText() const;
    QString checkText() const;
    QString resultText() const;
    const std::optional<client::api::WithdrawalCheck> &lastCheck() const { return m_check; }
    const std::optional<client::api::Withdrawal> &result() const { return m_result; }

signals:
    void checked(bool ok);
    // The server's final answer to the withdrawal arrived (ok or refused).
    void finished(bool ok);
    void scanMaterialsRequested(const QString &serial);

private:
    void reloadTypes();
    void onTypeChanged();
    QString checkSignature() const;
    bool readEvidence(client::api::WithdrawalEvidence *evidence);
    void showCheck(const client::api::WithdrawalCheck &check);
    void submit();
    void withdraw(const client::api::WithdrawalApplication &application, qint64 amountFen);
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void focusField(const QString &field, const QString &code);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_account;
    QComboBox *m_type;
    EvidenceForm *m_evidence;
    QPushButton *m_sharedButton;
    QPushButton *m_checkButton;
    QLabel *m_checkLabel;
    QLineEdit *m_amount;
    PayeeForm *m_payee;
    QLineEdit *m_memo;
    QPushButton *m_submit;
    QLabel *m_status;
    QLabel *m_resultLabel;
    ReceiptBar *m_receipt;
    QPushButton *m_scan;
    client::ops::Operation *m_operation;
    QPointer<GrantDialog> m_grantDialog;
    std::optional<client::api::WithdrawalCheck> m_check;
    QString m_checkedSignature; // checkSignature() of the form m_check answers
    QString m_checkPending;     // checkSignature() of the check in flight
    std::optional<client::api::Withdrawal> m_result;
    bool m_confirming = false; // the closure question is open
    bool m_training = false;
};

} // namespace hpf::ui
