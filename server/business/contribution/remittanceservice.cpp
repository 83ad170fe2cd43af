#include "business/contribution/remittanceservice.h"

#include "business/accounts/accountrecords.h"
#include "business/contribution/contributioncore.h"
#include "business/opening/openingcommon.h"
#include "finance/deposit.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

QString exclusionReason(const QString &state)
{
    if (state == u"02")
        return u"sealed"_qs;
    if (state == u"06")
        return u"frozen_state"_qs;
    return u"state"_qs;
}

} // namespace

QJsonObject RemittanceMonth::previewJson() const
{
    QJsonArray lineArray;
    for (const RemittanceLine &l : lines)
        lineArray.append(QJsonObject{{u"accountNumber"_qs, l.accountNumber},
                                     {u"name"_qs, l.name},
                                     {u"baseFen"_qs, l.baseFen},
                                     {u"unitRatio"_qs, finance::toPercentString(l.unitRatio)},
                                     {u"personalRatio"_qs, finance::toPercentString(l.personalRatio)},
                                     {u"unitAmountFen"_qs, l.unitAmountFen},
                                     {u"personalAmountFen"_qs, l.personalAmountFen},
                                     {u"amountFen"_qs, l.amountFen}});
    QJsonArray excludedArray;
    for (const ExcludedEmployee &e : excluded)
        excludedArray.append(QJsonObject{{u"accountNumber"_qs, e.accountNumber},
                                         {u"name"_qs, e.name},
                                         {u"reason"_qs, e.reason},
                                         {u"firstMonth"_qs, e.firstMonth}});
    return {{u"unitAccount"_qs, unit.unitAccount},
            {u"unitName"_qs, unit.name},
            {u"month"_qs, month},
            {u"firstMonth"_qs, monthOf(firstMonth)},
            {u"lines"_qs, lineArray},
            {u"excluded"_qs, excludedArray},
            {u"employees"_qs, int(lines.size())},
            {u"unitTotalFen"_qs, unitTotalFen},
            {u"personalTotalFen"_qs, personalTotalFen},
            {u"totalFen"_qs, totalFen()}};
}

QJsonObject RemittanceResult::summaryJson() const
{
    return {{u"serial"_qs, serial},
            {u"unitAccount"_qs, month.unit.unitAccount},
            {u"month"_qs, month.month},
            {u"employees"_qs, int(month.lines.size())},
            {u"unitTotalFen"_qs, month.unitTotalFen},
            {u"personalTotalFen"_qs, month.personalTotalFen},
            {u"totalFen"_qs, month.totalFen()}};
}

QJsonObject RemittanceResult::toJson() const
{
    QJsonArray items;
    for (const RemittanceLine &l : month.lines)
        items.append(QJsonObject{{u"accountNumber"_qs, l.accountNumber},
                                 {u"baseFen"_qs, l.baseFen},
                                 {u"unitAmountFen"_qs, l.unitAmountFen},
                                 {u"personalAmountFen"_qs, l.personalAmountFen},
                                 {u"amountFen"_qs, l.amountFen},
                                 {u"balanceFen"_qs, l.balanceFen}});
    QJsonObject result = summaryJson();
    result.insert(u"items"_qs, items);
    result.insert(u"receipt"_qs, receipt);
    return result;
}

Status checkRemittanceMonth(const ServiceContext &ctx, const QString &month)
{
    const QDate start = parseMonthText(month);
    if (!start.isValid())
        return makeError(u"remittance.month"_qs, u"month"_qs, u"expected YYYY-MM"_qs);
    if (start > currentMonth(ctx))
        return makeError(u"remittance.month_future"_qs, u"month"_qs);
    return {};
}

Status checkRemittance(const ServiceContext &ctx, const RemittanceInput &input)
{
    if (Status s = checkRemittanceMonth(ctx, input.month); !s)
        return s;
    if (input.expectedTotalFen && *input.expectedTotalFen < 0)
        return makeError(u"request.field_range"_qs, u"expectedTotalFen"_qs);
    if (input.expectedEmployees && *input.expectedEmployees < 0)
        return makeError(u"request.field_range"_qs, u"expectedEmployees"_qs);
    return {};
}

