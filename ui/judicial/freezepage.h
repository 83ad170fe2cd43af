#pragma once

#include "base/result.h"

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

class GrantDialog;

// 3001 司法冻结: registers a court freeze on a personal account. The form is saved as a draft
// while typed (and restored after a lock or a crash); submitting confirms the operation (its id),
// asks a supervisor for the grant (柜面授权) bound to it, then submits it: saved in the outbox
// before it is sent with that id as its Idempotency-Key.
class FreezePage : public QWidget
{
    Q_OBJECT
public:
    FreezePage(client::ClientCore *core, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    static QString draftName() { return QStringLiteral("judicial-freeze"); }

    // Restores the signed-in user's draft, if any; returns whether one was found.
    bool restoreDraft();
    void reset();

    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *courtEdit() const { return m_court; }
    QLineEdit *caseEdit() const { return m_case; }
    QLineEdit *endsOnEdit() const { return m_endsOn; }
    QPushButton *submitButton() const { return m_submit; }
    QString statusText() const;
    QString pendingOperationId() const;
    GrantDialog *grantDialog() const { return m_grantDialog; }

    // After a freeze is registered: "扫描法律文书" opens 8001 with its serial.
    QPushButton *scanDocumentsButton() const { return m_scanDocuments; }

signals:
    void submitted(const QString &operationId);
    void scanDocumentsRequested(const QString &serial);

private:
    void saveDraft();
    void submit();
    void onRegistered(const client::ops::Outcome &outcome);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QLineEdit *m_account;
    QLineEdit *m_amount;
    QLineEdit *m_court;
    QLineEdit *m_case;
    QLineEdit *m_endsOn;
    QLabel *m_status;
    QPushButton *m_submit;
    QPushButton *m_scanDocuments;
    QString m_registeredSerial;
    client::ops::Operation *m_operation;
    GrantDialog *m_grantDialog = nullptr;
    bool m_restoring = false;
};

} // namespace hpf::ui
