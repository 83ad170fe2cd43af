#include "lookupcache.h"

#include "logging.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hpf::client {

LookupCache::LookupCache(LocalDatabase *db, const FieldCipher *cipher, const Clock &clock)
    : m_db(db)
    , m_cipher(cipher)
    , m_clock(clock)
{}

QByteArray LookupCache::context(const QString &path) const
{
    return "lookup|" + m_owner.toUtf8() + '|' + path.toUtf8();
}

bool LookupCache::caches(const QString &path) const
{
    if (m_owner.isEmpty())
        return false;
    for (const QString &prefix : m_prefixes) {
        if (path.startsWith(prefix))
            return true;
    }
    return false;
}

void LookupCache::store(const QString &path, const QByteArray &body)
{
    const QDateTime now = m_clock.now();
    if (!m_cipher->hasKey() || !m_db->isOpen()) {
        const QString key = m_owner + u'\n' + path;
        m_memoryOrder.removeOne(key);
        m_memoryOrder.append(key);
        m_memory.insert(key, Entry{body, now});
        trimMemory();
        return;
    }
    auto sealed = m_cipher->seal(body, context(path));
    if (!sealed)
        return;
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO lookup_cache (owner, path, sealed_body, fetched_at) VALUES (?, ?, ?, ?)"
              " ON CONFLICT (owner, path) DO UPDATE SET sealed_body = excluded.sealed_body,"
              " fetched_at = excluded.fetched_at"_qs);
    q.addBindValue(m_owner);
    q.addBindValue(path);
    q.addBindValue(sealed.value());
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        qCWarning(lcStore) << "cannot cache a lookup:" << q.lastError().text();
    trimFile();
}

void LookupCache::trimMemory()
{
    const QString prefix = m_owner + u'\n';
    qsizetype kept = 0;
    for (qsizetype i = m_memoryOrder.size() - 1; i >= 0; --i) {
        if (!m_memoryOrder.at(i).startsWith(prefix) || ++kept <= m_capacity)
            continue;
        m_memory.remove(m_memoryOrder.at(i));
        m_memoryOrder.removeAt(i);
    }
}

void LookupCache::trimFile()
{
    QSqlQuery q(m_db->database());
    q.prepare(u"DELETE FROM lookup_cache WHERE owner = ? AND rowid NOT IN (SELECT rowid FROM lookup_cache"
              " WHERE owner = ? ORDER BY fetched_at DESC, rowid DESC LIMIT ?)"_qs);
    q.addBindValue(m_owner);
    q.addBindValue(m_owner);
    q.addBindValue(m_capacity);
    if (!q.exec())
        qCWarning(lcStore) << "cannot trim the lookup cache:" << q.lastError().text();
}

int LookupCache::size() const
{
    int n = 0;
    for (const QString &key : m_memoryOrder)
        n += key.startsWith(m_owner + u'\n') ? 1 : 0;
    if (!m_db->isOpen())
        return n;
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT COUNT(*) FROM lookup_cache WHERE owner = ?"_qs);
    q.addBindValue(m_owner);
    if (q.exec() && q.next())
        n += q.value(0).toInt();
    return n;
}

std::optional<ResponseCache::Entry> LookupCache::load(const QString &path) const
{
    if (!m_cipher->hasKey() || !m_db->isOpen()) {
        const auto it = m_memory.constFind(m_owner + u'\n' + path);
        return it == m_memory.constEnd() ? std::nullopt : std::optional<Entry>(it.value());
    }
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT sealed_body, fetched_at FROM lookup_cache WHERE owner = ? AND path = ?"_qs);
    q.addBindValue(m_owner);
    q.addBindValue(path);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto body = m_cipher->open(q.value(0).toByteArray(), context(path));
    if (!body)
        return std::nullopt;
    return Entry{body.value(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
}

Status LookupCache::purgeOwner(const QString &owner)
{
    for (auto it = m_memory.begin(); it != m_memory.end();)
        it = it.key().startsWith(owner + u'\n') ? m_memory.erase(it) : std::next(it);
    m_memoryOrder.removeIf([&owner](const QString &key) { return key.startsWith(owner + u'\n'); });
    if (!m_db->isOpen())
        return {};
    QSqlQuery q(m_db->database());
    q.prepare(u"DELETE FROM lookup_cache WHERE owner = ?"_qs);
    q.addBindValue(owner);
    if (!q.exec())
        return makeError(u"store.write"_qs, QString(), q.lastError().text());
    return {};
}

} // namespace hpf::client
