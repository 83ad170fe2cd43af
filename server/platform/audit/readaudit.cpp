#include "platform/audit/readaudit.h"

#include "logging.h"
#include "platform/audit/audit.h"
#include "platform/context.h"
#include "platform/store/transaction.h"

#include <QHash>

namespace hpf::server {

namespace {

// Operation → object prefix of the reads that are audited.
const QHash<QString, QString> &auditedReads()
{
    static const QHash<QString, QString> table{
        {u"persons.find"_qs, u"person:"_qs},
        {u"persons.search"_qs, u"person:"_qs},
        {u"accounts.get"_qs, u"account:"_qs},
        {u"accounts.journal"_qs, u"account:"_qs},
        {u"holds.list"_qs, u"account:"_qs},
        {u"units.employees"_qs, u"unit:"_qs},
        // contributions (issue 17): the month's roster and the checked adjustment list name people
        {u"remittances.preview"_qs, u"unit:"_qs},
        {u"adjustments.validate"_qs, u"unit:"_qs},
        {u"certificates.list"_qs, u"certificates:"_qs},
        {u"certificates.get"_qs, u"certificate:"_qs},
        {u"audit.search"_qs, u"audit:"_qs},
        {u"audit.get"_qs, u"audit:"_qs},
        {u"audit.export"_qs, u"audit:"_qs},
        // judicial assistance (issue 15): every read of holds and court details, refusals too
        {u"judicial.search"_qs, u"judicial-account:"_qs},
        {u"judicial.expiring"_qs, u"judicial-expiring:"_qs},
        {u"judicial.request"_qs, u"judicial-request:"_qs},
        {u"judicial.inbox"_qs, u"judicial-inbox:"_qs},
    };
    return table;
}

} // namespace

bool isAuditedRead(const QString &operation)
{
    return auditedReads().contains(operation);
}

QString readAuditObject(const QString &operation, const QStringList &pathArgs,
                        const QList<QPair<QString, QString>> &items)
{
    const QString prefix = auditedReads().value(operation, operation + u':');
    if (!pathArgs.isEmpty())
        return prefix + pathArgs.join(u'/');
    QStringList parts;
    for (const auto &[key, value] : items) {
        if (!value.isEmpty())
            parts.append(key + u'=' + value);
    }
    return prefix + parts.join(u' ');
}

Status auditRead(const ServiceContext &ctx, const QString &object, const QString &outcome)
{
    return ctx.server.readAudit.append(ctx.db, ctx.dialect, ctx.auditRecord(ctx.operation, object, outcome));
}

ReadAuditWriter::ReadAuditWriter(int maxBatch)
    : m_maxBatch(qMax(1, maxBatch))
{}

Status ReadAuditWriter::append(const QSqlDatabase &db, Dialect dialect, const AuditRecord &record)
{
    Pending mine;
    mine.record = &record;
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(&mine);
    while (!mine.done) {
        if (m_writing) {
            m_written.wait(&m_mutex);
            continue;
        }
        // No batch in flight: this thread writes what is queued (its own record among it, unless
        // more than a batch is waiting; then it loops and writes or waits for the next one).
        m_writing = true;
        QList<Pending *> batch;
        while (!m_queue.empty() && batch.size() < m_maxBatch) {
            batch.append(m_queue.front());
            m_queue.pop_front();
        }
        lock.unlock();
        const Status s = writeBatch(db, dialect, batch);
        lock.relock();
        for (Pending *p : batch) {
            p->result = s;
            p->done = true;
        }
        if (s) {
            ++m_stats.batches;
            m_stats.records += batch.size();
            m_stats.largestBatch = qMax(m_stats.largestBatch, int(batch.size()));
        } else {
            ++m_stats.failedBatches;
            m_stats.failedRecords += batch.size();
        }
        m_writing = false;
        m_written.wakeAll();
    }
    return mine.result;
}

Status ReadAuditWriter::writeBatch(const QSqlDatabase &db, Dialect dialect, const QList<Pending *> &batch)
{
    if (dialect == Dialect::Postgres && batch.size() <= kAuditRowsPerInsert) {
        // One statement (records and subjects): atomic and durable on its own as an autocommit
        // statement, one round trip instead of BEGIN, INSERT, COMMIT.
        const RetryPolicy retry;
        for (int attempt = 1;; ++attempt) {
            QList<AuditRecord> records;
            records.reserve(batch.size());
            for (const Pending *p : batch)
                records.append(*p->record);
            const Status s = appendAuditRecords(db, dialect, records);
            if (s || !retry.shouldRetry(s.error(), dialect, attempt)) {
                if (!s)
                    qCWarning(lcAudit)
                        << "read-audit batch of" << batch.size() << "records failed:" << s.error().code;
                return s;
            }
        }
    }
    const Status s = runInTransaction(db, dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
        QList<AuditRecord> records; // every attempt redacts from the originals
        records.reserve(batch.size());
        for (const Pending *p : batch)
            records.append(*p->record);
        if (Status a = appendAuditRecords(db, dialect, records); !a)
            return a.error();
        return TxEnd::Commit;
    });
    if (!s)
        qCWarning(lcAudit) << "read-audit batch of" << batch.size() << "records failed:" << s.error().code;
    return s;
}

ReadAuditStats ReadAuditWriter::stats() const
{
    QMutexLocker lock(&m_mutex);
    ReadAuditStats stats = m_stats;
    stats.queued = int(m_queue.size());
    stats.writing = m_writing;
    return stats;
}

} // namespace hpf::server
