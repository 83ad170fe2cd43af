// The loan judgement: every rule's verdict, the rate, the limit and the first payment
// (loaneligibility.h). Amounts are checked to the fen against the values in domain.md §7.
#include "domain/money.h"
#include "finance/loaneligibility.h"

#include <QTest>

using namespace hpf;
using namespace hpf::finance;

Q_DECLARE_METATYPE(hpf::finance::LoanFacts)

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

// The PBoC row of 2025-05-08 (domain.md §7): 2.10 / 2.60 / 2.525 / 3.075.
LoanRates rates2025()
{
    return LoanRates{QDate(2025, 5, 8), pct("2.10"), pct("2.60"), pct("2.525"), pct("3.075")};
}

// Eligible: 35 years old, 24 months of deposits, first home, 500,000 over 360 months at 2.60%.
// Limit = min(cap 700,000; price 1,000,000 × 80%; balance 40,000 × 15 = 600,000; income 10,000).
LoanFacts base()
{
    LoanFacts f;
    f.applicationDate = QDate(2025, 6, 1);
    f.birthDate = QDate(1990, 1, 1);
    f.continuousDepositMonths = 24;
    f.amount = fen("500000.00");
    f.termMonths = 360;
    f.price = fen("1000000.00");
    f.depositBalance = fen("40000.00");
    f.monthlyIncome = fen("10000.00");
    return f;
}

template<typename Change>
LoanFacts with(Change change)
{
    LoanFacts f = base();
    change(f);
    return f;
}

// "rule=code@field" for each failed verdict, in judgement order.
QStringList failures(const LoanJudgement &j)
{
    QStringList out;
    for (const LoanVerdict &v : j.rules) {
        if (!v.passed)
            out.append(v.rule + u'=' + v.code + u'@' + v.field);
    }
    return out;
}

} // namespace

class TestLoanEligibility : public QObject
{
    Q_OBJECT

private slots:
    void judgement_data();
    void judgement();
    void everyRuleListed();
    void malformedFacts_data();
    void malformedFacts();
};

