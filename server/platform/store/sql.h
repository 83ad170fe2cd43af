#pragma once

#include "base/result.h"
#include "platform/store/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

// Thin helpers over QSqlQuery: errors classified into stable codes (db.busy, db.serialization,
// db.conflict are worth retrying; db.error is not), statements reused per connection
// (statementcache.h), and write transactions that take the SQLite write lock at BEGIN (BEGIN
// IMMEDIATE) so a transaction never has to upgrade a read lock. Retrying lives in transaction.h.
namespace hpf::server {

class StatementCache;

Error classifySqlError(const QSqlError &error, const QString &what);
inline bool isRetryable(const Error &e)
{
    return e.code == u"db.busy" || e.code == u"db.serialization" || e.code == u"db.conflict";
}

// One statement. On a connection opened by Database the prepared statement comes from, and goes
// back to, that connection's StatementCache.
class Query
{
public:
    Query(const QSqlDatabase &db, const QString &sql);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    qint64 int64(int i) const { return m_query.value(i).toLongLong(); }
    QString str(int i) const { return m_query.value(i).toString(); }
    bool isNull(int i) const { return m_query.isNull(i); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Done reading before the Query goes out of scope: frees the result and, on SQLite, the read
    // snapshot an unfinished SELECT holds. A write transaction begun on the same connection while
    // an older snapshot is held fails with SQLITE_BUSY at once (no busy wait helps).
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    QStringList m_placeholders; // only for a cached statement
    std::shared_ptr<StatementCache> m_cache;
    bool m_prepared = false;
};

// Runs one statement without results. Convenience for DDL and simple updates.
Status execSql(const QSqlDatabase &db, const QString &sql);

// Read: a consistent snapshot for the statements of one request (SQLite BEGIN DEFERRED,
// PostgreSQL REPEATABLE READ READ ONLY). Write: takes the SQLite write lock up front (BEGIN
// IMMEDIATE, waiting in the busy handler); on PostgreSQL a READ COMMITTED transaction that locks
// rows explicitly (SELECT ... FOR UPDATE).
enum class TxMode { Read, Write };

class Transaction
{
public:
    Transaction(QSqlDatabase db, Dialect dialect);
    ~Transaction(); // rolls back when neither committed nor rolled back
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin(TxMode mode = TxMode::Write);
    Status commit();
    void rollback();
    Status savepoint(const QString &name);
    Status rollbackTo(const QString &name);
    bool active() const { return m_active; }
    QSqlDatabase db() const { return m_db; }

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    bool m_active = false;
};

// Epoch milliseconds as stored in every *_at column.
qint64 toEpochMs(const QDateTime &t);

} // namespace hpf::server
