#include "archive/viewerpage.h"

#include "archive/archivetext.h"
#include "archive/manifest.h"
#include "archivecopy.h"
#include "clientcore.h"
#include "imaging/codec.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {
constexpr int kThumbnail = 110;
constexpr int kFileRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;
} // namespace

ArchiveViewerPage::ArchiveViewerPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_facts(new QLabel(this))
    , m_files(new QTableWidget(0, 6, this))
    , m_thumbnails(new QListWidget(this))
    , m_view(new QLabel(this))
    , m_purpose(new QLineEdit(this))
    , m_export(new QPushButton(tr("Export watermarked copy… (Ctrl+E)"), this))
    , m_check(new QPushButton(tr("Run four-property check (Ctrl+T)"), this))
    , m_status(new QLabel(this))
    , m_exportOperation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"archiveViewerPage"_qs);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_files->setHorizontalHeaderLabels(
        {tr("File"), tr("Role"), tr("Material"), tr("Size"), tr("SM3"), tr("SHA-256")});
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setIconSize(QSize(kThumbnail, kThumbnail));
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMaximumWidth(kThumbnail + 40);
    m_view->setAlignment(Qt::AlignCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    m_purpose->setPlaceholderText(tr("purpose of the export (required), e.g. court request 2026-123"));
    m_export->setEnabled(false);
    m_check->setEnabled(false);

    m_thumbnails->setAccessibleName(tr("Pages of the package"));
    m_files->setAccessibleName(tr("Files of the package"));
    m_purpose->setAccessibleName(tr("Purpose of the export"));
    scroll->setAccessibleName(tr("Selected page"));

    auto *factsBox = new QGroupBox(tr("Archive package"), this);
    auto *factsLayout = new QVBoxLayout(factsBox);
    factsLayout->addWidget(m_facts);
    auto *viewer = new QHBoxLayout;
    viewer->addWidget(m_thumbnails);
    viewer->addWidget(scroll, 1);
    auto *exportBox = new QGroupBox(tr("Watermarked copy"), this);
    auto *actions = new QHBoxLayout(exportBox);
    auto *purposeLabel = new QLabel(tr("P&urpose:"), this);
    purposeLabel->setBuddy(m_purpose);
    actions->addWidget(purposeLabel);
    actions->addWidget(m_purpose, 1);
    actions->addWidget(m_export);
    // The copy's purpose and the 四性 check one under the other: the page fits at 200 %.
    auto *checkRow = new QVBoxLayout;
    checkRow->addWidget(exportBox);
    checkRow->addWidget(m_check, 0, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(factsBox);
    layout->addLayout(viewer, 3);
    layout->addWidget(m_files, 1);
    layout->addLayout(checkRow);
    layout->addWidget(m_status);
    setTabOrder(m_thumbnails, m_files);
    setTabOrder(m_files, m_purpose);
    setTabOrder(m_purpose, m_export);
    setTabOrder(m_export, m_check);

    auto *exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(exportAction);
    auto *checkAction = new QAction(this);
    checkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(checkAction);
    connect(exportAction, &QAction::triggered, this, &ArchiveViewerPage::startExport);
    connect(m_export, &QPushButton::clicked, this, &ArchiveViewerPage::startExport);
    connect(m_purpose, &QLineEdit::returnPressed, this, &ArchiveViewerPage::startExport);
    auto check = [this] {
        if (m_package)
            emit checkRequested(m_package->summary.id);
    };
    connect(checkAction, &QAction::triggered, this, check);
    connect(m_check, &QPushButton::clicked, this, check);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, &ArchiveViewerPage::showPage);
    connect(m_exportOperation, &client::ops::Operation::succeeded, this, &ArchiveViewerPage::onExported);
    connect(m_exportOperation, &client::ops::Operation::failed, this,
            [this](const QString &message) { setStatus(message, true); });
}

QString ArchiveViewerPage::factsText() const
{
    return m_facts->text();
}

QString ArchiveViewerPage::statusText() const
{
    return m_status->text();
}

void ArchiveViewerPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void ArchiveViewerPage::reset()
{
    m_package.reset();
    m_materials.reset();
    m_pending.clear();
    m_partial.clear();
    m_images.clear();
    m_facts->clear();
    m_files->setRowCount(0);
    m_thumbnails->clear();
    m_view->clear();
    m_purpose->clear();
    m_status->clear();
    m_export->setEnabled(false);
    m_check->setEnabled(false);
    m_exportOperation->forget();
}

void ArchiveViewerPage::openPackage(const QString &id)
{
    reset();
    setStatus(tr("Opening the archive package…"), false);
    // The materials catalogue names the files' material codes; without it the codes are shown.
    client::api::archive::materials(
        m_core->api(), this, [this, id](const client::api::Reply<client::api::ArchiveMaterials> &reply) {
            if (reply.ok())
                m_materials = reply.value();
            loadPackage(id);
        });
}

QString ArchiveViewerPage::materialName(const QString &code) const
{
    return ArchiveText::materialName(m_materials ? &*m_materials : nullptr,
                                     m_package ? m_package->summary.business : QString(), code,
                                     locale().language() == QLocale::English);
}

void ArchiveViewerPage::loadPackage(const QString &id)
{
    client::api::archive::package(
        m_core->api(), id.trimmed(), this,
        [this](const client::api::Reply<client::api::ArchivePackage> &reply) {
            if (!reply.ok()) {
                setStatus(reply.message, true);
                return;
            }
            m_package = reply.value();
            const client::api::ArchivePackageSummary &s = m_package->summary;
            m_facts->setText(tr("Archive number %1 · %2 · serial %3\n"
                                "Registered %4 · %5 files, %6 bytes · signed by key %7")
                                 .arg(s.archiveNumber, s.businessName, s.serial,
                                      s.registeredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs))
                                 .arg(s.fileCount)
                                 .arg(s.totalBytes)
                                 .arg(m_package->signerKid));
            m_files->setRowCount(0);
            for (const client::api::ArchivePackageFile &f : m_package->files) {
                const int row = m_files->rowCount();
                m_files->insertRow(row);
                const QStringList cells{f.name,
                                        ArchiveText::fileRole(f.role),
                                        materialName(f.material),
                                        locale().formattedDataSize(f.size),
                                        f.sm3,
                                        f.sha256};
                for (int c = 0; c < cells.size(); ++c)
                    m_files->setItem(row, c, new QTableWidgetItem(cells.at(c)));
                if (f.role == u"page")
                    m_pending.append(f.name);
            }
            m_export->setEnabled(true);
            m_check->setEnabled(true);
            setStatus(tr("Loading the pages…"), false);
            fetchNext();
        });
}

void ArchiveViewerPage::fetchNext()
{
    if (!m_package)
        return;
    if (m_pending.isEmpty()) {
        setStatus(tr("%n page(s) shown; every file matches its digests", nullptr, m_thumbnails->count()),
                  false);
        if (m_thumbnails->count() > 0)
            m_thumbnails->setCurrentRow(0);
        emit loaded(m_package->summary.id, m_thumbnails->count());
        return;
    }
    const QString name = m_pending.first();
    client::api::archive::file(
        m_core->api(), m_package->summary.id, name, m_partial.size(), this,
        [this, name](const client::api::Reply<client::api::ArchiveFileSlice> &reply) {
            if (!reply.ok()) {
                setStatus(tr("%1: %2").arg(name, reply.message), true);
                return;
            }
            const client::api::ArchiveFileSlice &slice = reply.value();
            if (slice.offset != m_partial.size() || (slice.data.isEmpty() && m_partial.size() < slice.size)) {
                setStatus(tr("%1: the centre sent an unexpected part of the file").arg(name), true);
                return;
            }
            m_partial += slice.data;
            if (m_partial.size() < slice.size) {
                fetchNext(); // the next megabyte
                return;
            }
            fileArrived(name, std::exchange(m_partial, QByteArray()));
        });
}

