#pragma once

#include "base/result.h"
#include "business/interest/interestjob.h"

#include <QJsonObject>
#include <QList>

// The interest routes' services: the runs (结息批次) and the per-unit statement (单位结息对账单).
namespace hpf::server {

struct ServiceContext;

struct InterestRuns
{
    QList<InterestRun> items; // newest year first
    QString nextSettlement;   // the first settlement day on or after today
    QJsonObject toJson() const;
};
Result<InterestRuns> listInterestRuns(ServiceContext &ctx);

// Queues the run of `year` now. Errors: interest.not_due (field year: the settlement day has not
// passed), interest.year (no deposit rate covers the year), interest.already_posted (done).
// A run queued or running already is answered as it is.
Result<InterestRun> requestInterestRun(ServiceContext &ctx, int year);

// Error interest.not_posted (404) until the year's run is done; unit.not_found, auth.branch_denied.
Result<QJsonObject> interestStatement(ServiceContext &ctx, const QString &unitAccount, int year);

} // namespace hpf::server
