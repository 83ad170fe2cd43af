#pragma once

#include "base/result.h"
#include "finance/policy.h"

#include <QDate>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <optional>

// The yearly interest settlement (结息) as a platform job (kind interest.settle). A run for a year
// posts, on every account that is not closed (03/04/05) and was opened on or before the settlement
// day, the interest of the settlement year (finance::computeInterest: 积数 on 360 days, rates by
// date) as journal 09 dated the settlement day. It works in chunks of accounts in id order, one
// transaction each: the chunk's postings, the run's cursor and totals, the chunk's audit record and
// the job that continues after it (or, after the last chunk, the run's audit record and the next
// year's run) commit together, so an interrupted run resumes after the last committed chunk. The
// PRIMARY KEY (account_id, year) of interest_postings, inserted before the journal row in the same
// transaction, is what keeps a second runner (another server on the same PostgreSQL database, an
// expired lease taken over) from crediting an account twice: its insert waits for the first one's
// commit, then does nothing, and the account is skipped.
namespace hpf::server {

Q_DECLARE_LOGGING_CATEGORY(lcInterest)

struct ServiceContext;
struct ServerContext;
class JobRunner;

inline constexpr char kInterestSettleJob[] = "interest.settle";
inline constexpr int kDefaultInterestChunk = 2000;

// The settlement day of `year` (e.g. 2026-06-30) and the first year whose settlement day has
// passed on or before `today` (a run is due the day after its settlement day).
QDate settlementDate(const finance::Policy &policy, int year);
int latestDueYear(const finance::Policy &policy, QDate today);

struct InterestRun
{
    int year = 0;
    QString settlementDate;
    QString status; // queued, running, done
    QString serial; // taken by the first chunk
    qint64 accountsPosted = 0;
    qint64 totalInterestFen = 0;
    qint64 startedAtMs = 0; // 0: not started
    qint64 finishedAtMs = 0;
    QJsonObject toJson() const;
};

Result<std::optional<InterestRun>> findInterestRun(const QSqlDatabase &db, int year);

// Adds the run row (queued) and its job, due at the start of the day after the settlement day or
// at `notBeforeMs` when later; dedupe key interest:<year>, so a year is queued once. Returns the run.
Result<InterestRun> queueInterestRun(const QSqlDatabase &db, const finance::Policy &policy, int year,
                                     qint64 notBeforeMs, qint64 nowMs);

// `serve` at start: queues the latest due year (nothing when it is queued or done already).
Status scheduleInterest(const QSqlDatabase &db, const finance::Policy &policy, qint64 nowMs);

struct ChunkOutcome
{
    int accounts = 0; // credited (rows of interest_postings) by this chunk
    qint64 totalFen = 0;
    bool finished = false; // the run is done
};

// One chunk of the run of `year` in the caller's transaction, as the system user in `ctx`.
// Errors: interest.not_queued (no run row), interest.account (an account's journal cannot be
// settled: the detail names its id), policy.not_in_effect, db.*.
Result<ChunkOutcome> settleChunk(ServiceContext &ctx, int year, int chunkSize);

void registerInterestJobs(JobRunner &runner, ServerContext &context, int chunkSize = kDefaultInterestChunk);

} // namespace hpf::server
