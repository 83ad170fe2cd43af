#include "business/interest/interestservice.h"

#include "business/accounts/unitrecords.h"
#include "finance/interest.h"
#include "finance/rate.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

QJsonObject InterestRuns::toJson() const
{
    QJsonArray list;
    for (const InterestRun &r : items)
        list.append(r.toJson());
    return {{u"items"_qs, list}, {u"nextSettlement"_qs, nextSettlement}};
}

Result<InterestRuns> listInterestRuns(ServiceContext &ctx)
{
    InterestRuns out;
    Query q(ctx.db, u"SELECT year FROM interest_runs ORDER BY year DESC"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<int> years;
    while (q.next())
        years.append(int(q.int64(0)));
    q.finish();
    for (int year : years) {
        auto run = findInterestRun(ctx.db, year);
        if (!run)
            return run.error();
        if (*run)
            out.items.append(**run);
    }
    const QDate today = ctx.now.toLocalTime().date();
    QDate next = settlementDate(ctx.server.policy, today.year());
    if (next < today)
        next = settlementDate(ctx.server.policy, today.year() + 1);
    out.nextSettlement = next.toString(Qt::ISODate);
    return out;
}

Result<InterestRun> requestInterestRun(ServiceContext &ctx, int year)
{
    const finance::Policy &policy = ctx.server.policy;
    const QDate today = ctx.now.toLocalTime().date();
    const QDate day = settlementDate(policy, year);
    if (day >= today)
        return makeError(u"interest.not_due"_qs, u"year"_qs,
                         u"the settlement day "_qs + day.toString(Qt::ISODate) + u" has not passed"_qs);
    const finance::Period period = finance::settlementPeriod(year, policy.settlementDay());
    if (policy.depositRates().isEmpty() || policy.depositRates().constFirst().effectiveFrom > period.from)
        return makeError(u"interest.year"_qs, u"year"_qs, u"no deposit rate covers the year"_qs);
    auto existing = findInterestRun(ctx.db, year);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->status == u"done")
        return makeError(u"interest.already_posted"_qs, u"year"_qs);
    if (*existing)
        return **existing;
    auto run = queueInterestRun(ctx.db, policy, year, ctx.nowMs, ctx.nowMs);
    if (!run)
        return run.error();
    if (Status s = ctx.audit(u"interest.run"_qs, u"interest:"_qs + QString::number(year), u"queued"_qs, {},
                             run->toJson());
        !s)
        return s.error();
    return run;
}

Result<QJsonObject> interestStatement(ServiceContext &ctx, const QString &unitAccount, int year)
{
    auto unit = findUnitByAccount(ctx, unitAccount);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    auto run = findInterestRun(ctx.db, year);
    if (!run)
        return run.error();
    if (!*run || (*run)->status != u"done")
        return makeError(u"interest.not_posted"_qs, u"year"_qs,
                         u"the interest of "_qs + QString::number(year) + u" is not posted"_qs);
    const finance::Policy &policy = ctx.server.policy;
    const finance::Period period = finance::settlementPeriod(year, policy.settlementDay());
    const QDate last = period.to.addDays(-1);

    // The rates in effect during the period: the one on its first day and every change after it.
    QJsonArray rates;
    const QList<finance::DepositRate> &table = policy.depositRates();
    for (qsizetype i = 0; i < table.size(); ++i) {
        const bool lastRow = i + 1 == table.size();
        if (table.at(i).effectiveFrom > last || (!lastRow && table.at(i + 1).effectiveFrom <= period.from))
            continue;
        const QDate from = std::max(table.at(i).effectiveFrom, period.from);
        rates.append(QJsonObject{{u"from"_qs, from.toString(Qt::ISODate)},
                                 {u"annual"_qs, finance::toPercentString(table.at(i).annual)}});
    }

    QJsonArray lines;
    qint64 total = 0;
    Query q(ctx.db,
            u"SELECT a.account_number, p.name, ip.opening_balance_fen, ip.interest_fen, "
            "ip.closing_balance_fen FROM interest_postings ip JOIN accounts a ON a.id = ip.account_id "
            "JOIN persons p ON p.id = a.person_id WHERE ip.unit_id = :u AND ip.year = :y "
            "ORDER BY a.account_number"_qs);
    q.bind(u":u"_qs, unit->id).bind(u":y"_qs, year);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        lines.append(QJsonObject{{u"accountNumber"_qs, q.str(0)},
                                 {u"name"_qs, q.str(1)},
                                 {u"openingBalanceFen"_qs, q.int64(2)},
                                 {u"interestFen"_qs, q.int64(3)},
                                 {u"closingBalanceFen"_qs, q.int64(4)}});
        total += q.int64(3);
    }
    q.finish();
    ctx.noteRead(u"interest-statement:"_qs + unitAccount + u'/' + QString::number(year));
    return QJsonObject{
        {u"unitAccount"_qs, unit->unitAccount},
        {u"unitName"_qs, unit->name},
        {u"year"_qs, year},
        {u"settlementDate"_qs, last.toString(Qt::ISODate)},
        {u"period"_qs, QJsonObject{{u"from"_qs, period.from.toString(Qt::ISODate)},
                                   {u"to"_qs, last.toString(Qt::ISODate)}}},
        {u"rates"_qs, rates},
        {u"lines"_qs, lines},
        {u"employees"_qs, lines.size()},
        {u"totalInterestFen"_qs, total},
        {u"serial"_qs, (*run)->serial},
    };
}

} // namespace hpf::server
