#include "domain/money.h"
#include "finance/loan.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace hpf;
using namespace hpf::finance;

namespace {

qint64 fen(const char *text)
{
    return money::parse(QString::fromLatin1(text)).value();
}

Rate pct(const char *text)
{
    return parsePercent(QString::fromLatin1(text)).value();
}

} // namespace

Q_DECLARE_METATYPE(hpf::finance::RepaymentMethod)

class TestLoan : public QObject
{
    Q_OBJECT

private slots:
    void referenceFigures_data();
    void referenceFigures();
    void scheduleInvariants();
    void zeroRate();
    void dueDates();
    void invalidInputs_data();
    void invalidInputs();
    void ratesFromPolicy();
    void repricing_data();
    void repricing();
    void existingLoanRate_data();
    void existingLoanRate();
};

void TestLoan::referenceFigures_data()
{
    QTest::addColumn<RepaymentMethod>("method");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");          // empty: not published
    QTest::addColumn<QString>("totalInterest"); // empty: not published

    // domain.md §7, P = 500,000.00.
    QTest::newRow("等额本息 2.6% 360") << RepaymentMethod::EqualInstallment << u"2.6"_qs << 360
                                       << u"2,001.70"_qs << QString() << u"220,611.48"_qs;
    QTest::newRow("等额本息 3.075% 360") << RepaymentMethod::EqualInstallment << u"3.075"_qs << 360
                                         << u"2,128.30"_qs << QString() << QString();
    QTest::newRow("等额本息 2.1% 60")
        << RepaymentMethod::EqualInstallment << u"2.1"_qs << 60 << u"8,785.77"_qs << QString() << QString();
    QTest::newRow("等额本金 2.6% 360") << RepaymentMethod::EqualPrincipal << u"2.6"_qs << 360
                                       << u"2,472.22"_qs << u"1,391.90"_qs << u"195,541.67"_qs;
}

void TestLoan::referenceFigures()
{
    QFETCH(RepaymentMethod, method);
    QFETCH(QString, rate);
    QFETCH(int, months);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, totalInterest);

    const qint64 principal = fen("500000.00");
    const Rate annual = parsePercent(rate).value();
    const Result<Schedule> s = buildSchedule(method, principal, annual, months, QDate(2025, 6, 20));
    QVERIFY(s.ok());
    QCOMPARE(s->installments.size(), months);
    QCOMPARE(money::format(s->installments.first().payment), first);
    QCOMPARE(money::format(firstPayment(method, principal, annual, months).value()), first);
    if (method == RepaymentMethod::EqualInstallment)
        QCOMPARE(money::format(equalInstallmentPayment(principal, annual, months).value()), first);
    if (!last.isEmpty())
        QCOMPARE(money::format(s->installments.last().payment), last);
    if (!totalInterest.isEmpty())
        QCOMPARE(money::format(s->totalInterest), totalInterest);
}

void TestLoan::scheduleInvariants()
{
    QRandomGenerator rng(20241);
    for (int round = 0; round < 400; ++round) {
        const RepaymentMethod method =
            rng.bounded(2) ? RepaymentMethod::EqualPrincipal : RepaymentMethod::EqualInstallment;
        const qint64 principal = 100 + qint64(rng.bounded(Q_INT64_C(200000000)));
        const Rate annual{qint64(rng.bounded(60001))};
        const int n = 1 + int(rng.bounded(360));
        const Result<Schedule> s = buildSchedule(method, principal, annual, n);
        QVERIFY(s.ok());
        QCOMPARE(s->installments.size(), n);
        qint64 principalSum = 0;
        qint64 interestSum = 0;
        qint64 remaining = principal;
        for (const Installment &i : s->installments) {
            QCOMPARE(i.payment, i.principal + i.interest);
            QVERIFY(i.principal >= 0);
            const Int128 num = Int128(remaining) * annual.ppm;
            const Int128 den = Int128(12) * 1000000;
            const qint64 expectedInterest = qint64((2 * num + den) / (2 * den));
            if (method == RepaymentMethod::EqualPrincipal || i.number < n) {
                // The previous remaining × r, exactly half-up.
                QCOMPARE(i.interest, expectedInterest);
            } else {
                // The equal-installment residue month absorbs the drift of the rounded M against
                // the unrounded total: at most half a fen per month, compounded (≤ 3n fen for
                // rates ≤ 6% over ≤ 30 years).
                QVERIFY2(std::llabs(i.interest - expectedInterest) <= 3 * n + 1,
                         qPrintable(QStringLiteral("P=%1 ppm=%2 n=%3 residue interest %4 vs %5")
                                        .arg(principal)
                                        .arg(annual.ppm)
                                        .arg(n)
                                        .arg(i.interest)
                                        .arg(expectedInterest)));
            }
            remaining -= i.principal;
            QCOMPARE(i.remaining, remaining);
            QVERIFY(i.remaining >= 0);
            principalSum += i.principal;
            interestSum += i.interest;
        }
        QCOMPARE(remaining, qint64(0));
        QCOMPARE(principalSum, principal);
        QCOMPARE(interestSum, s->totalInterest);
        QCOMPARE(s->totalPayment, principal + s->totalInterest);
        if (method == RepaymentMethod::EqualInstallment) {
            // Every payment but the last is M; the present value of n payments of M is P to within
            // the half-fen rounding of M per month (checked in floating point as an oracle only).
            const qint64 m = s->installments.first().payment;
            for (int k = 0; k + 1 < n; ++k)
                QCOMPARE(s->installments[k].payment, m);
            const long double r = annual.ppm / 12e6L;
            long double pv = 0;
            for (int k = 1; k <= n; ++k)
                pv += m / std::pow(1.0L + r, k);
            QVERIFY2(std::fabs(pv - principal) <= 0.5L * n + 1,
                     qPrintable(QString::number(double(pv - principal))));
            QVERIFY(std::llabs(s->installments.last().payment - m) <= 4 * n + 1);
        } else {
            for (int k = 1; k < n; ++k)
                QVERIFY(s->installments[k].payment <= s->installments[k - 1].payment + 1);
        }
    }
}

