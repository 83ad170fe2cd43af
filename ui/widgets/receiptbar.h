#pragma once

#include "api/receipts.h"
#include "base/result.h"
#include "receipt.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace hpf::ui {

class DocumentPrinter;
struct PrintJob;

// The receipt (业务回单) row shown under a business form once the server has confirmed the
// operation: the serial and three buttons — preview, print, save as PDF. It prints only what the
// server returned (the receipt of the operation's stored response), never the form. Hidden while empty.
class ReceiptBar : public QWidget
{
    Q_OBJECT
public:
    ReceiptBar(DocumentPrinter *printer, QWidget *parent = nullptr);

    // The receipt of a server response (or of a looked-up serial); shows the bar.
    // reprintNumber > 0 for a 补打 (the reprint's number): the receipt says so.
    void setReceipt(const client::api::Receipt &receipt, bool training, int reprintNumber = 0);
    void clear();
    bool hasReceipt() const { return !m_receipt.isEmpty(); }
    client::api::Receipt receipt() const { return m_receipt; }
    printing::ReceiptData receiptData() const { return m_data; }
    PrintJob printJob() const;

    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }

    // The server's receipt as the paint function's input (masked fields as the server sent them).
    static printing::ReceiptData printData(const client::api::Receipt &receipt, bool training,
                                           int reprintNumber = 0);

private:
    DocumentPrinter *m_printer;
    QLabel *m_label;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    client::api::Receipt m_receipt;
    printing::ReceiptData m_data;
};

} // namespace hpf::ui
