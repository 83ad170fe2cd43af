#include "platform/store/statementcache.h"

#include <QMutex>
#include <QRegularExpression>

namespace hpf::server {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<StatementCache>> caches;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

StatementCache::StatementCache(int capacity)
    : m_capacity(qMax(1, capacity))
{}

StatementCache::~StatementCache() = default;

std::optional<StatementCache::Statement> StatementCache::take(const QString &sql)
{
    const auto it = m_entries.find(sql);
    if (it == m_entries.end())
        return std::nullopt;
    Statement statement = std::move(it->second.statement);
    m_entries.erase(it);
    ++m_stats.hits;
    return statement;
}

QStringList StatementCache::placeholdersOf(const QString &sql)
{
    static const QRegularExpression name(u"(?<![:\\w]):[A-Za-z_]\\w*"_qs);
    QStringList out;
    for (auto it = name.globalMatch(sql); it.hasNext();) {
        const QString token = it.next().captured(0);
        if (!out.contains(token))
            out.append(token);
    }
    return out;
}

void StatementCache::put(const QString &sql, Statement statement)
{
    if (m_entries.count(sql) > 0)
        return; // the same statement nested in itself: one copy is enough
    if (m_entries.size() >= size_t(m_capacity)) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->second.lastUse < oldest->second.lastUse)
                oldest = it;
        }
        m_entries.erase(oldest);
        ++m_stats.evictions;
    }
    m_entries.emplace(sql, Entry{std::move(statement), ++m_tick});
}

void StatementCache::clear()
{
    if (m_entries.empty())
        return;
    m_entries.clear();
    ++m_stats.clears;
}

StatementCacheStats StatementCache::stats() const
{
    StatementCacheStats s = m_stats;
    s.size = int(m_entries.size());
    return s;
}

std::shared_ptr<StatementCache> StatementCache::forConnection(const QString &connectionName)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.caches.value(connectionName);
}

void StatementCache::registerConnection(const QString &connectionName, int capacity)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.caches.insert(connectionName, std::make_shared<StatementCache>(capacity));
}

void StatementCache::dropConnection(const QString &connectionName)
{
    std::shared_ptr<StatementCache> cache;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        cache = r.caches.take(connectionName);
    }
    if (cache)
        cache->clear(); // the statements go now, before their connection is removed
}

} // namespace hpf::server
