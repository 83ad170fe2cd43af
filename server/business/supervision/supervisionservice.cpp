#include "business/supervision/supervisionservice.h"

#include "domain/access.h"
#include "platform/context.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QJsonArray>
#include <QMap>

namespace hpf::server {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr int kMaxPending = 200;
constexpr int kMaxWorkstations = 500;

bool everyBranch(const ServiceContext &ctx)
{
    const Principal &u = ctx.user();
    return u.headOffice || u.role == access::role::auditor || u.role == access::role::admin;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

// Counts of the day's operations as {business → 24 hourly counts}.
Result<QMap<QString, QList<qint64>>> countOperations(ServiceContext &ctx, qint64 start, qint64 end,
                                                     const QSet<QString> &counted)
{
    // The day's start goes into the statement as a number (ours, not the caller's text): a bound
    // parameter used twice (SELECT and GROUP BY) is not portable across the two drivers.
    const QString hour = u"((at - "_qs + QString::number(start) + u") / 3600000)"_qs;
    QString sql = u"SELECT operation, "_qs + hour +
                  u", COUNT(*) FROM audit_log WHERE at >= :s AND at < :e AND outcome = 'ok'"_qs;
    if (!everyBranch(ctx))
        sql += u" AND branch = :b"_qs;
    sql += u" GROUP BY operation, "_qs + hour;
    Query q(ctx.db, sql);
    q.bind(u":s"_qs, start).bind(u":e"_qs, end);
    if (!everyBranch(ctx))
        q.bind(u":b"_qs, ctx.user().branchCode);
    if (Status s = q.exec(); !s)
        return s.error();
    QMap<QString, QList<qint64>> out;
    while (q.next()) {
        const QString operation = q.str(0);
        const qint64 h = q.int64(1);
        if (!counted.contains(operation) || h < 0 || h > 23)
            continue;
        const QString business = operation.section(u'.', 0, 0);
        QList<qint64> &hours = out[business];
        if (hours.isEmpty())
            hours.fill(0, 24);
        hours[h] += q.int64(2);
    }
    return out;
}

Result<QJsonArray> pendingApprovals(ServiceContext &ctx)
{
    QString sql = u"SELECT a.serial, a.kind, a.amount_fen, a.updated_at, b.code FROM loan_applications a "
                  "JOIN branches b ON b.id = a.branch_id WHERE a.status = 'reviewed'"_qs;
    if (!everyBranch(ctx))
        sql += u" AND a.branch_id = :b"_qs;
    sql += u" ORDER BY a.updated_at, a.id LIMIT "_qs + QString::number(kMaxPending);
    Query q(ctx.db, sql);
    if (!everyBranch(ctx))
        q.bind(u":b"_qs, ctx.user().branchId);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject{{u"kind"_qs, u"loanApproval"_qs},
                               {u"operation"_qs, u"loans.approve"_qs},
                               {u"reference"_qs, q.str(0)},
                               {u"loanKind"_qs, q.str(1)},
                               {u"amountFen"_qs, q.int64(2)},
                               {u"since"_qs, isoTime(q.int64(3))},
                               {u"branchCode"_qs, q.str(4)}});
    return out;
}

Result<QJsonArray> grantsOfDay(ServiceContext &ctx, qint64 start, qint64 end)
{
    QString sql =
        u"SELECT g.operation, COUNT(*), SUM(CASE WHEN g.used_at IS NULL THEN 0 ELSE 1 END) "
        "FROM grants g JOIN users u ON u.id = g.maker_id WHERE g.created_at >= :s AND g.created_at < :e"_qs;
    if (!everyBranch(ctx))
        sql += u" AND u.branch_id = :b"_qs;
    sql += u" GROUP BY g.operation ORDER BY g.operation"_qs;
    Query q(ctx.db, sql);
    q.bind(u":s"_qs, start).bind(u":e"_qs, end);
    if (!everyBranch(ctx))
        q.bind(u":b"_qs, ctx.user().branchId);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray out;
    while (q.next())
        out.append(
            QJsonObject{{u"operation"_qs, q.str(0)}, {u"count"_qs, q.int64(1)}, {u"used"_qs, q.int64(2)}});
    return out;
}

Result<QJsonArray> workstations(ServiceContext &ctx)
{
    QString sql =
        u"SELECT w.workstation, b.code, w.username, w.outbox_depth, w.oldest_age_seconds, w.reported_at "
        "FROM workstation_reports w JOIN branches b ON b.id = w.branch_id"_qs;
    if (!everyBranch(ctx))
        sql += u" WHERE w.branch_id = :b"_qs;
    sql += u" ORDER BY b.code, w.workstation LIMIT "_qs + QString::number(kMaxWorkstations);
    Query q(ctx.db, sql);
    if (!everyBranch(ctx))
        q.bind(u":b"_qs, ctx.user().branchId);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray out;
    while (q.next()) {
        QJsonObject w{{u"workstation"_qs, q.str(0)},
                      {u"branchCode"_qs, q.str(1)},
                      {u"username"_qs, q.str(2)},
                      {u"outboxDepth"_qs, q.int64(3)},
                      {u"reportedAt"_qs, isoTime(q.int64(5))},
                      {u"secondsSinceReport"_qs, qMax<qint64>(0, (ctx.nowMs - q.int64(5)) / 1000)}};
        // The oldest item's age now: its age when reported plus the time since.
        w.insert(u"oldestAgeSeconds"_qs,
                 q.isNull(4) ? QJsonValue()
                             : QJsonValue(q.int64(4) + w.value(u"secondsSinceReport"_qs).toInteger()));
        out.append(w);
    }
    return out;
}

} // namespace

