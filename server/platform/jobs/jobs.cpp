#include "platform/jobs/jobs.h"

#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QJsonDocument>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcJobs, "hpf.server.jobs")

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return u"queued"_qs;
    case JobState::Running:
        return u"running"_qs;
    case JobState::Done:
        return u"done"_qs;
    case JobState::Dead:
        return u"dead"_qs;
    }
    return {};
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    for (JobState s : {JobState::Queued, JobState::Running, JobState::Done, JobState::Dead}) {
        if (jobStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString jobsql::columns()
{
    return u"id, kind, payload, dedupe_key, run_at, attempts, max_attempts, state, claimed_by, "
           "lease_until, last_error, created_at, updated_at"_qs;
}

Job jobsql::fromRow(const Query &q)
{
    Job j;
    j.id = q.int64(0);
    j.kind = q.str(1);
    j.payload = QJsonDocument::fromJson(q.str(2).toUtf8()).object();
    j.dedupeKey = q.str(3);
    j.runAtMs = q.int64(4);
    j.attempts = int(q.int64(5));
    j.maxAttempts = int(q.int64(6));
    j.state = jobStateFromName(q.str(7)).value_or(JobState::Dead);
    j.claimedBy = q.str(8);
    j.leaseUntilMs = q.int64(9);
    j.lastError = q.str(10);
    j.createdAtMs = q.int64(11);
    j.updatedAtMs = q.int64(12);
    return j;
}

Result<Enqueued> enqueueJob(const QSqlDatabase &db, const JobRequest &request, qint64 nowMs)
{
    if (request.kind.trimmed().isEmpty() || request.kind.size() > 100)
        return makeError(u"job.invalid"_qs, u"kind"_qs, u"a job needs a kind of 1-100 characters"_qs);
    if (request.maxAttempts < 1)
        return makeError(u"job.invalid"_qs, u"maxAttempts"_qs, u"at least one attempt"_qs);
    // ON CONFLICT DO NOTHING (SQLite 3.24+, PostgreSQL 9.5+): a taken dedupe key must not abort the
    // caller's transaction the way a unique violation does on PostgreSQL. RETURNING: SQLite 3.35+.
    Query ins(db, u"INSERT INTO jobs (kind, payload, dedupe_key, run_at, attempts, max_attempts, state, "
                  "lease_until, last_error, created_at, updated_at) VALUES (:k, :p, :d, :r, 0, :m, "
                  "'queued', 0, '', :c, :u) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id"_qs);
    ins.bind(u":k"_qs, request.kind)
        .bind(u":p"_qs, QString::fromUtf8(QJsonDocument(request.payload).toJson(QJsonDocument::Compact)))
        .bind(u":d"_qs, request.dedupeKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(request.dedupeKey))
        .bind(u":r"_qs, request.runAt.isValid() ? request.runAt.toMSecsSinceEpoch() : nowMs)
        .bind(u":m"_qs, request.maxAttempts)
        .bind(u":c"_qs, nowMs)
        .bind(u":u"_qs, nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    if (ins.next())
        return Enqueued{ins.int64(0), true};
    Query existing(db, u"SELECT id FROM jobs WHERE dedupe_key = :d"_qs);
    existing.bind(u":d"_qs, request.dedupeKey);
    if (Status s = existing.exec(); !s)
        return s.error();
    if (!existing.next())
        return makeError(u"db.error"_qs, {}, u"the job neither inserted nor found"_qs);
    return Enqueued{existing.int64(0), false};
}

Result<std::optional<Job>> findJob(const QSqlDatabase &db, qint64 id)
{
    Query q(db, u"SELECT "_qs + jobsql::columns() + u" FROM jobs WHERE id = :id"_qs);
    q.bind(u":id"_qs, id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Job>();
    return std::optional<Job>(jobsql::fromRow(q));
}

Result<QList<Job>> listJobs(const QSqlDatabase &db, std::optional<JobState> state, int limit)
{
    Query q(db, u"SELECT "_qs + jobsql::columns() + u" FROM jobs"_qs +
                    (state ? u" WHERE state = :s"_qs : QString()) + u" ORDER BY id DESC LIMIT :n"_qs);
    if (state)
        q.bind(u":s"_qs, jobStateName(*state));
    q.bind(u":n"_qs, qMax(1, limit));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Job> out;
    while (q.next())
        out.append(jobsql::fromRow(q));
    return out;
}

Status retryJob(Database &database, qint64 id, qint64 nowMs)
{
    return runInTransaction(database, TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
        Query q(tx.db(), u"SELECT state FROM jobs WHERE id = :id"_qs + database.forUpdate());
        q.bind(u":id"_qs, id);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return makeError(u"job.not_found"_qs, u"id"_qs, QStringLiteral("no job %1").arg(id));
        const QString state = q.str(0);
        if (state != u"dead" && state != u"queued")
            return makeError(u"job.not_retryable"_qs, u"id"_qs,
                             QStringLiteral("job %1 is %2").arg(id).arg(state));
        Query upd(tx.db(), u"UPDATE jobs SET state = 'queued', attempts = 0, run_at = :r, claimed_by = NULL, "
                           "lease_until = 0, last_error = '', updated_at = :u WHERE id = :id"_qs);
        upd.bind(u":r"_qs, nowMs).bind(u":u"_qs, nowMs).bind(u":id"_qs, id);
        if (Status s = upd.exec(); !s)
            return s.error();
        return TxEnd::Commit;
    });
}

Result<int> releaseOrphanedClaims(Database &database, qint64 nowMs)
{
    int released = 0;
    const Status s = runInTransaction(database, TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
        Query upd(tx.db(),
                  u"UPDATE jobs SET state = 'queued', claimed_by = NULL, lease_until = 0, run_at = :r, "
                  "updated_at = :u WHERE state = 'running'"_qs);
        upd.bind(u":r"_qs, nowMs).bind(u":u"_qs, nowMs);
        if (Status e = upd.exec(); !e)
            return e.error();
        released = upd.rowsAffected();
        return TxEnd::Commit;
    });
    if (!s)
        return s.error();
    if (released > 0)
        qCInfo(lcJobs) << released << "jobs left running by a previous server on this file queued again";
    return released;
}

Migration jobsMigration()
{
    return Migration{4,
                     u"durable jobs (platform/jobs)"_qs,
                     {
                         uR"(CREATE TABLE jobs (
            id {{PK}}, kind TEXT NOT NULL, payload TEXT NOT NULL, dedupe_key TEXT UNIQUE,
            run_at BIGINT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, max_attempts INTEGER NOT NULL,
            state TEXT NOT NULL, claimed_by TEXT, lease_until BIGINT NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
            CHECK (state IN ('queued', 'running', 'done', 'dead')), CHECK (max_attempts >= 1)))"_qs,
                         // What a runner looks for: queued and due, or running with an expired lease.
                         uR"(CREATE INDEX jobs_due ON jobs(state, run_at))"_qs,
                         uR"(CREATE INDEX jobs_lease ON jobs(state, lease_until))"_qs,
                     }};
}

} // namespace hpf::server
