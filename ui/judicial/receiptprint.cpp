#include "judicial/receiptprint.h"

#include "widgets/documentprinter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hpf::ui {

JudicialReceiptBar::JudicialReceiptBar(DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_printer(printer)
    , m_label(new QLabel(this))
    , m_preview(new QPushButton(tr("Preview the court receipt"), this))
    , m_print(new QPushButton(tr("Print the court receipt"), this))
    , m_pdf(new QPushButton(tr("Save the court receipt as PDF…"), this))
{
    setObjectName(u"judicialReceiptBar"_qs);
    m_label->setObjectName(u"judicialReceiptNumber"_qs);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(u"judicialReceiptPreview"_qs);
    m_print->setObjectName(u"judicialReceiptPrint"_qs);
    m_pdf->setObjectName(u"judicialReceiptPdf"_qs);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_print);
    layout->addWidget(m_pdf);
    connect(m_preview, &QPushButton::clicked, this, [this] { m_printer->preview(printJob()); });
    connect(m_print, &QPushButton::clicked, this, [this] { m_printer->print(printJob()); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { m_printer->exportPdf(printJob(), m_data.number + u".pdf"_qs); });
    setVisible(false);
}

void JudicialReceiptBar::setReceipt(const client::api::JudicialReceipt &receipt, bool training)
{
    m_data = printData(receipt, training);
    m_label->setText(tr("Court receipt %1").arg(m_data.number));
    setVisible(!receipt.isEmpty());
}

void JudicialReceiptBar::clear()
{
    m_data = {};
    m_label->clear();
    setVisible(false);
}

PrintJob JudicialReceiptBar::printJob() const
{
    PrintJob job;
    job.title = u"协助执行回执 "_qs + m_data.number;
    job.pageSize = QPageSize(QPageSize::A4);
    job.paintPage = [data = m_data](QPainter &painter, const QRectF &page, int) {
        printing::paintJudicialReceipt(painter, page, data);
    };
    return job;
}

printing::JudicialReceiptData JudicialReceiptBar::printData(const client::api::JudicialReceipt &r,
                                                            bool training)
{
    printing::JudicialReceiptData d;
    d.number = r.number;
    d.centerName = r.centerName;
    d.branchName = r.branchName;
    d.action = r.action;
    d.courtName = r.courtName;
    d.caseNumber = r.caseNumber;
    d.noticeNumber = r.noticeNumber;
    d.accountNumber = r.accountNumber;
    d.personName = r.personName;
    d.requestedFen = r.requestedFen;
    d.achievedFen = r.achievedFen;
    d.shortfallFen = r.shortfallFen;
    d.state = r.state;
    d.startDate = r.startDate;
    d.endDate = r.endDate;
    d.queuePosition = r.queuePosition;
    d.notes = r.notes;
    d.at = r.at;
    d.teller = r.teller;
    d.supervisor = r.supervisor;
    d.training = training;
    return d;
}

} // namespace hpf::ui
