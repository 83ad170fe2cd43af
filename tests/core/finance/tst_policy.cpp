#include "finance/policy.h"
#include "testsupport.h"

#include <QTest>

using namespace hpf;
using namespace hpf::finance;

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsLoad();
    void resourceMatchesFile();
    void lookups_data();
    void lookups();
    void lookupBeforeFirstRow_data();
    void lookupBeforeFirstRow();
    void loanRateFor_data();
    void loanRateFor();
    void certificates();
};

void TestPolicy::defaultsLoad()
{
    const Result<Policy> p = Policy::defaults();
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().detail));
    QCOMPARE(p->centerCode(), u"620100"_qs);
    QVERIFY(!p->centerName().isEmpty());
    QCOMPARE(p->settlementDay(), (SettlementDay{6, 30}));
    QCOMPARE(p->repricing(), Repricing::NextJanuaryFirst);
    QCOMPARE(p->freezeLimits().maxMonthsPerPeriod, 36);
    QCOMPARE(p->freezeLimits().defaultMonths, 12);
    QCOMPARE(p->loginLimits().maxFailures, 5);
    QVERIFY(p->loginLimits().lockMinutes > 0);
    QCOMPARE(p->loginLimits().sessionMaxHours, 12);
    QCOMPARE(p->loginLimits().secondFactorRoles,
             (QStringList{u"supervisor"_qs, u"judicial"_qs, u"auditor"_qs}));
    QCOMPARE(p->loginLimits().unlockNeedsSecondFactor, false);
    QCOMPARE(p->loginLimits().passwordMinLength, 10);
    QCOMPARE(p->loginLimits().passwordMaxAgeDays, 90);
    QCOMPARE(p->loginLimits().passwordHistory, 5);
    QVERIFY(p->idleLockMinutes() > 0);
    QCOMPARE(p->loanRateRows().size(), 3);

    const Result<DepositRate> rate = p->depositRateAt(QDate(2025, 1, 1));
    QVERIFY(rate.ok());
    QCOMPARE(rate->annual, Rate{15000});
    QCOMPARE(rate->effectiveFrom, QDate(2016, 2, 21));

    const Result<LoanLimits> limits = p->loanLimitsAt(QDate(2025, 6, 1));
    QVERIFY(limits.ok());
    QCOMPARE(limits->maxTermMonths, 360);
    QCOMPARE(limits->maxAgeAtEnd, 65);
    QCOMPARE(limits->maxRepaymentToIncome, Rate{500000});
    QCOMPARE(limits->minContinuousDepositMonths, 6);
    QVERIFY(limits->centerCap > 0);
}

void TestPolicy::resourceMatchesFile()
{
    const Result<Policy> fromResource = Policy::defaults();
    const Result<Policy> fromFile =
        Policy::fromFile(test::sourcePath(u"resources/policy/default-policy.json"_qs));
    QVERIFY(fromResource.ok());
    QVERIFY(fromFile.ok());
    QCOMPARE(fromFile->depositRows(), fromResource->depositRows());
    QCOMPARE(fromFile->loanRateRows(), fromResource->loanRateRows());
    QCOMPARE(fromFile->certificateValidity(), fromResource->certificateValidity());
    QCOMPARE(fromResource->sourceName(), Policy::defaultResourcePath());
}

void TestPolicy::lookups_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("loanRow");
    QTest::addColumn<QString>("firstOver5");
    QTest::addColumn<QDate>("depositRow");

    // Loan rows: 2022-10-01, 2024-05-18, 2025-05-08; deposit rows: 2023-07-01, 2024-07-01.
    QTest::newRow("first day of a row")
        << QDate(2024, 7, 1) << QDate(2024, 5, 18) << u"2.85"_qs << QDate(2024, 7, 1);
    QTest::newRow("day before a row")
        << QDate(2024, 6, 30) << QDate(2024, 5, 18) << u"2.85"_qs << QDate(2023, 7, 1);
    QTest::newRow("loan change day") << QDate(2025, 5, 8) << QDate(2025, 5, 8) << u"2.60"_qs
                                     << QDate(2024, 7, 1);
    QTest::newRow("day before change")
        << QDate(2025, 5, 7) << QDate(2024, 5, 18) << u"2.85"_qs << QDate(2024, 7, 1);
    QTest::newRow("far future") << QDate(2099, 1, 1) << QDate(2025, 5, 8) << u"2.60"_qs << QDate(2024, 7, 1);
    QTest::newRow("2023") << QDate(2023, 12, 31) << QDate(2022, 10, 1) << u"3.10"_qs << QDate(2023, 7, 1);
}

void TestPolicy::lookups()
{
    QFETCH(QDate, date);
    QFETCH(QDate, loanRow);
    QFETCH(QString, firstOver5);
    QFETCH(QDate, depositRow);

    const Result<Policy> p = Policy::defaults();
    QVERIFY(p.ok());
    const Result<LoanRates> rates = p->loanRatesAt(date);
    QVERIFY(rates.ok());
    QCOMPARE(rates->effectiveFrom, loanRow);
    QCOMPARE(toPercentString(rates->firstOver5Years), firstOver5);
    const Result<DepositPolicy> deposit = p->depositAt(date);
    QVERIFY(deposit.ok());
    QCOMPARE(deposit->effectiveFrom, depositRow);
    QVERIFY(p->flexibleAt(date).ok());
}

