#include "archive/capturepage.h"

#include "archive/capturestore.h"
#include "archive/capturestrip.h"
#include "archive/materialschecklist.h"
#include "archive/scannersettings.h"
#include "archive/uploader.h"
#include "capture/scanner.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "session/session.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "widgets/fieldwidth.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

constexpr int kSerialChars = 24; // HPF-2026-GR-000001 and the like, with room to spare
} // namespace

ArchiveCapturePage::ArchiveCapturePage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_serial(new QLineEdit(this))
    , m_recordLabel(new QLabel(this))
    , m_checklist(new MaterialsChecklist(this))
    , m_settings(new ScannerSettingsBox(this))
    , m_scanButton(new QPushButton(tr("Scan (F5)"), this))
    , m_importButton(new QPushButton(tr("Import files… (Ctrl+O)"), this))
    , m_uploadButton(new QPushButton(tr("Upload (Ctrl+U)"), this))
    , m_strip(new CapturePageStrip(core->captureStore(), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"archiveCapturePage"_qs);
    m_serial->setObjectName(u"archiveSerial"_qs);
    m_serial->setPlaceholderText(tr("business serial number, then Enter"));
    m_status->setObjectName(u"archiveStatus"_qs);
    m_status->setWordWrap(true);
    m_recordLabel->setWordWrap(true);
    m_progress->setVisible(false);
    fitToChars(m_serial, kSerialChars);
    m_serial->setAccessibleName(tr("Business serial"));

    // The record section: the serial on the left, the record it finds beside it.
    auto *recordBox = new QGroupBox(tr("Business record"), this);
    auto *serialForm = new QFormLayout;
    serialForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    serialForm->addRow(tr("Business &serial:"), m_serial);
    auto *recordRow = new QHBoxLayout(recordBox);
    recordRow->addLayout(serialForm);
    recordRow->addWidget(m_recordLabel, 1);
    m_recordLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scanButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();
    buttons->addWidget(m_uploadButton);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_checklist, 2);
    middle->addWidget(m_settings, 1, Qt::AlignTop);
    auto *pagesLabel = new QLabel(tr("Pa&ges:"), this);
    pagesLabel->setBuddy(m_strip);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(recordBox);
    layout->addLayout(middle, 1);
    layout->addLayout(buttons);
    layout->addWidget(pagesLabel);
    layout->addWidget(m_strip);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    // Reading order: the serial, the checklist, the scanner's settings, the buttons, the pages.
    setTabOrder(m_serial, m_checklist->list());
    setTabOrder(m_checklist->list(), m_settings->firstInput());
    setTabOrder(m_settings->lastInput(), m_scanButton);
    setTabOrder(m_scanButton, m_importButton);
    setTabOrder(m_importButton, m_uploadButton);
    setTabOrder(m_uploadButton, m_strip);

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
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { m_strip->rotate(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { m_strip->rotate(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { m_strip->deskew(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_strip->crop(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { m_strip->moveSelected(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { m_strip->moveSelected(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { scan(true); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { m_strip->deleteSelected(); });
    for (int i = 0; i < 9; ++i) {
        shortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, i] { m_checklist->choose(i); });
    }
    connect(m_serial, &QLineEdit::returnPressed, this, &ArchiveCapturePage::loadRecord);
    connect(m_scanButton, &QPushButton::clicked, this, [this] { scan(false); });
    connect(m_importButton, &QPushButton::clicked, this, &ArchiveCapturePage::chooseImport);
    connect(m_uploadButton, &QPushButton::clicked, this, &ArchiveCapturePage::upload);

    if (const auto &factory = m_core->scannerFactory()) {
        m_scanner = factory(this);
    }
    if (m_scanner) {
        connect(m_scanner, &client::capture::Scanner::devicesListed, this,
                [this](const QList<client::capture::ScannerDevice> &devices, const hpf::Status &status) {
                    m_settings->setDevices(devices);
                    if (!status)
                        setStatus(client::usertext::describe(status.error()), true);
                    else if (devices.isEmpty())
                        setStatus(tr("No scanner found: pages can be imported from files"), false);
                });
        connect(m_scanner, &client::capture::Scanner::pageScanned, this, &ArchiveCapturePage::onScanned);
        connect(m_scanner, &client::capture::Scanner::finished, this, &ArchiveCapturePage::onScanFinished);
        m_scanner->listDevices();
    } else {
        m_settings->setNoScanner();
        m_scanButton->setEnabled(false);
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
    connect(m_strip, &CapturePageStrip::message, this, &ArchiveCapturePage::setStatus);
    connect(m_strip, &CapturePageStrip::edited, this, [this](int row) {
        refresh();
        m_strip->setCurrentRow(row);
    });
    connect(m_checklist, &MaterialsChecklist::materialChosen, this,
            [this](const QString &name) { setStatus(tr("New pages go to: %1").arg(name), false); });
}

QString ArchiveCapturePage::owner() const
{
    return m_core->session()->user().username;
}

QListWidget *ArchiveCapturePage::strip() const
{
    return m_strip;
}

QListWidget *ArchiveCapturePage::checklist() const
{
    return m_checklist->list();
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
            m_settings->applyPolicy(m_materials->scan.dpi, m_materials->scan.minDpi,
                                    m_materials->scan.colourMode);
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
                    m_checklist->list()->setFocus();
                    emit recordLoaded(serial);
                });
        });
}

void ArchiveCapturePage::showRecord()
{
    if (!m_record)
        return;
    const client::api::ArchiveRecord &r = *m_record;
    QStringList lines{tr("Business: %1").arg(r.businessName),
                      tr("Done at: %1, branch %2")
                          .arg(r.occurredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs), r.branch)};
    if (!r.personName.isEmpty())
        lines.append(tr("Person's name: %1 · identity number %2").arg(r.personName, r.idNumberMasked));
    if (!r.unitName.isEmpty())
        lines.append(tr("Unit name: %1").arg(r.unitName));
    if (r.package)
        lines.append(tr("Archive number: %1").arg(r.package->archiveNumber));
    m_recordLabel->setText(lines.join(u'\n'));
}

QStringList ArchiveCapturePage::missingMaterials() const
{
    if (!m_record || !m_materials)
        return {};
    return MaterialsChecklist::missing(m_materials->find(m_record->business),
                                       m_core->captureStore()->list(m_record->serial),
                                       m_record->satisfiedMaterials);
}

void ArchiveCapturePage::refresh()
{
    if (!m_record)
        return;
    const QString serial = m_record->serial;
    const QList<client::archive::CapturedPage> pages = m_core->captureStore()->list(serial);
    m_checklist->setPages(m_materials ? m_materials->find(m_record->business) : nullptr, pages,
                          m_record->satisfiedMaterials);

    m_strip->showPages(pages, [this](const QString &code) { return m_checklist->materialName(code); });
    const bool archived = m_record->package.has_value();
    m_uploadButton->setEnabled(!archived && !pages.isEmpty());
    m_importButton->setEnabled(!archived);
    m_scanButton->setEnabled(!archived && m_scanner);
    emit pagesChanged(int(pages.size()));
}

QString ArchiveCapturePage::currentMaterial() const
{
    return m_checklist->currentMaterial();
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
    m_rescanId = rescan ? m_strip->selectedPageId() : QString();
    if (rescan && m_rescanId.isEmpty()) {
        setStatus(tr("Select the page to scan again"), true);
        return;
    }
    setStatus(tr("Scanning…"), false);
    m_scanner->scan(m_settings->settings(rescan));
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
        const QStringList missing = missingMaterials();
        setStatus(tr("Scanned. Still missing: %1")
                      .arg(missing.isEmpty() ? tr("nothing") : m_checklist->missingText(missing)),
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

void ArchiveCapturePage::upload()
{
    if (!m_record || m_record->package)
        return;
    if (const QStringList missing = missingMaterials(); !missing.isEmpty()) {
        setStatus(tr("Still missing required materials: %1").arg(m_checklist->missingText(missing)), true);
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
