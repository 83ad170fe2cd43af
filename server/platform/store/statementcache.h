#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <unordered_map>

// Prepared statements kept per connection and reused, keyed by SQL text. With the Qt PostgreSQL
// driver a fresh QSqlQuery costs three round trips (PREPARE, EXECUTE, DEALLOCATE); a cached one
// costs one. Database registers a cache for every connection it opens and drops it before the
// connection goes; Query takes a statement out while it uses it (so the same SQL nested inside its
// own result loop gets a second statement) and puts it back, reset, when done.
//
// A cache belongs to one connection and so to one thread; only the registry is shared.
namespace hpf::server {

struct StatementCacheStats
{
    qint64 hits = 0;      // statements reused
    qint64 prepares = 0;  // statements prepared (misses, and nested uses of a statement in use)
    qint64 evictions = 0; // statements dropped to stay within the capacity
    qint64 clears = 0;    // times the whole cache was dropped (connection lost or reopened)
    int size = 0;         // statements held now
};

class StatementCache
{
public:
    explicit StatementCache(int capacity);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    struct Statement
    {
        QSqlQuery query;
        QStringList placeholders; // ":name" tokens of the SQL, to unbind before reuse
    };
    // The prepared statement for `sql`, taken out of the cache; nothing on a miss.
    std::optional<Statement> take(const QString &sql);
    // Gives a statement back (after finish()). When one for the same SQL came back first, this one
    // is dropped; when the cache is full, the least recently used one is.
    void put(const QString &sql, Statement statement);
    // The ":name" placeholders of `sql` (a superset is harmless: binding an unknown name does
    // nothing).
    static QStringList placeholdersOf(const QString &sql);
    void notePrepare() { ++m_stats.prepares; }
    // Drops every statement (the connection was lost, closed or reopened).
    void clear();
    StatementCacheStats stats() const;

    // The registry, by QSqlDatabase connection name. Connections not opened through Database have
    // no cache (null) and prepare every statement as before.
    static std::shared_ptr<StatementCache> forConnection(const QString &connectionName);
    static void registerConnection(const QString &connectionName, int capacity);
    static void dropConnection(const QString &connectionName);

    static constexpr int defaultCapacity = 128;

private:
    struct Entry
    {
        Statement statement;
        quint64 lastUse = 0;
    };
    int m_capacity;
    quint64 m_tick = 0;
    std::unordered_map<QString, Entry> m_entries; // QHash would copy QSqlQuery on detach

    StatementCacheStats m_stats;
};

} // namespace hpf::server
