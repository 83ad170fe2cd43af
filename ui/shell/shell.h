#pragma once

#include "shell/keyringnotice.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

namespace hpf::client {
class ClientCore;
class CredentialStore;
class Settings;
class TrainingServer;
} // namespace hpf::client

namespace hpf::ui {

class KeyringNotice;
class LoginDialog;
class MainWindow;

struct ShellOptions
{
    QString settingsPath;  // INI file; empty = the user's settings
    QString dataDirectory; // local cache + training database; empty = AppDataLocation
    QString serverProgram; // hpf-server for training mode; empty = found next to the client
    QUrl serverUrl;        // overrides the settings' profile (tests, --server)
    // Training only: the center the training server runs as (a code of the policy's transfer
    // directory); empty = the policy's own. Another center keeps the client's data and its
    // training database in the folder training-<code> of the data folder.
    QString trainingCenter;
    client::CredentialStore *credentials = nullptr; // default: the desktop keychain
    int heartbeatMs = 10000;
};

// Puts the client together and drives it: settings, the local store, the training server when no
// profile is configured, the main window, the login dialog, the idle lock and the banners. The
// executable's main() only creates one of these; the GUI tests create it the same way.
class Shell : public QObject
{
    Q_OBJECT
public:
    explicit Shell(const ShellOptions &options, QObject *parent = nullptr);
    ~Shell() override;

    void start();
    // Stops the training server (if any), then emits finished().
    void shutdown();

    client::ClientCore *core() const { return m_core.get(); }
    client::Settings *settings() const { return m_settings.get(); }
    client::TrainingServer *trainingServer() const { return m_training; }
    MainWindow *mainWindow() const { return m_window.get(); }
    LoginDialog *loginDialog() const { return m_login; }
    // The first-run keyring explanation while it is shown (see loadCacheKey()), or null.
    KeyringNotice *keyringNotice() const { return m_keyringNotice; }
    bool isTraining() const { return m_training != nullptr; }

signals:
    void serverReady(const QUrl &url);
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectServer(const QUrl &url, const QString &description);
    void startTraining();
    void loadCacheKey(); // after the keyring explanation when the desktop has no keyring yet
    void showLogin();
    void wireSession();
    void openSettings();

    ShellOptions m_options;
    std::unique_ptr<client::Settings> m_settings;
    std::unique_ptr<client::ClientCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    client::TrainingServer *m_training = nullptr;
    QString m_trainingBase; // the data folder every training center shares (training-peers)
    LoginDialog *m_login = nullptr;
    QPointer<KeyringNotice> m_keyringNotice;
    bool m_shuttingDown = false;
};

} // namespace hpf::ui
