// The withdrawal rules of issue 17 (finance/withdrawalrules.h) against the default policy's rows:
// every type's eligibility and refusals, including the edges (exactly 12 months, 59 years and 364
// days, one month between rent withdrawals) and the amounts each rule allows, to the fen.
#include "finance/withdrawalrules.h"

#include <QTest>

using namespace hpf;
using namespace hpf::finance;

namespace {

const QDate kToday(2026, 6, 15);

// Facts changed by a short spec of "key=value" pairs, so that each row reads as the case it is.
WithdrawalFacts facts(const QString &spec)
{
    WithdrawalFacts f;
    f.today = kToday;
    f.accountState = u"01"_qs;
    f.balanceFen = 5000000;
    f.availableFen = 5000000;
    f.birthDate = QDate(1985, 3, 1);
    f.sex = MemberSex::Female;
    for (const QString &pair : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString k = pair.section(u'=', 0, 0).trimmed();
        const QString v = pair.section(u'=', 1).trimmed();
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (k == u"today")
            f.today = d;
        else if (k == u"state")
            f.accountState = v;
        else if (k == u"balance")
            f.balanceFen = v.toLongLong();
        else if (k == u"available")
            f.availableFen = v.toLongLong();
        else if (k == u"judicial")
            f.judicialHold = f.anyHold = true;
        else if (k == u"hold")
            f.anyHold = true;
        else if (k == u"interest")
            f.interestFen = v.toLongLong();
        else if (k == u"born")
            f.birthDate = d;
        else if (k == u"sex")
            f.sex = v == u"M" ? MemberSex::Male : v == u"F" ? MemberSex::Female : MemberSex::Unknown;
        else if (k == u"last")
            f.lastOfType = d;
        else if (k == u"withdrawn")
            f.withdrawnOnContractFen = v.toLongLong();
        else if (k == u"event")
            f.evidence.eventDate = d;
        else if (k == u"price")
            f.evidence.priceFen = v.toLongLong();
        else if (k == u"outstanding")
            f.evidence.loanOutstandingFen = v.toLongLong();
        else if (k == u"rent")
            f.evidence.monthlyRentFen = v.toLongLong();
        else if (k == u"heir")
            f.evidence.heir = true;
        else if (k == u"ownHome")
            f.ownHome = true;
        else if (k == u"loanOpen")
            f.loanOpen = true;
        else if (k == u"months")
            f.months = v.toInt();
        else
            qFatal("unknown fact %s", qPrintable(k));
    }
    return f;
}

} // namespace

class TestWithdrawalRules : public QObject
{
    Q_OBJECT

private slots:
    void judge_data();
    void judge();
    void fullYears_data();
    void fullYears();
    void checklistOfRules();

private:
    Policy m_policy = *Policy::defaults();
};

