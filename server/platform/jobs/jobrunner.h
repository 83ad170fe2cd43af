#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "platform/jobs/jobs.h"
#include "platform/store/database.h"
#include "platform/store/transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QReadWriteLock>
#include <QSqlDatabase>
#include <functional>
#include <optional>

// Claims due jobs and runs their handlers. Several runners (threads, processes, server instances)
// may share one database: a claim locks the rows it takes (PostgreSQL SELECT ... FOR UPDATE SKIP
// LOCKED; SQLite under BEGIN IMMEDIATE), marks them running with a lease and commits; the handler
// then runs in its own write transaction that first re-checks the claim under a row lock and ends
// by marking the job done (so a job's effects commit together with its "done"). A failed attempt
// is rolled back and scheduled again with capped exponential backoff; after max_attempts the job
// is dead. A running job whose lease expired (its runner crashed) is claimed again. Time comes from
// the injected Clock, so tests move time instead of waiting.
namespace hpf::server {

// What a handler reports.
class JobResult
{
public:
    enum Kind { Done, RetryLater, Fail };
    static JobResult done() { return JobResult(Done, {}, {}); }
    // This attempt failed; try again (at `at`, or after the backoff) until attempts run out.
    static JobResult retryLater(QString reason, QDateTime at = {})
    {
        return JobResult(RetryLater, std::move(reason), std::move(at));
    }
    // Give up now: the job is dead whatever attempts remain.
    static JobResult fail(QString reason) { return JobResult(Fail, std::move(reason), {}); }

    Kind kind() const { return m_kind; }
    const QString &reason() const { return m_reason; }
    const QDateTime &at() const { return m_at; }

private:
    JobResult(Kind kind, QString reason, QDateTime at)
        : m_kind(kind)
        , m_reason(std::move(reason))
        , m_at(std::move(at))
    {}
    Kind m_kind;
    QString m_reason;
    QDateTime m_at;
};

struct JobContext
{
    QSqlDatabase db; // in the job's transaction: write through it, do not commit
    Dialect dialect;
    const Job &job;
    QDateTime now;
    qint64 nowMs = 0;
    QJsonObject prepared;              // what the kind's JobPrepare returned (empty without one)
    std::optional<Error> prepareError; // the JobPrepare failed: the handler decides (e.g. retry soon)
};

// Runs on a runner thread, inside the job's transaction; must be safe to run again.
using JobHandler = std::function<JobResult(JobContext &)>;

// Optional first step of a kind, run on the claimed job OUTSIDE any transaction (the claim's lease
// keeps other runners off it): slow outside work such as a network call to another system, which
// must never hold the database's write lock. Its value reaches the handler as JobContext::prepared,
// an error as JobContext::prepareError; the handler runs either way and decides what it means.
// A crash between the outside work and the handler's commit runs the job again: the outside work
// must be idempotent (e.g. a message with a stable id the receiver deduplicates).
using JobPrepare = std::function<Result<QJsonObject>(const Job &, const QDateTime &now)>;

struct JobRunnerOptions
{
    QString instance;           // claimed_by; empty: host:pid:random
    int batch = 16;             // jobs claimed at once
    int leaseSeconds = 300;     // a claim older than this is taken to be a crashed runner's
    int baseDelaySeconds = 30;  // backoff after the first failed attempt
    int maxDelaySeconds = 3600; // backoff cap
    RetryPolicy retry;          // for the runner's own transactions
};

class JobRunner
{
public:
    JobRunner(Database &database, const Clock &clock, JobRunnerOptions options = {});
    JobRunner(const JobRunner &) = delete;
    JobRunner &operator=(const JobRunner &) = delete;

    // Only kinds with a handler are claimed; jobs of other kinds wait for a runner that knows them.
    void registerHandler(const QString &kind, JobHandler handler, JobPrepare prepare = {});
    bool hasHandlers() const;

    // Claims up to one batch of due jobs and runs them on the calling thread; returns how many
    // were claimed (and run). Thread-safe: two threads calling it never run one job twice.
    Result<int> runDue();

    const QString &instance() const { return m_options.instance; }
    // Seconds to wait before attempt `attempts + 1` after `attempts` failed ones.
    qint64 backoffSeconds(int attempts) const;

private:
    Result<QList<Job>> claim(const QSqlDatabase &db, const QStringList &kinds, qint64 nowMs);
    struct Kind
    {
        JobHandler handler;
        JobPrepare prepare;
    };
    Status run(const QSqlDatabase &db, const Job &job, const Kind &kind);

    Database &m_database;
    const Clock &m_clock;
    JobRunnerOptions m_options;
    mutable QReadWriteLock m_lock;
    QHash<QString, Kind> m_handlers;
};

} // namespace hpf::server
