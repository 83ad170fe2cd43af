#include "domain/money.h"
#include "finance/interest.h"

#include <QRandomGenerator>
#include <QTest>

using namespace hpf;
using namespace hpf::finance;

namespace {

qint64 fen(const char *text)
{
    return money::parse(QString::fromLatin1(text), u"amount"_qs, money::ParseOptions{true}).value();
}

Rate pct(const char *text)
{
    return parsePercent(QString::fromLatin1(text)).value();
}

const QList<DepositRate> kUniform{{QDate(2016, 2, 21), Rate{15000}}};

// Independent oracle: walk day by day, Σ balance × ppm, divide by 360 × 10^6 half-up.
qint64 bruteForce(qint64 opening, const QList<Movement> &movements, QDate from, QDate to,
                  const QList<DepositRate> &rates)
{
    Int128 sum = 0;
    for (QDate day = from; day < to; day = day.addDays(1)) {
        qint64 balance = opening;
        for (const Movement &m : movements) {
            if (m.date <= day)
                balance += m.amount;
        }
        qint64 ppm = -1;
        for (const DepositRate &r : rates) {
            if (r.effectiveFrom <= day)
                ppm = r.annual.ppm;
        }
        sum += Int128(balance) * ppm;
    }
    const Int128 den = Int128(360) * 1000000;
    return qint64((2 * sum + den) / (2 * den));
}

} // namespace

class TestInterest : public QObject
{
    Q_OBJECT

private slots:
    void threeHundredSixtyDays();
    void midPeriodDeposit();
    void rateChangeInsidePeriod();
    void withdrawalAndSameDay();
    void errors_data();
    void errors();
    void emptyPeriod();
    void lastSettlement_data();
    void lastSettlement();
    void settlementYear();
    void closing_data();
    void closing();
    void journal_data();
    void journal();
    void matchesDailyOracle();
};

void TestInterest::threeHundredSixtyDays()
{
    const QDate from(2024, 7, 1);
    const Result<InterestResult> r = computeInterest(fen("10000.00"), {}, from, from.addDays(360), kUniform);
    QVERIFY(r.ok());
    QCOMPARE(r->interest, fen("150.00"));
    QCOMPARE(r->segments.size(), 1);
    QCOMPARE(r->segments.first().days(), qint64(360));
    QCOMPARE(r->closingBalance, fen("10000.00"));
}

void TestInterest::midPeriodDeposit()
{
    // 10,000.00 for 365 days plus 1,000.00 from 2025-01-01 (181 days):
    // (1,000,000 × 365 + 100,000 × 181) × 1.5% / 360 = 15,962.5 fen → half-up 159.63.
    const Result<InterestResult> r = computeInterest(fen("10000.00"), {{QDate(2025, 1, 1), fen("1000.00")}},
                                                     QDate(2024, 7, 1), QDate(2025, 7, 1), kUniform);
    QVERIFY(r.ok());
    QCOMPARE(r->interest, fen("159.63"));
    QCOMPARE(r->segments.size(), 2);
    QCOMPARE(r->segments[0].days(), qint64(184));
    QCOMPARE(r->segments[1].days(), qint64(181));
    QCOMPARE(r->segments[1].balance, fen("11000.00"));
    QCOMPARE(r->closingBalance, fen("11000.00"));
}

void TestInterest::rateChangeInsidePeriod()
{
    // 1.50% until 2024-12-31, 2.00% from 2025-01-01: 184 days × 1.5% + 181 days × 2% on 10,000.00
    // = 7,666.67 + 10,055.56 fen (unrounded) = 17,722.22 → 177.22.
    const QList<DepositRate> rates{{QDate(2016, 2, 21), pct("1.50")}, {QDate(2025, 1, 1), pct("2.00")}};
    const Result<InterestResult> r =
        computeInterest(fen("10000.00"), {}, QDate(2024, 7, 1), QDate(2025, 7, 1), rates);
    QVERIFY(r.ok());
    QCOMPARE(r->interest, fen("177.22"));
    QCOMPARE(r->segments.size(), 2);
    QCOMPARE(r->segments[0].to, QDate(2025, 1, 1));
    QCOMPARE(r->segments[0].annualRate, pct("1.50"));
    QCOMPARE(r->segments[1].annualRate, pct("2.00"));
    // A change on the first day of the period applies from the first day.
    const Result<InterestResult> s =
        computeInterest(fen("10000.00"), {}, QDate(2025, 1, 1), QDate(2025, 1, 1).addDays(360), rates);
    QVERIFY(s.ok());
    QCOMPARE(s->interest, fen("200.00"));
}