void ArchiveViewerPage::fileArrived(const QString &name, const QByteArray &bytes)
{
    m_pending.removeFirst();
    const auto listed = std::find_if(m_package->files.cbegin(), m_package->files.cend(),
                                     [&](const auto &f) { return f.name == name; });
    const hpf::archive::FileDigests d = hpf::archive::digestOf(bytes);
    if (listed == m_package->files.cend() || d.sm3 != listed->sm3 || d.sha256 != listed->sha256) {
        setStatus(
            tr("%1 does not match its digests in the package: report it to the archive manager").arg(name),
            true);
        return;
    }
    auto count = imaging::pageCount(bytes, listed->mediaType);
    for (int i = 0; count && i < *count; ++i) {
        auto image = imaging::decodePage(bytes, listed->mediaType, i, 150);
        if (!image) {
            setStatus(tr("%1: %2").arg(name, client::usertext::describe(image.error())), true);
            break;
        }
        m_images[name].append(*image);
        auto *item = new QListWidgetItem(
            QIcon(QPixmap::fromImage(
                image->scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation))),
            tr("%1 · %2").arg(listed->sequence).arg(materialName(listed->material)), m_thumbnails);
        item->setData(kFileRole, name);
        item->setData(kIndexRole, i);
    }
    fetchNext();
}

void ArchiveViewerPage::showPage(int row)
{
    const QListWidgetItem *item = m_thumbnails->item(row);
    if (!item)
        return;
    const QList<QImage> &images = m_images.value(item->data(kFileRole).toString());
    const int index = item->data(kIndexRole).toInt();
    if (index < images.size())
        m_view->setPixmap(QPixmap::fromImage(
            images.at(index).scaledToWidth(qMax(400, m_view->width() - 20), Qt::SmoothTransformation)));
}

void ArchiveViewerPage::exportTo(const QString &path)
{
    m_exportPath = path;
    startExport();
}

void ArchiveViewerPage::startExport()
{
    if (!m_package || m_exportOperation->isPending())
        return;
    const QString purpose = m_purpose->text().trimmed();
    if (purpose.isEmpty() || purpose.size() > 200) {
        setStatus(tr("Enter the purpose of the export (at most 200 characters)"), true);
        m_purpose->setFocus();
        return;
    }
    if (!m_pending.isEmpty()) {
        setStatus(tr("Wait until every page is loaded"), true);
        return;
    }
    m_exportOperation->start(
        client::api::archive::exportPackage(m_package->summary.id, purpose, tr("Archive export")));
}

void ArchiveViewerPage::onExported(const client::ops::Outcome &outcome)
{
    const auto grant = outcome.as<client::api::ArchiveExport>();
    if (!grant || !m_package) {
        setStatus(grant ? QString() : client::usertext::describe(grant.error()), true);
        return;
    }
    QList<QImage> pages;
    for (const client::api::ArchivePackageFile &f : m_package->files)
        pages.append(m_images.value(f.name));
    const QByteArray pdf =
        printing::watermarkedPdf(pages, grant->watermark, m_package->summary.archiveNumber);
    auto write = [this, pdf](const QString &path) {
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
            setStatus(tr("The copy could not be written to %1").arg(path), true);
            return;
        }
        file.close();
        setStatus(tr("Watermarked copy saved: %1").arg(path), false);
        emit exported(path);
    };
    if (!m_exportPath.isEmpty()) {
        write(std::exchange(m_exportPath, QString()));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save the watermarked copy"),
                                   m_package->summary.archiveNumber + u".pdf"_qs, tr("PDF (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, write);
    dialog->open();
}

PageDescriptor ArchiveViewerPage::descriptor()
{
    return {.code = u"8003"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Archive viewer"),
            .permission = u"archive.get"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"档案查看8003"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new ArchiveViewerPage(context.core(), parent);
                connect(page, &ArchiveViewerPage::checkRequested, page,
                        [&context](const QString &id) { context.open(u"8004"_qs, id); });
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&ArchiveViewerPage::openPackage)};
}

} // namespace hpf::ui
