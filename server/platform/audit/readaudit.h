#pragma once

#include "base/result.h"
#include "platform/audit/audit.h"
#include "platform/store/database.h"

#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QWaitCondition>
#include <deque>

// Reads of personal and judicial data are audited (留痕), not only writes: one record per request
// (operation = the route's, e.g. "persons.find", object = what was asked for, identity numbers
// masked and digested like every record), written after the read transaction, so a read stays a
// read-only transaction. The records of concurrent reads are committed together (group commit,
// ReadAuditWriter below): one write transaction and one fsync for a batch instead of one per read.
// The dispatcher calls this for the operations listed in isAuditedRead(); a handler of another
// route (archives) makes its read audited by naming the object with ServiceContext::noteRead().
namespace hpf::server {

struct ServiceContext;

bool isAuditedRead(const QString &operation);

// "account:<n>", "person:<query>", … from the route's path arguments, or its query/body items.
QString readAuditObject(const QString &operation, const QStringList &pathArgs,
                        const QList<QPair<QString, QString>> &items);

// Appends the read's record (outcome "ok" or the error code) through the server's ReadAuditWriter
// and returns once the transaction holding it has committed (or failed: then the read must fail).
Status auditRead(const ServiceContext &ctx, const QString &object, const QString &outcome);

struct ReadAuditStats
{
    qint64 records = 0;       // records committed
    qint64 batches = 0;       // transactions committed
    qint64 failedBatches = 0; // transactions that failed (each failed all of its records)
    qint64 failedRecords = 0; // records refused so
    int largestBatch = 0;
    int queued = 0;       // records waiting for a batch now
    bool writing = false; // a batch is being written now
};

// Group commit of read-audit records, one per server process (ServerContext::readAudit). A request
// queues its record and waits on a condition variable (never an event loop) until the batch that
// holds it has committed. Whoever finds no batch being written becomes the writer: it takes what
// is queued (up to maxBatch records), inserts it in one transaction on its own connection and wakes
// everyone; the records queued meanwhile go in the next batch, written as soon as this one ends.
// So there is never more than one writer per process, no timer and no added delay: a lone read
// commits its record at once, and concurrent reads share a commit. A failed batch (after the retries
// of store/transaction.h) fails every record in it; a record is acknowledged only when its
// transaction committed.
class ReadAuditWriter
{
public:
    explicit ReadAuditWriter(int maxBatch = 64);
    ReadAuditWriter(const ReadAuditWriter &) = delete;
    ReadAuditWriter &operator=(const ReadAuditWriter &) = delete;

    // `db` is the calling thread's connection, outside any transaction (it may write the batch).
    Status append(const QSqlDatabase &db, Dialect dialect, const AuditRecord &record);
    ReadAuditStats stats() const;

private:
    struct Pending
    {
        const AuditRecord *record = nullptr;
        Status result;
        bool done = false;
    };
    Status writeBatch(const QSqlDatabase &db, Dialect dialect, const QList<Pending *> &batch);

    const int m_maxBatch;
    mutable QMutex m_mutex;
    QWaitCondition m_written;
    std::deque<Pending *> m_queue; // guarded by m_mutex, like the members below
    bool m_writing = false;
    ReadAuditStats m_stats;
};

} // namespace hpf::server
