#include "business/contribution/deferralservice.h"

#include "business/accounts/unitrecords.h"
#include "business/contribution/contributioncore.h"
#include "business/opening/openingcommon.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

const QString kDeferralColumns =
    u"SELECT d.id, d.serial, u.unit_account, d.from_month, d.to_month, d.reason, d.approved_by, d.status, "
    "d.created_at FROM deferrals d JOIN units u ON u.id = d.unit_id "_qs;

// A deferral whose last month has passed is "ended" (nothing is stored for it: the status follows
// from the date).
QJsonObject deferralJson(const ServiceContext &ctx, const Query &q)
{
    QString status = q.str(7);
    if (status == u"approved" && parseMonthText(q.str(4)) < currentMonth(ctx))
        status = u"ended"_qs;
    return {{u"id"_qs, QString::number(q.int64(0))},
            {u"serial"_qs, q.str(1)},
            {u"unitAccount"_qs, q.str(2)},
            {u"fromMonth"_qs, q.str(3)},
            {u"toMonth"_qs, q.str(4)},
            {u"reason"_qs, q.str(5)},
            {u"approvedBy"_qs, q.str(6)},
            {u"status"_qs, status},
            {u"createdAt"_qs, isoTime(q.int64(8))}};
}

} // namespace

Status checkDeferral(const ServiceContext &ctx, const DeferralRequest &request)
{
    const QDate from = parseMonthText(request.fromMonth);
    if (!from.isValid())
        return makeError(u"deferral.months"_qs, u"fromMonth"_qs, u"expected YYYY-MM"_qs);
    const QDate to = parseMonthText(request.toMonth);
    if (!to.isValid())
        return makeError(u"deferral.months"_qs, u"toMonth"_qs, u"expected YYYY-MM"_qs);
    if (from < currentMonth(ctx))
        return makeError(u"deferral.months"_qs, u"fromMonth"_qs, u"a deferral starts this month or later"_qs);
    if (to < from)
        return makeError(u"deferral.months"_qs, u"toMonth"_qs, u"toMonth is before fromMonth"_qs);
    const int maxMonths = ctx.server.policy.contribution().deferralMaxMonths;
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    if (months > maxMonths)
        return makeError(u"deferral.months"_qs, u"toMonth"_qs,
                         QStringLiteral("at most %1 months, asked %2").arg(maxMonths).arg(months));
    return {};
}

Result<QJsonObject> createDeferral(ServiceContext &ctx, const DeferralRequest &request)
{
    if (Status s = checkDeferral(ctx, request); !s)
        return s.error();
    auto unit = findUnitByAccount(ctx, request.unitAccount, true);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    if (unit->state != u"01")
        return makeError(u"unit.state"_qs, u"unitAccount"_qs);
    Query overlap(ctx.db, u"SELECT serial FROM deferrals WHERE unit_id = :u AND status = 'approved' "
                          "AND from_month <= :to AND to_month >= :from"_qs);
    overlap.bind(u":u"_qs, unit->id).bind(u":to"_qs, request.toMonth).bind(u":from"_qs, request.fromMonth);
    if (Status s = overlap.exec(); !s)
        return s.error();
    if (overlap.next())
        return makeError(u"deferral.overlap"_qs, u"fromMonth"_qs, u"overlaps "_qs + overlap.str(0));
    overlap.finish();
    Query paid(ctx.db,
               u"SELECT month FROM remittances WHERE unit_id = :u AND month >= :from AND month <= :to "
               "ORDER BY month"_qs);
    paid.bind(u":u"_qs, unit->id).bind(u":from"_qs, request.fromMonth).bind(u":to"_qs, request.toMonth);
    if (Status s = paid.exec(); !s)
        return s.error();
    if (paid.next())
        return makeError(u"deferral.month_paid"_qs, u"fromMonth"_qs, paid.str(0) + u" is remitted"_qs);
    paid.finish();

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    Query ins(ctx.db,
              u"INSERT INTO deferrals (unit_id, from_month, to_month, reason, memo, serial, approved_by, "
              "status, operator_id, created_at) VALUES (:u, :f, :t, :r, :m, :s, :a, 'approved', :op, "
              ":now)"_qs);
    ins.bind(u":u"_qs, unit->id)
        .bind(u":f"_qs, request.fromMonth)
        .bind(u":t"_qs, request.toMonth)
        .bind(u":r"_qs, request.reason)
        .bind(u":m"_qs, request.memo)
        .bind(u":s"_qs, *serial)
        .bind(u":a"_qs, ctx.grantedBy)
        .bind(u":op"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    Query read(ctx.db, kDeferralColumns + u"WHERE d.serial = :s"_qs);
    read.bind(u":s"_qs, *serial);
    if (Status s = read.exec(); !s)
        return s.error();
    if (!read.next())
        return makeError(u"db.error"_qs, {}, u"the deferral just stored is gone"_qs);
    const QJsonObject deferral = deferralJson(ctx, read);
    read.finish();

    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"deferral"_qs;
    draft.businessLabel = u"单位缓缴"_qs;
    draft.object = u"unit:"_qs + unit->unitAccount;
    draft.fields = deferral;
    draft.line(u"单位账号"_qs, unit->unitAccount);
    draft.line(u"单位名称"_qs, unit->name);
    draft.line(u"缓缴起始月份"_qs, request.fromMonth);
    draft.line(u"缓缴终止月份"_qs, request.toMonth);
    draft.line(u"缓缴原因"_qs, request.reason);
    draft.line(u"审批人"_qs, ctx.grantedBy);
    draft.line(u"备注"_qs, request.memo);
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    if (Status s =
            ctx.audit(u"remittances.defer"_qs, u"unit:"_qs + unit->unitAccount, u"ok"_qs, {}, deferral);
        !s)
        return s.error();
    qCInfo(lcContribution) << "deferral" << unit->unitAccount << request.fromMonth << request.toMonth
                           << *serial;
    return QJsonObject{{u"deferral"_qs, deferral}, {u"receipt"_qs, *receipt}};
}

Result<QJsonObject> listDeferrals(ServiceContext &ctx, const QString &unitAccount)
{
    auto unit = findUnitByAccount(ctx, unitAccount);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    Query q(ctx.db, kDeferralColumns + u"WHERE d.unit_id = :u ORDER BY d.id DESC LIMIT 500"_qs);
    q.bind(u":u"_qs, unit->id);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next())
        items.append(deferralJson(ctx, q));
    return QJsonObject{{u"items"_qs, items}};
}

} // namespace hpf::server
