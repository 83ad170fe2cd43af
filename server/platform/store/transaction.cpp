#include "platform/store/transaction.h"

#include "logging.h"

namespace hpf::server {

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