void TestLoanEligibility::judgement_data()
{
    QTest::addColumn<LoanFacts>("facts");
    QTest::addColumn<QStringList>("failed");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("rate");    // empty: not priced
    QTest::addColumn<QString>("payment"); // first payment; empty: not checked
    QTest::addColumn<QString>("limit");   // empty: not checked
    QTest::addColumn<int>("bound");       // LimitBound, −1: not checked

    const QStringList none;
    const int cap = int(LimitBound::CenterCap), price = int(LimitBound::PriceRatio),
              balance = int(LimitBound::BalanceMultiple), repayment = int(LimitBound::RepaymentAbility);
    Q_UNUSED(cap)

    QTest::newRow("domain 500,000 at 2.6%/360 → 2,001.70")
        << base() << none << 1 << u"2.60"_qs << u"2,001.70"_qs << u"600,000.00"_qs << balance;
    QTest::newRow("equal principal: first 2,472.22")
        << with([](LoanFacts &f) { f.method = RepaymentMethod::EqualPrincipal; }) << none << 1 << u"2.60"_qs
        << u"2,472.22"_qs << QString() << -1;
    QTest::newRow("second loan, first settled: 3.075%/360 → 2,128.30, 70%") << with([](LoanFacts &f) {
        f.settledLoans = 1;
        f.price = fen("900000.00");         // × 70% = 630,000
        f.depositBalance = fen("50000.00"); // balance bound 750,000: the price ratio binds
    }) << none << 2 << u"3.075"_qs << u"2,128.30"_qs << u"630,000.00"_qs << price;
    QTest::newRow("2.1%/60 → 8,785.77") << with([](LoanFacts &f) {
        f.termMonths = 60;
        f.monthlyIncome = fen("20000.00");
    }) << none << 1 << u"2.10"_qs << u"8,785.77"_qs
                                        << QString() << -1;
    QTest::newRow("2.1%/60 on 10,000 income: share and amount fail")
        << with([](LoanFacts &f) { f.termMonths = 60; })
        << QStringList{u"income_share=loan.income_share@amountFen"_qs,
                       u"amount=loan.amount_above_limit@amountFen"_qs}
        << 1 << u"2.10"_qs << u"8,785.77"_qs << QString() << repayment;

    // age + term: 64 full years + 12 months = 65 passes, one month more fails.
    const auto old = [](int months) {
        return with([months](LoanFacts &f) {
            f.birthDate = QDate(1960, 6, 2); // 64 on 2025-06-01 (65 the next day)
            f.termMonths = months;
            f.amount = fen("50000.00");
        });
    };
    QTest::newRow("age 64 + 12 months") << old(12) << none << 1 << u"2.10"_qs << QString() << QString() << -1;
    QTest::newRow("age 64 + 13 months") << old(13) << QStringList{u"age_term=loan.age_exceeded@termMonths"_qs}
                                        << 1 << u"2.10"_qs << QString() << QString() << -1;
    QTest::newRow("no birth date") << with([](LoanFacts &f) {
        f.birthDate = QDate();
    }) << QStringList{u"age_term=loan.birth_date_invalid@borrower.documentNumber"_qs}
                                   << 1 << u"2.60"_qs << QString() << QString() << -1;

    const auto young = [](int months) {
        return with([months](LoanFacts &f) {
            f.birthDate = QDate(1995, 1, 1);
            f.termMonths = months;
        });
    };
    QTest::newRow("term 360") << young(360) << none << 1 << u"2.60"_qs << u"2,001.70"_qs << QString() << -1;
    QTest::newRow("term 361") << young(361) << QStringList{u"term=loan.term_too_long@termMonths"_qs} << 1
                              << u"2.60"_qs << QString() << QString() << -1;

    QTest::newRow("6 deposit months") << with([](LoanFacts &f) { f.continuousDepositMonths = 6; }) << none
                                      << 1 << u"2.60"_qs << QString() << QString() << -1;
    QTest::newRow("5 deposit months") << with([](LoanFacts &f) { f.continuousDepositMonths = 5; })
                                      << QStringList{u"deposit_months=loan.deposit_months@borrower"_qs} << 1
                                      << u"2.60"_qs << QString() << QString() << -1;
    QTest::newRow("0 deposit months") << with([](LoanFacts &f) { f.continuousDepositMonths = 0; })
                                      << QStringList{u"deposit_months=loan.deposit_months@borrower"_qs} << 1
                                      << u"2.60"_qs << QString() << QString() << -1;

    const QStringList openFirst{u"household_loan=loan.outstanding_loan@borrower"_qs,
                                u"second_after_settled=loan.second_before_settled@homeOrder"_qs};
    QTest::newRow("second home while the first is open") << with([](LoanFacts &f) {
        f.declaredOrder = HomeOrder::Second;
        f.openLoans = 1;
    }) << openFirst << 2 << u"3.075"_qs << QString() << QString()
                                                         << -1;
    QTest::newRow("declared first, a household loan open")
        << with([](LoanFacts &f) { f.openLoans = 1; }) << openFirst << 2 << u"3.075"_qs << QString()
        << QString() << -1;
    QTest::newRow("declared second, no earlier fund loan")
        << with([](LoanFacts &f) { f.declaredOrder = HomeOrder::Second; }) << none << 2 << u"3.075"_qs
        << u"2,128.30"_qs << QString() << -1;

    const QStringList third{u"third_home=loan.third_home@homeOrder"_qs,
                            u"income_share=loan.third_home@homeOrder"_qs,
                            u"amount=loan.third_home@homeOrder"_qs};
    QTest::newRow("third home declared") << with([](LoanFacts &f) { f.declaredOrder = HomeOrder::Third; })
                                         << third << 3 << QString() << QString() << QString() << -1;
    QTest::newRow("third loan: two settled") << with([](LoanFacts &f) { f.settledLoans = 2; }) << third << 3
                                             << QString() << QString() << QString() << -1;
    QStringList thirdOpen = third;
    thirdOpen.prepend(u"household_loan=loan.outstanding_loan@borrower"_qs);
    QTest::newRow("third loan: one open, one settled") << with([](LoanFacts &f) {
        f.openLoans = 1;
        f.settledLoans = 1;
    }) << thirdOpen << 3 << QString() << QString() << QString()
                                                       << -1;

    // Income share: 50% of 4,003.40 = 2,001.70 exactly the first payment; a fen less income or a
    // fen of other debt fails (and the repayment bound drops below the amount).
    QTest::newRow("income share exactly at the limit")
        << with([](LoanFacts &f) { f.monthlyIncome = fen("4003.40"); }) << none << 1 << u"2.60"_qs
        << u"2,001.70"_qs << u"500,000.00"_qs << repayment;
    const QStringList share{u"income_share=loan.income_share@amountFen"_qs,
                            u"amount=loan.amount_above_limit@amountFen"_qs};
    QTest::newRow("income a fen short")
        << with([](LoanFacts &f) { f.monthlyIncome = fen("4003.39"); }) << share << 1 << u"2.60"_qs
        << u"2,001.70"_qs << u"499,900.00"_qs << repayment;
    QTest::newRow("a fen of other debt") << with([](LoanFacts &f) {
        f.monthlyIncome = fen("4003.40");
        f.monthlyDebt = 1;
    }) << share << 1 << u"2.60"_qs << u"2,001.70"_qs
                                         << u"499,900.00"_qs << repayment;

    QTest::newRow("amount at the limit") << with([](LoanFacts &f) { f.amount = fen("600000.00"); }) << none
                                         << 1 << u"2.60"_qs << QString() << u"600,000.00"_qs << balance;
    QTest::newRow("amount a fen above the limit")
        << with([](LoanFacts &f) { f.amount = fen("600000.01"); })
        << QStringList{u"amount=loan.amount_above_limit@amountFen"_qs} << 1 << u"2.60"_qs << QString()
        << u"600,000.00"_qs << balance;
    QTest::newRow("zero balance: limit 0") << with([](LoanFacts &f) { f.depositBalance = 0; })
                                           << QStringList{u"amount=loan.amount_above_limit@amountFen"_qs} << 1
                                           << u"2.60"_qs << QString() << u"0.00"_qs << balance;
    QTest::newRow("zero income: nothing fits") << with([](LoanFacts &f) { f.monthlyIncome = 0; }) << share
                                               << 1 << u"2.60"_qs << QString() << u"0.00"_qs << repayment;
}

