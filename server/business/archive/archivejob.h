#pragma once

#include "base/result.h"

#include <QSqlDatabase>

// The daily 四性 job (platform jobs, kind archive.four_checks): checks every package whose last
// check is older than the policy's archive.checkEveryDays (or that was never checked), reports
// with by = "job", removes blobs of the files store that no package names and that are older than
// a day (left by a commit that rolled back), and queues its next run a day later.
namespace hpf::server {

class JobRunner;
struct ServerContext;

inline constexpr char kFourChecksJob[] = "archive.four_checks";

void registerArchiveJobs(JobRunner &runner, ServerContext &context);
// Queues today's run (once per day: the dedupe key names the date), inside the caller's transaction.
Status scheduleFourChecks(const QSqlDatabase &db, qint64 nowMs);
// The orphan sweep on its own (also used by the job). Returns how many blobs were removed.
Result<int> removeOrphanBlobs(ServerContext &context, const QSqlDatabase &db, qint64 nowMs);

} // namespace hpf::server
