#pragma once

#include "api/transfers.h"

#include <QPointer>
#include <QWidget>

class QLabel;
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
class ReceiptBar;
class TransferLookupField;

// 5003 个人合并: one person with two live accounts here (一人多户) keeps one. The teller types the
// account to keep; the other live accounts of the same person are listed (the server matches the
// identity key, so a legacy 15-digit number finds its 18-digit twin); Enter on one asks a
// supervisor's grant (柜面授权) for merging it into the kept account, then sends the operation. The
// merged account ends closed (03, reason 05) with its balance and interest to date on the kept one.
class MergePage : public QWidget
{
    Q_OBJECT
public:
    MergePage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    // Receives the account to keep from another page (1002's 一人多户 notice).
    void showAccount(const QString &accountNumber);
    void loadCandidates();

    TransferLookupField *keepField() const { return m_keep; }
    QTableWidget *candidateTable() const { return m_table; }
    QPushButton *mergeButton() const { return m_merge; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    GrantDialog *grantDialog() const;
    QString statusText() const;
    QString resultText() const;
    const std::optional<client::api::InCityResult> &result() const { return m_result; }

signals:
    void candidatesLoaded(int count);
    void finished(bool ok);

private:
    void startMerge();
    void onSucceeded(const client::ops::Outcome &outcome);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_keep;
    QTableWidget *m_table;
    QPushButton *m_merge;
    QLabel *m_status;
    QLabel *m_resultLabel;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    QPointer<GrantDialog> m_grantDialog;
    QList<client::api::Account> m_candidates;
    QString m_candidatesOf;
    std::optional<client::api::InCityResult> m_result;
    bool m_training = false;
};

} // namespace hpf::ui
