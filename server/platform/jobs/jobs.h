#pragma once

#include "base/result.h"
#include "platform/store/database.h"
#include "platform/store/migrations.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Durable jobs: work to do later, or again until it succeeds, stored in the `jobs` table so it
// survives restarts and is shared by every server instance on one database. This file is the data
// side (enqueue inside any transaction, look up, list, retry by hand); jobrunner.h claims and runs
// them. Nothing here knows a business: a kind is a name and its payload is JSON.
namespace hpf::server {

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

class Query;

enum class JobState { Queued, Running, Done, Dead };
QString jobStateName(JobState state);
std::optional<JobState> jobStateFromName(const QString &name);

struct Job
{
    qint64 id = 0;
    QString kind;
    QJsonObject payload;
    QString dedupeKey; // empty: none
    qint64 runAtMs = 0;
    int attempts = 0; // runs started (a claim counts, so a crash mid-run uses one up)
    int maxAttempts = 0;
    JobState state = JobState::Queued;
    QString claimedBy;
    qint64 leaseUntilMs = 0;
    QString lastError;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

struct JobRequest
{
    QString kind;
    QJsonObject payload;
    QDateTime runAt;   // invalid: as soon as possible (the transaction's now)
    QString dedupeKey; // a second enqueue with the same key is a no-op; empty: none
    int maxAttempts = 5;
};

struct Enqueued
{
    qint64 id = 0;
    bool created = false; // false: the dedupe key was taken already; id is that job
};

// Adds a job in the caller's transaction (it runs only if that transaction commits). Errors:
// job.invalid (empty kind, max attempts < 1), db.*.
Result<Enqueued> enqueueJob(const QSqlDatabase &db, const JobRequest &request, qint64 nowMs);

Result<std::optional<Job>> findJob(const QSqlDatabase &db, qint64 id);
// Newest first; state empty = every state.
Result<QList<Job>> listJobs(const QSqlDatabase &db, std::optional<JobState> state, int limit);
// A dead (or queued) job queued again to run now with a fresh attempt budget. Error job.not_found,
// job.not_retryable (running or done).
Status retryJob(Database &database, qint64 id, qint64 nowMs);

// Only for a database one server alone may use (SQLite: `serve` holds the file's instance lock):
// jobs still marked running were claimed by a server that is gone, so they are queued again now
// instead of waiting out their lease. Never call it on a database other instances may share.
Result<int> releaseOrphanedClaims(Database &database, qint64 nowMs);

// Migration 4: the jobs table.
Migration jobsMigration();

namespace jobsql {
// The columns every job query selects, in the order jobFromRow reads them.
QString columns();
Job fromRow(const Query &q);
} // namespace jobsql

} // namespace hpf::server