void TestLoanEligibility::judgement()
{
    QFETCH(LoanFacts, facts);
    QFETCH(QStringList, failed);
    QFETCH(int, order);
    QFETCH(QString, rate);
    QFETCH(QString, payment);
    QFETCH(QString, limit);
    QFETCH(int, bound);

    const Result<LoanJudgement> j = judgeLoan(demoLimits(), rates2025(), facts);
    QVERIFY2(j.ok(), qPrintable(j.ok() ? QString() : j.error().code));
    QCOMPARE(failures(*j), failed);
    QCOMPARE(j->eligible, failed.isEmpty());
    QCOMPARE(j->firstFailed() == nullptr, failed.isEmpty());
    QCOMPARE(int(j->homeOrder), order);
    QCOMPARE(j->priced, !rate.isEmpty());
    if (!rate.isEmpty())
        QCOMPARE(toPercentString(j->rate), rate);
    if (!payment.isEmpty())
        QCOMPARE(money::format(j->firstPayment), payment);
    if (!limit.isEmpty())
        QCOMPARE(money::format(j->limit.amount), limit);
    if (bound >= 0)
        QCOMPARE(int(j->limit.boundBy), bound);
}

void TestLoanEligibility::everyRuleListed()
{
    // Passed or failed, every rule is there, in the same order, passed ones without a code.
    for (const LoanFacts &f : {base(), with([](LoanFacts &x) { x.declaredOrder = HomeOrder::Third; })}) {
        const Result<LoanJudgement> j = judgeLoan(demoLimits(), rates2025(), f);
        QVERIFY(j.ok());
        QStringList ids;
        for (const LoanVerdict &v : j->rules) {
            ids.append(v.rule);
            QCOMPARE(v.code.isEmpty(), v.passed);
            QCOMPARE(v.field.isEmpty(), v.passed);
            QVERIFY(!v.detail.isEmpty());
        }
        QCOMPARE(ids, loanRuleIds());
    }
    QCOMPARE(loanRuleIds().size(), 8);
}

