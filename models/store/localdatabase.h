#pragma once

#include "base/clock.h"
#include "base/result.h"

#include <QSqlDatabase>
#include <QString>

namespace hpf::client {

// The client's own SQLite file: reference-data cache, recently opened accounts, form drafts and the
// outbox of unsent operations. Opened with WAL, synchronous=NORMAL, foreign keys and a busy timeout;
// checked with PRAGMA quick_check; migrated by numbered steps on PRAGMA user_version.
//
// The outbox is not rebuildable, so a corrupt file is never deleted: it is moved aside
// ("<name>.corrupt-<timestamp>", with its -wal/-shm) and kept, a fresh file is created, and the
// caller is told so it can tell the user that unsent work sits in the quarantined file.
class LocalDatabase
{
public:
    struct OpenReport
    {
        bool created = false;    // a new file was created
        QString quarantinedPath; // non-empty when a corrupt file was moved aside
        QString quarantineReason;
    };

    LocalDatabase() = default;
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    // Error codes: store.locked (another process holds it), store.open, store.migrate.
    Result<OpenReport> open(const QString &path, const Clock &clock = Clock::system());
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    Status openFile(bool *corrupt, QString *reason);
    Status migrate();

    QString m_path;
    QString m_connection;
};

} // namespace hpf::client
