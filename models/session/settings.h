#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <memory>
#include <optional>

class QSettings;

namespace hpf::client {

// A back end the client may talk to. Without any profile the client runs its own training server.
struct ServerProfile
{
    QString name;
    QUrl url;
    QString caCertificatePath; // optional PEM file of a private CA to trust
    bool operator==(const ServerProfile &) const = default;
};

// Typed settings over QSettings: one table of keys and defaults (see settings.cpp), accessors that
// clamp to the allowed range, and migrate() for keys renamed between versions.
class Settings
{
public:
    // `path` is an INI file; empty means the platform's user settings for the application.
    explicit Settings(const QString &path = {});
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    enum class Key {
        Language,           // "zh_CN" (primary) or "en"
        FontScale,          // percent, 100..200
        Workstation,        // name sent to the server for the audit trail
        ActiveProfile,      // name of the profile in use; empty = training server
        LastUser,           // pre-filled in the login dialog
        HighContrast,       // bool: the high-contrast palette
        KeyringNoticeShown, // bool: the first-run keyring explanation was shown on this workstation
    };

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString language() const;
    void setLanguage(const QString &language);
    int fontScale() const;
    void setFontScale(int percent);
    QString workstation() const;
    QString lastUser() const;
    void setLastUser(const QString &user);

    bool highContrast() const;
    void setHighContrast(bool on);

    // Window and table layouts (QMainWindow/QSplitter/QHeaderView saveState() blobs) under a
    // name such as "mainWindow/geometry" or "page-1003/employees"; empty when none was saved.
    QByteArray layout(const QString &name) const;
    void setLayout(const QString &name, const QByteArray &state);

    QList<ServerProfile> profiles() const;
    void setProfiles(const QList<ServerProfile> &profiles);
    // The profile in use, or nullopt for the training server.
    std::optional<ServerProfile> activeProfile() const;
    void setActiveProfile(const QString &name);

    // 套打 calibration per printer: millimetres to shift a pre-printed form right and down,
    // each clamped to ±20 mm. Unknown printers have no offset.
    QPointF printerOffsetMm(const QString &printer) const;
    void setPrinterOffsetMm(const QString &printer, QPointF offset);

    // Renames keys written by older versions; returns how many were moved.
    int migrate();
    void sync();

    static QStringList supportedLanguages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hpf::client
