#include "business/contribution/remittanceservice.h"

#include "business/accounts/accountrecords.h"
#include "business/accounts/unitrecords.h"
#include "finance/deposit.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

QDate monthStart(const QString &month)
{
    return QDate::fromString(month + u"-01"_qs, Qt::ISODate);
}

} // namespace

QJsonObject RemittanceResult::summaryJson() const
{
    return {{u"serial"_qs, serial},
            {u"unitAccount"_qs, unitAccount},
            {u"month"_qs, month},
            {u"employees"_qs, int(lines.size())},
            {u"unitTotalFen"_qs, unitTotalFen},
            {u"personalTotalFen"_qs, personalTotalFen},
            {u"totalFen"_qs, totalFen()}};
}

QJsonObject RemittanceResult::toJson() const
{
    QJsonArray items;
    for (const RemittanceLine &l : lines)
        items.append(QJsonObject{{u"accountNumber"_qs, l.accountNumber},
                                 {u"baseFen"_qs, l.baseFen},
                                 {u"unitAmountFen"_qs, l.unitAmountFen},
                                 {u"personalAmountFen"_qs, l.personalAmountFen},
                                 {u"amountFen"_qs, l.amountFen},
                                 {u"balanceFen"_qs, l.balanceFen}});
    QJsonObject result = summaryJson();
    result.insert(u"items"_qs, items);
    return result;
}

Status checkRemittance(const ServiceContext &ctx, const RemittanceInput &input)
{
    const QString &month = input.month;
    const QDate start = monthStart(month);
    if (month.size() != 7 || !start.isValid())
        return makeError(u"remittance.month"_qs, u"month"_qs, u"expected YYYY-MM"_qs);
    if (start > ctx.now.toLocalTime().date())
        return makeError(u"remittance.month_future"_qs, u"month"_qs);
    return {};
}

Result<RemittanceResult> postRemittance(ServiceContext &ctx, const RemittanceInput &input)
{
    const QString &unitAccount = input.unitAccount;
    const QString &month = input.month;
    auto unit = findUnitByAccount(ctx, unitAccount, true);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    if (unit->state != u"01")
        return makeError(u"unit.state"_qs, u"unitAccount"_qs);
    Query dup(ctx.db, u"SELECT serial FROM remittances WHERE unit_id = :u AND month = :m"_qs);
    dup.bind(u":u"_qs, unit->id).bind(u":m"_qs, month);
    if (Status s = dup.exec(); !s)
        return s.error();
    if (dup.next())
        return makeError(u"remittance.duplicate"_qs, u"month"_qs,
                         QStringLiteral("%1 %2 was posted as %3").arg(unitAccount, month, dup.str(0)));
    auto policy = ctx.server.policy.depositAt(monthStart(month));
    if (!policy)
        return policy.error();

    Query accounts(ctx.db,
                   u"SELECT id, base_fen, account_number FROM accounts WHERE unit_id = :u AND state = '01' "
                   "ORDER BY id"_qs +
                       ctx.server.database.forUpdate());
    accounts.bind(u":u"_qs, unit->id);
    if (Status s = accounts.exec(); !s)
        return s.error();
    struct Line
    {
        qint64 accountId;
        QString accountNumber;
        finance::MonthlyDeposit deposit;
    };
    QList<Line> lines;
    while (accounts.next()) {
        auto d = finance::computeMonthlyDeposit(*policy, accounts.int64(1),
                                                finance::Rate::fromPpm(unit->unitRatioPpm),
                                                finance::Rate::fromPpm(unit->personalRatioPpm));
        if (!d)
            return Error{d.error().code, d.error().field, accounts.str(2) + u": "_qs + d.error().detail};
        lines.append({accounts.int64(0), accounts.str(2), *d});
    }
    if (lines.isEmpty())
        return makeError(u"remittance.no_employees"_qs, u"unitAccount"_qs);

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    qint64 unitTotal = 0, personalTotal = 0;
    for (const Line &l : lines) {
        unitTotal += l.deposit.unitAmount;
        personalTotal += l.deposit.personalAmount;
    }
    Query ins(ctx.db,
              u"INSERT INTO remittances (unit_id, month, serial, employees, unit_total_fen, "
              "personal_total_fen, total_fen, operator_id, created_at) VALUES (:u, :m, :s, :n, :ut, :pt, "
              ":t, :op, :now)"_qs);
    ins.bind(u":u"_qs, unit->id)
        .bind(u":m"_qs, month)
        .bind(u":s"_qs, *serial)
        .bind(u":n"_qs, lines.size())
        .bind(u":ut"_qs, unitTotal)
        .bind(u":pt"_qs, personalTotal)
        .bind(u":t"_qs, unitTotal + personalTotal)
        .bind(u":op"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    Query rid(ctx.db, u"SELECT id FROM remittances WHERE serial = :s"_qs);
    rid.bind(u":s"_qs, *serial);
    if (Status s = rid.exec(); !s || !rid.next())
        return s ? makeError(u"db.error"_qs, {}) : s.error();
    const qint64 remittanceId = rid.int64(0);

    RemittanceResult result{*serial, unitAccount, month, unitTotal, personalTotal, {}};
    for (const Line &l : lines) {
        auto after = postJournal(
            ctx, {l.accountId, *serial, u"01"_qs, l.deposit.total, month, remittanceId, QString()});
        if (!after)
            return after.error();
        result.lines.append({l.accountNumber, l.deposit.base, l.deposit.unitAmount, l.deposit.personalAmount,
                             l.deposit.total, *after});
    }
    if (Status s =
            ctx.audit(u"remittances.post"_qs, u"unit:"_qs + unitAccount, u"ok"_qs, {}, result.summaryJson());
        !s)
        return s.error();
    return result;
}

} // namespace hpf::server