void TestPolicy::lookupBeforeFirstRow_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("firstRow"); // the first date that works (invalid: none)

    QTest::newRow("deposit") << u"deposit"_qs << QDate(2023, 6, 30) << QDate(2023, 7, 1);
    QTest::newRow("flexible") << u"flexibleEmployment"_qs << QDate(2023, 6, 30) << QDate(2023, 7, 1);
    QTest::newRow("deposit rate") << u"depositInterest.rates"_qs << QDate(2016, 2, 20) << QDate(2016, 2, 21);
    QTest::newRow("loan rates") << u"loanRates.rows"_qs << QDate(2022, 9, 30) << QDate(2022, 10, 1);
    QTest::newRow("loan limits") << u"loanLimits"_qs << QDate(2022, 9, 30) << QDate(2022, 10, 1);
    QTest::newRow("invalid date") << u"deposit"_qs << QDate() << QDate();
    QTest::newRow("year 1") << u"loanRates.rows"_qs << QDate(1, 1, 1) << QDate(2022, 10, 1);
}

void TestPolicy::lookupBeforeFirstRow()
{
    QFETCH(QString, table);
    QFETCH(QDate, date);
    QFETCH(QDate, firstRow);

    const Result<Policy> p = Policy::defaults();
    QVERIFY(p.ok());
    const auto lookup = [&](QDate d) -> Status {
        if (table == u"deposit")
            return p->depositAt(d).ok() ? Status() : Status(p->depositAt(d).error());
        if (table == u"flexibleEmployment")
            return p->flexibleAt(d).ok() ? Status() : Status(p->flexibleAt(d).error());
        if (table == u"depositInterest.rates")
            return p->depositRateAt(d).ok() ? Status() : Status(p->depositRateAt(d).error());
        if (table == u"loanRates.rows")
            return p->loanRatesAt(d).ok() ? Status() : Status(p->loanRatesAt(d).error());
        return p->loanLimitsAt(d).ok() ? Status() : Status(p->loanLimitsAt(d).error());
    };
    const Status before = lookup(date);
    QVERIFY(!before.ok());
    QCOMPARE(before.error().code, u"policy.not_in_effect"_qs);
    QCOMPARE(before.error().field, table);
    if (firstRow.isValid()) {
        QVERIFY(lookup(firstRow).ok());
        QVERIFY(!lookup(firstRow.addDays(-1)).ok());
    }
}

void TestPolicy::loanRateFor_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("term");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("errorCode");

    const QDate y2022(2023, 1, 1), y2024(2024, 6, 1), y2025(2025, 6, 1);
    QTest::newRow("2022 first short") << y2022 << 1 << 60 << u"2.60"_qs << QString();
    QTest::newRow("2022 first long") << y2022 << 1 << 61 << u"3.10"_qs << QString();
    QTest::newRow("2022 second short") << y2022 << 2 << 12 << u"3.025"_qs << QString();
    QTest::newRow("2022 second long") << y2022 << 2 << 360 << u"3.575"_qs << QString();
    QTest::newRow("2024 first short") << y2024 << 1 << 1 << u"2.35"_qs << QString();
    QTest::newRow("2024 first long") << y2024 << 1 << 240 << u"2.85"_qs << QString();
    QTest::newRow("2024 second short") << y2024 << 2 << 60 << u"2.775"_qs << QString();
    QTest::newRow("2024 second long") << y2024 << 2 << 61 << u"3.325"_qs << QString();
    QTest::newRow("2025 first short") << y2025 << 1 << 60 << u"2.10"_qs << QString();
    QTest::newRow("2025 first long") << y2025 << 1 << 360 << u"2.60"_qs << QString();
    QTest::newRow("2025 second short") << y2025 << 2 << 36 << u"2.525"_qs << QString();
    QTest::newRow("2025 second long") << y2025 << 2 << 300 << u"3.075"_qs << QString();
    QTest::newRow("third home") << y2025 << 3 << 300 << QString() << u"loan.third_home"_qs;
    QTest::newRow("term zero") << y2025 << 1 << 0 << QString() << u"loan.term_invalid"_qs;
    QTest::newRow("term negative") << y2025 << 1 << -5 << QString() << u"loan.term_invalid"_qs;
}

void TestPolicy::loanRateFor()
{
    QFETCH(QDate, date);
    QFETCH(int, order);
    QFETCH(int, term);
    QFETCH(QString, rate);
    QFETCH(QString, errorCode);

    const Result<Policy> p = Policy::defaults();
    QVERIFY(p.ok());
    const Result<LoanRates> row = p->loanRatesAt(date);
    QVERIFY(row.ok());
    const Result<Rate> r = row->rateFor(static_cast<HomeOrder>(order), term);
    if (errorCode.isEmpty()) {
        QVERIFY(r.ok());
        QCOMPARE(toPercentString(*r), rate);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, errorCode);
    }
}

void TestPolicy::certificates()
{
    const Result<Policy> p = Policy::defaults();
    QVERIFY(p.ok());
    const Result<int> remote = p->certificateValidityMonths(u"remote_loan_deposit_use"_qs);
    QVERIFY(remote.ok());
    QCOMPARE(*remote, 2);
    const Result<int> unknown = p->certificateValidityMonths(u"no_such_type"_qs);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, u"policy.unknown_certificate"_qs);
    QCOMPARE(unknown.error().field, u"certificateType"_qs);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
