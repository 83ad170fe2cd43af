#pragma once

#include "api/changes.h"

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
class ReceiptBar;
class TransferLookupField;

// 2201 单位信息变更: the unit account (its name and state, and the changes made before) and only what
// changes — name, contact, office or registered address, bank account, remittance day, legal
// representative — with a reason. An empty input keeps today's value. Enter in the reason submits;
// the answer lists each field before and after, and its receipt prints. The credit code and the unit
// account never change. A refusal focuses the input it names.
class UnitChangePage : public QWidget
{
    Q_OBJECT
public:
    UnitChangePage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void showUnit(const QString &unitAccount);

    TransferLookupField *unitField() const { return m_unit; }
    QLineEdit *edit(const QString &field) const; // by request field: name, contact.mobile, bank.account …
    QComboBox *bankCombo() const { return m_bankCode; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *submitButton() const { return m_submit; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    QString resultText() const;
    QString historyText() const;

signals:
    void historyLoaded(bool ok);
    void finished(bool ok);

private:
    void loadHistory();
    void submit();
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_unit;
    QLabel *m_history;
    QList<std::pair<QString, QLineEdit *>> m_edits; // request field → input, in tab order
    QComboBox *m_bankCode;
    QComboBox *m_legalDocumentType;
    QLineEdit *m_reason;
    QPushButton *m_submit;
    QLabel *m_status;
    QLabel *m_resultLabel;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    bool m_training = false;
};

} // namespace hpf::ui