void TestInterest::withdrawalAndSameDay()
{
    // Two same-day movements net to −2,000.00 from day 180 of 360: 10,000 × 180 + 8,000 × 180 days.
    const QDate from(2024, 7, 1);
    const QList<Movement> moves{{from.addDays(180), fen("-3000.00")}, {from.addDays(180), fen("1000.00")}};
    const Result<InterestResult> r =
        computeInterest(fen("10000.00"), moves, from, from.addDays(360), kUniform);
    QVERIFY(r.ok());
    // (1,000,000 + 800,000) × 180 × 1.5% / 360 = 13,500 fen.
    QCOMPARE(r->interest, fen("135.00"));
    QCOMPARE(r->closingBalance, fen("8000.00"));
    QCOMPARE(r->segments.size(), 2);
}

void TestInterest::errors_data()
{
    QTest::addColumn<qint64>("opening");
    QTest::addColumn<QDate>("moveDate");
    QTest::addColumn<qint64>("moveAmount");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("errorCode");

    const QDate f(2024, 7, 1), t(2025, 7, 1);
    QTest::newRow("movement on the end day")
        << fen("1.00") << t << fen("1.00") << f << t << u"interest.movement_out_of_range"_qs;
    QTest::newRow("movement before") << fen("1.00") << f.addDays(-1) << fen("1.00") << f << t
                                     << u"interest.movement_out_of_range"_qs;
    QTest::newRow("goes negative") << fen("100.00") << f.addDays(5) << fen("-100.01") << f << t
                                   << u"interest.negative_balance"_qs;
    QTest::newRow("negative opening")
        << fen("-0.01") << QDate() << qint64(0) << f << t << u"interest.opening_invalid"_qs;
    QTest::newRow("to before from") << fen("1.00") << QDate() << qint64(0) << t << f
                                    << u"interest.period_invalid"_qs;
    QTest::newRow("invalid from") << fen("1.00") << QDate() << qint64(0) << QDate() << t
                                  << u"interest.period_invalid"_qs;
    QTest::newRow("invalid movement date")
        << fen("1.00") << QDate(2024, 2, 30) << fen("1.00") << f << t << u"interest.movement_invalid"_qs;
    QTest::newRow("huge movement") << fen("1.00") << f << money::kMaximumFen + 1 << f << t
                                   << u"interest.movement_invalid"_qs;
    QTest::newRow("balance overflow")
        << money::kMaximumFen << f << fen("0.01") << f << t << u"interest.balance_too_large"_qs;
    QTest::newRow("before any rate") << fen("1.00") << QDate() << qint64(0) << QDate(2016, 2, 20) << t
                                     << u"policy.not_in_effect"_qs;
}

void TestInterest::errors()
{
    QFETCH(qint64, opening);
    QFETCH(QDate, moveDate);
    QFETCH(qint64, moveAmount);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, errorCode);

    QList<Movement> moves;
    if (moveAmount != 0 || moveDate.isValid())
        moves.append(Movement{moveDate, moveAmount});
    const Result<InterestResult> r = computeInterest(opening, moves, from, to, kUniform);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, errorCode);
}

void TestInterest::emptyPeriod()
{
    const QDate d(2025, 3, 1);
    const Result<InterestResult> r = computeInterest(fen("5000.00"), {}, d, d, kUniform);
    QVERIFY(r.ok());
    QCOMPARE(r->interest, qint64(0));
    QVERIFY(r->segments.isEmpty());
    // Zero balance and a zero rate both give zero.
    QCOMPARE(computeInterest(0, {}, d, d.addDays(100), kUniform)->interest, qint64(0));
    QCOMPARE(computeInterest(fen("5000.00"), {}, d, d.addDays(100), {{QDate(2000, 1, 1), Rate{}}})->interest,
             qint64(0));
}