void TestWithdrawalRules::judge_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("failedRule"); // empty: eligible
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("maxAmountFen");

    const QString none;
    // 购买: within 12 months of the contract, up to the price less what the contract paid out.
    QTest::newRow("purchase: the available balance is the limit")
        << u"purchase"_qs << u"event=2026-03-01;price=100000000"_qs << none << none << none
        << qint64(5000000);
    QTest::newRow("purchase: the price less the contract's earlier withdrawals")
        << u"purchase"_qs << u"event=2026-03-01;price=3000000;withdrawn=1000000"_qs << none << none << none
        << qint64(2000000);
    QTest::newRow("purchase: the contract paid out in full")
        << u"purchase"_qs << u"event=2026-03-01;price=3000000;withdrawn=3000000"_qs << u"evidence_limit"_qs
        << u"withdrawal.evidence_limit"_qs << u"evidence.priceFen"_qs << qint64(0);
    QTest::newRow("purchase: contract signed tomorrow")
        << u"purchase"_qs << u"event=2026-06-16;price=3000000"_qs << u"event_age"_qs
        << u"withdrawal.event_future"_qs << u"evidence.eventDate"_qs << qint64(0);
    QTest::newRow("purchase: contract exactly 12 months old")
        << u"purchase"_qs << u"event=2025-06-15;price=3000000"_qs << none << none << none << qint64(3000000);
    QTest::newRow("purchase: 12 months and a day")
        << u"purchase"_qs << u"event=2025-06-14;price=3000000"_qs << u"event_age"_qs
        << u"withdrawal.event_age"_qs << u"evidence.eventDate"_qs << qint64(0);
    QTest::newRow("purchase: 13 months")
        << u"purchase"_qs << u"event=2025-05-15;price=3000000"_qs << u"event_age"_qs
        << u"withdrawal.event_age"_qs << u"evidence.eventDate"_qs << qint64(0);
    QTest::newRow("purchase: no contract date")
        << u"purchase"_qs << u"price=3000000"_qs << u"event_age"_qs << u"withdrawal.evidence_required"_qs
        << u"evidence.eventDate"_qs << qint64(0);
    QTest::newRow("purchase: no price")
        << u"purchase"_qs << u"event=2026-03-01"_qs << u"evidence_limit"_qs
        << u"withdrawal.evidence_required"_qs << u"evidence.priceFen"_qs << qint64(0);
    QTest::newRow("purchase: sealed account")
        << u"purchase"_qs << u"state=02;event=2026-03-01;price=900"_qs << none << none << none << qint64(900);
    QTest::newRow("purchase: closed account")
        << u"purchase"_qs << u"state=05;event=2026-03-01;price=900"_qs << u"account_state"_qs
        << u"account.state"_qs << u"accountNumber"_qs << qint64(0);
    QTest::newRow("purchase: empty account")
        << u"purchase"_qs << u"balance=0;available=0;event=2026-03-01;price=900"_qs << u"available"_qs
        << u"account.insufficient_available"_qs << u"amountFen"_qs << qint64(0);
    QTest::newRow("purchase: a court holds part (受限): the rest")
        << u"purchase"_qs << u"available=3000000;judicial;event=2026-03-01;price=90000000"_qs << none << none
        << none << qint64(3000000);
    QTest::newRow("purchase: a court holds everything")
        << u"purchase"_qs << u"available=0;judicial;event=2026-03-01;price=90000000"_qs << u"available"_qs
        << u"account.frozen"_qs << u"amountFen"_qs << qint64(0);
    QTest::newRow("build: the cost limits")
        << u"build"_qs << u"event=2026-01-10;price=1234567"_qs << none << none << none << qint64(1234567);

    // 离休退休: men 60, women 50 in full years; closes the account (balance + interest).
    QTest::newRow("retirement: man of exactly 60")
        << u"retirement"_qs << u"sex=M;born=1966-06-15;interest=1234"_qs << none << none << none
        << qint64(5001234);
    QTest::newRow("retirement: man of 59 years 364 days")
        << u"retirement"_qs << u"sex=M;born=1966-06-16"_qs << u"age"_qs << u"withdrawal.age"_qs
        << u"accountNumber"_qs << qint64(0);
    QTest::newRow("retirement: woman of 50")
        << u"retirement"_qs << u"sex=F;born=1976-06-15"_qs << none << none << none << qint64(5000000);
    QTest::newRow("retirement: woman of 49") << u"retirement"_qs << u"sex=F;born=1976-06-16"_qs << u"age"_qs
                                             << u"withdrawal.age"_qs << u"accountNumber"_qs << qint64(0);
    QTest::newRow("retirement: no birth date on the document")
        << u"retirement"_qs << u"sex=U;born=x"_qs << u"age"_qs << u"withdrawal.age"_qs << u"accountNumber"_qs
        << qint64(0);
    QTest::newRow("retirement: a court's freeze refuses the closure")
        << u"retirement"_qs << u"sex=M;born=1950-01-01;available=4000000;judicial"_qs << u"available"_qs
        << u"account.frozen"_qs << u"accountNumber"_qs << qint64(0);
    QTest::newRow("retirement: a loan-security hold refuses the closure")
        << u"retirement"_qs << u"sex=M;born=1950-01-01;available=4000000;hold"_qs << u"available"_qs
        << u"account.insufficient_available"_qs << u"accountNumber"_qs << qint64(0);
    QTest::newRow("incapacity: needs a sealed account")
        << u"incapacity"_qs << u"state=01"_qs << u"account_state"_qs << u"account.state"_qs
        << u"accountNumber"_qs << qint64(0);
    QTest::newRow("incapacity: sealed")
        << u"incapacity"_qs << u"state=02;interest=17"_qs << none << none << none << qint64(5000017);
    QTest::newRow("abroad: with the date")
        << u"abroad"_qs << u"event=2026-01-01"_qs << none << none << none << qint64(5000000);
    QTest::newRow("abroad: without the date")
        << u"abroad"_qs << QString() << u"event_age"_qs << u"withdrawal.evidence_required"_qs
        << u"evidence.eventDate"_qs << qint64(0);

    // 租赁住房: the monthly cap (1,500.00 since 2024-07-01, 1,000.00 before), once a month, no home.
    QTest::newRow("rent: above the cap pays the cap")
        << u"rent"_qs << u"rent=200000"_qs << none << none << none << qint64(150000);
    QTest::newRow("rent: below the cap pays the rent")
        << u"rent"_qs << u"rent=80000"_qs << none << none << none << qint64(80000);
    QTest::newRow("rent: the 2016 row in 2020")
        << u"rent"_qs << u"today=2020-01-10;rent=200000"_qs << none << none << none << qint64(100000);
    QTest::newRow("rent: a quarter at once")
        << u"rent"_qs << u"rent=200000;months=3"_qs << none << none << none << qint64(450000);
    QTest::newRow("rent: an own home") << u"rent"_qs << u"rent=80000;ownHome"_qs << u"no_home"_qs
                                       << u"withdrawal.own_home"_qs << u"sharedAnswerIds"_qs << qint64(0);
    QTest::newRow("rent: twice in a month")
        << u"rent"_qs << u"rent=80000;last=2026-06-01"_qs << u"interval"_qs << u"withdrawal.interval"_qs
        << u"type"_qs << qint64(0);
    QTest::newRow("rent: exactly a month later")
        << u"rent"_qs << u"rent=80000;last=2026-05-15"_qs << none << none << none << qint64(80000);
    QTest::newRow("rent: a day short of a month")
        << u"rent"_qs << u"rent=80000;last=2026-05-16"_qs << u"interval"_qs << u"withdrawal.interval"_qs
        << u"type"_qs << qint64(0);
    QTest::newRow("rent: no rent given")
        << u"rent"_qs << QString() << u"monthly_cap"_qs << u"withdrawal.evidence_required"_qs
        << u"evidence.monthlyRentFen"_qs << qint64(0);
    QTest::newRow("rent: little money left") << u"rent"_qs << u"rent=200000;balance=12345;available=12345"_qs
                                             << none << none << none << qint64(12345);

    // 偿还贷款: an open loan, at most the outstanding amount, once per 12 months.
    QTest::newRow("loan_fund: outstanding limits")
        << u"loan_fund"_qs << u"loanOpen;outstanding=2000000"_qs << none << none << none << qint64(2000000);
    QTest::newRow("loan_fund: no open loan")
        << u"loan_fund"_qs << QString() << u"loan_open"_qs << u"withdrawal.loan_not_open"_qs
        << u"evidence.loanOutstandingFen"_qs << qint64(0);
    QTest::newRow("loan_commercial: 11 months after the last")
        << u"loan_commercial"_qs << u"loanOpen;outstanding=2000000;last=2025-07-01"_qs << u"interval"_qs
        << u"withdrawal.interval"_qs << u"type"_qs << qint64(0);
    QTest::newRow("loan_commercial: 12 months after the last")
        << u"loan_commercial"_qs << u"outstanding=9000000;last=2025-06-15"_qs << none << none << none
        << qint64(5000000);

    // 死亡: an heir collects; closes the account.
    QTest::newRow("death: no heir") << u"death"_qs << QString() << u"heir"_qs
                                    << u"withdrawal.heir_required"_qs << u"evidence.heir"_qs << qint64(0);
    QTest::newRow("death: with an heir")
        << u"death"_qs << u"heir;interest=99"_qs << none << none << none << qint64(5000099);
}

