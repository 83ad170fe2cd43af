#include "platform/store/database.h"

#include "base/privatefiles.h"
#include "logging.h"
#include "platform/store/statementcache.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace hpf::server {

namespace {
QAtomicInteger<quint64> g_nextInstance{1};
thread_local QHash<quint64, QString> t_connections;
} // namespace

Result<DatabaseConfig> DatabaseConfig::parse(const QString &url)
{
    DatabaseConfig c;
    const auto bad = [&](const QString &why) {
        return makeError(u"config.database_url"_qs, u"database"_qs, why);
    };
    if (url.startsWith(u"sqlite:")) {
        QString path = url.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2);
        if (path.isEmpty() || path == u":memory:")
            return bad(u"sqlite: needs a file path"_qs);
        c.dialect = Dialect::Sqlite;
        c.path = path;
        c.url = url;
        return c;
    }
    if (url.startsWith(u"postgresql://") || url.startsWith(u"postgres://")) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty())
            return bad(u"expected postgresql://user[:password]@host[:port]/database"_qs);
        c.dialect = Dialect::Postgres;
        c.host = u.host();
        c.port = u.port(5432);
        c.user = u.userName();
        c.password = u.password();
        c.databaseName = u.path().mid(1);
        if (c.databaseName.isEmpty() || c.databaseName.contains(u'/'))
            return bad(u"the URL must name one database"_qs);
        QStringList options;
        const auto items = QUrlQuery(u).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            options << item.first + u'=' + item.second;
        c.connectOptions = options.join(u';');
        QUrl shown = u;
        shown.setPassword(QString());
        c.url = shown.toString();
        return c;
    }
    return bad(u"use sqlite:PATH or postgresql://..."_qs);
}

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_instance(g_nextInstance.fetchAndAddRelaxed(1))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_names)) {
        StatementCache::dropConnection(name);
        QSqlDatabase::removeDatabase(name);
    }
    t_connections.remove(m_instance);
}

QString Database::forUpdate() const
{
    return m_config.dialect == Dialect::Postgres ? u" FOR UPDATE"_qs : QString();
}

Result<QSqlDatabase> Database::connection()
{
    const auto it = t_connections.constFind(m_instance);
    if (it != t_connections.constEnd()) {
        QSqlDatabase db = QSqlDatabase::database(it.value(), false);
        if (db.isOpen())
            return db;
        // A new session knows none of the statements prepared on the old one.
        if (auto cache = StatementCache::forConnection(it.value()))
            cache->clear();
        if (db.open())
            return db;
        return makeError(u"db.unavailable"_qs, {}, db.lastError().text());
    }
    const QString name = QStringLiteral("hpf-%1-%2")
                             .arg(m_instance)
                             .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
    auto db = open(name);
    {
        QMutexLocker lock(&m_mutex);
        m_names.append(name);
    }
    StatementCache::registerConnection(name, StatementCache::defaultCapacity);
    t_connections.insert(m_instance, name);
    return db;
}

Result<QSqlDatabase> Database::open(const QString &name)
{
    QSqlDatabase db;
    if (m_config.dialect == Dialect::Sqlite) {
        // Created 0600 (SQLite gives -wal/-shm/-journal the file's mode); an older file is tightened.
        // Once per Database, before its first connection opens the file.
        QMutexLocker lock(&m_mutex);
        if (!m_filePrepared) {
            if (Status s = privatefiles::prepareSqliteFile(m_config.path); !s) {
                qCWarning(lcStore) << "cannot secure" << m_config.url << s.error().detail;
                return makeError(u"db.unavailable"_qs, {}, s.error().detail);
            }
            m_filePrepared = true;
        }
        lock.unlock();
        db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(m_config.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_qs);
    } else {
        db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.databaseName);
        db.setConnectOptions(m_config.connectOptions);
    }
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_config.url << db.lastError().text();
        return makeError(u"db.unavailable"_qs, {}, db.lastError().text());
    }
    QSqlQuery q(db);
    const QStringList setup =
        m_config.dialect == Dialect::Sqlite
            ? QStringList{u"PRAGMA journal_mode=WAL"_qs, u"PRAGMA synchronous=FULL"_qs,
                          u"PRAGMA foreign_keys=ON"_qs, u"PRAGMA busy_timeout=15000"_qs}
            : QStringList{u"SET TIME ZONE 'UTC'"_qs, u"SET client_min_messages = WARNING"_qs};
    for (const QString &sql : setup) {
        if (!q.exec(sql)) {
            qCWarning(lcStore) << "connection setup failed" << sql << q.lastError().text();
            return makeError(u"db.unavailable"_qs, {}, q.lastError().text());
        }
    }
    return db;
}

} // namespace hpf::server
