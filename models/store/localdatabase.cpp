#include "localdatabase.h"

#include "base/privatefiles.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hpf::client {

namespace {

// Numbered migrations; each runs in one transaction and sets user_version to its number.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the first schema
        {
            u"CREATE TABLE reference_data (name TEXT PRIMARY KEY, etag TEXT, body BLOB NOT NULL,"
            " fetched_at TEXT NOT NULL)"_qs,
            u"CREATE TABLE recent_items (owner TEXT NOT NULL, kind TEXT NOT NULL, item_key TEXT NOT NULL,"
            " sealed_label BLOB NOT NULL, opened_at TEXT NOT NULL, PRIMARY KEY (owner, kind, item_key))"_qs,
            u"CREATE TABLE drafts (owner TEXT NOT NULL, form TEXT NOT NULL, sealed_payload BLOB NOT NULL,"
            " updated_at TEXT NOT NULL, PRIMARY KEY (owner, form))"_qs,
            u"CREATE TABLE outbox (id TEXT PRIMARY KEY, owner TEXT NOT NULL, server TEXT NOT NULL,"
            " created_at TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, summary TEXT NOT NULL,"
            " sealed_body BLOB NOT NULL, state TEXT NOT NULL CHECK (state IN ('pending','done','failed')),"
            " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, request_id TEXT,"
            " response_status INTEGER, sealed_response BLOB, updated_at TEXT NOT NULL)"_qs,
            u"CREATE INDEX outbox_state ON outbox (state, created_at)"_qs,
        },
        // 2: lookups answered from the cache while the back end is unreachable
        {
            u"CREATE TABLE lookup_cache (owner TEXT NOT NULL, path TEXT NOT NULL, sealed_body BLOB NOT NULL,"
            " fetched_at TEXT NOT NULL, PRIMARY KEY (owner, path))"_qs,
        },
        // 3: an operation the teller withdrew before it was sent is kept as 'cancelled' (SQLite
        // cannot change a CHECK constraint: the table is rebuilt with its rows)
        {
            u"CREATE TABLE outbox_v3 (id TEXT PRIMARY KEY, owner TEXT NOT NULL, server TEXT NOT NULL,"
            " created_at TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, summary TEXT NOT NULL,"
            " sealed_body BLOB NOT NULL,"
            " state TEXT NOT NULL CHECK (state IN ('pending','done','failed','cancelled')),"
            " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, request_id TEXT,"
            " response_status INTEGER, sealed_response BLOB, updated_at TEXT NOT NULL)"_qs,
            u"INSERT INTO outbox_v3 SELECT id, owner, server, created_at, method, path, summary, sealed_body,"
            " state, attempts, last_error, request_id, response_status, sealed_response, updated_at FROM outbox"_qs,
            u"DROP TABLE outbox"_qs,
            u"ALTER TABLE outbox_v3 RENAME TO outbox"_qs,
            u"CREATE INDEX outbox_state ON outbox (state, created_at)"_qs,
        },
        // 4: the outbox's path and summary are sealed into sealed_body with the rest (issue 12);
        // rows written before keep them in clear until Outbox::sealLegacyRows() moves them in
        // (it needs the keychain key, which SQL does not have), marked here so none is missed.
        {
            u"ALTER TABLE outbox ADD COLUMN meta_sealed INTEGER NOT NULL DEFAULT 0"_qs,
        },
        // 5: the archive capture store (issue 14): each captured page sealed the moment it is
        // captured, kept until its record's package is committed; the package files built for the
        // upload (sealed) and the upload's state (keys, upload id, done).
        {
            u"CREATE TABLE capture_pages (id TEXT PRIMARY KEY, owner TEXT NOT NULL, serial TEXT NOT NULL,"
            " material TEXT NOT NULL, sequence INTEGER NOT NULL, media_type TEXT NOT NULL,"
            " flags INTEGER NOT NULL DEFAULT 0, phash INTEGER NOT NULL DEFAULT 0, meta TEXT NOT NULL,"
            " sealed_data BLOB NOT NULL, captured_at TEXT NOT NULL)"_qs,
            u"CREATE INDEX capture_pages_serial ON capture_pages (serial, sequence)"_qs,
            u"CREATE TABLE capture_uploads (serial TEXT PRIMARY KEY, owner TEXT NOT NULL, business TEXT NOT "
            u"NULL,"
            " state TEXT NOT NULL CHECK (state IN ('built','created','committing','done')),"
            " upload_key TEXT NOT NULL, upload_id TEXT, commit_key TEXT, sealed_manifest BLOB NOT NULL,"
            " sealed_package BLOB, updated_at TEXT NOT NULL)"_qs,
            u"CREATE TABLE capture_files (serial TEXT NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL,"
            " sealed_data BLOB NOT NULL, PRIMARY KEY (serial, name))"_qs,
        },
    };
    return steps;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

LocalDatabase::~LocalDatabase()
{
    close();
}

int LocalDatabase::latestSchemaVersion()
{
    return int(migrations().size());
}

bool LocalDatabase::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase LocalDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int LocalDatabase::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(u"PRAGMA user_version"_qs) && q.next() ? q.value(0).toInt() : -1;
}

void LocalDatabase::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