void TestWithdrawalRules::judge()
{
    QFETCH(QString, type);
    QFETCH(QString, spec);
    QFETCH(QString, failedRule);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(qint64, maxAmountFen);

    const WithdrawalFacts f = facts(spec);
    const WithdrawalType *t = m_policy.withdrawal().type(type);
    QVERIFY(t);
    auto rule = t->ruleAt(f.today);
    QVERIFY(rule.ok());
    const WithdrawalJudgement j = judgeWithdrawal(*t, *rule, f);
    const RuleOutcome *failed = j.firstFailure();
    if (failedRule.isEmpty()) {
        QVERIFY2(!failed, failed ? qPrintable(failed->rule + u' ' + failed->code) : "");
        QVERIFY(j.eligible);
    } else {
        QVERIFY(failed);
        QVERIFY(!j.eligible);
        QCOMPARE(failed->rule, failedRule);
        QCOMPARE(failed->code, code);
        QCOMPARE(failed->field, field);
    }
    QCOMPARE(j.maxAmountFen, maxAmountFen);
}

void TestWithdrawalRules::fullYears_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("years");
    QTest::newRow("birthday") << QDate(1966, 6, 15) << QDate(2026, 6, 15) << 60;
    QTest::newRow("day before") << QDate(1966, 6, 16) << QDate(2026, 6, 15) << 59;
    QTest::newRow("29 Feb in a common year, on 28 Feb") << QDate(1964, 2, 29) << QDate(2025, 2, 28) << 61;
    QTest::newRow("29 Feb in a common year, on 27 Feb") << QDate(1964, 2, 29) << QDate(2025, 2, 27) << 60;
    QTest::newRow("29 Feb in a leap year") << QDate(1964, 2, 29) << QDate(2024, 2, 29) << 60;
    QTest::newRow("born today") << QDate(2026, 6, 15) << QDate(2026, 6, 15) << 0;
    QTest::newRow("no birth date") << QDate() << QDate(2026, 6, 15) << -1;
}

