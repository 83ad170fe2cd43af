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
class JudicialRequestForm;

// 3001 司法协助: the judicial desk. The officer searches the account (Enter) and sees its summary,
// the freeze in effect, the 轮候 queue and the history; registers a freeze, or renews, unfreezes or
// deducts the selected one, typing the court's papers into the grouped form by keyboard. The form
// is kept as a draft while typed (restored after a lock or a crash); submitting checks the request
// as the server will (judicial::validate), asks a supervisor for the grant bound to the operation,
// then submits it through the outbox with its id as the Idempotency-Key. The server's 回执 is then
// printed as returned, risk flags of a deduction are shown translated, and "扫描法律文书" opens
// 8001 with the request's serial.
class JudicialDeskPage : public QWidget
{
    Q_OBJECT
public:
    enum class Action { None, Freeze, Renew, Unfreeze, Deduct };
    Q_ENUM(Action)

    JudicialDeskPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();
    static QString draftName() { return QStringLiteral("judicial-desk"); }

    // Opens the account (from 3002 or a restored draft): fills the number and searches.
    void showAccount(const QString &accountNumber);
    bool restoreDraft();
    void reset();
    void setTrainingMode(bool training) { m_training = training; }
    // Whether the signed-in role may change freezes (the judicial officer); others only look.
    void setMayAct(bool mayAct);

    // Starts one of the forms on the selected freeze (Freeze needs none).
    bool startAction(Action action);
    Action action() const { return m_action; }

    QLineEdit *accountEdit() const { return m_account; }
    QTableWidget *freezeTable() const { return m_freezes; }
    JudicialRequestForm *form() const { return m_form; }
    QPushButton *registerButton() const { return m_register; }
    QPushButton *renewButton() const { return m_renew; }
    QPushButton *unfreezeButton() const { return m_unfreeze; }
    QPushButton *deductButton() const { return m_deduct; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *scanDocumentsButton() const { return m_scanDocuments; }
    JudicialReceiptBar *receiptBar() const { return m_receipt; }
    GrantDialog *grantDialog() const { return m_grantDialog; }
    QString statusText() const;
    QString summaryText() const;
    QString riskText() const;
    QString pendingOperationId() const;
    // What the last search returned (empty before one).
    const std::optional<client::api::JudicialAccountFreezes> &freezes() const { return m_result; }
    // The freeze of the selected row, or null.
    const client::api::JudicialFreeze *selectedFreeze() const;
    bool selectHold(const QString &holdId);

signals:
    void loaded();
    void submitted(const QString &operationId);
    void succeeded(const hpf::client::api::JudicialOutcome &outcome);
    void scanDocumentsRequested(const QString &serial);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadCourts();
    // Loads the account's freezes; `quiet` keeps the status line (a refresh after an operation).
    void search(bool quiet = false);
    void showResult(const client::api::JudicialAccountFreezes &result);
    void updateButtons();
    void saveDraft();
    void submit();
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);
    QString grantSummary(const judicial::Request &request) const;

    client::ClientCore *m_core;
    QLineEdit *m_account;
    QPushButton *m_search;
    QLabel *m_summary;
    QTableWidget *m_freezes;
    QPushButton *m_register;
    QPushButton *m_renew;
    QPushButton *m_unfreeze;
    QPushButton *m_deduct;
    QLabel *m_actionLabel;
    JudicialRequestForm *m_form;
    QPushButton *m_submit;
    QLabel *m_status;
    QLabel *m_risk;
    JudicialReceiptBar *m_receipt;
    QPushButton *m_scanDocuments;
    client::ops::Operation *m_operation;
    GrantDialog *m_grantDialog = nullptr;
    std::optional<client::api::JudicialAccountFreezes> m_result;
    QList<client::api::JudicialFreeze> m_rows; // the table's freezes, row by row
    std::optional<client::api::JudicialCourts> m_courts;
    Action m_action = Action::None;
    QString m_actionHold; // the freeze the open form acts on
    QString m_searched;   // the account the result belongs to
    QString m_serial;     // of the last request done, for 8001
    bool m_training = false;
    bool m_mayAct = true;
    bool m_restoring = false;
    bool m_courtsLoading = false;
};

} // namespace hpf::ui
