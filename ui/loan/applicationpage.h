#pragma once

#include "api/loans.h"
#include "loan/partiesform.h"

#include <QList>
#include <QWidget>
#include <optional>

class QCheckBox;
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

// 7001 贷款受理: one application ("一件事") for the borrower, the spouse, co-borrowers and
// guarantors (identity, name, monthly income and debts, 征信授权), the property (address, price,
// purchase contract, first or second home), the kind (fund loan; 组合贷 with the bank's part;
// 商转公 with the commercial loan it pays off), amount, term, method and the disbursing bank.
// F5 checks: every rule with ✓/✗ and its reason, the limit with its binding bound named, the rate
// in force and a schedule preview. Ctrl+Enter accepts exactly what was checked (a changed form is
// checked first): the result is the serial and the decision's due date (15 days on). Keyboard
// only; a refusal focuses the input it names. People rows left empty are not sent.
class LoanApplicationPage : public QWidget
{
    Q_OBJECT
public:
    using PartyRow = LoanPartiesForm::PartyRow;

    explicit LoanApplicationPage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void reset();
    // Runs the check of the form now.
    void check();
    // Ctrl+Enter: accepts what was checked, or checks a changed form first.
    void accept();

    const QList<PartyRow> &partyRows() const { return m_parties->rows(); }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *termEdit() const { return m_term; }
    QComboBox *methodCombo() const { return m_method; }
    QComboBox *homeOrderCombo() const { return m_homeOrder; }
    QComboBox *bankCombo() const { return m_bank; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *priceEdit() const { return m_price; }
    QLineEdit *contractEdit() const { return m_contract; }
    QWidget *commercialBox() const { return m_commercialBox; }
    QWidget *conversionBox() const { return m_conversionBox; }
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *acceptButton() const { return m_acceptButton; }
    QString statusText() const;
    QString checkText() const;
    QString resultText() const;
    const std::optional<client::api::LoanCheck> &lastCheck() const { return m_check; }
    const std::optional<client::api::LoanApplication> &result() const { return m_result; }

signals:
    void checked(bool ok);
    // The server's final answer to the acceptance arrived (ok or refused).
    void finished(bool ok);

private:
    void reloadBanks();
    void onKindChanged();
    // The request the form says, or false with the input focused and the status set.
    bool readForm(client::api::LoanRequestInput *input, QList<int> *rows);
    void showCheck(const client::api::LoanCheck &check);
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void focusField(const QString &field);
    void setStatus(const QString &text, bool error);
    QStringList sentRoles() const;

    client::ClientCore *m_core;
    LoanPartiesForm *m_parties;
    QComboBox *m_kind;
    QLineEdit *m_amount;
    QLineEdit *m_term;
    QComboBox *m_method;
    QComboBox *m_homeOrder;
    QComboBox *m_bank;
    QLineEdit *m_address;
    QLineEdit *m_price;
    QLineEdit *m_contract;
    QWidget *m_commercialBox;
    QLineEdit *m_commercialAmount;
    QComboBox *m_commercialBank;
    QLineEdit *m_commercialTerm;
    QLineEdit *m_commercialRate;
    QWidget *m_conversionBox;
    QComboBox *m_conversionBank;
    QLineEdit *m_conversionContract;
    QLineEdit *m_conversionOutstanding;
    QPushButton *m_checkButton;
    QPushButton *m_acceptButton;
    QLabel *m_checkLabel;
    QLabel *m_status;
    QLabel *m_resultLabel;
    client::ops::Operation *m_operation;
    std::optional<client::api::LoanCheck> m_check;
    QString m_checkedFingerprint; // the request m_check answers
    QString m_checkPending;       // the request of the check in flight
    QList<int> m_sentRows;        // request parties[i] → m_parties->rows() index, for the last read form
    std::optional<client::api::LoanApplication> m_result;
};

} // namespace hpf::ui
