// Loan applications through the HTTP API (issue 18, part A): the check's verdicts per rule from
// the ledger's facts (continuity from the journal, balances, the household's loan records), the
// domain schedule, bad requests, acceptance (受理) with the judgement stored and audited, a
// duplicate and concurrent submits, refusal with the rules, the due date. SQLite and PostgreSQL.
#include "loanhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::test;
using namespace hpf::test::loantest;

class TestServerLoanApplication : public LoanSuite
{
    Q_OBJECT
public:
    using LoanSuite::LoanSuite;

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("setup"); // which facts the row changes
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<QString>("rate");

        QTest::newRow("eligible") << u""_qs << QStringList() << u"2.60"_qs;
        QTest::newRow("5 months") << u"months5"_qs
                                  << QStringList{u"deposit_months=loan.deposit_months@parties[0]"_qs}
                                  << u"2.60"_qs;
        QTest::newRow("6 months") << u"months6"_qs << QStringList() << u"2.60"_qs;
        QTest::newRow("term 361") << u"term361"_qs << QStringList{u"term=loan.term_too_long@termMonths"_qs}
                                  << u"2.60"_qs;
        QTest::newRow("age 55 + 10 years + 1 month")
            << u"old"_qs << QStringList{u"age_term=loan.age_exceeded@termMonths"_qs} << u"2.60"_qs;
        QTest::newRow("age 55 + 10 years") << u"oldEdge"_qs << QStringList() << u"2.60"_qs;
        QTest::newRow("own loan open")
            << u"open"_qs
            << QStringList{u"household_loan=loan.outstanding_loan@parties[0]"_qs,
                           u"second_after_settled=loan.second_before_settled@homeOrder"_qs}
            << u"3.075"_qs;
        QTest::newRow("spouse's loan open")
            << u"spouseOpen"_qs
            << QStringList{u"household_loan=loan.outstanding_loan@parties[0]"_qs,
                           u"second_after_settled=loan.second_before_settled@homeOrder"_qs}
            << u"3.075"_qs;
        QTest::newRow("first settled: second loan") << u"settled"_qs << QStringList() << u"3.075"_qs;
        QTest::newRow("two settled: third loan") << u"settled2"_qs
                                                 << QStringList{u"third_home=loan.third_home@homeOrder"_qs,
                                                                u"income_share=loan.third_home@homeOrder"_qs,
                                                                u"amount=loan.third_home@homeOrder"_qs}
                                                 << QString();
        // 1,000.00 income: 947.24 a month is above 500.00, and the repayment bound drops to 52,700.00.
        QTest::newRow("income share") << u"income"_qs
                                      << QStringList{u"income_share=loan.income_share@amountFen"_qs,
                                                     u"amount=loan.amount_above_limit@amountFen"_qs}
                                      << u"2.60"_qs;
        QTest::newRow("a fen above the limit")
            << u"aboveLimit"_qs << QStringList{u"amount=loan.amount_above_limit@amountFen"_qs} << u"2.60"_qs;
    }

    void check()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, failed);
        QFETCH(QString, rate);

        // Born 1990-03-01: 35 on 2025-07-15. The old borrower is 55 (born 1970-01-01).
        const bool old = setup.startsWith(u"old");
        const int months = setup == u"months5" ? 5 : setup == u"months6" ? 6 : 7;
        const QDate birth = old                   ? QDate(1970, 1, 1)
                            : setup == u"term361" ? QDate(2000, 1, 1)
                                                  : QDate(1990, 3, 1);
        const QString number = member(birth, months);
        const int term = setup == u"term361" ? 361 : setup == u"old" ? 121 : 120;
        // 7 months × 1,440.00 × 15 = 151,200.00 binds (cap 700,000, 80% of 1,000,000, income 20,000).
        const qint64 amount = setup == u"aboveLimit" ? 15120001 : 10000000;
        QJsonObject body = application(number, amount, term, setup == u"income" ? 100000 : 2000000);
        if (setup == u"open")
            loanRecord(number, false);
        if (setup == u"settled")
            loanRecord(number, true);
        if (setup == u"settled2") {
            loanRecord(number, true, 1);
            loanRecord(number, true, 2);
        }
        if (setup == u"spouseOpen") {
            const QString spouse = member(QDate(1991, 4, 2), 3, false);
            loanRecord(spouse, false);
            QJsonArray parties = body.value(u"parties"_qs).toArray();
            parties.append(party(u"spouse"_qs, spouse, u"配偶"_qs, 0));
            body.insert(u"parties"_qs, parties);
        }
        const QString loan = f().login(u"loan1"_qs);
        const Reply r = f().post(kCheck, body, loan);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(failedRules(r.json), failed);
        QCOMPARE(r.json.value(u"eligible"_qs).toBool(), failed.isEmpty());
        QCOMPARE(r.json.value(u"rules"_qs).toArray().size(), 8);
        QCOMPARE(r.json.value(u"rate"_qs).toString(), rate);
        QCOMPARE(r.json.value(u"appliedOn"_qs).toString(), u"2025-07-15"_qs);
        QCOMPARE(r.json.value(u"dueOn"_qs).toString(), u"2025-07-30"_qs);
        if (!rate.isEmpty())
            QCOMPARE(r.json.value(u"schedule"_qs).toObject().value(u"installments"_qs).toArray().size(),
                     term);
        if (setup.isEmpty()) {
            const QJsonObject limit = r.json.value(u"limit"_qs).toObject();
            QCOMPARE(limit.value(u"amountFen"_qs).toInteger(), 15120000);
            QCOMPARE(limit.value(u"boundBy"_qs).toString(), u"balance_multiple"_qs);
            QCOMPARE(r.json.value(u"continuousDepositMonths"_qs).toInt(), 7);
            QCOMPARE(r.json.value(u"depositBalanceFen"_qs).toInteger(), 7 * 144000);
        }
        // A read: nothing stored.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_applications"_qs), 0);
    }

    // The domain.md §7 value: 500,000 at 2.60% over 360 months → 2,001.70, interest 220,611.48
    // (shown although the amount is above this borrower's limit).
    void checkSchedule()
    {
        const QString number = member(QDate(1990, 3, 1), 7);
        const Reply r = f().post(kCheck, application(number, 50000000, 360), f().login(u"loan1"_qs));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"firstPaymentFen"_qs).toInteger(), 200170);
        const QJsonObject s = r.json.value(u"schedule"_qs).toObject();
        QCOMPARE(s.value(u"totalInterestFen"_qs).toInteger(), 22061148);
        QCOMPARE(s.value(u"installments"_qs).toArray().first().toObject().value(u"dueDate"_qs).toString(),
                 u"2025-08-15"_qs);
        QCOMPARE(failedRules(r.json), QStringList{u"amount=loan.amount_above_limit@amountFen"_qs});
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        QTest::newRow("kind") << u"kind"_qs << QJsonValue(u"gift"_qs) << 422 << u"loan.kind"_qs << u"kind"_qs;
        QTest::newRow("method") << u"method"_qs << QJsonValue(u"balloon"_qs) << 422 << u"loan.method"_qs
                                << u"method"_qs;
        QTest::newRow("amount 0") << u"amountFen"_qs << QJsonValue(0) << 400 << u"request.field_range"_qs
                                  << u"amountFen"_qs;
        QTest::newRow("term 0") << u"termMonths"_qs << QJsonValue(0) << 400 << u"request.field_range"_qs
                                << u"termMonths"_qs;
        QTest::newRow("third home declared")
            << u"homeOrder"_qs << QJsonValue(3) << 400 << u"request.field_range"_qs << u"homeOrder"_qs;
        QTest::newRow("bank") << u"bankCode"_qs << QJsonValue(u"999"_qs) << 422 << u"payee.bank"_qs
                              << u"bankCode"_qs;
        QTest::newRow("no parties") << u"parties"_qs << QJsonValue(QJsonArray()) << 400
                                    << u"request.field_range"_qs << u"parties"_qs;
        QTest::newRow("two borrowers")
            << u"parties"_qs
            << QJsonValue(QJsonArray{party(u"borrower"_qs, citizen(QDate(1990, 3, 1)), u"甲"_qs, 1),
                                     party(u"borrower"_qs, citizen(QDate(1990, 3, 2)), u"乙"_qs, 1)})
            << 422 << u"loan.party"_qs << u"parties"_qs;
        QTest::newRow("same person twice")
            << u"parties"_qs
            << QJsonValue(QJsonArray{party(u"borrower"_qs, citizen(QDate(1990, 3, 1)), u"甲"_qs, 1),
                                     party(u"guarantor"_qs, citizen(QDate(1990, 3, 1)), u"甲"_qs, 1)})
            << 422 << u"loan.party_duplicate"_qs << u"parties[1].documentNumber"_qs;
        QString wrong = citizen(QDate(1990, 3, 1));
        wrong[17] = wrong.at(17) == u'0' ? u'1' : u'0';
        QTest::newRow("wrong check digit")
            << u"parties"_qs << QJsonValue(QJsonArray{party(u"borrower"_qs, wrong, u"甲"_qs, 1)}) << 422
            << u"identity.checksum"_qs << u"parties[0].documentNumber"_qs;
        QTest::newRow("unknown borrower")
            << u"parties"_qs
            << QJsonValue(QJsonArray{party(u"borrower"_qs, citizen(QDate(1980, 5, 5)), u"甲"_qs, 1)}) << 422
            << u"loan.borrower_account"_qs << u"parties[0].documentNumber"_qs;
        QTest::newRow("commercial on a fund loan") << u"commercial"_qs
                                                   << QJsonValue(QJsonObject{{u"amountFen"_qs, 100},
                                                                             {u"bankCode"_qs, u"105"_qs},
                                                                             {u"termMonths"_qs, 12},
                                                                             {u"rate"_qs, u"3.5"_qs}})
                                                   << 400 << u"request.unknown_field"_qs << u"commercial"_qs;
    }

    void badRequests()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);

        const QString number = member(QDate(1990, 3, 1), 7);
        QJsonObject body = application(number, 10000000, 120);
        body.insert(key, value);
        const Reply r = f().post(kCheck, body, f().login(u"loan1"_qs));
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
    }

    // 受理: stored with its judgement and parties, audited, due in 15 days; a duplicate submit with the
    // same key answers the same application; another submit for the borrower is refused (one
    // application at a time counts as an open loan of the household).
    void apply()
    {
        const QString number = member(QDate(1990, 3, 1), 7);
        const QString loan = f().login(u"loan1"_qs);
        const QString key = ServerFixture::newKey();
        const QJsonObject body = application(number, 10000000, 120);
        const Reply r = f().post(kApply, body, loan, key);
        QVERIFY2(r.status == 201, r.body.constData());
        const QString serial = r.json.value(u"serial"_qs).toString();
        QVERIFY(!serial.isEmpty());
        QCOMPARE(r.json.value(u"status"_qs).toString(), u"accepted"_qs);
        QCOMPARE(r.json.value(u"officer"_qs).toString(), u"loan1"_qs);
        QCOMPARE(r.json.value(u"appliedOn"_qs).toString(), u"2025-07-15"_qs);
        QCOMPARE(r.json.value(u"dueOn"_qs).toString(), u"2025-07-30"_qs);
        QCOMPARE(r.json.value(u"rate"_qs).toString(), u"2.60"_qs);
        QCOMPARE(r.json.value(u"judgement"_qs).toObject().value(u"eligible"_qs).toBool(), true);
        QCOMPARE(r.json.value(u"parties"_qs).toArray().size(), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.apply' AND outcome = 'ok'"_qs),
                 1);

        const Reply again = f().post(kApply, body, loan, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json.value(u"serial"_qs).toString(), serial);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_applications"_qs), 1);

        const Reply second = f().post(kApply, body, loan, ServerFixture::newKey());
        QCOMPARE(second.status, 422);
        QCOMPARE(second.code(), u"loan.not_eligible"_qs);
        QCOMPARE(second.json.value(u"field"_qs).toString(), u"parties[0]"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_applications"_qs), 1);

        const Reply got = f().get(kApply + u'/' + serial, f().login(u"auditor1"_qs));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json, r.json);
        QCOMPARE(f().get(kApply + u"/XX0000"_qs, loan).status, 404);
    }

    // Two applications of one borrower with their own keys at once: one is accepted, the other is
    // refused by the household rule (the first one counts as an open loan).
    void concurrentSubmits()
    {
        const QString number = member(QDate(1990, 3, 1), 7);
        QList<Call> calls;
        for (int i = 0; i < 3; ++i)
            calls.append({"POST",
                          kApply,
                          application(number, 10000000 + i * 10000, 120),
                          {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                          {}});
        const QList<Reply> replies = f().parallel(calls, f().login(u"loan1"_qs));
        QCOMPARE(replies.size(), 3);
        int accepted = 0;
        for (const Reply &r : replies) {
            if (r.status == 201) {
                ++accepted;
            } else {
                QVERIFY2(r.status == 422, r.body.constData());
                QCOMPARE(r.code(), u"loan.not_eligible"_qs);
            }
        }
        QCOMPARE(accepted, 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_applications"_qs), 1);
    }

    // The due date is the policy's approval days after acceptance (条例 第二十六条: 15 by default).
    void dueDateFollowsThePolicy()
    {
        QFile file(finance::Policy::defaultResourcePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray limits = root.value(u"loanLimits"_qs).toArray();
        QJsonObject row = limits.at(0).toObject();
        row.insert(u"approvalDays"_qs, 10);
        limits.replace(0, row);
        root.insert(u"loanLimits"_qs, limits);
        auto policy = finance::Policy::fromJson(QJsonDocument(root).toJson(), u"test"_qs);
        QVERIFY(policy.ok());
        f().server().context().policy = *policy;
        const Reply r = f().post(kApply, application(member(QDate(1990, 3, 1), 7), 10000000, 120),
                                 f().login(u"loan1"_qs), ServerFixture::newKey());
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"dueOn"_qs).toString(), u"2025-07-25"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_applications WHERE due_on = '2025-07-25'"_qs), 1);
    }

    void applyRefused()
    {
        const QString number = member(QDate(1990, 3, 1), 5);
        const Reply r = f().post(kApply, application(number, 10000000, 120), f().login(u"loan1"_qs),
                                 ServerFixture::newKey());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"loan.not_eligible"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), u"parties[0]"_qs);
        QCOMPARE(failedRules(r.json), QStringList{u"deposit_months=loan.deposit_months@parties[0]"_qs});
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_applications"_qs), 0);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_parties"_qs), 0);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerLoanApplication(b); });
}

#include "tst_server_loanapplication.moc"
