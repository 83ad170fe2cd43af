// Loan limits and eligibility (loan.h, loanlimits.cpp).
#include "domain/money.h"
#include "finance/loan.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

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

LoanLimits demoLimits()
{
    LoanLimits l;
    l.effectiveFrom = QDate(2022, 10, 1);
    l.maxTermMonths = 360;
    l.maxAgeAtEnd = 65;
    l.centerCap = fen("700000.00");
    l.balanceMultiple = 15;
    l.maxLoanToValueFirst = pct("80");
    l.maxLoanToValueSecond = pct("70");
    l.maxRepaymentToIncome = pct("50");
    l.minContinuousDepositMonths = 6;
    l.amountStep = fen("100.00");
    return l;
}

QStringList codes(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out.append(e.code);
    return out;
}

} // namespace

class TestLoanLimits : public QObject
{
    Q_OBJECT

private slots:
    void limit_data();
    void limit();
    void limitRepaymentIsTight();
    void limitErrors_data();
    void limitErrors();
    void eligibility_data();
    void eligibility();
    void age_data();
    void age();
};

void TestLoanLimits::limit_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("balance");
    QTest::addColumn<QString>("income");
    QTest::addColumn<QString>("debt");
    QTest::addColumn<int>("bound");
    QTest::addColumn<QString>("amount"); // empty: check against byRepayment

    // Cap 700,000.00; LTV 80% / 70%; balance × 15; installment ≤ 50% of income; step 100.00.
    QTest::newRow("cap") << u"2000000.00"_qs << 1 << u"100000.00"_qs << u"50000.00"_qs << u"0"_qs
                         << int(LimitBound::CenterCap) << u"700,000.00"_qs;
    QTest::newRow("price") << u"500000.00"_qs << 1 << u"100000.00"_qs << u"50000.00"_qs << u"0"_qs
                           << int(LimitBound::PriceRatio) << u"400,000.00"_qs;
    QTest::newRow("price second home") << u"500000.00"_qs << 2 << u"100000.00"_qs << u"50000.00"_qs << u"0"_qs
                                       << int(LimitBound::PriceRatio) << u"350,000.00"_qs;
    QTest::newRow("price rounded to step") << u"500123.45"_qs << 1 << u"100000.00"_qs << u"50000.00"_qs
                                           << u"0"_qs << int(LimitBound::PriceRatio) << u"400,000.00"_qs;
    QTest::newRow("balance") << u"2000000.00"_qs << 1 << u"20000.00"_qs << u"50000.00"_qs << u"0"_qs
                             << int(LimitBound::BalanceMultiple) << u"300,000.00"_qs;
    QTest::newRow("zero balance") << u"2000000.00"_qs << 1 << u"0"_qs << u"50000.00"_qs << u"0"_qs
                                  << int(LimitBound::BalanceMultiple) << u"0.00"_qs;
    QTest::newRow("repayment") << u"2000000.00"_qs << 1 << u"100000.00"_qs << u"2000.00"_qs << u"0"_qs
                               << int(LimitBound::RepaymentAbility) << QString();
    QTest::newRow("debt eats income") << u"2000000.00"_qs << 1 << u"100000.00"_qs << u"2000.00"_qs
                                      << u"1000.00"_qs << int(LimitBound::RepaymentAbility) << u"0.00"_qs;
    QTest::newRow("no income") << u"2000000.00"_qs << 1 << u"100000.00"_qs << u"0"_qs << u"0"_qs
                               << int(LimitBound::RepaymentAbility) << u"0.00"_qs;
    // A tie between cap and price names the cap (the first in order).
    QTest::newRow("tie") << u"875000.00"_qs << 1 << u"100000.00"_qs << u"50000.00"_qs << u"0"_qs
                         << int(LimitBound::CenterCap) << u"700,000.00"_qs;
}

