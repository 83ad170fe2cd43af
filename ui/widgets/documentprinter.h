#pragma once

#include "base/result.h"

#include <QObject>
#include <QPageSize>
#include <QPainter>
#include <QPointF>
#include <QRectF>
#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace hpf::client {
class Settings;
}

namespace hpf::ui {

// One printable document. Its pages are painted by a pure function from printing/ that serves the
// preview, the printer and the PDF alike; `paintPage(painter, pageRect, index)` gets the full page
// in device units.
struct PrintJob
{
    QString title;                                 // preview window title, PDF title, print job name
    QPageSize pageSize = QPageSize(QPageSize::A4); // portrait
    int pageCount = 1;
    std::function<void(QPainter &, const QRectF &, int)> paintPage;
    bool preprintedForm = false; // 套打: shift by the printer's calibration offset
};

// Preview, printer and PDF output for every document of the counter. The printer (and with it the
// system's printer list) is created only at the first print or preview; the choice of printer and
// the page setup are then kept for the session. Calibration offsets for pre-printed forms are kept
// per printer in the settings. Dialogs are opened window-modal with open(), never exec().
class DocumentPrinter : public QObject
{
    Q_OBJECT
public:
    explicit DocumentPrinter(QWidget *dialogParent, QObject *parent = nullptr);
    ~DocumentPrinter() override;

    // Where calibration offsets are read from and saved to (not owned; may be null: no offsets).
    void setSettings(client::Settings *settings);

    // Shows the print preview; printing from it uses the remembered printer.
    void preview(const PrintJob &job);
    // Prints: the first time (or after choosePrinter()) through the print dialog, afterwards straight
    // to the printer chosen then.
    void print(const PrintJob &job);
    void choosePrinter();
    void pageSetup();
    // Asks for a file name (non-modal dialog), then writes the PDF (exportPdfTo).
    void exportPdf(const PrintJob &job, const QString &suggestedName);
    // Writes the PDF and tells: pdfSaved(path) or failed(a translated message naming the path and
    // the reason). The main window shows either to the teller.
    void exportPdfTo(const PrintJob &job, const QString &path);
    // Writes the PDF directly (also used by exportPdf and the tests). Error codes as printing::writePdf,
    // and pdf.incomplete when the file on disk is not a whole PDF afterwards (disk full).
    Status savePdf(const PrintJob &job, const QString &path) const;
    // The message failed() carries for an error of savePdf().
    static QString failureText(const QString &path, const Error &error);
    // Paints the job on a printer the caller set up (no dialog), with that printer's calibration.
    void printOn(QPrinter *printer, const PrintJob &job);

    // The name a printer's calibration is kept under: the system printer's name, or "PDF" for PDF
    // output (a PDF printed later on pre-printed paper needs an offset too).
    static QString calibrationName(const QPrinter &printer);
    // 套打 calibration: millimetres to move everything right/down on this printer.
    QPointF offsetMm(const QString &printerName) const;
    void setOffsetMm(const QString &printerName, QPointF offset);

    // Null until the first print, preview or printer choice (no printer is enumerated before).
    QPrinter *printer() const { return m_printer.get(); }
    QString printerName() const;

signals:
    void printed(const QString &title);
    void pdfSaved(const QString &path);
    void failed(const QString &message); // printing or PDF, translated, for the teller

private:
    QPrinter *ensurePrinter();

    QWidget *m_dialogParent;
    client::Settings *m_settings = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    bool m_printerChosen = false;
    QString m_pdfDirectory; // where the last PDF went, for the session
};

} // namespace hpf::ui
