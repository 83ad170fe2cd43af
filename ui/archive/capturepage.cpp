#include "archive/capturepage.h"

#include "archive/capturestore.h"
#include "archive/uploader.h"
#include "capture/scanner.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "imaging/codec.h"
#include "imaging/process.h"
#include "session/session.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

constexpr int kPageIdRole = Qt::UserRole;
constexpr int kMaterialRole = Qt::UserRole + 1;
constexpr int kThumbnail = 120;

QIcon thumbnail(const QByteArray &bytes, const QString &mediaType)
{
    auto image = imaging::decodePage(bytes, mediaType, 0, 24);
    if (!image)
        return {};
    return QIcon(QPixmap::fromImage(
        image->scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace

ArchiveCapturePage::ArchiveCapturePage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_serial(new QLineEdit(this))
    , m_recordLabel(new QLabel(this))
    , m_checklist(new QListWidget(this))
    , m_device(new QComboBox(this))
    , m_dpi(new QSpinBox(this))
    , m_mode(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_scanButton(new QPushButton(tr("Scan (F5)"), this))
    , m_importButton(new QPushButton(tr("Import files… (Ctrl+O)"), this))
    , m_uploadButton(new QPushButton(tr("Upload (Ctrl+U)"), this))
    , m_strip(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"archiveCapturePage"_qs);
    m_serial->setObjectName(u"archiveSerial"_qs);
    m_serial->setPlaceholderText(tr("business serial number, then Enter"));
    m_checklist->setObjectName(u"archiveChecklist"_qs);
    m_strip->setObjectName(u"archiveStrip"_qs);
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setIconSize(QSize(kThumbnail, kThumbnail));
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setMinimumHeight(kThumbnail + 48);
    m_strip->setMovement(QListView::Static);
    m_status->setObjectName(u"archiveStatus"_qs);
    m_status->setWordWrap(true);
    m_recordLabel->setWordWrap(true);
    m_progress->setVisible(false);
    m_dpi->setRange(100, 1200);
    m_dpi->setSingleStep(100);
    m_dpi->setValue(300);
    m_dpi->setSuffix(u" dpi"_qs);
    m_mode->addItem(tr("Black and white (text)"), int(imaging::ColourMode::Bitonal));
    m_mode->addItem(tr("Greyscale"), int(imaging::ColourMode::Grey));
    m_mode->addItem(tr("Colour"), int(imaging::ColourMode::Colour));
    m_mode->setCurrentIndex(1);
    m_source->addItem(tr("Flatbed"), int(client::capture::Source::Flatbed));
    m_source->addItem(tr("Document feeder"), int(client::capture::Source::Feeder));

    auto *settings = new QFormLayout;
    settings->addRow(tr("Scanner:"), m_device);
    settings->addRow(tr("Resolution:"), m_dpi);
    settings->addRow(tr("Colour mode:"), m_mode);
    settings->addRow(tr("Paper source:"), m_source);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scanButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();
    buttons->addWidget(m_uploadButton);
    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *serialRow = new QFormLayout;
    serialRow->addRow(tr("Business serial:"), m_serial);
    left->addLayout(serialRow);
    left->addWidget(m_recordLabel);
    left->addWidget(
        new QLabel(tr("Materials checklist (Ctrl+1…9 chooses the material of the next pages):"), this));
    left->addWidget(m_checklist);
    top->addLayout(left, 2);
    top->addLayout(settings, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Pages:"), this));
    layout->addWidget(m_strip);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
    };
    shortcut(QKeySequence(Qt::Key_F5), [this] { scan(false); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O), [this] { chooseImport(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_U), [this] { upload(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { rotate(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { rotate(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { deskew(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { crop(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelected(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelected(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { scan(true); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { deleteSelected(); });
    for (int i = 0; i < 9; ++i) {
        shortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, i] {
            if (i < m_checklist->count())
                m_checklist->setCurrentRow(i);
        });
    }
    connect(m_serial, &QLineEdit::returnPressed, this, &ArchiveCapturePage::loadRecord);
    connect(m_scanButton, &QPushButton::clicked, this, [this] { scan(false); });
    connect(m_importButton, &QPushButton::clicked, this, &ArchiveCapturePage::chooseImport);
    connect(m_uploadButton, &QPushButton::clicked, this, &ArchiveCapturePage::upload);

    if (const auto &factory = m_core->scannerFactory()) {
        m_scanner = factory(this);
    }
    if (m_scanner) {
        connect(m_scanner, &client::capture::Scanner::devicesListed, this, &ArchiveCapturePage::onDevices);
        connect(m_scanner, &client::capture::Scanner::pageScanned, this, &ArchiveCapturePage::onScanned);
        connect(m_scanner, &client::capture::Scanner::finished, this, &ArchiveCapturePage::onScanFinished);
        m_scanner->listDevices();
    } else {
        m_device->addItem(tr("No scanner: import files"));
        for (QWidget *w : std::initializer_list<QWidget *>{m_device, m_dpi, m_mode, m_source, m_scanButton})
            w->setEnabled(false);
    }

    client::archive::PackageUploader *uploader = m_core->archiveUploader();
    connect(uploader, &client::archive::PackageUploader::progress, this,
            [this](const QString &serial, qint64 sent, qint64 total) {
                if (!m_record || serial != m_record->serial)
                    return;
                m_progress->setVisible(true);
                m_progress->setRange(0, 1000);
                m_progress->setValue(total > 0 ? int(sent * 1000 / total) : 0);
            });
    connect(uploader, &client::archive::PackageUploader::waiting, this,
            [this](const QString &serial, const QString &message) {
                if (m_record && serial == m_record->serial)
                    setStatus(tr("Upload waiting: %1. The pages are kept and the upload goes on by itself.")
                                  .arg(message),
                              false);
            });
    connect(uploader, &client::archive::PackageUploader::failed, this,
            [this](const QString &serial, const QString &message) {
                if (m_record && serial == m_record->serial)
                    setStatus(tr("Upload refused: %1").arg(message), true);
            });
    connect(uploader, &client::archive::PackageUploader::committed, this,
            [this](const QString &serial, const client::api::ArchivePackage &package) {
                if (!m_record || serial != m_record->serial)
                    return;
                m_progress->setVisible(false);
                m_record->package = client::api::ArchivePackageRef{
                    package.summary.id, package.summary.archiveNumber, package.summary.registeredAt};
                showRecord();
                refresh();
                setStatus(tr("Archived as %1 (%2 files)")
                              .arg(package.summary.archiveNumber)
                              .arg(package.summary.fileCount),
                          false);
                emit uploaded(serial, package.summary.archiveNumber);
            });
    connect(m_checklist, &QListWidget::currentRowChanged, this, [this] {
        if (m_checklist->currentItem())
            setStatus(
                tr("New pages go to: %1").arg(m_checklist->currentItem()->data(Qt::UserRole + 2).toString()),
                false);
    });
}

QString ArchiveCapturePage::owner() const
{
    return m_core->session()->user().username;
}

QString ArchiveCapturePage::statusText() const
{
    return m_status->text();
}

QString ArchiveCapturePage::recordText() const
{
    return m_recordLabel->text();
}

void ArchiveCapturePage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void ArchiveCapturePage::reset()
{
    m_serial->clear();
    m_record.reset();
    m_recordLabel->clear();
    m_checklist->clear();
    m_strip->clear();
    m_progress->setVisible(false);
    m_status->clear();
    m_rescanId.clear();
}

void ArchiveCapturePage::openRecord(const QString &serial)
{
    m_serial->setText(serial.trimmed());
    loadRecord();
}

void ArchiveCapturePage::loadRecord()
{
    const QString serial = m_serial->text().trimmed();
    if (serial.isEmpty()) {
        setStatus(tr("Enter the business serial number of the record to archive"), true);
        return;
    }
    m_record.reset();
    m_checklist->clear();
    m_strip->clear();
    setStatus(tr("Looking up the record…"), false);
    client::api::archive::materials(
        m_core->api(), this, [this, serial](const client::api::Reply<client::api::ArchiveMaterials> &reply) {
            if (!reply.ok()) {
                setStatus(reply.message, true);
                return;
            }
            m_materials = reply.value();
            m_dpi->setValue(m_materials->scan.dpi);
            m_dpi->setMinimum(m_materials->scan.minDpi);
            const int mode =
                m_mode->findData(int(client::archive::colourModeFromName(m_materials->scan.colourMode)));
            if (mode >= 0)
                m_mode->setCurrentIndex(mode);
            client::api::archive::record(
                m_core->api(), serial, this,
                [this, serial](const client::api::Reply<client::api::ArchiveRecord> &r) {
                    if (!r.ok()) {
                        setStatus(r.message, true);
                        m_serial->setFocus();
                        m_serial->selectAll();
                        return;
                    }
                    if (serial != m_serial->text().trimmed())
                        return; // the teller typed another serial meanwhile
                    m_record = r.value();
                    showRecord();
                    refresh();
                    if (m_record->package)
                        setStatus(
                            tr("This record is already archived as %1").arg(m_record->package->archiveNumber),
                            false);
                    else
                        setStatus(
                            r.fromCache
                                ? tr("Offline: the record as last seen; pages are kept and uploaded later")
                                : tr("Choose the material, then scan (F5) or import (Ctrl+O)"),
                            false);
                    m_checklist->setFocus();
                    emit recordLoaded(serial);
                });
        });
}

void ArchiveCapturePage::showRecord()
{
    if (!m_record)
        return;
    const client::api::ArchiveRecord &r = *m_record;
    QStringList lines{
        tr("%1 · %2 · %3")
            .arg(r.businessName, r.occurredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs), r.branch)};
    if (!r.personName.isEmpty())
        lines.append(tr("Person: %1 %2").arg(r.personName, r.idNumberMasked));
    if (!r.unitName.isEmpty())
        lines.append(tr("Unit: %1").arg(r.unitName));
    if (r.package)
        lines.append(tr("Archived: %1").arg(r.package->archiveNumber));
    m_recordLabel->setText(lines.join(u'\n'));
}

QStringList ArchiveCapturePage::missingMaterials() const
{
    QStringList missing;
    if (!m_record || !m_materials)
        return missing;
    const client::api::ArchiveBusiness *business = m_materials->find(m_record->business);
    if (!business)
        return missing;
    const QList<client::archive::CapturedPage> pages = m_core->captureStore()->list(m_record->serial);
    for (const client::api::ArchiveMaterial &m : business->materials) {
        const auto count =
            std::count_if(pages.cbegin(), pages.cend(), [&](const auto &p) { return p.material == m.code; });
        // A material a stored sharing answer satisfied needs no scan (零要件).
        if (m.required && count < m.minPages && !m_record->satisfiedMaterials.contains(m.code))
            missing.append(m.code);
    }
    return missing;
}

void ArchiveCapturePage::refresh()
{
    if (!m_record)
        return;
    const QString serial = m_record->serial;
    const QList<client::archive::CapturedPage> pages = m_core->captureStore()->list(serial);
    const int currentRow = qMax(0, m_checklist->currentRow());
    m_checklist->clear();
    const bool english = locale().language() == QLocale::English;
    QHash<QString, QString> names;
    if (const auto *business = m_materials ? m_materials->find(m_record->business) : nullptr) {
        for (const client::api::ArchiveMaterial &m : business->materials) {
            const auto count = std::count_if(pages.cbegin(), pages.cend(),
                                             [&](const auto &p) { return p.material == m.code; });
            const QString name = english && !m.nameEn.isEmpty() ? m.nameEn : m.name;
            names.insert(m.code, name);
            const bool shared = m_record->satisfiedMaterials.contains(m.code);
            const bool done = count >= m.minPages || shared;
            const QString text = shared && count == 0
                                     ? tr("%1 %2: satisfied by shared data").arg(u"✓"_qs, name)
                                     : tr("%1 %2: %3 of at least %4 pages%5")
                                           .arg(done ? u"✓"_qs : (m.required ? u"✗"_qs : u"○"_qs), name)
                                           .arg(count)
                                           .arg(m.minPages)
                                           .arg(m.required ? tr(" (required)") : tr(" (optional)"));
            auto *item = new QListWidgetItem(text, m_checklist);
            item->setData(kMaterialRole, m.code);
            item->setData(Qt::UserRole + 2, name);
        }
    }
    m_checklist->setCurrentRow(qMin(currentRow, m_checklist->count() - 1));

    m_strip->clear();
    for (const client::archive::CapturedPage &p : pages) {
        QStringList text{tr("%1 · %2").arg(p.sequence).arg(names.value(p.material, p.material))};
        if (p.isBlank())
            text.append(tr("blank?"));
        if (p.isNearDuplicate())
            text.append(tr("duplicate?"));
        auto *item = new QListWidgetItem(text.join(u'\n'), m_strip);
        item->setData(kPageIdRole, p.id);
        if (auto bytes = m_core->captureStore()->data(p.id))
            item->setIcon(thumbnail(*bytes, p.mediaType));
        if (p.isBlank() || p.isNearDuplicate())
            item->setForeground(QColor(0xb0, 0x60, 0x00));
    }
    const bool archived = m_record->package.has_value();
    m_uploadButton->setEnabled(!archived && !pages.isEmpty());
    m_importButton->setEnabled(!archived);
    m_scanButton->setEnabled(!archived && m_scanner);
    emit pagesChanged(int(pages.size()));
}

QString ArchiveCapturePage::selectedPageId() const
{
    const QListWidgetItem *item = m_strip->currentItem();
    return item ? item->data(kPageIdRole).toString() : QString();
}

QString ArchiveCapturePage::currentMaterial() const
{
    const QListWidgetItem *item = m_checklist->currentItem();
    return item ? item->data(kMaterialRole).toString() : QString();
}

void ArchiveCapturePage::onDevices(const QList<client::capture::ScannerDevice> &devices,
                                   const hpf::Status &status)
{
    m_device->clear();
    for (const client::capture::ScannerDevice &d : devices)
        m_device->addItem(u"%1 %2"_qs.arg(d.vendor, d.model).trimmed(), d.name);
    if (!status)
        setStatus(client::usertext::describe(status.error()), true);
    else if (devices.isEmpty())
        setStatus(tr("No scanner found: pages can be imported from files"), false);
}

bool ArchiveCapturePage::isScanning() const
{
    return m_scanner && m_scanner->isBusy();
}

void ArchiveCapturePage::scan(bool rescan)
{
    if (!m_scanner || !m_record || m_record->package)
        return;
    if (m_scanner->isBusy()) {
        setStatus(tr("The scanner is still busy"), true);
        return;
    }
    if (currentMaterial().isEmpty() && !rescan) {
        setStatus(tr("Choose the material of the pages first"), true);
        return;
    }
    m_rescanId = rescan ? selectedPageId() : QString();
    if (rescan && m_rescanId.isEmpty()) {
        setStatus(tr("Select the page to scan again"), true);
        return;
    }
    client::capture::ScanSettings settings;
    settings.device = m_device->currentData().toString();
    settings.dpi = m_dpi->value();
    settings.mode = imaging::ColourMode(m_mode->currentData().toInt());
    settings.source =
        rescan ? client::capture::Source::Flatbed : client::capture::Source(m_source->currentData().toInt());
    setStatus(tr("Scanning…"), false);
    m_scanner->scan(settings);
}

void ArchiveCapturePage::onScanned(const client::capture::ScannedPage &page)
{
    if (!m_record)
        return;
    client::archive::CaptureStore *store = m_core->captureStore();
    const QString who = owner();
    if (!m_rescanId.isEmpty()) {
        auto replaced = store->replace(std::exchange(m_rescanId, QString()), page, who);
        if (!replaced) {
            m_scanError = client::usertext::describe(replaced.error());
            setStatus(m_scanError, true);
        }
    } else {
        auto added = store->addScanned(who, m_record->serial, currentMaterial(), page, who);
        if (!added) {
            m_scanError = client::usertext::describe(added.error());
            setStatus(m_scanError, true);
            return;
        }
    }
    refresh();
    m_strip->setCurrentRow(m_strip->count() - 1);
}

void ArchiveCapturePage::onScanFinished(const hpf::Status &status)
{
    m_rescanId.clear();
    if (const QString error = std::exchange(m_scanError, QString()); !error.isEmpty()) {
        setStatus(tr("A scanned page could not be kept: %1").arg(error), true);
    } else if (status) {
        setStatus(tr("Scanned. Still missing: %1")
                      .arg(missingMaterials().isEmpty() ? tr("nothing") : missingMaterials().join(u", "_qs)),
                  false);
    } else {
        // The pages delivered before a jam or a lost device stay captured.
        setStatus(tr("The scan stopped: %1. The pages scanned before are kept.")
                      .arg(client::usertext::describe(status.error())),
                  true);
    }
}

void ArchiveCapturePage::chooseImport()
{
    if (!m_record || m_record->package)
        return;
    auto *dialog = new QFileDialog(this, tr("Import pages"), QString(),
                                   tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &ArchiveCapturePage::importFiles);
    dialog->open();
}

void ArchiveCapturePage::importFiles(const QStringList &paths)
{
    if (!m_record || m_record->package)
        return;
    if (currentMaterial().isEmpty()) {
        setStatus(tr("Choose the material of the pages first"), true);
        return;
    }
    QStringList refused;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            refused.append(tr("%1: cannot be read").arg(name));
            continue;
        }
        auto added = m_core->captureStore()->addImported(owner(), m_record->serial, currentMaterial(),
                                                         file.readAll(), owner());
        if (!added)
            refused.append(tr("%1: %2").arg(name, client::usertext::describe(added.error())));
    }
    refresh();
    if (refused.isEmpty())
        setStatus(tr("%n file(s) imported", nullptr, int(paths.size())), false);
    else
        setStatus(refused.join(u'\n'), true);
}

void ArchiveCapturePage::rotate(int quarterTurns)
{
    const QString id = selectedPageId();
    if (id.isEmpty())
        return;
    const int row = m_strip->currentRow();
    if (Status s = m_core->captureStore()->rotate(id, quarterTurns); !s)
        setStatus(client::usertext::describe(s.error()), true);
    refresh();
    m_strip->setCurrentRow(row);
}

void ArchiveCapturePage::deskew()
{
    editSelected([this](const QImage &image, const client::archive::CapturedPage &) -> std::optional<QImage> {
        const double skew = imaging::estimateSkew(image);
        if (qAbs(skew) < 0.05) {
            setStatus(tr("The page is straight"), false);
            return std::nullopt;
        }
        return imaging::deskew(image, skew);
    });
}

void ArchiveCapturePage::crop()
{
    editSelected([](const QImage &image, const client::archive::CapturedPage &page) -> std::optional<QImage> {
        const int dpi = qMax(72, page.digitisation.dpi);
        return imaging::autoCrop(image, dpi / 10); // a margin of a tenth of an inch
    });
}

void ArchiveCapturePage::editSelected(
    const std::function<std::optional<QImage>(const QImage &, const client::archive::CapturedPage &)> &edit)
{
    const QString id = selectedPageId();
    if (id.isEmpty())
        return;
    const int row = m_strip->currentRow();
    const client::archive::CapturedPage page = m_core->captureStore()->list(m_record->serial).value(row);
    auto bytes = m_core->captureStore()->data(id);
    auto image = bytes ? imaging::decodePage(*bytes, page.mediaType) : Result<QImage>(bytes.error());
    if (!image) {
        setStatus(client::usertext::describe(image.error()), true);
        return;
    }
    const std::optional<QImage> edited = edit(*image, page);
    if (!edited)
        return;
    if (Status s = m_core->captureStore()->replaceImage(id, *edited); !s)
        setStatus(client::usertext::describe(s.error()), true);
    refresh();
    m_strip->setCurrentRow(row);
}

void ArchiveCapturePage::moveSelected(int delta)
{
    const QString id = selectedPageId();
    if (id.isEmpty())
        return;
    const int row = m_strip->currentRow();
    const int target = qBound(0, row + delta, m_strip->count() - 1);
    if (Status s = m_core->captureStore()->move(id, target + 1); !s)
        setStatus(client::usertext::describe(s.error()), true);
    refresh();
    m_strip->setCurrentRow(target);
}

void ArchiveCapturePage::deleteSelected()
{
    const QString id = selectedPageId();
    if (id.isEmpty())
        return;
    const int row = m_strip->currentRow();
    if (Status s = m_core->captureStore()->remove(id); !s)
        setStatus(client::usertext::describe(s.error()), true);
    refresh();
    m_strip->setCurrentRow(qMin(row, m_strip->count() - 1));
}

void ArchiveCapturePage::upload()
{
    if (!m_record || m_record->package)
        return;
    if (const QStringList missing = missingMaterials(); !missing.isEmpty()) {
        setStatus(tr("Still missing required materials: %1").arg(missing.join(u", "_qs)), true);
        return;
    }
    client::archive::PackageUploader *uploader = m_core->archiveUploader();
    // Pages changed since an earlier attempt that never reached the server: build it again.
    (void)uploader->discard(m_record->serial);
    const client::archive::PackageInput input{m_record->serial,      m_record->business,    owner(),
                                              m_core->workstation(), m_core->clock().now(), true};
    if (Status s = uploader->prepare(owner(), input); !s) {
        setStatus(client::usertext::describe(s.error()), true);
        return;
    }
    m_progress->setVisible(true);
    m_progress->setValue(0);
    setStatus(tr("Uploading…"), false);
    uploader->start(m_record->serial, m_core->isOnline() ? client::ops::Operation::Mode::Interactive
                                                         : client::ops::Operation::Mode::Queued);
}

PageDescriptor ArchiveCapturePage::descriptor()
{
    return {.code = u"8001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Archive capture"),
            .permission = u"desk.archiveCapture"_qs,
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_8),
            .guideAnchor = u"档案采集8001"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new ArchiveCapturePage(context.core(), parent);
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&ArchiveCapturePage::openRecord)};
}

} // namespace hpf::ui
