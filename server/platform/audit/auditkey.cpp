#include "platform/audit/auditkey.h"

#include "crypto/sm3.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <unistd.h>

namespace hpf::server {

namespace {

constexpr char kMagic[] = "HPF-AUDIT-KEY-1";
constexpr int kBlock = 64; // SM3 block size

QMutex g_keyMutex;
std::shared_ptr<const AuditKey> g_key;

} // namespace

QByteArray hmacSm3(QByteArrayView key, QByteArrayView data)
{
    QByteArray k = key.size() > kBlock ? crypto::sm3(key) : key.toByteArray();
    k.resize(kBlock, '\0');
    QByteArray inner(kBlock, '\0');
    QByteArray outer(kBlock, '\0');
    for (int i = 0; i < kBlock; ++i) {
        inner[i] = char(k.at(i) ^ 0x36);
        outer[i] = char(k.at(i) ^ 0x5c);
    }
    crypto::Sm3Hasher h;
    h.addData(inner);
    h.addData(data);
    const QByteArray innerDigest = h.result();
    h.addData(outer);
    h.addData(innerDigest);
    return h.result();
}

AuditKey::AuditKey(const QByteArray &secret, const QString &path)
    : m_chainKey(hmacSm3(secret, "hpf audit chain"))
    , m_lookupKey(hmacSm3(secret, "hpf audit lookup"))
    , m_path(path)
{}

std::shared_ptr<const AuditKey> AuditKey::fromSecret(const QByteArray &secret, const QString &path)
{
    return std::shared_ptr<const AuditKey>(new AuditKey(secret, path));
}

Result<std::shared_ptr<const AuditKey>> AuditKey::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(u"audit.key_missing"_qs, path, u"the audit key file does not exist"_qs);
    if (f.permissions() &
        (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return makeError(u"audit.key_permissions"_qs, path, u"the audit key file must be mode 0600"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(u"audit.key_missing"_qs, path, f.errorString());
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.size() < 2 || lines.at(0).trimmed() != kMagic)
        return makeError(u"audit.key_invalid"_qs, path, u"not an audit key file"_qs);
    const QByteArray secret = QByteArray::fromHex(lines.at(1).trimmed());
    if (secret.size() != 32)
        return makeError(u"audit.key_invalid"_qs, path, u"the key is not 32 bytes"_qs);
    return fromSecret(secret, path);
}

Result<std::shared_ptr<const AuditKey>> AuditKey::create(const QString &path)
{
    if (QFile::exists(path))
        return makeError(u"audit.key_exists"_qs, path);
    const QByteArray secret = crypto::randomBytes(32);
    const QByteArray text = QByteArray(kMagic) + '\n' + secret.toHex() + '\n';
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(u"audit.key_write"_qs, path, f.errorString());
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || f.write(text) != text.size() ||
        !f.flush()) {
        f.remove();
        return makeError(u"audit.key_write"_qs, path, f.errorString());
    }
    ::fsync(f.handle());
    f.close();
    return fromSecret(secret, path);
}

QString AuditKey::digest(QStringView kind, QStringView value) const
{
    const QByteArray data = kind.toUtf8() + '\0' + value.trimmed().toString().toUpper().toUtf8();
    return QString::fromLatin1(hmacSm3(m_lookupKey, data).toHex());
}

QString AuditKey::headPath() const
{
    if (m_path.isEmpty())
        return {};
    // Named after the key (audit.key → audit.head): several keys in one directory (PostgreSQL's
    // default, one per database) must not share, and so overwrite or trip, one high-water mark.
    const QFileInfo key(m_path);
    return key.absoluteDir().filePath(key.completeBaseName() + u".head"_qs);
}

void installAuditKey(std::shared_ptr<const AuditKey> key)
{
    QMutexLocker lock(&g_keyMutex);
    g_key = std::move(key);
}

std::shared_ptr<const AuditKey> installedAuditKey()
{
    QMutexLocker lock(&g_keyMutex);
    return g_key;
}

} // namespace hpf::server