Status LocalDatabase::openFile(bool *corrupt, QString *reason)
{
    *corrupt = false;
    m_connection = u"hpf-local-"_qs + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=3000"_qs);
    if (!db.open())
        return makeError(u"store.open"_qs, QString(), db.lastError().text());

    QSqlQuery q(db);
    // quick_check fails (or errors with "file is not a database") on a damaged file.
    if (!q.exec(u"PRAGMA quick_check"_qs)) {
        const QString text = q.lastError().text();
        if (text.contains(u"locked", Qt::CaseInsensitive) || text.contains(u"busy", Qt::CaseInsensitive))
            return makeError(u"store.locked"_qs, QString(), text);
        *corrupt = true;
        *reason = text;
        return {};
    }
    const bool healthy = q.next() && q.value(0).toString() == u"ok";
    if (!healthy) {
        *corrupt = true;
        *reason = q.value(0).toString();
        return {};
    }
    q.finish();
    QString error;
    // Deleted and overwritten rows are zeroed, not left readable in free pages.
    if (!exec(db, u"PRAGMA secure_delete=ON"_qs, &error) ||
        !exec(db, u"PRAGMA journal_mode=WAL"_qs, &error) ||
        !exec(db, u"PRAGMA synchronous=NORMAL"_qs, &error) ||
        !exec(db, u"PRAGMA foreign_keys=ON"_qs, &error)) {
        const bool locked =
            error.contains(u"locked", Qt::CaseInsensitive) || error.contains(u"busy", Qt::CaseInsensitive);
        return makeError(locked ? u"store.locked"_qs : u"store.open"_qs, QString(), error);
    }
    return {};
}

Result<LocalDatabase::OpenReport> LocalDatabase::open(const QString &path, const Clock &clock)
{
    close();
    m_path = path;
    OpenReport report;
    if (Status s = privatefiles::makePrivateDirectory(QFileInfo(path).absolutePath()); !s)
        return makeError(u"store.open"_qs, QString(), s.error().detail);
    report.created = !QFile::exists(path);

    bool corrupt = false;
    QString reason;
    // A file truncated to nothing opens as an empty database in SQLite; its -wal may still hold
    // committed rows (unsent work), so it is set aside like any damaged file.
    if (!report.created && QFileInfo(path).size() == 0) {
        corrupt = true;
        reason = u"the file is empty (truncated)"_qs;
    } else {
        // 0600 whatever the umask (SQLite gives -wal/-shm the file's mode); older files tightened.
        if (Status s = privatefiles::prepareSqliteFile(path); !s)
            return makeError(u"store.open"_qs, QString(), s.error().detail);
        if (Status s = openFile(&corrupt, &reason); !s) {
            close();
            return s.error();
        }
    }
    if (corrupt) {
        close();
        const QString stamp = clock.now().toString(u"yyyyMMdd-HHmmss"_qs);
        QString target = path + u".corrupt-"_qs + stamp;
        for (int n = 2; QFile::exists(target); ++n)
            target = path + u".corrupt-"_qs + stamp + u'-' + QString::number(n);
        if (!QFile::rename(path, target))
            return makeError(u"store.open"_qs, QString(), u"cannot move the damaged file aside"_qs);
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            const QString side = path + QLatin1String(suffix);
            if (QFile::exists(side))
                QFile::rename(side, target + QLatin1String(suffix));
            (void)privatefiles::tightenFile(target + QLatin1String(suffix));
        }
        (void)privatefiles::tightenFile(target);
        qCCritical(lcStore) << "local database" << path << "is damaged (" << reason << "); kept as" << target;
        report.quarantinedPath = target;
        report.quarantineReason = reason;
        report.created = true;
        if (Status s = privatefiles::prepareSqliteFile(path); !s)
            return makeError(u"store.open"_qs, QString(), s.error().detail);
        if (Status s = openFile(&corrupt, &reason); !s || corrupt) {
            close();
            return makeError(u"store.open"_qs, QString(), s ? reason : s.error().detail);
        }
    }
    if (Status s = migrate(); !s) {
        close();
        return s.error();
    }
    return report;
}

Status LocalDatabase::migrate()
{
    QSqlDatabase db = database();
    const int current = schemaVersion();
    if (current < 0)
        return makeError(u"store.migrate"_qs, QString(), u"cannot read user_version"_qs);
    if (current > latestSchemaVersion())
        return makeError(u"store.migrate"_qs, QString(),
                         u"the file was written by a newer client (schema %1)"_qs.arg(current));
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        QString error;
        bool ok = exec(db, u"BEGIN IMMEDIATE"_qs, &error);
        for (const QString &sql : migrations().at(version - 1)) {
            if (!ok)
                break;
            ok = exec(db, sql, &error);
        }
        ok = ok && exec(db, u"PRAGMA user_version = %1"_qs.arg(version), &error) &&
             exec(db, u"COMMIT"_qs, &error);
        if (!ok) {
            exec(db, u"ROLLBACK"_qs);
            return makeError(u"store.migrate"_qs, QString(), u"migration %1: %2"_qs.arg(version).arg(error));
        }
        qCInfo(lcStore) << "local database migrated to schema" << version;
    }
    return {};
}

} // namespace hpf::client