Migration supervisionMigration()
{
    return Migration{30,
                     u"workstation outbox reports for the supervisor's day view (issue 19)"_qs,
                     {
                         uR"(CREATE TABLE workstation_reports (
            workstation TEXT PRIMARY KEY, branch_id BIGINT NOT NULL REFERENCES branches(id),
            username TEXT NOT NULL, outbox_depth BIGINT NOT NULL, oldest_age_seconds BIGINT,
            reported_at BIGINT NOT NULL))"_qs,
                         uR"(CREATE INDEX workstation_reports_branch ON workstation_reports(branch_id))"_qs,
                     }};
}

Result<QJsonObject> supervisionDay(ServiceContext &ctx, QDate date, const QSet<QString> &counted)
{
    const qint64 start = date.startOfDay().toMSecsSinceEpoch();
    const qint64 end = date.addDays(1).startOfDay().toMSecsSinceEpoch();
    auto counts = countOperations(ctx, start, end, counted);
    if (!counts)
        return counts.error();
    QJsonArray byHour;
    QJsonArray byBusiness;
    qint64 total = 0;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        qint64 sum = 0;
        QJsonArray hours;
        for (qint64 n : it.value()) {
            hours.append(n);
            sum += n;
        }
        byHour.append(QJsonObject{{u"business"_qs, it.key()}, {u"hours"_qs, hours}});
        byBusiness.append(QJsonObject{{u"business"_qs, it.key()}, {u"count"_qs, sum}});
        total += sum;
    }
    auto pending = pendingApprovals(ctx);
    if (!pending)
        return pending.error();
    auto grants = grantsOfDay(ctx, start, end);
    if (!grants)
        return grants.error();
    auto stations = workstations(ctx);
    if (!stations)
        return stations.error();
    return QJsonObject{
        {u"date"_qs, date.toString(Qt::ISODate)},
        {u"branchCode"_qs, everyBranch(ctx) ? QJsonValue() : QJsonValue(ctx.user().branchCode)},
        {u"total"_qs, total},
        {u"byHour"_qs, byHour},
        {u"byBusiness"_qs, byBusiness},
        {u"pending"_qs, *pending},
        {u"grants"_qs, *grants},
        {u"workstations"_qs, *stations}};
}

Status recordWorkstationReport(ServiceContext &ctx, const WorkstationReport &report)
{
    if (ctx.workstation.trimmed().isEmpty())
        return makeError(u"request.field_required"_qs, u"X-Workstation"_qs, u"name the workstation"_qs);
    return runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
        // The last report wins; a workstation moved to another branch is reported under the new one.
        Query q(ctx.db,
                u"INSERT INTO workstation_reports (workstation, branch_id, username, outbox_depth, "
                "oldest_age_seconds, reported_at) VALUES (:w, :b, :u, :d, :a, :t) "
                "ON CONFLICT (workstation) DO UPDATE SET branch_id = excluded.branch_id, "
                "username = excluded.username, outbox_depth = excluded.outbox_depth, "
                "oldest_age_seconds = excluded.oldest_age_seconds, reported_at = excluded.reported_at"_qs);
        q.bind(u":w"_qs, ctx.workstation.trimmed())
            .bind(u":b"_qs, ctx.user().branchId)
            .bind(u":u"_qs, ctx.user().username)
            .bind(u":d"_qs, report.outboxDepth)
            .bind(u":a"_qs, report.oldestAgeSeconds < 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                        : QVariant(report.oldestAgeSeconds))
            .bind(u":t"_qs, ctx.nowMs);
        if (Status s = q.exec(); !s)
            return s.error();
        return TxEnd::Commit;
    });
}

} // namespace hpf::server
