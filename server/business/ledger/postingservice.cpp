#include "business/ledger/postingservice.h"

#include "finance/deposit.h"
#include "platform/http/bodyreader.h"
#include "business/opening/accountservice.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "business/opening/unitservice.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

QDate monthStart(const QString &month)
{
    return QDate::fromString(month + u"-01"_qs, Qt::ISODate);
}

} // namespace

Status validateRemittance(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const QString month = body.string(u"month"_qs, 7);
    if (Status s = body.finish(); !s)
        return s;
    const QDate start = monthStart(month);
    if (month.size() != 7 || !start.isValid())
        return makeError(u"remittance.month"_qs, u"month"_qs, u"expected YYYY-MM"_qs);
    if (start > ctx.now.toLocalTime().date())
        return makeError(u"remittance.month_future"_qs, u"month"_qs);
    return {};
}

Result<QJsonObject> postRemittance(RequestContext &ctx, const QString &unitAccount)
{
    const QString month = ctx.body.value(u"month"_qs).toString().trimmed();
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

    QJsonArray items;
    for (const Line &l : lines) {
        auto after = postJournal(
            ctx, {l.accountId, *serial, u"01"_qs, l.deposit.total, month, remittanceId, QString()});
        if (!after)
            return after.error();
        items.append(QJsonObject{{u"accountNumber"_qs, l.accountNumber},
                                 {u"baseFen"_qs, l.deposit.base},
                                 {u"unitAmountFen"_qs, l.deposit.unitAmount},
                                 {u"personalAmountFen"_qs, l.deposit.personalAmount},
                                 {u"amountFen"_qs, l.deposit.total},
                                 {u"balanceFen"_qs, *after}});
    }
    const QJsonObject summary{{u"serial"_qs, *serial},
                              {u"unitAccount"_qs, unitAccount},
                              {u"month"_qs, month},
                              {u"employees"_qs, int(lines.size())},
                              {u"unitTotalFen"_qs, unitTotal},
                              {u"personalTotalFen"_qs, personalTotal},
                              {u"totalFen"_qs, unitTotal + personalTotal}};
    if (Status s = ctx.audit(u"remittances.post"_qs, u"unit:"_qs + unitAccount, u"ok"_qs, {}, summary); !s)
        return s.error();
    QJsonObject result = summary;
    result.insert(u"items"_qs, items);
    return result;
}

} // namespace hpf::server
