#include "business/archive/archivejob.h"

#include "business/archive/fourchecks.h"
#include "logging.h"
#include "platform/blobstore/blobstore.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/store/sql.h"

#include <QSet>

namespace hpf::server {

namespace {

constexpr int kPackagesPerRun = 500;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString dedupeKey(qint64 ms)
{
    return QString::fromLatin1(kFourChecksJob) + u':' +
           QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

Status scheduleFourChecks(const QSqlDatabase &db, qint64 nowMs)
{
    JobRequest r;
    r.kind = QString::fromLatin1(kFourChecksJob);
    r.runAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    r.dedupeKey = dedupeKey(nowMs);
    r.maxAttempts = 3;
    auto queued = enqueueJob(db, r, nowMs);
    return queued ? Status{} : Status{queued.error()};
}

Result<int> removeOrphanBlobs(ServerContext &context, const QSqlDatabase &db, qint64 nowMs)
{
    auto *files = dynamic_cast<FileBlobStore *>(context.archiveStore.get());
    if (!files)
        return 0; // the database store writes blobs inside the commit: no orphans
    QSet<QString> named;
    Query q(db, u"SELECT DISTINCT sm3 FROM archive_files"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        named.insert(q.str(0));
    q.finish();
    int removed = 0;
    for (const auto &[sm3, modifiedMs] : files->list()) {
        if (named.contains(sm3) || modifiedMs > nowMs - kDayMs)
            continue;
        if (Status s = files->remove(db, sm3); !s)
            return s.error();
        ++removed;
    }
    if (removed > 0)
        qCInfo(lcArchive) << "removed" << removed << "orphan archive blobs";
    return removed;
}

void registerArchiveJobs(JobRunner &runner, ServerContext &context)
{
    runner.registerHandler(QString::fromLatin1(kFourChecksJob), [&context](JobContext &jc) -> JobResult {
        ServiceContext ctx(context, jc.db);
        ctx.now = jc.now;
        ctx.nowMs = jc.nowMs;
        ctx.operation = QString::fromLatin1(kFourChecksJob);
        ctx.workstation = u"job"_qs;
        ctx.requestId = u"job-"_qs + QString::number(jc.job.id);
        auto due = packagesDue(ctx, context.policy.archive().checkEveryDays, kPackagesPerRun);
        if (!due)
            return JobResult::retryLater(due.error().code);
        int failed = 0;
        for (qint64 id : *due) {
            auto report = checkAndRecord(ctx, id, u"job"_qs);
            if (!report)
                return JobResult::retryLater(report.error().code);
            failed += report->passed ? 0 : 1;
        }
        if (auto removed = removeOrphanBlobs(context, jc.db, jc.nowMs); !removed)
            return JobResult::retryLater(removed.error().code);
        qCInfo(lcArchive) << "四性 job checked" << due->size() << "packages," << failed << "failed";
        // The next run: tomorrow (or at once when more packages are due than one run checks).
        const qint64 next = due->size() == kPackagesPerRun ? jc.nowMs : jc.nowMs + kDayMs;
        JobRequest r;
        r.kind = QString::fromLatin1(kFourChecksJob);
        r.runAt = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
        r.dedupeKey = due->size() == kPackagesPerRun
                          ? dedupeKey(jc.nowMs) + u"#"_qs + QString::number(jc.job.id)
                          : dedupeKey(next);
        r.maxAttempts = 3;
        if (auto queued = enqueueJob(jc.db, r, jc.nowMs); !queued)
            return JobResult::retryLater(queued.error().code);
        return JobResult::done();
    });
}

} // namespace hpf::server
