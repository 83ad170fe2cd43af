#include "business/accounts/interesttodate.h"

#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

Result<finance::InterestResult> interestToDate(ServiceContext &ctx, const AccountRow &account, QDate date)
{
    const finance::Policy &policy = ctx.server.policy;
    const QDate openedOn = QDate::fromString(account.openedOn, Qt::ISODate);
    if (!openedOn.isValid() || !date.isValid() || date < openedOn)
        return makeError(u"interest.period_invalid"_qs, u"period"_qs,
                         u"the transaction date is before the account was opened"_qs);
    const QDate last = finance::lastSettlementOnOrBefore(date.addDays(-1), policy.settlementDay());
    QDate from = std::max(openedOn, last.addDays(1));
    // Interest credited since the last settlement (a transfer's or a closure's 09 dated that day)
    // covered the days before its value date: count on from there. The yearly settlement
    // (business/interest/interestjob.cpp) starts its year by the same rule.
    {
        Query q(ctx.db, u"SELECT MAX(value_date) FROM journal WHERE account_id = :a AND business_type = '09' "
                        "AND value_date > :l AND value_date <= :d"_qs);
        q.bind(u":a"_qs, account.id)
            .bind(u":l"_qs, last.toString(Qt::ISODate))
            .bind(u":d"_qs, date.toString(Qt::ISODate));
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next() && !q.isNull(0))
            from = std::max(from, QDate::fromString(q.str(0), Qt::ISODate));
    }
    const QString fromText = from.toString(Qt::ISODate);

    qint64 opening = 0;
    {
        Query q(ctx.db, u"SELECT balance_after_fen FROM journal WHERE account_id = :a AND value_date < :f "
                        "ORDER BY id DESC LIMIT 1"_qs);
        q.bind(u":a"_qs, account.id).bind(u":f"_qs, fromText);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next())
            opening = q.int64(0);
    }
    QList<finance::Movement> movements;
    Query q(ctx.db, u"SELECT value_date, amount_fen FROM journal WHERE account_id = :a AND value_date >= :f "
                    "AND value_date < :d ORDER BY id"_qs);
    q.bind(u":a"_qs, account.id).bind(u":f"_qs, fromText).bind(u":d"_qs, date.toString(Qt::ISODate));
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        movements.append(finance::Movement{QDate::fromString(q.str(0), Qt::ISODate), q.int64(1)});
    q.finish();
    return finance::computeInterest(opening, movements, from, date, policy.depositRates());
}

} // namespace hpf::server
