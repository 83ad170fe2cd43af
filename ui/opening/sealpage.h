#pragma once

#include "api/accounts.h"

#include <QWidget>

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

// 2005 封存/启封: seals an active personal account with a reason from the code table, or unseals a
// sealed one in its own unit. The account number's check character is verified before any request;
// Enter in the number loads the account and shows its state. Submitting confirms one operation and
// saves it in the outbox before sending; its id is the Idempotency-Key: a retry (or a second Enter) resends
// the same operation, never a second one. The receipt shown afterwards is the one the server returned.
class SealPage : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Seal, Unseal };

    SealPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    bool isTrainingMode() const { return m_training; }
    void reset();
    // Validates the typed number and loads the account (no request when the number is invalid).
    void loadAccount();

    QLineEdit *accountEdit() const { return m_account; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *memoEdit() const { return m_memo; }
    QPushButton *submitButton() const { return m_submit; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    QString stateText() const;
    QString pendingOperationId() const;

signals:
    void accountLoaded(bool ok);
    // The server's answer to a seal or unseal arrived (ok or refused); not for answers still retried.
    void finished(bool ok);

private:
    void submit();
    QString formSignature() const;
    void onAccount(const QString &number, const client::api::Reply<client::api::Account> &reply);
    void onChanged(const client::ops::Outcome &outcome);
    void showState(const client::api::Account &account);
    void updateReasonEnabled();
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QLineEdit *m_account;
    QLabel *m_state;
    QComboBox *m_action;
    QComboBox *m_reason;
    QLineEdit *m_memo;
    QPushButton *m_submit;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    QString m_loadedNumber;                      // the number whose GET is in flight or shown
    std::optional<client::api::Account> m_shown; // that account as last loaded or changed
    QString m_sent;                              // formSignature() of that operation
    QString m_confirmed;                         // formSignature() of the last operation the server confirmed
    bool m_training = false;
};

} // namespace hpf::ui
