#include "platform/store/transaction.h"

#include "logging.h"

#include <QHash>
#include <QMutex>
#include <QVarLengthArray>
#include <memory>

namespace hpf::server {

namespace {

// SQLite has one writer per database file. The write transactions of this process take turns here
// and the next one starts the moment the previous one ends, instead of polling in SQLite's busy
// handler, which sleeps up to 100 ms between tries (the p99 of 8 concurrent writers). Another
// process on the same file still meets the busy handler, and a turn not granted within the busy
// timeout (a writer holding it that long) falls back to the busy handler, which then waits up to
// its own timeout as before.
constexpr int kTurnWaitMs = 15000; // the connections' busy timeout (database.cpp)

std::shared_ptr<QMutex> writerTurnsOf(const QString &file)
{
    static QMutex registryMutex;
    static QHash<QString, std::shared_ptr<QMutex>> registry;
    QMutexLocker lock(&registryMutex);
    std::shared_ptr<QMutex> &turns = registry[file];
    if (!turns)
        turns = std::make_shared<QMutex>();
    return turns;
}

// The turns this thread holds: a write transaction begun inside another one (on a second
// connection) must not wait for its own thread.
thread_local QVarLengthArray<const QMutex *, 2> t_heldTurns;

class SqliteWriterTurn
{
public:
    SqliteWriterTurn(const QSqlDatabase &db, Dialect dialect, TxMode mode)
    {
        const QString file = db.databaseName();
        if (dialect != Dialect::Sqlite || mode != TxMode::Write || file.isEmpty() || file.startsWith(u':'))
            return;
        m_turns = writerTurnsOf(file);
        if (t_heldTurns.contains(m_turns.get()) || !m_turns->tryLock(kTurnWaitMs)) {
            m_turns.reset();
            return;
        }
        t_heldTurns.append(m_turns.get());
    }
    ~SqliteWriterTurn()
    {
        if (!m_turns)
            return;
        t_heldTurns.removeOne(m_turns.get());
        m_turns->unlock();
    }
    SqliteWriterTurn(const SqliteWriterTurn &) = delete;
    SqliteWriterTurn &operator=(const SqliteWriterTurn &) = delete;

private:
    std::shared_ptr<QMutex> m_turns;
};

} // namespace

bool RetryPolicy::shouldRetry(const Error &error, Dialect dialect, int attempt) const
{
    if (!isRetryable(error))
        return false;
    if (dialect == Dialect::Sqlite && error.code == u"db.busy")
        return attempt < maxSqliteBusyAttempts;
    return attempt < maxAttempts;
}

Status runInTransaction(const QSqlDatabase &db, Dialect dialect, TxMode mode, const TxBody &body,
                        const RetryPolicy &policy)
{
    for (int attempt = 1;; ++attempt) {
        const SqliteWriterTurn turn(db, dialect, mode); // declared first: released after the rollback
        Transaction tx(db, dialect);
        Status s = tx.begin(mode);
        if (s) {
            Result<TxEnd> end = body(tx);
            if (!end) {
                tx.rollback();
                s = end.error();
            } else if (*end == TxEnd::Rollback) {
                tx.rollback();
                return {};
            } else {
                s = tx.commit();
            }
        }
        if (s)
            return s;
        if (!policy.shouldRetry(s.error(), dialect, attempt)) {
            if (isRetryable(s.error()))
                qCWarning(lcStore) << "giving up after" << attempt << "attempts:" << s.error().detail;
            return s;
        }
        qCDebug(lcStore) << "retrying after" << s.error().code << "attempt" << attempt;
    }
}

Status runInTransaction(Database &database, TxMode mode, const TxBody &body, const RetryPolicy &policy)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    return runInTransaction(*conn, database.dialect(), mode, body, policy);
}

} // namespace hpf::server