void TestLoanLimits::limit()
{
    QFETCH(QString, price);
    QFETCH(int, order);
    QFETCH(QString, balance);
    QFETCH(QString, income);
    QFETCH(QString, debt);
    QFETCH(int, bound);
    QFETCH(QString, amount);

    LimitInput in;
    in.price = money::parse(price).value();
    in.homeOrder = static_cast<HomeOrder>(order);
    in.depositBalance = money::parse(balance).value();
    in.monthlyIncome = money::parse(income).value();
    in.monthlyDebt = money::parse(debt).value();
    in.annualRate = pct("2.6");
    in.termMonths = 360;
    const Result<LoanLimit> l = computeLoanLimit(demoLimits(), in);
    QVERIFY(l.ok());
    QCOMPARE(int(l->boundBy), bound);
    if (!amount.isEmpty())
        QCOMPARE(money::format(l->amount), amount);
    else
        QCOMPARE(l->amount, l->byRepayment - l->byRepayment % fen("100.00"));
    QCOMPARE(l->amount % fen("100.00"), qint64(0));
    QVERIFY(l->amount <= std::min({l->byCap, l->byPrice, l->byBalance, l->byRepayment}));
}

void TestLoanLimits::limitRepaymentIsTight()
{
    // byRepayment is the largest principal whose first payment fits: one fen more does not.
    QRandomGenerator rng(50);
    for (int round = 0; round < 100; ++round) {
        LimitInput in;
        in.price = fen("9000000.00");
        in.depositBalance = fen("900000.00");
        in.monthlyIncome = fen("1000.00") + qint64(rng.bounded(5000000));
        in.annualRate = Rate{qint64(rng.bounded(50000))};
        in.termMonths = 12 + int(rng.bounded(349));
        in.method = rng.bounded(2) ? RepaymentMethod::EqualPrincipal : RepaymentMethod::EqualInstallment;
        const Result<LoanLimit> l = computeLoanLimit(demoLimits(), in);
        QVERIFY(l.ok());
        const qint64 maxPayment = in.monthlyIncome / 2;
        QVERIFY(l->byRepayment > 0);
        QVERIFY(firstPayment(in.method, l->byRepayment, in.annualRate, in.termMonths).value() <= maxPayment);
        QVERIFY(firstPayment(in.method, l->byRepayment + 1, in.annualRate, in.termMonths).value() >
                maxPayment);
    }
}

void TestLoanLimits::limitErrors_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("income");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("third home") << 3 << fen("1000000.00") << fen("1.00") << fen("1.00") << 360
                                << u"loan.third_home"_qs;
    QTest::newRow("price zero") << 1 << qint64(0) << fen("1.00") << fen("1.00") << 360
                                << u"loan.price_invalid"_qs;
    QTest::newRow("balance negative")
        << 1 << fen("1.00") << qint64(-1) << fen("1.00") << 360 << u"loan.balance_invalid"_qs;
    QTest::newRow("income negative") << 1 << fen("1.00") << fen("1.00") << qint64(-1) << 360
                                     << u"loan.income_invalid"_qs;
    QTest::newRow("term 0") << 1 << fen("1.00") << fen("1.00") << fen("1.00") << 0 << u"loan.term_invalid"_qs;
}

void TestLoanLimits::limitErrors()
{
    QFETCH(int, order);
    QFETCH(qint64, price);
    QFETCH(qint64, balance);
    QFETCH(qint64, income);
    QFETCH(int, months);
    QFETCH(QString, errorCode);

    LimitInput in;
    in.homeOrder = static_cast<HomeOrder>(order);
    in.price = price;
    in.depositBalance = balance;
    in.monthlyIncome = income;
    in.termMonths = months;
    in.annualRate = pct("2.6");
    const Result<LoanLimit> l = computeLoanLimit(demoLimits(), in);
    QVERIFY(!l.ok());
    QCOMPARE(l.error().code, errorCode);
}

