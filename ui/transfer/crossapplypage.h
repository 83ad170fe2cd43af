#pragma once

#include "api/transfers.h"

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
class TransferLookupField;

// 5101 异地转入申请, at the receiving center: the worker's new account here, the sending center
// (from the directory; centers without a channel are shown disabled and say why), the old account
// and unit there and a phone number. Applying prints the 联系函 (the letter number large on it) and
// the page then follows that transfer: F5 reloads it, 进度查询 asks the sending center (BDC904),
// 撤销 cancels it while the sending center has not accepted (refused politely once it has).
class CrossApplyPage : public QWidget
{
    Q_OBJECT
public:
    CrossApplyPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void loadCenters();
    // Follows an existing transfer (a letter number from 5103 or typed).
    void follow(const QString &letterNumber);
    void refresh();

    QComboBox *centerBox() const { return m_center; }
    TransferLookupField *accountField() const { return m_account; }
    QLineEdit *oldAccountEdit() const { return m_oldAccount; }
    QLineEdit *oldUnitEdit() const { return m_oldUnit; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *progressButton() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    ReceiptBar *letterBar() const { return m_letter; }
    QString statusText() const;
    QString letterNumber() const { return m_letterNumber; }
    QString detailsText() const;
    const std::optional<client::api::CrossTransfer> &transfer() const { return m_transfer; }

signals:
    void centersLoaded(bool ok);
    void applied(bool ok);
    void transferShown();
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply();
    void act(bool cancel);
    void show(const client::api::CrossTransfer &transfer);
    void onApplied(const client::ops::Outcome &outcome);
    void onActed(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error, bool application);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QComboBox *m_center;
    TransferLookupField *m_account;
    QLineEdit *m_oldAccount;
    QLineEdit *m_oldUnit;
    QLineEdit *m_phone;
    QPushButton *m_apply;
    QLabel *m_status;
    QLabel *m_letterLabel;
    QLabel *m_details;
    QPushButton *m_refresh;
    QPushButton *m_progress;
    QPushButton *m_cancel;
    ReceiptBar *m_letter;
    client::ops::Operation *m_operation; // the application
    client::ops::Operation *m_action;    // progress query or cancel of the followed transfer
    QString m_letterNumber;
    std::optional<client::api::CrossTransfer> m_transfer;
    bool m_centersLoaded = false;
    bool m_pendingCancel = false; // the follow-up operation in flight is a cancel (else progress)
    bool m_training = false;
};

} // namespace hpf::ui