void TestLoan::zeroRate()
{
    // 1,000.00 over 3 months at 0%: 333.33 + 333.33 + 333.34, no interest.
    for (const RepaymentMethod method :
         {RepaymentMethod::EqualInstallment, RepaymentMethod::EqualPrincipal}) {
        const Result<Schedule> s = buildSchedule(method, fen("1000.00"), Rate{}, 3);
        QVERIFY(s.ok());
        QCOMPARE(s->totalInterest, qint64(0));
        QCOMPARE(s->installments[0].principal + s->installments[1].principal + s->installments[2].principal,
                 fen("1000.00"));
        QCOMPARE(s->installments[0].payment, fen("333.33"));
    }
    QCOMPARE(equalInstallmentPayment(fen("1000.00"), Rate{}, 3).value(), fen("333.33"));
}

void TestLoan::dueDates()
{
    const Result<Schedule> s =
        buildSchedule(RepaymentMethod::EqualPrincipal, fen("3000.00"), pct("2.6"), 3, QDate(2025, 1, 31));
    QVERIFY(s.ok());
    QCOMPARE(s->installments[0].dueDate, QDate(2025, 1, 31));
    QCOMPARE(s->installments[1].dueDate, QDate(2025, 2, 28));
    QCOMPARE(s->installments[2].dueDate, QDate(2025, 3, 31));
    const Result<Schedule> noDates =
        buildSchedule(RepaymentMethod::EqualPrincipal, fen("3000.00"), pct("2.6"), 3);
    QVERIFY(!noDates->installments[0].dueDate.isValid());
}

void TestLoan::invalidInputs_data()
{
    QTest::addColumn<qint64>("principal");
    QTest::addColumn<qint64>("ratePpm");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("field");

    QTest::newRow("term 0") << fen("1000.00") << qint64(26000) << 0 << u"loan.term_invalid"_qs
                            << u"termMonths"_qs;
    QTest::newRow("term negative") << fen("1000.00") << qint64(26000) << -1 << u"loan.term_invalid"_qs
                                   << u"termMonths"_qs;
    QTest::newRow("term 601") << fen("1000.00") << qint64(26000) << 601 << u"loan.term_invalid"_qs
                              << u"termMonths"_qs;
    QTest::newRow("principal 0") << qint64(0) << qint64(26000) << 12 << u"loan.principal_invalid"_qs
                                 << u"principal"_qs;
    QTest::newRow("principal negative")
        << qint64(-100) << qint64(26000) << 12 << u"loan.principal_invalid"_qs << u"principal"_qs;
    QTest::newRow("principal too large")
        << money::kMaximumFen + 1 << qint64(26000) << 12 << u"loan.principal_invalid"_qs << u"principal"_qs;
    QTest::newRow("rate negative") << fen("1000.00") << qint64(-1) << 12 << u"loan.rate_invalid"_qs
                                   << u"rate"_qs;
    QTest::newRow("rate above 100%") << fen("1000.00") << qint64(1000001) << 12 << u"loan.rate_invalid"_qs
                                     << u"rate"_qs;
}

