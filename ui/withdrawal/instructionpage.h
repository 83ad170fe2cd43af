#pragma once

#include "api/withdrawals.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
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
class PayeeForm;
class ReceiptBar;
class TransferLookupField;

// 6002 租房提取委托: standing rent instructions of an account. The account (Enter) lists its
// instructions; choosing one shows it with its payments (paid with serial, or skipped and why); a
// reason ends it. A new one: frequency, amount per period, first and last month, the monthly rent
// and lease number, the payee; setting it up first asks the sharing interfaces (the rent rule wants
// no own home) through a rent check, then sends the instruction with the answers; its receipt
// prints. A refusal focuses the input it names.
class InstructionPage : public QWidget
{
    Q_OBJECT
public:
    InstructionPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void showAccount(const QString &accountNumber);
    void loadList();

    TransferLookupField *accountField() const { return m_account; }
    QListWidget *list() const { return m_list; }
    QComboBox *frequencyCombo() const { return m_frequency; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QLineEdit *rentEdit() const { return m_rent; }
    QLineEdit *leaseEdit() const { return m_lease; }
    PayeeForm *payeeForm() const { return m_payee; }
    QPushButton *createButton() const { return m_create; }
    QLineEdit *endReasonEdit() const { return m_endReason; }
    QPushButton *endButton() const { return m_endButton; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    QString detailsText() const;
    const QList<client::api::Instruction> &instructions() const { return m_items; }

signals:
    void listed(bool ok);
    void detailsShown(bool ok);
    // The server's final answer to a set-up or an end arrived.
    void finished(bool ok);

private:
    void create();
    void send(const QStringList &sharedAnswerIds);
    void end();
    void showDetails(int row);
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_account;
    QListWidget *m_list;
    QLabel *m_details;
    QLineEdit *m_endReason;
    QPushButton *m_endButton;
    QComboBox *m_frequency;
    QLineEdit *m_amount;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLineEdit *m_rent;
    QLineEdit *m_lease;
    PayeeForm *m_payee;
    QPushButton *m_create;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    QList<client::api::Instruction> m_items;
    QString m_listedFor;
    bool m_checking = false;
    bool m_training = false;
};

} // namespace hpf::ui
