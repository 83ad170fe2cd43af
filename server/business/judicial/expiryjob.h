#pragma once

#include "base/result.h"

#include <QSqlDatabase>

// The daily judicial expiry (platform jobs, kind judicial.expiry): every account with an open
// judicial freeze whose court-stated end date has passed is advanced to today (HoldsSession):
// the active freeze expires, the head of the 轮候 queue takes effect, stale waiting freezes
// lapse — audited, each exactly once even with several instances running the job (the account row
// lock and the stored state make the second one find nothing to do). Any operation on the account
// does the same first, so the job only settles accounts nobody touched.
namespace hpf::server {

class JobRunner;
struct ServerContext;
struct ServiceContext;

inline constexpr char kJudicialExpiryJob[] = "judicial.expiry";

void registerJudicialJobs(JobRunner &runner, ServerContext &context);
// Queues today's run (once per day: the dedupe key names the date), inside the caller's transaction.
Status scheduleJudicialExpiry(const QSqlDatabase &db, qint64 nowMs);
// One pass: at most `limit` accounts, in the caller's transaction. Returns how many accounts
// changed.
Result<int> expireDueFreezes(ServiceContext &ctx, int limit);

} // namespace hpf::server
