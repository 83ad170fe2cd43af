#pragma once

#include "api/receipts.h"
#include "receipt.h"

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
class ReceiptPreview;

// 2006 回单补打: finds a past operation's receipt by its serial (YWLSH), typed or read from the
// receipt's QR code by a scanner (which types the code and Enter), shows it with how often it was
// reprinted, and 补打: the reprint is counted and audited by the server first (one outbox operation,
// one Idempotency-Key, so a double click counts once), then printed or saved marked as reprint n.
class ReceiptPage : public QWidget
{
    Q_OBJECT
public:
    ReceiptPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    // The serial in what was typed or scanned: "YW…" itself, or the text of a receipt's QR code that
    // carries it. Empty when there is none.
    static QString serialFromInput(const QString &input);

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    // Looks up the receipt whose serial is in the input (no request when there is none).
    void lookup();
    // Receives a serial from another page (5103 lists a transfer's receipts) and looks it up.
    void showSerial(const QString &serial);
    void reprint();

    QLineEdit *serialEdit() const { return m_serial; }
    QPushButton *reprintButton() const { return m_reprint; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString serial() const { return m_shown.serial; }
    int reprintCount() const { return m_reprints; }
    QString statusText() const;
    QString countText() const;
    // What the on-screen preview paints (reprintCount > 0 after a 补打).
    printing::ReceiptData previewData() const;

signals:
    void loaded(bool ok);
    void reprinted(int reprintNumber);
    void reprintFailed();

private:
    void onReceipt(const QString &serial, const client::api::Reply<client::api::ReceiptRecord> &reply);
    void onReprinted(const client::ops::Outcome &outcome);
    void showCount(qint64 reprints, const QDateTime &lastAt);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QLineEdit *m_serial;
    QPushButton *m_find;
    QLabel *m_count;
    ReceiptPreview *m_preview;
    QPushButton *m_reprint;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    QString m_requested;          // serial of the lookup in flight
    client::api::Receipt m_shown; // the receipt shown
    int m_reprints = 0;
    bool m_training = false;
};

} // namespace hpf::ui
