#pragma once

#include "base/result.h"
#include "platform/store/migrations.h"

#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QString>

// The supervisor's day view (issue 19): what the counters of a branch did on one day, by business
// area and hour, what waits for a supervisor, and the outbox of each workstation as it last
// reported it. Read only, except the workstations' reports.
//
// Counting rules:
// - An operation is an audit record of the day (local time) whose outcome is "ok" and whose
//   operation is one of `counted` (routes.cpp passes the state-changing routes' operations, so
//   reads, refusals and sign-ins are not counted). Its business area is the operation's name before
//   the first dot ("openings.account" → "openings"); its hour is the local hour of the record.
// - Waiting for a supervisor: loan applications reviewed and not yet approved or refused
//   (loans.approve). A supervisor's grant is issued on the spot at the maker's workstation, so no
//   grant ever waits; the day's grants are listed by the operation they authorised instead.
// - Workstations: the last report of each (outbox depth, age of its oldest item), sent by the
//   client with its heartbeat while someone is signed in.
// Branch scope: a supervisor sees the own branch; the head office and auditors every branch.
namespace hpf::server {

struct ServiceContext;

Migration supervisionMigration();

// Days the view reaches back (a date before today - kSupervisionDays, or after today, is refused).
inline constexpr int kSupervisionDays = 366;

Result<QJsonObject> supervisionDay(ServiceContext &ctx, QDate date, const QSet<QString> &counted);

struct WorkstationReport
{
    qint64 outboxDepth = 0;
    qint64 oldestAgeSeconds = -1; // -1: the outbox is empty
};

// Stores the report of ctx.workstation (error request.field_required on X-Workstation when the
// client named none) in its own short write transaction; the last report wins.
Status recordWorkstationReport(ServiceContext &ctx, const WorkstationReport &report);

} // namespace hpf::server