void TestLoan::invalidInputs()
{
    QFETCH(qint64, principal);
    QFETCH(qint64, ratePpm);
    QFETCH(int, months);
    QFETCH(QString, errorCode);
    QFETCH(QString, field);

    for (const RepaymentMethod method :
         {RepaymentMethod::EqualInstallment, RepaymentMethod::EqualPrincipal}) {
        const Result<Schedule> s = buildSchedule(method, principal, Rate{ratePpm}, months);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, errorCode);
        QCOMPARE(s.error().field, field);
        QCOMPARE(firstPayment(method, principal, Rate{ratePpm}, months).error().code, errorCode);
    }
}

void TestLoan::ratesFromPolicy()
{
    const Result<Policy> p = Policy::defaults();
    QVERIFY(p.ok());
    QCOMPARE(loanRateAt(*p, QDate(2025, 6, 1), HomeOrder::First, 360).value(), pct("2.60"));
    QCOMPARE(loanRateAt(*p, QDate(2025, 6, 1), HomeOrder::Second, 60).value(), pct("2.525"));
    QCOMPARE(loanRateAt(*p, QDate(2025, 6, 1), HomeOrder::Third, 60).error().code, u"loan.third_home"_qs);
    QCOMPARE(loanRateAt(*p, QDate(2020, 1, 1), HomeOrder::First, 60).error().code,
             u"policy.not_in_effect"_qs);
}

void TestLoan::repricing_data()
{
    QTest::addColumn<QDate>("change");
    QTest::addColumn<int>("rule");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("2024 change") << QDate(2024, 5, 18) << int(Repricing::NextJanuaryFirst)
                                 << QDate(2025, 1, 1);
    QTest::newRow("31 December") << QDate(2024, 12, 31) << int(Repricing::NextJanuaryFirst)
                                 << QDate(2025, 1, 1);
    QTest::newRow("1 January") << QDate(2025, 1, 1) << int(Repricing::NextJanuaryFirst) << QDate(2025, 1, 1);
    QTest::newRow("immediately") << QDate(2024, 5, 18) << int(Repricing::Immediately) << QDate(2024, 5, 18);
    QTest::newRow("invalid") << QDate() << int(Repricing::NextJanuaryFirst) << QDate();
}

void TestLoan::repricing()
{
    QFETCH(QDate, change);
    QFETCH(int, rule);
    QFETCH(QDate, expected);
    QCOMPARE(repricingDate(change, static_cast<Repricing>(rule)), expected);
}

void TestLoan::existingLoanRate_data()
{
    QTest::addColumn<QDate>("signedOn");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("rate"); // first home, 360 months; empty: not in effect

    QTest::newRow("2023 loan in 2024") << QDate(2023, 6, 1) << QDate(2024, 6, 1) << u"3.10"_qs;
    QTest::newRow("2023 loan, 31 Dec 2024") << QDate(2023, 6, 1) << QDate(2024, 12, 31) << u"3.10"_qs;
    QTest::newRow("2023 loan repriced 2025") << QDate(2023, 6, 1) << QDate(2025, 1, 1) << u"2.85"_qs;
    QTest::newRow("2023 loan after 2025 change") << QDate(2023, 6, 1) << QDate(2025, 6, 1) << u"2.85"_qs;
    QTest::newRow("2023 loan repriced 2026") << QDate(2023, 6, 1) << QDate(2026, 1, 1) << u"2.60"_qs;
    QTest::newRow("signed after change") << QDate(2024, 6, 1) << QDate(2024, 6, 1) << u"2.85"_qs;
    QTest::newRow("signed on change day") << QDate(2025, 5, 8) << QDate(2025, 5, 8) << u"2.60"_qs;
    QTest::newRow("signed day before change") << QDate(2025, 5, 7) << QDate(2025, 12, 31) << u"2.85"_qs;
    QTest::newRow("signed before table") << QDate(2020, 1, 1) << QDate(2022, 12, 31) << QString();
    QTest::newRow("old loan repriced into table") << QDate(2020, 1, 1) << QDate(2023, 1, 1) << u"3.10"_qs;
    QTest::newRow("invalid date") << QDate(2023, 6, 1) << QDate() << QString();
}

void TestLoan::existingLoanRate()
{
    QFETCH(QDate, signedOn);
    QFETCH(QDate, on);
    QFETCH(QString, rate);

    const Result<Policy> p = Policy::defaults();
    QVERIFY(p.ok());
    const Result<Rate> r = existingLoanRateAt(*p, signedOn, on, HomeOrder::First, 360);
    if (rate.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"policy.not_in_effect"_qs);
        return;
    }
    QVERIFY(r.ok());
    QCOMPARE(toPercentString(*r), rate);
}

QTEST_GUILESS_MAIN(TestLoan)
#include "tst_loan.moc"