Result<RemittanceMonth> computeRemittanceMonth(ServiceContext &ctx, const QString &unitAccount,
                                               const QString &month, bool lock)
{
    if (Status s = checkRemittanceMonth(ctx, month); !s)
        return s.error();
    const QDate start = parseMonthText(month);
    auto unit = findUnitByAccount(ctx, unitAccount, lock);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    if (unit->state != u"01")
        return makeError(u"unit.state"_qs, u"unitAccount"_qs);
    RemittanceMonth out;
    out.unit = *unit;
    out.month = month;
    auto first = unitFirstMonth(ctx, *unit);
    if (!first)
        return first.error();
    out.firstMonth = *first;
    if (start < *first)
        return makeError(u"remittance.before_first_month"_qs, u"month"_qs,
                         u"the unit's first month is "_qs + monthOf(*first));
    Query dup(ctx.db, u"SELECT serial FROM remittances WHERE unit_id = :u AND month = :m"_qs);
    dup.bind(u":u"_qs, unit->id).bind(u":m"_qs, month);
    if (Status s = dup.exec(); !s)
        return s.error();
    if (dup.next())
        return makeError(u"remittance.duplicate"_qs, u"month"_qs,
                         QStringLiteral("%1 %2 was posted as %3").arg(unitAccount, month, dup.str(0)));
    dup.finish();
    auto deferral = deferralCovering(ctx, unit->id, month);
    if (!deferral)
        return deferral.error();
    if (!deferral->isEmpty())
        return makeError(u"remittance.deferred"_qs, u"month"_qs, u"deferred by "_qs + *deferral);
    auto policy = ctx.server.policy.depositAt(start);
    if (!policy)
        return policy.error();
    auto employees = unitEmployees(ctx, unit->id);
    if (!employees)
        return employees.error();
    auto terms = TermsHistory::forUnit(ctx, *unit);
    if (!terms)
        return terms.error();
    const finance::Rate unitRatio = terms->unitRatioAt(start);
    const finance::Rate personalRatio = terms->personalRatioAt(start);
    for (const Employee &e : *employees) {
        if (e.state != u"01") {
            out.excluded.append({e.accountNumber, e.name, exclusionReason(e.state), {}});
            continue;
        }
        if (e.firstMonth > start) {
            out.excluded.append({e.accountNumber, e.name, u"first_month_later"_qs, monthOf(e.firstMonth)});
            continue;
        }
        const qint64 base = terms->baseAt(e, start);
        auto d = finance::computeMonthlyDeposit(*policy, base, unitRatio, personalRatio);
        if (!d)
            return Error{d.error().code, d.error().field, e.accountNumber + u": "_qs + d.error().detail};
        RemittanceLine line;
        line.accountId = e.accountId;
        line.accountNumber = e.accountNumber;
        line.name = e.name;
        line.baseFen = d->base;
        line.unitRatio = unitRatio;
        line.personalRatio = personalRatio;
        line.unitAmountFen = d->unitAmount;
        line.personalAmountFen = d->personalAmount;
        line.amountFen = d->total;
        out.unitTotalFen += d->unitAmount;
        out.personalTotalFen += d->personalAmount;
        out.lines.append(line);
    }
    if (out.lines.isEmpty())
        return makeError(u"remittance.no_employees"_qs, u"unitAccount"_qs);
    return out;
}

Result<RemittanceResult> postRemittance(ServiceContext &ctx, const RemittanceInput &input)
{
    if (Status s = checkRemittance(ctx, input); !s)
        return s.error();
    auto computed = computeRemittanceMonth(ctx, input.unitAccount, input.month, true);
    if (!computed)
        return computed.error();
    const RemittanceMonth &m = *computed;
    if (input.expectedTotalFen && *input.expectedTotalFen != m.totalFen())
        return makeError(u"remittance.preview_stale"_qs, u"expectedTotalFen"_qs,
                         QStringLiteral("the month now totals %1 fen").arg(m.totalFen()));
    if (input.expectedEmployees && *input.expectedEmployees != m.lines.size())
        return makeError(u"remittance.preview_stale"_qs, u"expectedEmployees"_qs,
                         QStringLiteral("the month now credits %1 employees").arg(m.lines.size()));

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    Query ins(ctx.db,
              u"INSERT INTO remittances (unit_id, month, serial, employees, unit_total_fen, "
              "personal_total_fen, total_fen, operator_id, created_at) VALUES (:u, :m, :s, :n, :ut, :pt, "
              ":t, :op, :now)"_qs);
    ins.bind(u":u"_qs, m.unit.id)
        .bind(u":m"_qs, m.month)
        .bind(u":s"_qs, *serial)
        .bind(u":n"_qs, m.lines.size())
        .bind(u":ut"_qs, m.unitTotalFen)
        .bind(u":pt"_qs, m.personalTotalFen)
        .bind(u":t"_qs, m.totalFen())
        .bind(u":op"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    Query rid(ctx.db, u"SELECT id FROM remittances WHERE serial = :s"_qs);
    rid.bind(u":s"_qs, *serial);
    if (Status s = rid.exec(); !s || !rid.next())
        return s ? makeError(u"db.error"_qs, {}) : s.error();
    const qint64 remittanceId = rid.int64(0);
    rid.finish();

    RemittanceResult result{*serial, m, {}};
    for (RemittanceLine &l : result.month.lines) {
        auto after =
            postJournal(ctx, {l.accountId, *serial, u"01"_qs, l.amountFen, m.month, remittanceId, QString()});
        if (!after)
            return after.error();
        l.balanceFen = *after;
    }
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"remittance"_qs;
    draft.businessLabel = u"单位汇缴"_qs;
    draft.object = u"unit:"_qs + m.unit.unitAccount;
    draft.fields = result.summaryJson();
    draft.line(u"单位账号"_qs, m.unit.unitAccount);
    draft.line(u"单位名称"_qs, m.unit.name);
    draft.line(u"汇缴月份"_qs, m.month);
    draft.line(u"汇缴人数"_qs, QString::number(m.lines.size()));
    draft.amounts.append(amount(u"单位缴存额"_qs, m.unitTotalFen));
    draft.amounts.append(amount(u"个人缴存额"_qs, m.personalTotalFen));
    draft.amounts.append(amount(u"汇缴金额合计"_qs, m.totalFen()));
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    result.receipt = *receipt;
    if (Status s = ctx.audit(u"remittances.post"_qs, u"unit:"_qs + m.unit.unitAccount, u"ok"_qs, {},
                             result.summaryJson());
        !s)
        return s.error();
    qCInfo(lcContribution) << "remittance" << m.unit.unitAccount << m.month << m.lines.size() << "employees"
                           << *serial;
    return result;
}

} // namespace hpf::server
