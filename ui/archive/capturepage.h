#pragma once

#include "api/archive.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace hpf::client {
class ClientCore;
namespace archive {
struct CapturedPage;
}
namespace capture {
class Scanner;
struct ScannedPage;
struct ScannerDevice;
} // namespace capture
} // namespace hpf::client

namespace hpf::ui {

class CapturePageStrip;
class MaterialsChecklist;
class ScannerSettingsBox;
struct PageDescriptor;

// 8001 档案采集: the papers of one business record (its serial) into its archive package. The
// record and its materials checklist come from the server; pages are scanned (the workstation's
// scanner, if it has one) or imported, each sealed in the local capture store the moment it
// arrives; the page strip shows them with blank and near-duplicate flags; rotate, deskew, crop,
// reorder, rescan and delete work on the selected page; upload builds the package and hands it to
// the uploader (queued while offline). Keyboard: Enter in the serial loads the record, F5 scans,
// Ctrl+O imports, Ctrl+1…9 choose the material, Ctrl+R / Ctrl+Shift+R turn, Ctrl+D deskews,
// Ctrl+K crops, Ctrl+Up / Ctrl+Down move, Ctrl+Shift+S rescans, Delete deletes, Ctrl+U uploads.
class ArchiveCapturePage : public QWidget
{
    Q_OBJECT
public:
    ArchiveCapturePage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    // Opened with a serial (e.g. from the freeze page): loads that record.
    void openRecord(const QString &serial);
    // Imports files (the import dialog calls this; tests too).
    void importFiles(const QStringList &paths);
    void reset();

    QLineEdit *serialEdit() const { return m_serial; }
    QListWidget *checklist() const;
    QListWidget *strip() const;
    QString statusText() const;
    QString recordText() const;
    QStringList missingMaterials() const; // codes of required materials with too few pages
    bool isRecordLoaded() const { return m_record.has_value(); }
    bool isScanning() const; // a scan is running: its pages may still arrive, F5 is refused

signals:
    void recordLoaded(const QString &serial);
    void pagesChanged(int count);
    void uploaded(const QString &serial, const QString &archiveNumber);

private:
    void loadRecord();
    void showRecord();
    void refresh();
    void scan(bool rescan);
    void onScanned(const client::capture::ScannedPage &page);
    void onScanFinished(const hpf::Status &status);
    void chooseImport();
    void upload();
    QString currentMaterial() const;
    QString owner() const;
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    client::capture::Scanner *m_scanner = nullptr;
    QLineEdit *m_serial;
    QLabel *m_recordLabel;
    MaterialsChecklist *m_checklist;
    ScannerSettingsBox *m_settings;
    QPushButton *m_scanButton;
    QPushButton *m_importButton;
    QPushButton *m_uploadButton;
    CapturePageStrip *m_strip;
    QProgressBar *m_progress;
    QLabel *m_status;
    std::optional<client::api::ArchiveMaterials> m_materials;
    std::optional<client::api::ArchiveRecord> m_record;
    QString m_rescanId;  // the page a rescan replaces
    QString m_scanError; // a page of the batch that could not be stored
};

} // namespace hpf::ui
