#pragma once

#include "base/result.h"
#include "platform/store/database.h"
#include "platform/store/sql.h"

#include <QSqlDatabase>
#include <functional>

// The one place that decides how a unit of database work is retried. A body runs inside a
// transaction; when it (or BEGIN or COMMIT) fails with an error worth retrying, the transaction is
// rolled back and the body runs again at once, on the same connection, up to the policy's limits.
// Nothing here sleeps: SQLite write transactions of one process take turns per database file (a
// mutex, woken at once when the previous writer ends) and otherwise wait for the write lock inside
// the busy handler (the busy timeout set on every connection, with BEGIN IMMEDIATE taking the lock
// up front; another process, or a turn not granted within that timeout), PostgreSQL waits on row
// locks, and what remains to retry (a deadlock victim, a serialization failure, a unique-key race)
// can run again immediately.
namespace hpf::server {

struct RetryPolicy
{
    // Attempts in all for db.serialization, db.conflict, and PostgreSQL's db.busy (deadlock victim,
    // lock timeout).
    int maxAttempts = 8;
    // Attempts in all for SQLite's db.busy: it comes after the busy timeout already waited, so
    // retrying it many times would only make the caller wait minutes.
    int maxSqliteBusyAttempts = 2;

    // Whether a failure on attempt `attempt` (1 = the first) deserves another attempt.
    bool shouldRetry(const Error &error, Dialect dialect, int attempt) const;
};

// What a body that returns normally wants done with its work.
enum class TxEnd { Commit, Rollback };

using TxBody = std::function<Result<TxEnd>(Transaction &tx)>;

// Runs `body` in a transaction of `mode` and commits (or rolls back when the body says so). An
// error from the body rolls back; it is retried when the policy says so, else returned as is (a
// business refusal is returned unchanged and never retried). The body must be safe to run again:
// it should only write through the transaction and reset whatever it reports to its caller.
Status runInTransaction(const QSqlDatabase &db, Dialect dialect, TxMode mode, const TxBody &body,
                        const RetryPolicy &policy = {});
// The calling thread's connection of `database`. Error db.unavailable besides the above.
Status runInTransaction(Database &database, TxMode mode, const TxBody &body, const RetryPolicy &policy = {});

} // namespace hpf::server
