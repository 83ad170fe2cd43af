#include "interest.h"

#include "base/rounding.h"
#include "domain/money.h"

#include <QMap>
#include <algorithm>

namespace hpf::finance {

namespace {

constexpr qint64 kDayBasis = 360;

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("(invalid date)");
}

Error interestError(const char *code, const char *field, const QString &detail)
{
    return makeError(QString::fromLatin1(code), QString::fromLatin1(field), detail);
}

} // namespace

Result<InterestResult> computeInterest(qint64 openingBalance, const QList<Movement> &movements, QDate from,
                                       QDate to, const QList<DepositRate> &rates)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return interestError("interest.period_invalid", "period",
                             QStringLiteral("invalid interest period %1..%2").arg(iso(from), iso(to)));
    if (openingBalance < 0 || openingBalance > money::kMaximumFen)
        return interestError("interest.opening_invalid", "openingBalance",
                             QStringLiteral("opening balance out of range: %1").arg(openingBalance));

    // Net movement per day, in date order.
    QMap<QDate, qint64> byDay;
    for (const Movement &m : movements) {
        if (!m.date.isValid() || m.amount > money::kMaximumFen || m.amount < -money::kMaximumFen)
            return interestError("interest.movement_invalid", "movements",
                                 QStringLiteral("invalid movement %1 on %2").arg(m.amount).arg(iso(m.date)));
        if (m.date < from || m.date >= to)
            return interestError("interest.movement_out_of_range", "movements",
                                 QStringLiteral("movement on %1 outside the period %2..%3")
                                     .arg(iso(m.date), iso(from), iso(to)));
        byDay[m.date] += m.amount;
    }

    QList<DepositRate> table = rates;
    std::stable_sort(table.begin(), table.end(), [](const DepositRate &a, const DepositRate &b) {
        return a.effectiveFrom < b.effectiveFrom;
    });
    // The rate row in effect on `from`.
    qsizetype rateIndex = -1;
    for (qsizetype i = 0; i < table.size() && table[i].effectiveFrom <= from; ++i)
        rateIndex = i;
    if (rateIndex < 0)
        return makeError(QStringLiteral("policy.not_in_effect"), QStringLiteral("depositInterest.rates"),
                         QStringLiteral("no deposit interest rate in effect on %1").arg(iso(from)));

    InterestResult result;
    result.from = from;
    result.to = to;
    result.openingBalance = openingBalance;

    qint64 balance = openingBalance;
    Int128 product = 0; // Σ balance × days × ppm
    QDate cursor = from;
    auto movementIt = byDay.cbegin();
    while (cursor < to) {
        while (movementIt != byDay.cend() && movementIt.key() == cursor) {
            balance += movementIt.value();
            ++movementIt;
            if (balance < 0)
                return interestError("interest.negative_balance", "movements",
                                     QStringLiteral("the balance drops below zero on %1").arg(iso(cursor)));
            if (balance > money::kMaximumFen)
                return interestError(
                    "interest.balance_too_large", "movements",
                    QStringLiteral("the balance exceeds the maximum on %1").arg(iso(cursor)));
        }
        while (rateIndex + 1 < table.size() && table[rateIndex + 1].effectiveFrom <= cursor)
            ++rateIndex;
        // The segment ends at the next movement, the next rate change or the period end.
        QDate next = to;
        if (movementIt != byDay.cend())
            next = std::min(next, movementIt.key());
        if (rateIndex + 1 < table.size())
            next = std::min(next, table[rateIndex + 1].effectiveFrom);
        const InterestSegment segment{cursor, next, balance, table[rateIndex].annual};
        product += Int128(balance) * segment.days() * segment.annualRate.ppm;
        result.segments.append(segment);
        cursor = next;
    }
    // Movements on the last day of an empty period cannot exist (checked above), so all are applied.
    result.closingBalance = balance;
    result.interest = divideRounded(product, kDayBasis * Rate::kScale, RoundingMode::HalfUp);
    return result;
}

QDate lastSettlementOnOrBefore(QDate date, SettlementDay day)
{
    if (!date.isValid())
        return {};
    const QDate candidate(date.year(), day.month, day.day);
    return candidate <= date ? candidate : QDate(date.year() - 1, day.month, day.day);
}

Period settlementPeriod(int year, SettlementDay day)
{
    return Period{QDate(year - 1, day.month, day.day).addDays(1), QDate(year, day.month, day.day).addDays(1)};
}

Result<InterestResult> settlementInterest(const Policy &policy, int year, qint64 openingBalance,
                                          const QList<Movement> &movements)
{
    const Period period = settlementPeriod(year, policy.settlementDay());
    return computeInterest(openingBalance, movements, period.from, period.to, policy.depositRates());
}

Result<InterestResult> journalInterest(qint64 balanceBefore, const QList<JournalEntry> &entries,
                                       const Period &period, QDate openedOn, const QList<DepositRate> &rates)
{
    QDate start = std::max(period.from, openedOn);
    for (const JournalEntry &e : entries) {
        if (e.interest && e.date > start)
            start = std::min(e.date, period.to);
    }
    qint64 balance = balanceBefore;
    QList<Movement> movements;
    for (const JournalEntry &e : entries) {
        if (e.date < start)
            balance += e.amount;
        else if (e.date < period.to)
            movements.append(Movement{e.date, e.amount});
    }
    return computeInterest(balance, movements, start, period.to, rates);
}

Result<InterestResult> closingInterest(const Policy &policy, QDate openedOn, QDate transactionDate,
                                       qint64 openingBalance, const QList<Movement> &movements)
{
    if (!openedOn.isValid() || !transactionDate.isValid() || transactionDate < openedOn)
        return interestError("interest.period_invalid", "period",
                             QStringLiteral("transaction date %1 before the opening date %2")
                                 .arg(iso(transactionDate), iso(openedOn)));
    // A settlement on the transaction day itself has not been posted yet: it is paid here.
    const QDate last = lastSettlementOnOrBefore(transactionDate.addDays(-1), policy.settlementDay());
    const QDate from = std::max(openedOn, last.addDays(1));
    return computeInterest(openingBalance, movements, from, transactionDate, policy.depositRates());
}

} // namespace hpf::finance
