#include "session/settings.h"

#include <QSettings>
#include <QSysInfo>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <optional>

namespace hpf::client {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char16_t *name;
};

// The one table of keys; defaults live in Settings::defaultValue.
constexpr KeyInfo kKeys[] = {
    {Settings::Key::Language, u"ui/language"},
    {Settings::Key::FontScale, u"ui/fontScale"},
    {Settings::Key::Workstation, u"counter/workstation"},
    {Settings::Key::ActiveProfile, u"server/activeProfile"},
    {Settings::Key::LastUser, u"session/lastUser"},
    {Settings::Key::HighContrast, u"ui/highContrast"},
    {Settings::Key::KeyringNoticeShown, u"keyring/noticeShown"},
};

// Keys renamed since earlier versions: old name → new name.
constexpr std::pair<const char16_t *, const char16_t *> kRenamed[] = {
    {u"language", u"ui/language"},
    {u"fontScale", u"ui/fontScale"},
    {u"workstation", u"counter/workstation"},
};

constexpr char16_t kProfilesGroup[] = u"server/profiles";
constexpr double kMaxPrinterOffsetMm = 20.0;

// Printer names may hold '/' or spaces; the key keeps them readable but safe.
QString printerOffsetKey(const QString &printer)
{
    return u"printing/offsets/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(printer));
}

} // namespace

Settings::Settings(const QString &path)
    : m_settings(path.isEmpty() ? std::make_unique<QSettings>()
                                : std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    for (const KeyInfo &k : kKeys) {
        if (k.key == key)
            return QString::fromUtf16(k.name);
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return u"zh_CN"_qs;
    case Key::FontScale:
        return 100;
    case Key::Workstation:
        return QSysInfo::machineHostName().left(64);
    case Key::ActiveProfile:
    case Key::LastUser:
        return QString();
    case Key::HighContrast:
    case Key::KeyringNoticeShown:
        return false;
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (value == defaultValue(key))
        m_settings->remove(keyName(key));
    else
        m_settings->setValue(keyName(key), value);
}

QString Settings::language() const
{
    const QString lang = value(Key::Language).toString();
    return supportedLanguages().contains(lang) ? lang : defaultValue(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, supportedLanguages().contains(language) ? language : defaultValue(Key::Language));
}

int Settings::fontScale() const
{
    return qBound(100, value(Key::FontScale).toInt(), 200);
}

void Settings::setFontScale(int percent)
{
    setValue(Key::FontScale, qBound(100, percent, 200));
}

QString Settings::workstation() const
{
    const QString w = value(Key::Workstation).toString().trimmed();
    return w.isEmpty() ? u"counter"_qs : w.left(64);
}

QString Settings::lastUser() const
{
    return value(Key::LastUser).toString();
}

void Settings::setLastUser(const QString &user)
{
    setValue(Key::LastUser, user);
}

bool Settings::highContrast() const
{
    return value(Key::HighContrast).toBool();
}

void Settings::setHighContrast(bool on)
{
    setValue(Key::HighContrast, on);
}

QByteArray Settings::layout(const QString &name) const
{
    return m_settings->value(u"layout/"_qs + name).toByteArray();
}

void Settings::setLayout(const QString &name, const QByteArray &state)
{
    if (state.isEmpty())
        m_settings->remove(u"layout/"_qs + name);
    else
        m_settings->setValue(u"layout/"_qs + name, state);
}

QList<ServerProfile> Settings::profiles() const
{
    QList<ServerProfile> result;
    const int n = m_settings->beginReadArray(QString::fromUtf16(kProfilesGroup));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ServerProfile p;
        p.name = m_settings->value(u"name"_qs).toString();
        p.url = QUrl(m_settings->value(u"url"_qs).toString());
        p.caCertificatePath = m_settings->value(u"caCertificate"_qs).toString();
        if (!p.name.isEmpty() && p.url.isValid())
            result.append(p);
    }
    m_settings->endArray();
    return result;
}

void Settings::setProfiles(const QList<ServerProfile> &profiles)
{
    m_settings->remove(QString::fromUtf16(kProfilesGroup));
    m_settings->beginWriteArray(QString::fromUtf16(kProfilesGroup), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_qs, profiles.at(i).name);
        m_settings->setValue(u"url"_qs, profiles.at(i).url.toString());
        m_settings->setValue(u"caCertificate"_qs, profiles.at(i).caCertificatePath);
    }
    m_settings->endArray();
}

std::optional<ServerProfile> Settings::activeProfile() const
{
    const QString name = value(Key::ActiveProfile).toString();
    if (name.isEmpty())
        return std::nullopt;
    for (const ServerProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void Settings::setActiveProfile(const QString &name)
{
    setValue(Key::ActiveProfile, name);
}

QPointF Settings::printerOffsetMm(const QString &printer) const
{
    const QStringList parts = m_settings->value(printerOffsetKey(printer)).toString().split(u',');
    bool okX = false;
    bool okY = false;
    const double x = parts.size() == 2 ? parts[0].toDouble(&okX) : 0;
    const double y = parts.size() == 2 ? parts[1].toDouble(&okY) : 0;
    if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
        return {}; // a damaged entry is no offset, not a wild one
    return {std::clamp(x, -kMaxPrinterOffsetMm, kMaxPrinterOffsetMm),
            std::clamp(y, -kMaxPrinterOffsetMm, kMaxPrinterOffsetMm)};
}

void Settings::setPrinterOffsetMm(const QString &printer, QPointF offset)
{
    const auto clampMm = [](double v) {
        return std::isfinite(v) ? std::clamp(v, -kMaxPrinterOffsetMm, kMaxPrinterOffsetMm) : 0.0;
    };
    const double x = clampMm(offset.x());
    const double y = clampMm(offset.y());
    if (qFuzzyIsNull(x) && qFuzzyIsNull(y))
        m_settings->remove(printerOffsetKey(printer));
    else
        m_settings->setValue(printerOffsetKey(printer), u"%1,%2"_qs.arg(x).arg(y));
}

int Settings::migrate()
{
    int moved = 0;
    for (const auto &[from, to] : kRenamed) {
        const QString oldKey = QString::fromUtf16(from);
        const QString newKey = QString::fromUtf16(to);
        if (!m_settings->contains(oldKey))
            continue;
        if (!m_settings->contains(newKey))
            m_settings->setValue(newKey, m_settings->value(oldKey));
        m_settings->remove(oldKey);
        ++moved;
    }
    return moved;
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace hpf::client
