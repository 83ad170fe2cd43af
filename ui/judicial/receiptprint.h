#pragma once

#include "api/judicial.h"
#include "judicialreceipt.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace hpf::ui {

class DocumentPrinter;
struct PrintJob;

// The 协助执行回执 row under the judicial desk once the server has answered: the receipt number and
// preview / print / save as PDF. It prints the receipt of the server's answer only, never the form.
class JudicialReceiptBar : public QWidget
{
    Q_OBJECT
public:
    JudicialReceiptBar(DocumentPrinter *printer, QWidget *parent = nullptr);

    void setReceipt(const client::api::JudicialReceipt &receipt, bool training);
    void clear();
    bool hasReceipt() const { return !m_data.number.isEmpty(); }
    const printing::JudicialReceiptData &receiptData() const { return m_data; }
    PrintJob printJob() const;

    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }

    // The server's receipt as the paint function's input.
    static printing::JudicialReceiptData printData(const client::api::JudicialReceipt &receipt,
                                                   bool training);

private:
    DocumentPrinter *m_printer;
    QLabel *m_label;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    printing::JudicialReceiptData m_data;
};

} // namespace hpf::ui
