#include "widgets/documentprinter.h"

#include "pdfwriter.h"
#include "session/settings.h"
#include "session/usertext.h"

#include <QDir>
#include <QFileDialog>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace hpf::ui {

DocumentPrinter::DocumentPrinter(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{}

DocumentPrinter::~DocumentPrinter() = default;

void DocumentPrinter::setSettings(client::Settings *settings)
{
    m_settings = settings;
}

QPrinter *DocumentPrinter::ensurePrinter()
{
    if (!m_printer) // the first QPrinter is what makes Qt ask the system for its printers
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    return m_printer.get();
}

QString DocumentPrinter::calibrationName(const QPrinter &printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat ? u"PDF"_qs : printer.printerName();
}

QString DocumentPrinter::printerName() const
{
    return m_printer ? calibrationName(*m_printer) : QString();
}

QPointF DocumentPrinter::offsetMm(const QString &printerName) const
{
    return m_settings && !printerName.isEmpty() ? m_settings->printerOffsetMm(printerName) : QPointF();
}

void DocumentPrinter::setOffsetMm(const QString &printerName, QPointF offset)
{
    if (m_settings && !printerName.isEmpty()) {
        m_settings->setPrinterOffsetMm(printerName, offset);
        m_settings->sync();
    }
}

void DocumentPrinter::printOn(QPrinter *printer, const PrintJob &job)
{
    printer->setFullPage(true);
    printer->setDocName(job.title);
    printer->setPageSize(job.pageSize);
    printer->setPageOrientation(QPageLayout::Portrait);
    QPainter painter;
    if (!painter.begin(printer)) {
        emit failed(tr("The printer \"%1\" could not be started").arg(printer->printerName()));
        return;
    }
    const QRectF page = printer->pageLayout().fullRectPixels(printer->resolution());
    QPointF shift;
    if (job.preprintedForm)
        shift = offsetMm(calibrationName(*printer)) * (printer->resolution() / 25.4);
    for (int i = 0; i < job.pageCount; ++i) {
        if (i > 0)
            printer->newPage();
        painter.save();
        painter.translate(shift);
        job.paintPage(painter, page, i);
        painter.restore();
    }
    painter.end();
    emit printed(job.title);
}

void DocumentPrinter::preview(const PrintJob &job)
{
    auto *dialog = new QPrintPreviewDialog(ensurePrinter(), m_dialogParent);
    dialog->setObjectName(u"printPreview"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print preview: %1").arg(job.title));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, job](QPrinter *printer) { printOn(printer, job); });
    dialog->open();
}

void DocumentPrinter::print(const PrintJob &job)
{
    if (m_printerChosen) {
        printOn(ensurePrinter(), job);
        return;
    }
    auto *dialog = new QPrintDialog(ensurePrinter(), m_dialogParent);
    dialog->setObjectName(u"printDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, job] {
        m_printerChosen = true;
        printOn(m_printer.get(), job);
    });
    dialog->open();
}

void DocumentPrinter::choosePrinter()
{
    auto *dialog = new QPrintDialog(ensurePrinter(), m_dialogParent);
    dialog->setObjectName(u"printDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_printerChosen = true; });
    dialog->open();
}

void DocumentPrinter::pageSetup()
{
    auto *dialog = new QPageSetupDialog(ensurePrinter(), m_dialogParent);
    dialog->setObjectName(u"pageSetupDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DocumentPrinter::exportPdf(const PrintJob &job, const QString &suggestedName)
{
    if (m_pdfDirectory.isEmpty())
        m_pdfDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog =
        new QFileDialog(m_dialogParent, tr("Save as PDF"), m_pdfDirectory, tr("PDF files (*.pdf)"));
    dialog->setObjectName(u"pdfFileDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"pdf"_qs);
    dialog->selectFile(suggestedName);
    connect(dialog, &QFileDialog::fileSelected, this, [this, job](const QString &path) {
        m_pdfDirectory = QFileInfo(path).absolutePath();
        if (Status s = savePdf(job, path); !s)
            emit failed(tr("The PDF could not be written: %1").arg(client::usertext::describe(s.error())));
        else
            emit pdfSaved(path);
    });
    dialog->open();
}

Status DocumentPrinter::savePdf(const PrintJob &job, const QString &path) const
{
    return printing::writePdf(path, job.pageSize, job.pageCount, job.paintPage, {}, job.title);
}

} // namespace hpf::ui
