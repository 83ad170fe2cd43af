#pragma once

#include "base/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Where the data lives and how to reach it from any thread: one QSqlDatabase connection per
// thread (Qt connections must stay in the thread that opened them), opened lazily and named
// "hpf-<instance>-<thread>". SQLite connections run in WAL mode with foreign keys on and a busy
// timeout; PostgreSQL connections are plain READ COMMITTED sessions that lock rows explicitly.
// Every connection has a cache of prepared statements (statementcache.h), dropped with it.
namespace hpf::server {

enum class Dialect { Sqlite, Postgres };

struct DatabaseConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq options from the URL query, ';'-separated for Qt
    QString url;            // as given (password removed), for messages

    // "sqlite:PATH" (also "sqlite://PATH") or "postgresql://user[:password]@host[:port]/db[?k=v&...]"
    // ("postgres://" too). Error: config.database_url.
    static Result<DatabaseConfig> parse(const QString &url);
};

class Database
{
public:
    explicit Database(DatabaseConfig config);
    ~Database(); // removes every connection it opened; all worker threads must be finished
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_config.dialect; }
    const DatabaseConfig &config() const { return m_config; }

    // The calling thread's connection, opened on first use. Error: db.unavailable.
    Result<QSqlDatabase> connection();

    // " FOR UPDATE" on PostgreSQL, nothing on SQLite (whose write transactions hold the database
    // lock from BEGIN IMMEDIATE on).
    QString forUpdate() const;

private:
    Result<QSqlDatabase> open(const QString &name);

    DatabaseConfig m_config;
    quint64 m_instance = 0;
    QMutex m_mutex;
    QStringList m_names;
    bool m_filePrepared = false; // SQLite: file created 0600 / tightened (guarded by m_mutex)
};

} // namespace hpf::server
