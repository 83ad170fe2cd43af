#include "business/accounts/interesttodate.h"

#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

// The balance from every entry dated before `from`, and the entries dated from `from` to `to`
// inclusive (an interest entry dated `to` ends the interest there).
struct JournalSlice
{
    qint64 before = 0;
    QList<finance::JournalEntry> entries;
};

Result<JournalSlice> readJournal(ServiceContext &ctx, qint64 accountId, QDate from, QDate to)
{
    JournalSlice slice;
    const QString fromText = from.toString(Qt::ISODate);
    Query sum(ctx.db, u"SELECT COALESCE(SUM(amount_fen), 0) FROM journal WHERE account_id = :a AND "
                      "value_date < :f"_qs);
    sum.bind(u":a"_qs, accountId).bind(u":f"_qs, fromText);
    if (Status s = sum.exec(); !s)
        return s.error();
    if (sum.next())
        slice.before = sum.int64(0);
    sum.finish();
    Query q(ctx.db, u"SELECT value_date, amount_fen, business_type FROM journal WHERE account_id = :a AND "
                    "value_date >= :f AND value_date <= :t ORDER BY id"_qs);
    q.bind(u":a"_qs, accountId).bind(u":f"_qs, fromText).bind(u":t"_qs, to.toString(Qt::ISODate));
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        slice.entries.append(
            finance::JournalEntry{QDate::fromString(q.str(0), Qt::ISODate), q.int64(1), q.str(2) == u"09"});
    return slice;
}

} // namespace

Result<InterestOwed> interestToDate(ServiceContext &ctx, const AccountRow &account, QDate date)
{
    const finance::Policy &policy = ctx.server.policy;
    const QDate openedOn = QDate::fromString(account.openedOn, Qt::ISODate);
    if (!openedOn.isValid() || !date.isValid() || date < openedOn)
        return makeError(u"interest.period_invalid"_qs, u"period"_qs,
                         u"the transaction date is before the account was opened"_qs);
    const QDate last = finance::lastSettlementOnOrBefore(date.addDays(-1), policy.settlementDay());
    InterestOwed owed;
    if (openedOn <= last) {
        Query posted(ctx.db, u"SELECT 1 FROM interest_postings WHERE account_id = :a AND year = :y"_qs);
        posted.bind(u":a"_qs, account.id).bind(u":y"_qs, last.year());
        if (Status s = posted.exec(); !s)
            return s.error();
        const bool settled = posted.next();
        posted.finish();
        if (!settled) {
            const finance::Period period = finance::settlementPeriod(last.year(), policy.settlementDay());
            auto slice = readJournal(ctx, account.id, period.from, last);
            if (!slice)
                return slice.error();
            auto year = finance::journalInterest(slice->before, slice->entries, period, openedOn,
                                                 policy.depositRates());
            if (!year)
                return year.error();
            owed.unsettledYear = last.year();
            owed.year = *year;
        }
    }
    const finance::Period rest{std::max(openedOn, last.addDays(1)), date};
    auto slice = readJournal(ctx, account.id, rest.from, date);
    if (!slice)
        return slice.error();
    auto toDate = finance::journalInterest(slice->before + owed.year.interest, slice->entries, rest, openedOn,
                                           policy.depositRates());
    if (!toDate)
        return toDate.error();
    owed.toDate = *toDate;
    owed.interest = owed.year.interest + owed.toDate.interest;
    return owed;
}

Result<QString> postInterestOwed(ServiceContext &ctx, const AccountRow &account, const InterestOwed &owed,
                                 const QString &memo)
{
    if (owed.interest <= 0 && owed.unsettledYear == 0)
        return QString();
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    if (owed.interest > 0) {
        if (auto after = postJournal(ctx, {account.id, *serial, u"09"_qs, owed.interest, {}, 0, memo});
            !after)
            return after.error();
    }
    if (owed.unsettledYear != 0) {
        Query key(
            ctx.db,
            u"INSERT INTO interest_postings (account_id, year, unit_id, serial, period_from, "
            "opening_balance_fen, interest_fen, closing_balance_fen, posted_at) VALUES (:a, :y, :u, :s, "
            ":f, :o, :i, :c, :now) ON CONFLICT (account_id, year) DO NOTHING RETURNING account_id"_qs);
        key.bind(u":a"_qs, account.id)
            .bind(u":y"_qs, owed.unsettledYear)
            .bind(u":u"_qs, account.unitId)
            .bind(u":s"_qs, *serial)
            .bind(u":f"_qs, owed.year.from.toString(Qt::ISODate))
            .bind(u":o"_qs, owed.year.openingBalance)
            .bind(u":i"_qs, owed.year.interest)
            .bind(u":c"_qs, owed.year.closingBalance + owed.year.interest)
            .bind(u":now"_qs, ctx.nowMs);
        if (Status s = key.exec(); !s)
            return s.error();
        if (!key.next())
            return makeError(u"db.conflict"_qs, {},
                             QStringLiteral("the interest run of %1 credited the account meanwhile")
                                 .arg(owed.unsettledYear));
    }
    return *serial;
}

} // namespace hpf::server