void TestInterest::lastSettlement_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("settlement day") << QDate(2025, 6, 30) << QDate(2025, 6, 30);
    QTest::newRow("day after") << QDate(2025, 7, 1) << QDate(2025, 6, 30);
    QTest::newRow("day before") << QDate(2025, 6, 29) << QDate(2024, 6, 30);
    QTest::newRow("new year") << QDate(2025, 1, 1) << QDate(2024, 6, 30);
    QTest::newRow("leap day") << QDate(2024, 2, 29) << QDate(2023, 6, 30);
    QTest::newRow("invalid") << QDate() << QDate();
}

void TestInterest::lastSettlement()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(lastSettlementOnOrBefore(date, SettlementDay{}), expected);
}

void TestInterest::settlementYear()
{
    const Period p = settlementPeriod(2025, SettlementDay{});
    QCOMPARE(p.from, QDate(2024, 7, 1));
    QCOMPARE(p.to, QDate(2025, 7, 1));

    const Result<Policy> policy = Policy::defaults();
    QVERIFY(policy.ok());
    // 365 days × 10,000.00 × 1.5% / 360 = 15,208.33 fen → 152.08.
    const Result<InterestResult> r = settlementInterest(*policy, 2025, fen("10000.00"), {});
    QVERIFY(r.ok());
    QCOMPARE(r->interest, fen("152.08"));
    QCOMPARE(r->from, QDate(2024, 7, 1));
    QCOMPARE(r->to, QDate(2025, 7, 1));
    const Result<InterestResult> outside =
        settlementInterest(*policy, 2025, fen("10000.00"), {{QDate(2025, 7, 1), fen("1.00")}});
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().code, u"interest.movement_out_of_range"_qs);
}

void TestInterest::closing_data()
{
    QTest::addColumn<QDate>("openedOn");
    QTest::addColumn<QDate>("transaction");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QString>("interest");

    // 10,000.00 from the day after the last settlement (or the opening day) to the transaction day.
    // 243 days: 1,000,000 × 243 × 1.5% / 360 = 10,125 fen.
    QTest::newRow("since settlement")
        << QDate(2020, 3, 15) << QDate(2025, 3, 1) << QDate(2024, 7, 1) << u"101.25"_qs;
    // 151 days: 6,291.67 fen.
    QTest::newRow("opened later") << QDate(2024, 10, 1) << QDate(2025, 3, 1) << QDate(2024, 10, 1)
                                  << u"62.92"_qs;
    // On the settlement day itself the year's settlement is not posted yet: 364 days, 15,166.67 fen.
    QTest::newRow("on settlement day")
        << QDate(2020, 1, 1) << QDate(2025, 6, 30) << QDate(2024, 7, 1) << u"151.67"_qs;
    QTest::newRow("day after settlement")
        << QDate(2020, 1, 1) << QDate(2025, 7, 1) << QDate(2025, 7, 1) << u"0.00"_qs;
    QTest::newRow("same day opened") << QDate(2025, 3, 1) << QDate(2025, 3, 1) << QDate(2025, 3, 1)
                                     << u"0.00"_qs;
}

void TestInterest::closing()
{
    QFETCH(QDate, openedOn);
    QFETCH(QDate, transaction);
    QFETCH(QDate, from);
    QFETCH(QString, interest);

    const Result<Policy> policy = Policy::defaults();
    QVERIFY(policy.ok());
    const Result<InterestResult> r = closingInterest(*policy, openedOn, transaction, fen("10000.00"), {});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->from, from);
    QCOMPARE(r->to, transaction);
    QCOMPARE(money::format(r->interest), interest);
}

