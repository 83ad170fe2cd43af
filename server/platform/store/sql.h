#pragma once

#include "base/result.h"
#include "platform/store/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Thin helpers over QSqlQuery: errors classified into stable codes (db.busy, db.serialization,
// db.conflict are worth retrying; db.error is not), and write transactions that take the SQLite
// write lock at BEGIN (BEGIN IMMEDIATE) so a transaction never has to upgrade a read lock.
namespace hpf::server {

Error classifySqlError(const QSqlError &error, const QString &what);
inline bool isRetryable(const Error &e)
{
    return e.code == u"db.busy" || e.code == u"db.serialization" || e.code == u"db.conflict";
}

class Query
{
public:
    Query(const QSqlDatabase &db, const QString &sql);
    Query &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    qint64 int64(int i) const { return m_query.value(i).toLongLong(); }
    QString str(int i) const { return m_query.value(i).toString(); }
    bool isNull(int i) const { return m_query.isNull(i); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Runs one statement without results. Convenience for DDL and simple updates.
Status execSql(const QSqlDatabase &db, const QString &sql);

class Transaction
{
public:
    Transaction(QSqlDatabase db, Dialect dialect);
    ~Transaction(); // rolls back when neither committed nor rolled back
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
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
