#include "shell/shell.h"

#include "clientcore.h"
#include "secrets/credentialstore.h"
#include "session/session.h"
#include "session/settings.h"
#include "shell/appearance.h"
#include "shell/banner.h"
#include "shell/keyringnotice.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/settingsdialog.h"
#include "shell/translations.h"
#include "training/trainingserver.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTimer>

namespace hpf::ui {

Shell::Shell(const ShellOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<client::Settings>(options.settingsPath))
{
    if (m_options.dataDirectory.isEmpty())
        m_options.dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_trainingBase = m_options.dataDirectory;
    // A second training center is a second counter: its own local store (outbox, cache) next to its
    // own training database, so two windows (one per center) never share a locked file.
    if (!m_options.trainingCenter.isEmpty())
        m_options.dataDirectory = QDir(m_trainingBase).filePath(u"training-"_qs + m_options.trainingCenter);
    QDir().mkpath(m_options.dataDirectory);
    m_settings->migrate();
    client::ClientOptions core;
    core.dataDirectory = m_options.dataDirectory;
    core.workstation = m_settings->workstation();
    core.heartbeatMs = options.heartbeatMs;
    core.credentials = options.credentials;
    m_core = std::make_unique<client::ClientCore>(core);
    m_window = std::make_unique<MainWindow>(m_core.get());
    m_window->printer()->setSettings(m_settings.get());
    m_window->setSettings(m_settings.get());
    m_login = new LoginDialog(m_core->session(), m_window.get());
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Shell::openSettings);
    connect(m_window.get(), &MainWindow::closing, this, &Shell::shutdown);
    wireSession();
}

Shell::~Shell()
{
    if (qApp)
        qApp->removeEventFilter(this);
    m_window.reset(); // widgets go before the data layer they show
}

void Shell::wireSession()
{
    client::Session *session = m_core->session();
    Banner *keychain = m_window->banner(MainWindow::BannerId::Keychain);
    keychain->setText(
        tr("No secret service (keyring) is available on this computer. The client works, but "
           "remembers nothing: sign-ins, drafts and unsent operations are kept only while it runs."));
    connect(m_core->credentials(), &client::CredentialStore::stateChanged, this,
            [keychain](client::CredentialStore::State s) {
                keychain->setVisible(s == client::CredentialStore::State::Unavailable);
            });
    connect(m_core.get(), &client::ClientCore::cacheKeyReady, this, [keychain](bool persistent) {
        if (!persistent)
            keychain->show();
    });
    connect(session, &client::Session::rememberingFailed, keychain, &Banner::show);
    connect(session, &client::Session::signedIn, this, [this](const client::UserInfo &user) {
        m_settings->setLastUser(user.username);
        m_window->applyUser(user); // a page with a restored draft (3001) opens itself
    });
    connect(session, &client::Session::stateChanged, this, [this](client::Session::State state) {
        m_window->setLocked(state == client::Session::State::Locked);
        if (state == client::Session::State::SignedOut && !m_shuttingDown) {
            m_window->applyUser({});
            showLogin();
        }
    });
    connect(session, &client::Session::expired, this, [this] {
        MessageBox::inform(m_window.get(), tr("Session ended"),
                           tr("The session has ended; please sign in again."));
    });
}

bool Shell::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_core->session()->noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Shell::start()
{
    qApp->installEventFilter(this);
    if (Status s = m_core->openStore(); !s) {
        Banner *cache = m_window->banner(MainWindow::BannerId::Cache);
        cache->setText(
            s.error().code == u"store.locked"
                ? tr("The local store is in use by another HPF Counter on this computer. Operations "
                     "cannot be saved or sent in this window until the other one is closed.")
                : tr("The local store cannot be opened. Operations cannot be saved or sent in this "
                     "window: tell support."));
        cache->show();
    } else if (!m_core->storeReport().quarantinedPath.isEmpty()) {
        Banner *cache = m_window->banner(MainWindow::BannerId::Cache);
        cache->setText(tr("The local cache file was damaged. It has been set aside, not deleted, as %1. "
                          "Unsent operations in it are not lost but cannot be sent from it: tell support. "
                          "Reference data is being rebuilt.")
                           .arg(QDir::toNativeSeparators(m_core->storeReport().quarantinedPath)));
        cache->show();
    }
    loadCacheKey();

    // Where the teller left it; the first time maximised, as counter PCs expect.
    if (m_window->restoreLayout())
        m_window->show();
    else
        m_window->showMaximized();
    showLogin();
    if (m_options.serverUrl.isValid()) {
        connectServer(m_options.serverUrl, m_options.serverUrl.toString());
        return;
    }
    if (const auto profile = m_settings->activeProfile()) {
        QList<QSslCertificate> ca;
        if (!profile->caCertificatePath.isEmpty())
            ca = QSslCertificate::fromPath(profile->caCertificatePath);
        m_core->connectTo(profile->url, ca);
        connectServer(profile->url, profile->name);
        return;
    }
    startTraining();
}