void TestLoanEligibility::malformedFacts_data()
{
    QTest::addColumn<LoanFacts>("facts");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("no date") << with([](LoanFacts &f) { f.applicationDate = QDate(); })
                             << u"loan.date_invalid"_qs << u"applicationDate"_qs;
    QTest::newRow("term 0") << with([](LoanFacts &f) { f.termMonths = 0; }) << u"loan.term_invalid"_qs
                            << u"termMonths"_qs;
    QTest::newRow("term -1") << with([](LoanFacts &f) { f.termMonths = -1; }) << u"loan.term_invalid"_qs
                             << u"termMonths"_qs;
    QTest::newRow("term 601") << with([](LoanFacts &f) { f.termMonths = 601; }) << u"loan.term_invalid"_qs
                              << u"termMonths"_qs;
    QTest::newRow("amount 0") << with([](LoanFacts &f) { f.amount = 0; }) << u"loan.amount_invalid"_qs
                              << u"amountFen"_qs;
    QTest::newRow("amount -1 fen") << with([](LoanFacts &f) { f.amount = -1; }) << u"loan.amount_invalid"_qs
                                   << u"amountFen"_qs;
    QTest::newRow("amount above the money maximum")
        << with([](LoanFacts &f) { f.amount = money::kMaximumFen + 1; }) << u"loan.amount_invalid"_qs
        << u"amountFen"_qs;
    QTest::newRow("price 0") << with([](LoanFacts &f) { f.price = 0; }) << u"loan.price_invalid"_qs
                             << u"property.priceFen"_qs;
    QTest::newRow("negative balance")
        << with([](LoanFacts &f) { f.depositBalance = -1; }) << u"loan.balance_invalid"_qs << u"borrower"_qs;
    QTest::newRow("negative income") << with([](LoanFacts &f) { f.monthlyIncome = -1; })
                                     << u"loan.income_invalid"_qs << u"borrower.monthlyIncomeFen"_qs;
    QTest::newRow("negative debt") << with([](LoanFacts &f) { f.monthlyDebt = -1; })
                                   << u"loan.income_invalid"_qs << u"borrower.monthlyDebtFen"_qs;
    QTest::newRow("negative deposit months") << with([](LoanFacts &f) { f.continuousDepositMonths = -1; })
                                             << u"loan.deposit_months_invalid"_qs << u"borrower"_qs;
    QTest::newRow("negative loan count")
        << with([](LoanFacts &f) { f.settledLoans = -1; }) << u"loan.count_invalid"_qs << u"borrower"_qs;
}

void TestLoanEligibility::malformedFacts()
{
    QFETCH(LoanFacts, facts);
    QFETCH(QString, code);
    QFETCH(QString, field);

    const Result<LoanJudgement> j = judgeLoan(demoLimits(), rates2025(), facts);
    QVERIFY(!j.ok());
    QCOMPARE(j.error().code, code);
    QCOMPARE(j.error().field, field);
}

QTEST_APPLESS_MAIN(TestLoanEligibility)
#include "tst_loaneligibility.moc"
