#include "widgets/receiptbar.h"

#include "widgets/documentprinter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hpf::ui {

ReceiptBar::ReceiptBar(DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_printer(printer)
    , m_label(new QLabel(this))
    , m_preview(new QPushButton(tr("Preview receipt"), this))
    , m_print(new QPushButton(tr("Print receipt"), this))
    , m_pdf(new QPushButton(tr("Save receipt as PDF…"), this))
{
    setObjectName(u"receiptBar"_qs);
    m_label->setObjectName(u"receiptSerial"_qs);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(u"receiptPreview"_qs);
    m_print->setObjectName(u"receiptPrint"_qs);
    m_pdf->setObjectName(u"receiptPdf"_qs);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_print);
    layout->addWidget(m_pdf);
    connect(m_preview, &QPushButton::clicked, this, [this] { m_printer->preview(printJob()); });
    connect(m_print, &QPushButton::clicked, this, [this] { m_printer->print(printJob()); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { m_printer->exportPdf(printJob(), m_data.serial + u".pdf"_qs); });
    setVisible(false);
}

void ReceiptBar::setReceipt(const client::api::Receipt &receipt, bool training, int reprintNumber)
{
    m_receipt = receipt;
    m_data = printData(receipt, training, reprintNumber);
    m_label->setText(reprintNumber > 0
                         ? tr("Receipt %1 (reprint no. %2)").arg(m_data.serial).arg(reprintNumber)
                         : tr("Receipt %1").arg(m_data.serial));
    setVisible(!receipt.isEmpty());
}

void ReceiptBar::clear()
{
    m_receipt = {};
    m_data = {};
    m_label->clear();
    setVisible(false);
}

PrintJob ReceiptBar::printJob() const
{
    PrintJob job;
    job.title = m_data.title + u' ' + m_data.serial;
    job.pageSize = QPageSize(QPageSize::A5);
    job.preprintedForm = true;
    job.paintPage = [data = m_data](QPainter &painter, const QRectF &page, int) {
        printing::paintReceipt(painter, page, data);
    };
    return job;
}

printing::ReceiptData ReceiptBar::printData(const client::api::Receipt &receipt, bool training,
                                            int reprintNumber)
{
    printing::ReceiptData d;
    d.centerName = receipt.centerName;
    d.branchName = receipt.branchName;
    // A letter to another center (the 联系函 of a cross-city transfer) is a document of its own, not
    // a receipt: its own title, and its number large, as the other center's teller types it in.
    const bool letter = receipt.business == u"transfer_contact_letter";
    d.title = letter ? receipt.businessLabel : receipt.businessLabel + u"业务回单"_qs;
    if (letter) {
        for (const auto &line : receipt.lines) {
            if (line.label == u"联系函编号")
                d.headline = {line.label, line.value};
        }
    }
    d.serial = receipt.serial;
    d.time = receipt.at;
    const QString &username = receipt.tellerUsername;
    const QString &tellerName = receipt.tellerName;
    d.teller = tellerName.isEmpty() || tellerName == username ? username : username + u' ' + tellerName;
    for (const auto &line : receipt.lines)
        d.fields.append({line.label, line.value});
    // Every amount but the last as a row; the last (the total) in figures and 大写.
    const auto &amounts = receipt.amounts;
    for (qsizetype i = 0; i + 1 < amounts.size(); ++i)
        d.fields.append({amounts[i].label, amounts[i].text});
    if (!amounts.isEmpty()) {
        d.amountFen = amounts.last().fen;
        d.amountLabel = amounts.last().label;
    }
    d.qrText = d.serial; // the receipt page (补打) and the server look the serial up
    d.reprintCount = reprintNumber;
    d.training = training;
    return d;
}

} // namespace hpf::ui
