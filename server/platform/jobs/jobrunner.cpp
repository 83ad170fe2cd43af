#include "platform/jobs/jobrunner.h"

#include "platform/store/sql.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QUuid>
#include <algorithm>

namespace hpf::server {

namespace {

QString defaultInstance()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

const QString dueCondition = u"((state = 'queued' AND run_at <= :now1) OR "
                             "(state = 'running' AND lease_until < :now2))"_qs;

// " AND kind IN (:k0, :k1, ...)" for the handled kinds.
QString kindFilter(qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names << u":k"_qs + QString::number(i);
    return u" AND kind IN ("_qs + names.join(u", "_qs) + u')';
}

void bindDue(Query &q, const QStringList &kinds, qint64 nowMs)
{
    q.bind(u":now1"_qs, nowMs).bind(u":now2"_qs, nowMs);
    for (qsizetype i = 0; i < kinds.size(); ++i)
        q.bind(u":k"_qs + QString::number(i), kinds.at(i));
}

} // namespace

JobRunner::JobRunner(Database &database, const Clock &clock, JobRunnerOptions options)
    : m_database(database)
    , m_clock(clock)
    , m_options(std::move(options))
{
    if (m_options.instance.isEmpty())
        m_options.instance = defaultInstance();
}

void JobRunner::registerHandler(const QString &kind, JobHandler handler, JobPrepare prepare)
{
    QWriteLocker lock(&m_lock);
    m_handlers.insert(kind, Kind{std::move(handler), std::move(prepare)});
}

bool JobRunner::hasHandlers() const
{
    QReadLocker lock(&m_lock);
    return !m_handlers.isEmpty();
}

qint64 JobRunner::backoffSeconds(int attempts) const
{
    const qint64 cap = qMax(0, m_options.maxDelaySeconds);
    qint64 delay = qMax(0, m_options.baseDelaySeconds);
    for (int i = 1; i < attempts && delay < cap; ++i)
        delay *= 2;
    return qMin(delay, cap);
}

Result<int> JobRunner::runDue()
{
    QHash<QString, Kind> handlers;
    {
        QReadLocker lock(&m_lock);
        handlers = m_handlers;
    }
    if (handlers.isEmpty())
        return 0;
    QStringList kinds = handlers.keys();
    std::sort(kinds.begin(), kinds.end());
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    const QSqlDatabase db = *conn;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    {
        // A plain read first: an idle poll never takes SQLite's write lock.
        Query any(db,
                  u"SELECT 1 FROM jobs WHERE "_qs + dueCondition + kindFilter(kinds.size()) + u" LIMIT 1"_qs);
        bindDue(any, kinds, nowMs);
        if (Status s = any.exec(); !s)
            return s.error();
        if (!any.next())
            return 0;
    }
    auto claimed = claim(db, kinds, nowMs);
    if (!claimed)
        return claimed.error();
    for (const Job &job : std::as_const(*claimed)) {
        if (Status s = run(db, job, handlers.value(job.kind)); !s)
            qCWarning(lcJobs) << "job" << job.id << job.kind << "could not be recorded:" << s.error().detail;
    }
    return int(claimed->size());
}

Result<QList<Job>> JobRunner::claim(const QSqlDatabase &db, const QStringList &kinds, qint64 nowMs)
{
    const Dialect dialect = m_database.dialect();
    QList<Job> out;
    const Status s = runInTransaction(
        db, dialect, TxMode::Write,
        [&](Transaction &) -> Result<TxEnd> {
            out.clear();
            QList<Job> due;
            {
                Query q(db, u"SELECT "_qs + jobsql::columns() + u" FROM jobs WHERE "_qs + dueCondition +
                                kindFilter(kinds.size()) + u" ORDER BY run_at, id LIMIT :n"_qs +
                                (dialect == Dialect::Postgres ? u" FOR UPDATE SKIP LOCKED"_qs : QString()));
                bindDue(q, kinds, nowMs);
                q.bind(u":n"_qs, qMax(1, m_options.batch));
                if (Status e = q.exec(); !e)
                    return e.error();
                while (q.next())
                    due.append(jobsql::fromRow(q));
            }
            const qint64 leaseUntil = nowMs + qint64(m_options.leaseSeconds) * 1000;
            for (Job job : std::as_const(due)) {
                if (job.state == JobState::Running && job.attempts >= job.maxAttempts) {
                    // Its runner died during the last attempt.
                    Query dead(db, u"UPDATE jobs SET state = 'dead', lease_until = 0, last_error = :e, "
                                   "updated_at = :u WHERE id = :id"_qs);
                    dead.bind(u":e"_qs, QStringLiteral("the lease of attempt %1 expired (runner %2)")
                                            .arg(job.attempts)
                                            .arg(job.claimedBy))
                        .bind(u":u"_qs, nowMs)
                        .bind(u":id"_qs, job.id);
                    if (Status e = dead.exec(); !e)
                        return e.error();
                    qCWarning(lcJobs)
                        << "job" << job.id << job.kind << "dead: lease expired on the last attempt";
                    continue;
                }
                if (job.state == JobState::Running)
                    qCInfo(lcJobs) << "job" << job.id << job.kind << "reclaimed from" << job.claimedBy;
                Query upd(db, u"UPDATE jobs SET state = 'running', claimed_by = :me, lease_until = :l, "
                              "attempts = attempts + 1, updated_at = :u WHERE id = :id"_qs);
                upd.bind(u":me"_qs, m_options.instance)
                    .bind(u":l"_qs, leaseUntil)
                    .bind(u":u"_qs, nowMs)
                    .bind(u":id"_qs, job.id);
                if (Status e = upd.exec(); !e)
                    return e.error();
                job.state = JobState::Running;
                job.claimedBy = m_options.instance;
                job.leaseUntilMs = leaseUntil;
                job.attempts += 1;
                out.append(job);
            }
            return TxEnd::Commit;
        },
        m_options.retry);
    if (!s)
        return s.error();
    return out;
}

Status JobRunner::run(const QSqlDatabase &db, const Job &job, const Kind &kind)
{
    const Dialect dialect = m_database.dialect();
    // The outside step first, with no transaction open; its failure is this attempt's failure.
    QJsonObject prepared;
    std::optional<Error> prepareError;
    if (kind.prepare) {
        auto value = kind.prepare(job, m_clock.now());
        if (value)
            prepared = *value;
        else
            prepareError = value.error();
    }
    bool lost = false;
    JobResult::Kind outcome = JobResult::Done;
    QString reason;
    const Status s = runInTransaction(
        db, dialect, TxMode::Write,
        [&](Transaction &tx) -> Result<TxEnd> {
            lost = false;
            const QDateTime now = m_clock.now();
            const qint64 nowMs = now.toMSecsSinceEpoch();
            {
                // Still ours? Locks the row, so a runner that takes over an expired lease waits
                // for (and then skips) this attempt instead of running beside it.
                Query mine(db,
                           u"SELECT state, claimed_by FROM jobs WHERE id = :id"_qs + m_database.forUpdate());
                mine.bind(u":id"_qs, job.id);
                if (Status e = mine.exec(); !e)
                    return e.error();
                if (!mine.next() || mine.str(0) != u"running" || mine.str(1) != m_options.instance) {
                    lost = true;
                    return TxEnd::Rollback;
                }
            }
            if (Status e = tx.savepoint(u"job_effect"_qs); !e)
                return e.error();
            JobContext ctx{db, dialect, job, now, nowMs, prepared, prepareError};
            const JobResult r = kind.handler(ctx);
            outcome = r.kind();
            reason = r.reason();
            if (r.kind() == JobResult::Done) {
                Query done(db, u"UPDATE jobs SET state = 'done', lease_until = 0, last_error = '', "
                               "updated_at = :u WHERE id = :id"_qs);
                done.bind(u":u"_qs, nowMs).bind(u":id"_qs, job.id);
                if (Status e = done.exec(); !e)
                    return e.error();
                return TxEnd::Commit;
            }
            if (Status e = tx.rollbackTo(u"job_effect"_qs); !e)
                return e.error();
            const bool dead = r.kind() == JobResult::Fail || job.attempts >= job.maxAttempts;
            const qint64 runAt =
                r.at().isValid() ? r.at().toMSecsSinceEpoch() : nowMs + backoffSeconds(job.attempts) * 1000;
            Query again(db, u"UPDATE jobs SET state = :s, run_at = :r, lease_until = 0, last_error = :e, "
                            "updated_at = :u WHERE id = :id"_qs);
            again.bind(u":s"_qs, dead ? u"dead"_qs : u"queued"_qs)
                .bind(u":r"_qs, dead ? job.runAtMs : runAt)
                .bind(u":e"_qs, r.reason().left(2000))
                .bind(u":u"_qs, nowMs)
                .bind(u":id"_qs, job.id);
            if (Status e = again.exec(); !e)
                return e.error();
            if (dead)
                qCWarning(lcJobs) << "job" << job.id << job.kind << "dead after attempt" << job.attempts
                                  << r.reason();
            else
                qCInfo(lcJobs) << "job" << job.id << job.kind << "attempt" << job.attempts
                               << "failed, again at" << QDateTime::fromMSecsSinceEpoch(runAt, Qt::UTC)
                               << r.reason();
            return TxEnd::Commit;
        },
        m_options.retry);
    if (lost) {
        qCInfo(lcJobs) << "job" << job.id << job.kind << "is no longer ours (lease expired and taken over)";
        return {};
    }
    if (s)
        return s;
    // The job's transaction itself failed: count it as a failed attempt, in a transaction of its own.
    const QString why = s.error().code + u": "_qs + s.error().detail;
    return runInTransaction(
        db, dialect, TxMode::Write,
        [&](Transaction &) -> Result<TxEnd> {
            const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
            const bool dead = job.attempts >= job.maxAttempts;
            Query again(db, u"UPDATE jobs SET state = :s, run_at = :r, lease_until = 0, last_error = :e, "
                            "updated_at = :u WHERE id = :id AND state = 'running' AND claimed_by = :me"_qs);
            again.bind(u":s"_qs, dead ? u"dead"_qs : u"queued"_qs)
                .bind(u":r"_qs, dead ? job.runAtMs : nowMs + backoffSeconds(job.attempts) * 1000)
                .bind(u":e"_qs, why.left(2000))
                .bind(u":u"_qs, nowMs)
                .bind(u":id"_qs, job.id)
                .bind(u":me"_qs, m_options.instance);
            if (Status e = again.exec(); !e)
                return e.error();
            return TxEnd::Commit;
        },
        m_options.retry);
}

} // namespace hpf::server