void TestWithdrawalRules::fullYears()
{
    QFETCH(QDate, born);
    QFETCH(QDate, on);
    QFETCH(int, years);
    QCOMPARE(finance::fullYears(born, on), years);
}

// The rules a type lists are the ones its policy row configures, plus the account's own two.
void TestWithdrawalRules::checklistOfRules()
{
    const auto names = [&](const QString &type) {
        const WithdrawalType *t = m_policy.withdrawal().type(type);
        QStringList out;
        for (const RuleOutcome &r : judgeWithdrawal(*t, *t->ruleAt(kToday), facts({})).rules)
            out << r.rule;
        return out;
    };
    QCOMPARE(names(u"purchase"_qs),
             (QStringList{u"account_state"_qs, u"event_age"_qs, u"evidence_limit"_qs, u"available"_qs}));
    QCOMPARE(names(u"rent"_qs), (QStringList{u"account_state"_qs, u"interval"_qs, u"no_home"_qs,
                                             u"monthly_cap"_qs, u"available"_qs}));
    QCOMPARE(names(u"retirement"_qs), (QStringList{u"account_state"_qs, u"age"_qs, u"available"_qs}));
    QCOMPARE(names(u"death"_qs), (QStringList{u"account_state"_qs, u"heir"_qs, u"available"_qs}));
    QCOMPARE(names(u"loan_commercial"_qs), (QStringList{u"account_state"_qs, u"interval"_qs, u"loan_open"_qs,
                                                        u"evidence_limit"_qs, u"available"_qs}));
}

QTEST_GUILESS_MAIN(TestWithdrawalRules)
#include "tst_withdrawalrules.moc"
