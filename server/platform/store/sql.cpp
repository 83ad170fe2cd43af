#include "platform/store/sql.h"

#include "logging.h"
#include "platform/store/statementcache.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

namespace hpf::server {

Error classifySqlError(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    QString code = u"db.error"_qs;
    // PostgreSQL SQLSTATEs; SQLite primary result codes (5 BUSY, 6 LOCKED, 19 CONSTRAINT).
    if (native == u"40001")
        code = u"db.serialization"_qs;
    else if (native == u"40P01" || native == u"55P03")
        code = u"db.busy"_qs;
    else if (native == u"23505")
        code = u"db.conflict"_qs;
    else if (native == u"5" || native == u"6" || text.contains(u"database is locked"))
        code = u"db.busy"_qs;
    else if (native == u"57P01" || native.startsWith(u"08"))
        code = u"db.unavailable"_qs;
    if (code == u"db.error")
        qCWarning(lcStore) << what << "failed:" << native << text;
    return Error{code, {}, what + u": "_qs + text};
}

namespace {

// Errors after which the connection's prepared statements cannot be trusted: the connection is
// gone, or the server no longer knows the statement (26000, e.g. after DISCARD ALL) or its cached
// plan no longer fits the schema (0A000 "cached plan must not change result type").
bool invalidatesStatements(const QSqlError &error, const QString &code)
{
    const QString native = error.nativeErrorCode();
    return code == u"db.unavailable" || native == u"26000" || native == u"0A000";
}

} // namespace

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
    , m_cache(StatementCache::forConnection(db.connectionName()))
{
    if (m_cache) {
        if (std::optional<StatementCache::Statement> cached = m_cache->take(sql)) {
            m_query = std::move(cached->query);
            m_placeholders = std::move(cached->placeholders);
            // Nothing bound by an earlier use may leak into this one.
            for (const QString &name : std::as_const(m_placeholders))
                m_query.bindValue(name, QVariant());
            m_prepared = true;
            return;
        }
        m_cache->notePrepare();
        m_placeholders = StatementCache::placeholdersOf(sql);
    }
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Query::~Query()
{
    if (!m_cache || !m_prepared)
        return;
    m_query.finish(); // resets the statement: no open result, no SQLite read snapshot held
    m_cache->put(m_sql, StatementCache::Statement{std::move(m_query), std::move(m_placeholders)});
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString is bound as NULL by the drivers; our TEXT columns mean "" by it. Real NULLs
    // are bound as QVariant(QMetaType(...)), which is a null variant.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(u""_qs));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status Query::exec()
{
    if (!m_prepared)
        return classifySqlError(m_query.lastError(), m_sql.left(60));
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        Error e = classifySqlError(error, m_sql.left(60));
        if (m_cache && invalidatesStatements(error, e.code)) {
            m_cache->clear();
            m_prepared = false; // not given back
        }
        return e;
    }
    return {};
}

Status execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return classifySqlError(q.lastError(), sql.left(60));
    return {};
}

Transaction::Transaction(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin(TxMode mode)
{
    QString sql;
    if (m_dialect == Dialect::Sqlite)
        sql = mode == TxMode::Write ? u"BEGIN IMMEDIATE"_qs : u"BEGIN DEFERRED"_qs;
    else
        sql = mode == TxMode::Write ? u"BEGIN"_qs : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_qs;
    const Status s = execSql(m_db, sql);
    m_active = s.ok();
    return s;
}

Status Transaction::commit()
{
    const Status s = execSql(m_db, u"COMMIT"_qs);
    if (!s.ok()) {
        rollback();
        return s;
    }
    m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(u"ROLLBACK"_qs))
        qCDebug(lcStore) << "rollback:" << q.lastError().text();
    m_active = false;
}

Status Transaction::savepoint(const QString &name)
{
    return execSql(m_db, u"SAVEPOINT "_qs + name);
}

Status Transaction::rollbackTo(const QString &name)
{
    return execSql(m_db, u"ROLLBACK TO SAVEPOINT "_qs + name);
}

qint64 toEpochMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

} // namespace hpf::server