void Shell::loadCacheKey()
{
    // Only the desktop's keychain prompts; a store the caller gave (tests, tools) is read at once.
    if (m_options.credentials) {
        m_core->loadCacheKey();
        return;
    }
    // On a desktop without a keyring yet, the first store makes the secret service ask for a new
    // keyring's password in its own (English) words: the client says why first, in the user's
    // language. When the service cannot tell, the explanation is given once per workstation.
    auto *probe = new KeyringProbe(this);
    connect(probe, &KeyringProbe::finished, this, [this, probe](KeyringProbe::State state) {
        probe->deleteLater();
        const bool shownBefore = m_settings->value(client::Settings::Key::KeyringNoticeShown).toBool();
        const bool explain = state == KeyringProbe::State::NoDefaultCollection ||
                             (state == KeyringProbe::State::Unknown && !shownBefore);
        if (!explain || m_shuttingDown) {
            m_core->loadCacheKey();
            return;
        }
        m_settings->setValue(client::Settings::Key::KeyringNoticeShown, true);
        m_settings->sync();
        m_keyringNotice =
            new KeyringNotice(m_login->isVisible() ? static_cast<QWidget *>(m_login) : m_window.get());
        m_keyringNotice->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_keyringNotice, &QDialog::finished, this, [this] { m_core->loadCacheKey(); });
        m_keyringNotice->open();
    });
    probe->start();
}

void Shell::connectServer(const QUrl &url, const QString &description)
{
    if (m_core->serverUrl() != url)
        m_core->connectTo(url);
    m_window->setServerDescription(description);
    m_login->setServerDescription(m_training ? tr("%1 (training)").arg(description) : description);
    m_login->setServerReady(true);
    emit serverReady(url);
}

void Shell::startTraining()
{
    m_training = new client::TrainingServer(this);
    m_training->setDataDirectory(m_trainingBase);
    m_training->setCenter(m_options.trainingCenter);
    m_training->setProgram(m_options.serverProgram.isEmpty()
                               ? client::TrainingServer::locateProgram(QCoreApplication::applicationDirPath())
                               : m_options.serverProgram);
    m_window->setTrainingMode(true);
    m_login->setServerDescription(tr("Starting the training server…"));
    Banner *banner = m_window->banner(MainWindow::BannerId::Training);
    connect(m_training, &client::TrainingServer::ready, this, [this, banner](const QUrl &url) {
        banner->hide();
        connectServer(url, tr("Training server %1").arg(url.authority()));
    });
    const auto report = [this, banner](const QString &text, const QString &detail) {
        m_login->setServerReady(false);
        m_login->setServerDescription(text);
        banner->setText(text);
        banner->setToolTip(detail);
        banner->setAction(tr("Restart training server"));
        banner->show();
    };
    connect(m_training, &client::TrainingServer::failed, this, [report](const QString &detail) {
        report(tr("The training server could not be started."), detail);
    });
    connect(m_training, &client::TrainingServer::crashed, this, [report](const QString &detail) {
        report(tr("The training server stopped unexpectedly. Work in progress is kept as drafts."), detail);
    });
    connect(banner, &Banner::actionTriggered, m_training, &client::TrainingServer::start);
    m_training->start();
}

void Shell::showLogin()
{
    if (m_shuttingDown)
        return;
    m_login->setUser(m_settings->lastUser());
    m_login->open();
    m_login->raise();
    m_login->activateWindow(); // the teller types at once
    QTimer::singleShot(0, m_login, [this] { m_login->activateWindow(); });
}

void Shell::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings.get(), m_window.get());
    connect(dialog, &SettingsDialog::fontScaleChanged, this,
            [](int percent) { Translations::applyFontScale(percent); });
    connect(dialog, &SettingsDialog::highContrastChanged, this,
            [](bool on) { Appearance::applyHighContrast(on); });
    connect(dialog, &SettingsDialog::languageChanged, this, [this] {
        MessageBox::inform(m_window.get(), tr("Language"),
                           tr("The new language is used from the next start."));
    });
    connect(dialog, &SettingsDialog::serverChanged, this, [this] {
        MessageBox::inform(m_window.get(), tr("Server"),
                           tr("The new server is used from the next start; you will sign in there."));
    });
    dialog->open();
}

void Shell::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_core->session()->isSignedIn())
        m_core->session()->signOut();
    if (m_training && m_training->state() != client::TrainingServer::State::Stopped &&
        m_training->state() != client::TrainingServer::State::Failed) {
        connect(m_training, &client::TrainingServer::stopped, this, &Shell::finished);
        m_training->stop();
        return;
    }
    QMetaObject::invokeMethod(this, &Shell::finished, Qt::QueuedConnection);
}

} // namespace hpf::ui