// journalInterest over the year [2025-07-01, 2026-07-01) at 1.5%; entries as "date:fen[:i]" (i: 09).
void TestInterest::journal_data()
{
    QTest::addColumn<qint64>("before");
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QDate>("openedOn");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<qint64>("opening");
    QTest::addColumn<qint64>("interest");
    const QDate old(2020, 1, 1);
    // 3,000,000 × 365 d × 0.015 / 360 = 45,625
    QTest::newRow("balance before") << qint64(3000000) << QString() << old << QDate(2025, 7, 1)
                                    << qint64(3000000) << qint64(45625);
    // 2,000,000 × 273 d = 22,750
    QTest::newRow("opened later") << qint64(0) << u"2025-10-01:2000000"_qs << QDate(2025, 10, 1)
                                  << QDate(2025, 10, 1) << qint64(0) << qint64(22750);
    // From the 09 on 12-01: 1,005,792 × 212 d = 8,884.496 → 8,884
    QTest::newRow("interest credited inside")
        << qint64(0) << u"2025-07-15:1000000;2025-12-01:5792:i"_qs << QDate(2025, 7, 15) << QDate(2025, 12, 1)
        << qint64(1000000) << qint64(8884);
    // An entry after the period earns nothing here: 1,000,000 × 365 d = 15,208.33
    QTest::newRow("entry after the period") << qint64(1000000) << u"2026-07-10:700000"_qs << old
                                            << QDate(2025, 7, 1) << qint64(1000000) << qint64(15208);
    QTest::newRow("interest dated the end") << qint64(1000000) << u"2026-07-01:100:i"_qs << old
                                            << QDate(2026, 7, 1) << qint64(1000000) << qint64(0);
    // 92 d × 1,000,000 + 151 d × 1,500,000 + 122 d × 1,200,000 = 464,900,000 → 19,370.83
    QTest::newRow("any order") << qint64(1000000) << u"2026-03-01:-300000;2025-10-01:500000"_qs << old
                               << QDate(2025, 7, 1) << qint64(1000000) << qint64(19371);
}

void TestInterest::journal()
{
    QFETCH(qint64, before);
    QFETCH(QString, entries);
    QFETCH(QDate, openedOn);
    QFETCH(QDate, start);
    QFETCH(qint64, opening);
    QFETCH(qint64, interest);
    QList<JournalEntry> list;
    for (const QString &e : entries.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = e.split(u':');
        list.append(JournalEntry{QDate::fromString(parts.at(0), Qt::ISODate), parts.at(1).toLongLong(),
                                 parts.size() > 2});
    }
    const Period period{QDate(2025, 7, 1), QDate(2026, 7, 1)};
    const Result<InterestResult> r = journalInterest(before, list, period, openedOn, kUniform);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->from, start);
    QCOMPARE(r->to, period.to);
    QCOMPARE(r->openingBalance, opening);
    QCOMPARE(r->interest, interest);
}

void TestInterest::matchesDailyOracle()
{
    QRandomGenerator rng(360);
    const QList<DepositRate> rates{{QDate(2016, 2, 21), pct("1.50")},
                                   {QDate(2024, 11, 11), pct("1.35")},
                                   {QDate(2025, 2, 2), pct("0")},
                                   {QDate(2025, 3, 3), pct("2.1234")}};
    for (int round = 0; round < 300; ++round) {
        const QDate from = QDate(2024, 7, 1).addDays(rng.bounded(60));
        const QDate to = from.addDays(rng.bounded(400));
        const qint64 opening = qint64(rng.bounded(100000000));
        QList<Movement> moves;
        const int count = from == to ? 0 : int(rng.bounded(8));
        for (int i = 0; i < count; ++i)
            moves.append(Movement{from.addDays(rng.bounded(int(from.daysTo(to)))),
                                  qint64(rng.bounded(3000000)) - 1000000});
        // In date order (as the function applies them), a day ending below zero must be refused.
        std::stable_sort(moves.begin(), moves.end(),
                         [](const Movement &a, const Movement &b) { return a.date < b.date; });
        qint64 check = opening;
        bool neverNegative = true;
        for (qsizetype i = 0; i < moves.size(); ++i) { // same-day movements net out first
            check += moves[i].amount;
            if (i + 1 == moves.size() || moves[i + 1].date != moves[i].date)
                neverNegative = neverNegative && check >= 0;
        }
        const Result<InterestResult> r = computeInterest(opening, moves, from, to, rates);
        if (!neverNegative) {
            QVERIFY(!r.ok());
            continue;
        }
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->interest, bruteForce(opening, moves, from, to, rates));
        qint64 days = 0;
        for (const InterestSegment &s : r->segments)
            days += s.days();
        QCOMPARE(days, from.daysTo(to));
    }
}

QTEST_GUILESS_MAIN(TestInterest)
#include "tst_interest.moc"
