#pragma once

#include "api/call.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

// 今日业务 (issue 19): one day of a branch's counters for its supervisor — operations by business
// and hour, what waits for a supervisor, the day's grants, each workstation's outbox — and the
// workstation's own outbox report. The only client code knowing their URLs and JSON. Shapes:
// server business/supervision/supervisionservice.cpp, openapi SupervisionDay.
namespace hpf::client::api {

struct BusinessHours
{
    QString business;    // the operations' area: "openings", "withdrawals", "loans", …
    QList<qint64> hours; // 24 counts, local hours 0–23
};

struct PendingApproval
{
    QString kind;      // loanApproval
    QString operation; // what the supervisor would do (loans.approve)
    QString reference; // the application's serial
    QString loanKind;  // code table loan kind
    qint64 amountFen = 0;
    QDateTime since;
    QString branchCode;
};

struct DayGrants
{
    QString operation; // the operation the grants authorised
    qint64 count = 0;
    qint64 used = 0;
};

struct WorkstationState
{
    QString workstation;
    QString branchCode;
    QString username; // who was signed in at the last report
    qint64 outboxDepth = 0;
    std::optional<qint64> oldestAgeSeconds; // empty: nothing waiting
    QDateTime reportedAt;
    qint64 secondsSinceReport = 0;
};

// GET /supervision/day?date=.
struct SupervisionDay
{
    QDate date;
    QString branchCode; // empty: every branch (head office, auditors)
    qint64 total = 0;
    QList<BusinessHours> byHour;
    QList<std::pair<QString, qint64>> byBusiness;
    QList<PendingApproval> pending;
    QList<DayGrants> grants;
    QList<WorkstationState> workstations;
    static Result<SupervisionDay> fromJson(const QJsonObject &json);
};

namespace supervision {

ApiRequest dayRequest(QDate date);
void day(ApiClient *api, QDate date, QObject *context,
         std::function<void(const Reply<SupervisionDay> &)> done);

// POST /supervision/workstation-report: a report, not an operation (no outbox, no key, no retry:
// the next one follows within a minute). `oldestAgeSeconds` only when `depth` > 0.
ApiRequest reportRequest(qint64 depth, std::optional<qint64> oldestAgeSeconds);

} // namespace supervision

} // namespace hpf::client::api
