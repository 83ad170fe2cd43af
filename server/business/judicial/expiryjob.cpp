#include "business/judicial/expiryjob.h"

#include "business/judicial/holdstore.h"
#include "logging.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

constexpr int kAccountsPerRun = 500;

QString dedupeKey(const QDateTime &when)
{
    return QString::fromLatin1(kJudicialExpiryJob) + u':' + when.toLocalTime().date().toString(Qt::ISODate);
}

// Just after the next local midnight: a freeze's last day is inclusive, it ends when the day ends.
QDateTime nextRun(const QDateTime &now)
{
    return QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 5));
}

JobRequest request(const QDateTime &runAt, const QString &key)
{
    JobRequest r;
    r.kind = QString::fromLatin1(kJudicialExpiryJob);
    r.runAt = runAt.toUTC();
    r.dedupeKey = key;
    r.maxAttempts = 3;
    return r;
}

} // namespace

Status scheduleJudicialExpiry(const QSqlDatabase &db, qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    auto queued = enqueueJob(db, request(now, dedupeKey(now)), nowMs);
    return queued ? Status{} : Status{queued.error()};
}

Result<int> expireDueFreezes(ServiceContext &ctx, int limit)
{
    const QString today = ctx.now.toLocalTime().date().toString(Qt::ISODate);
    Query q(ctx.db, u"SELECT DISTINCT account_id FROM holds WHERE kind = 'judicial' AND status IN ('active', "
                    "'waiting') AND end_date < :today ORDER BY account_id LIMIT :n"_qs);
    q.bind(u":today"_qs, today).bind(u":n"_qs, limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> accounts;
    while (q.next())
        accounts.append(q.int64(0));
    q.finish();
    int changed = 0;
    for (qint64 id : accounts) {
        // Locks the row and re-reads: another instance that got here first left nothing to do.
        auto session = HoldsSession::open(ctx, id);
        if (!session)
            return session.error();
        if (session->events().isEmpty())
            continue;
        if (Status s = session.value().save(ctx); !s)
            return s.error();
        ++changed;
    }
    return changed;
}

void registerJudicialJobs(JobRunner &runner, ServerContext &context)
{
    runner.registerHandler(QString::fromLatin1(kJudicialExpiryJob), [&context](JobContext &jc) -> JobResult {
        ServiceContext ctx(context, jc.db);
        ctx.now = jc.now;
        ctx.nowMs = jc.nowMs;
        ctx.operation = QString::fromLatin1(kJudicialExpiryJob);
        ctx.workstation = u"job"_qs;
        ctx.requestId = u"job-"_qs + QString::number(jc.job.id);
        auto changed = expireDueFreezes(ctx, kAccountsPerRun);
        if (!changed)
            return JobResult::retryLater(changed.error().code);
        qCInfo(lcJudicial) << "expiry job settled" << *changed << "accounts";
        // More due than one run takes: again at once; otherwise tomorrow.
        const bool more = *changed == kAccountsPerRun;
        const JobRequest next = more ? request(jc.now, dedupeKey(jc.now) + u'#' + QString::number(jc.job.id))
                                     : request(nextRun(jc.now), dedupeKey(nextRun(jc.now)));
        if (auto queued = enqueueJob(jc.db, next, jc.nowMs); !queued)
            return JobResult::retryLater(queued.error().code);
        return JobResult::done();
    });
}

} // namespace hpf::server