void TestLoanLimits::eligibility_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("applied");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("depositMonths");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("outstanding");
    QTest::addColumn<QStringList>("expected");

    const QDate b(1985, 6, 15);
    QTest::newRow("eligible") << b << QDate(2025, 6, 1) << 300 << 24 << 1 << false << QStringList();
    QTest::newRow("age + term exactly 65")
        << b << QDate(2025, 6, 15) << 300 << 24 << 1 << false << QStringList();
    QTest::newRow("one month over") << b << QDate(2025, 6, 15) << 301 << 24 << 1 << false
                                    << QStringList{u"loan.age_exceeded"_qs};
    QTest::newRow("day before birthday")
        << b << QDate(2025, 6, 14) << 312 << 24 << 1 << false << QStringList();
    QTest::newRow("on birthday") << b << QDate(2025, 6, 15) << 312 << 24 << 1 << false
                                 << QStringList{u"loan.age_exceeded"_qs};
    QTest::newRow("term 360") << QDate(1995, 1, 1) << QDate(2025, 6, 1) << 360 << 6 << 2 << false
                              << QStringList();
    QTest::newRow("term 361") << QDate(1995, 1, 1) << QDate(2025, 6, 1) << 361 << 6 << 1 << false
                              << QStringList{u"loan.term_too_long"_qs};
    QTest::newRow("term 0") << b << QDate(2025, 6, 1) << 0 << 24 << 1 << false
                            << QStringList{u"loan.term_invalid"_qs};
    QTest::newRow("5 deposit months")
        << b << QDate(2025, 6, 1) << 120 << 5 << 1 << false << QStringList{u"loan.deposit_months"_qs};
    QTest::newRow("third home") << b << QDate(2025, 6, 1) << 120 << 24 << 3 << false
                                << QStringList{u"loan.third_home"_qs};
    QTest::newRow("second, first unsettled")
        << b << QDate(2025, 6, 1) << 120 << 24 << 2 << true << QStringList{u"loan.outstanding_loan"_qs};
    QTest::newRow("no birth date") << QDate() << QDate(2025, 6, 1) << 120 << 24 << 1 << false
                                   << QStringList{u"loan.birth_date_invalid"_qs};
    QTest::newRow("born after applying") << QDate(2030, 1, 1) << QDate(2025, 6, 1) << 120 << 24 << 1 << false
                                         << QStringList{u"loan.birth_date_invalid"_qs};
    QTest::newRow("everything wrong") << QDate(1960, 1, 1) << QDate(2025, 6, 1) << 400 << 0 << 3 << true
                                      << QStringList{u"loan.term_too_long"_qs, u"loan.age_exceeded"_qs,
                                                     u"loan.deposit_months"_qs, u"loan.third_home"_qs};
}

void TestLoanLimits::eligibility()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, applied);
    QFETCH(int, months);
    QFETCH(int, depositMonths);
    QFETCH(int, order);
    QFETCH(bool, outstanding);
    QFETCH(QStringList, expected);

    const EligibilityInput in{applied,    birth, months, depositMonths, static_cast<HomeOrder>(order),
                              outstanding};
    QCOMPARE(codes(checkEligibility(demoLimits(), in)), expected);
}

void TestLoanLimits::age_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("years");

    QTest::newRow("birthday") << QDate(1990, 3, 10) << QDate(2025, 3, 10) << 35;
    QTest::newRow("day before") << QDate(1990, 3, 10) << QDate(2025, 3, 9) << 34;
    QTest::newRow("leap birthday, common year") << QDate(2000, 2, 29) << QDate(2023, 2, 28) << 22;
    QTest::newRow("leap birthday, 1 March") << QDate(2000, 2, 29) << QDate(2023, 3, 1) << 23;
    QTest::newRow("leap birthday, leap year") << QDate(2000, 2, 29) << QDate(2024, 2, 29) << 24;
    QTest::newRow("newborn") << QDate(2025, 1, 1) << QDate(2025, 1, 1) << 0;
}

void TestLoanLimits::age()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, years);
    QCOMPARE(ageInYears(birth, on), years);
}

QTEST_GUILESS_MAIN(TestLoanLimits)
#include "tst_loanlimits.moc"
