#include "widgets/documentprinter.h"

#include "pdfwriter.h"
#include "session/settings.h"
#include "session/usertext.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace hpf::ui {

namespace {
Q_LOGGING_CATEGORY(lcPrinter, "hpf.ui.printer")
} // namespace

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
        exportPdfTo(job, path);
    });
    dialog->open();
}

void DocumentPrinter::exportPdfTo(const PrintJob &job, const QString &path)
{
    if (Status s = savePdf(job, path); !s) {
        qCWarning(lcPrinter) << "PDF not written:" << s.error().code << s.error().detail;
        emit failed(failureText(path, s.error()));
        return;
    }
    emit pdfSaved(QFileInfo(path).absoluteFilePath());
}

QString DocumentPrinter::failureText(const QString &path, const Error &error)
{
    const QString where = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (error.code == u"pdf.incomplete")
        return tr("The PDF %1 could not be written completely (is the disk full?). No file was kept; "
                  "free some space or choose another folder.")
            .arg(where);
    if (error.code == u"pdf.open") {
        // QFile's reason (permission denied, read-only file system, no such directory) is
        // the system's English: the teller gets the cause in words of their own.
        const QFileInfo info(path);
        QString reason;
        if (info.isDir())
            reason = tr("a folder of that name exists");
        else if (!info.absoluteDir().exists())
            reason = tr("the folder does not exist");
        else
            reason = tr("the folder cannot be written to");
        return tr("The PDF could not be saved as %1: %2. Choose another folder.").arg(where, reason);
    }
    return tr("The PDF could not be written: %1").arg(client::usertext::describe(error));
}

Status DocumentPrinter::savePdf(const PrintJob &job, const QString &path) const
{
    if (Status s = printing::writePdf(path, job.pageSize, job.pageCount, job.paintPage, {}, job.title); !s)
        return s;
    // QPdfWriter reports no write error: a full disk leaves a truncated file behind. A whole PDF
    // ends with %%EOF (and some line end), so the tail is checked and a broken file removed.
    QFile written(path);
    const QFileInfo info(path);
    bool whole = false;
    if (info.isFile() && info.size() > 0 && written.open(QIODevice::ReadOnly)) {
        written.seek(std::max<qint64>(0, written.size() - 32));
        whole = written.readAll().contains("%%EOF");
    }
    if (!whole) {
        written.close();
        if (info.isFile()) // never a device such as /dev/full
            QFile::remove(path);
        return makeError(u"pdf.incomplete"_qs, QString(), u"the written file is not a whole PDF"_qs);
    }
    return {};
}

} // namespace hpf::ui
