#pragma once

#include "api/archive.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace hpf::client {
class ClientCore;
namespace ops {
class Operation;
class Outcome;
} // namespace ops
} // namespace hpf::client

namespace hpf::ui {

struct PageDescriptor;

// 8003 档案查看 (opened from 8002 with a package id): the manifest facts (档号, 归档登记, signer,
// every file's digests), the page thumbnails and the selected page (decoded through imaging; each
// file's SM3 and SHA-256 recomputed here against the package: a mismatch is shown), a watermarked
// export (the server records it with its purpose and gives the watermark; the copy is rendered here,
// one PDF) and "run 四性 check", which opens 8004 with the package. Every view is audited by the server.
class ArchiveViewerPage : public QWidget
{
    Q_OBJECT
public:
    ArchiveViewerPage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void openPackage(const QString &id);
    // Export with the typed purpose; the copy is written to `path` (the button asks for it).
    void exportTo(const QString &path);
    void reset();

    QLineEdit *purposeEdit() const { return m_purpose; }
    QListWidget *thumbnails() const { return m_thumbnails; }
    QTableWidget *files() const { return m_files; }
    QLabel *pageView() const { return m_view; }
    QString factsText() const;
    QString statusText() const;
    QString packageId() const { return m_package ? m_package->summary.id : QString(); }

signals:
    void loaded(const QString &packageId, int pages);
    void exported(const QString &path);
    void checkRequested(const QString &packageId);

private:
    void loadPackage(const QString &id);
    QString materialName(const QString &code) const;
    void fetchNext();
    void fileArrived(const QString &name, const QByteArray &bytes);
    void showPage(int row);
    void startExport();
    void onExported(const client::ops::Outcome &outcome);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QLabel *m_facts;
    QTableWidget *m_files;
    QListWidget *m_thumbnails;
    QLabel *m_view;
    QLineEdit *m_purpose;
    QPushButton *m_export;
    QPushButton *m_check;
    QLabel *m_status;
    client::ops::Operation *m_exportOperation;
    std::optional<client::api::ArchivePackage> m_package;
    std::optional<client::api::ArchiveMaterials> m_materials;
    QStringList m_pending;                  // page files still to fetch
    QByteArray m_partial;                   // the file being fetched
    QHash<QString, QList<QImage>> m_images; // file → its page images (a PDF may hold several)
    QString m_exportPath;
};

} // namespace hpf::ui
