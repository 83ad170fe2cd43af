// Overdue loans through the HTTP API and the loan.overdue job (issue 18, part F): 罚息 exact to the
// fen against hand values (rows), days past due, the loan's status, the job run twice and two runs
// of the same day, a repayment that clears the arrears, the reminders queue and its refusals, the
// list with the 逾期率 against hand numbers and the branch scope. SQLite and PostgreSQL.
//
// As in tst_server_loanaccount, markSignedForTest() stands in for review, approval and 面签.
#include "business/loan/account/loanaccount.h"
#include "business/loan/overdue/loanoverdue.h"
#include "demo/demoseed.h"
#include "domain/identity.h"
#include "loanaccounthelpers.h"
#include "platform/auth/userservice.h"
#include "platform/jobs/jobrunner.h"
#include "platform/jobs/jobs.h"
#include "platform/store/migrations.h"
#include "platform/store/sql.h"
#include "server.h"
#include "serverfixture.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::test;
using namespace hpf::test::loanaccounttest;

class TestServerLoanOverdue : public LoanAccountSuite
{
    Q_OBJECT
public:
    using LoanAccountSuite::LoanAccountSuite;

private:
    // The overdue job registered and today's run queued, as `serve` does.
    void startOverdueJob()
    {
        server::registerLoanOverdueJobs(f().server().jobs(), f().server().context());
        auto conn = f().database().connection();
        QVERIFY(conn);
        QVERIFY(server::scheduleLoanOverdue(*conn, f().clock().now().toMSecsSinceEpoch()).ok());
    }

    // A second run of the day (another server's, or a retried one): a job under its own key.
    void queueExtraRun(const QString &tag)
    {
        auto conn = f().database().connection();
        QVERIFY(conn);
        server::JobRequest r;
        r.kind = QString::fromLatin1(server::kLoanOverdueJob);
        r.runAt = f().clock().now().toUTC();
        r.dedupeKey = u"extra:"_qs + tag;
        QVERIFY(server::enqueueJob(*conn, r, f().clock().now().toMSecsSinceEpoch()).ok());
    }

    void at(QDate day, QTime time = QTime(9, 0)) { f().clock().set(QDateTime(day, time)); }

    qint64 penalty(const QString &contract)
    {
        return sql(u"SELECT COALESCE(SUM(i.penalty_fen), 0) FROM loan_instalments i JOIN loans l ON l.id = "
                   "i.loan_id WHERE l.contract_number = '"_qs +
                   contract + u"'"_qs);
    }

    QString status(const QString &contract)
    {
        return sqlText(u"SELECT status FROM loans WHERE contract_number = '"_qs + contract + u"'"_qs);
    }

    Reply overdue(const QString &user = u"loan1"_qs, const QString &query = {})
    {
        return f().get(u"/api/v1/loans/overdue"_qs + query, f().login(user));
    }

    Reply done(const QString &id, const QJsonObject &body, const QString &user = u"loan1"_qs,
               const QString &key = {})
    {
        return f().post(u"/api/v1/loans/overdue/reminders/"_qs + id + u"/done"_qs, body, f().login(user),
                        key.isEmpty() ? ServerFixture::newKey() : key);
    }

private slots:
    // One day's 罚息 = overdue × ppm ÷ 1 000 000, half up to the fen (hand values).
    void dailyPenalty_data()
    {
        QTest::addColumn<qint64>("overdue");
        QTest::addColumn<qint64>("ppm");
        QTest::addColumn<qint64>("expected");
        // 2,001.70 × 0.00005 = 0.100085 yuan = 10.0085 fen → 10
        QTest::newRow("reference instalment") << qint64(200170) << qint64(50) << qint64(10);
        QTest::newRow("10,000.00 exact") << qint64(1000000) << qint64(50) << qint64(50);
        QTest::newRow("half a fen rounds up") << qint64(10000) << qint64(50) << qint64(1); // 0.5
        QTest::newRow("just below half") << qint64(9999) << qint64(50) << qint64(0);       // 0.49995
        QTest::newRow("2.1 per 10k") << qint64(212830) << qint64(210) << qint64(45);       // 44.6943
        QTest::newRow("nothing overdue") << qint64(0) << qint64(50) << qint64(0);
        QTest::newRow("no penalty policy") << qint64(200170) << qint64(0) << qint64(0);
        QTest::newRow("negative amount") << qint64(-200170) << qint64(50) << qint64(0);
        // 1,000,000,000.00 at 1% a day: no overflow
        QTest::newRow("huge") << qint64(100000000000) << qint64(10000) << qint64(1000000000);
    }

    void dailyPenalty()
    {
        QFETCH(qint64, overdue);
        QFETCH(qint64, ppm);
        QFETCH(qint64, expected);
        QCOMPARE(server::dailyPenaltyFen(overdue, ppm), expected);
    }

    // 逾期率 in 万分之, two decimals half up.
    void ratio_data()
    {
        QTest::addColumn<qint64>("overdue");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("expected");
        QTest::newRow("five sixths") << qint64(50000000) << qint64(60000000) << u"8333.33"_qs;
        QTest::newRow("two thirds") << qint64(2) << qint64(3) << u"6666.67"_qs;
        QTest::newRow("all") << qint64(7) << qint64(7) << u"10000.00"_qs;
        QTest::newRow("a quarter of 1‱") << qint64(1) << qint64(40000) << u"0.25"_qs;
        QTest::newRow("half a hundredth up") << qint64(1) << qint64(2000000) << u"0.01"_qs;
        QTest::newRow("below half a hundredth") << qint64(1) << qint64(2000001) << u"0.00"_qs;
        QTest::newRow("no loans") << qint64(0) << qint64(0) << u"0.00"_qs;
        QTest::newRow("none overdue") << qint64(0) << qint64(500) << u"0.00"_qs;
        QTest::newRow("huge balances")
            << qint64(900000000000000) << qint64(1000000000000000) << u"9000.00"_qs;
    }

    void ratio()
    {
        QFETCH(qint64, overdue);
        QFETCH(qint64, total);
        QFETCH(QString, expected);
        QCOMPARE(server::perTenThousand(overdue, total), expected);
    }

    // The reference loan (500,000.00, 2.6%, 360 months; 2,001.70 a month, first due 2025-08-15)
    // unpaid, the job run once on `day` (after any number of days without a run) and then again the
    // same day: penalty = Σ instalment-days × 10 fen (2,001.70 × 50 ppm = 10.0085 → 10 fen a day).
    void accrual_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<qint64>("penalty");
        QTest::addColumn<int>("daysPastDue");
        QTest::addColumn<QString>("status");
        QTest::newRow("due day: not overdue yet") << QDate(2025, 8, 15) << qint64(0) << 0 << u"repaying"_qs;
        QTest::newRow("one day") << QDate(2025, 8, 16) << qint64(10) << 1 << u"overdue"_qs;
        QTest::newRow("thirty days") << QDate(2025, 9, 14) << qint64(300) << 30 << u"overdue"_qs;
        // instalment 1: 36 days (360), instalment 2 (due 2025-09-15): 5 days (50)
        QTest::newRow("two instalments") << QDate(2025, 9, 20) << qint64(410) << 36 << u"overdue"_qs;
        QTest::newRow("clock before the loan") << QDate(2025, 7, 20) << qint64(0) << 0 << u"repaying"_qs;
    }

    void accrual()
    {
        QFETCH(QDate, day);
        QFETCH(qint64, penalty);
        QFETCH(int, daysPastDue);
        QFETCH(QString, status);
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        startOverdueJob();
        QCOMPARE(runJobs(), 1); // today's run: nothing due yet
        QCOMPARE(this->penalty(contract), qint64(0));
        at(day, QTime(0, 30));
        runJobs();
        QCOMPARE(this->penalty(contract), penalty);
        QCOMPARE(this->status(contract), status);
        QCOMPARE(sql(u"SELECT COALESCE(MAX(days_past_due), 0) FROM loan_instalments"_qs),
                 qint64(daysPastDue));
        const qint64 audits = sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.overdue_run'"_qs);
        QCOMPARE(audits, qint64(penalty > 0 ? 1 : 0));
        // A second run the same day (another server, a retry) changes nothing.
        queueExtraRun(u"again"_qs);
        QCOMPARE(runJobs(), 1);
        QCOMPARE(this->penalty(contract), penalty);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.overdue_run'"_qs), audits);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM jobs WHERE kind = 'loan.overdue' AND state = 'queued'"_qs),
                 qint64(1)); // tomorrow's
    }

    // Run every day from 2025-08-16 to 2025-09-14: the same 3.00 as one catch-up run, and each
    // day's run is queued once whatever the number of runs.
    void dailyRuns()
    {
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        startOverdueJob();
        runJobs();
        for (QDate d(2025, 8, 16); d <= QDate(2025, 9, 14); d = d.addDays(1)) {
            at(d, QTime(0, 15));
            QCOMPARE(runJobs(), 1);
            QCOMPARE(penalty(contract), qint64(10) * QDate(2025, 8, 15).daysTo(d));
        }
        QCOMPARE(penalty(contract), qint64(300));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM jobs WHERE kind = 'loan.overdue' AND state = 'done'"_qs),
                 qint64(31));
    }

    // Two runs of the same day queued at once (two servers each queued one): one accrual.
    void concurrentRuns()
    {
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        server::registerLoanOverdueJobs(f().server().jobs(), f().server().context());
        at(QDate(2025, 8, 25));
        queueExtraRun(u"server-a"_qs);
        queueExtraRun(u"server-b"_qs);
        QVERIFY(runJobs() >= 2);
        QCOMPARE(penalty(contract), qint64(100)); // 10 days × 10 fen
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.overdue_run'"_qs), qint64(1));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_reminders"_qs), qint64(1)); // threshold 3
    }

    // Five days overdue (0.50 of penalty), then the bank pays 2,001.70 + 0.50: penalty first, the
    // loan is repaying again, the list is empty and the next run adds nothing.
    void repaymentClears()
    {
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        startOverdueJob();
        runJobs();
        at(QDate(2025, 8, 20), QTime(0, 20));
        runJobs();
        QCOMPARE(penalty(contract), qint64(50));
        QCOMPARE(status(contract), u"overdue"_qs);
        at(QDate(2025, 8, 20), QTime(10, 0));
        // More than instalment 1, its penalty and instalment 2 is refused: the penalty is due too.
        Reply r = repay(contract, {{u"amountFen"_qs, 2 * 200170 + 50 + 1}});
        QCOMPARE(r.code(), u"loan.repay_above_due"_qs);
        r = repay(contract, {{u"amountFen"_qs, 200170 + 50}});
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonObject posting = r.json.value(u"posting"_qs).toObject();
        QCOMPARE(posting.value(u"penaltyFen"_qs).toInteger(), qint64(50));
        QCOMPARE(posting.value(u"interestFen"_qs).toInteger(), qint64(108333));
        QCOMPARE(posting.value(u"principalFen"_qs).toInteger(), qint64(91837));
        QCOMPARE(status(contract), u"repaying"_qs);
        const Reply list = overdue();
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(u"total"_qs).toInteger(), qint64(0));
        QCOMPARE(list.json.value(u"summary"_qs).toObject().value(u"ratioPerTenThousand"_qs).toString(),
                 u"0.00"_qs);
        at(QDate(2025, 8, 21), QTime(0, 20));
        runJobs();
        QCOMPARE(penalty(contract), qint64(50));
        QCOMPARE(status(contract), u"repaying"_qs);
    }

    // Loan A (500,000.00) overdue since 2025-08-15; loan B (100,000.00) disbursed 2025-08-16, first
    // due 2025-09-16. On 2025-08-20: 逾期率 = 500,000.00 ÷ 600,000.00 × 10 000 = 8333.33‱.
    void listAndRatio()
    {
        const QString a = disbursed();
        QVERIFY(!a.isEmpty());
        startOverdueJob();
        runJobs();
        at(QDate(2025, 8, 16));
        const QString b = disbursed(10000000, 120);
        QVERIFY(!b.isEmpty());
        at(QDate(2025, 8, 20), QTime(0, 20));
        runJobs();
        at(QDate(2025, 8, 20), QTime(9, 0));
        for (const QString &user : {u"loan1"_qs, u"supervisor1"_qs, u"auditor1"_qs}) {
            const Reply r = overdue(user);
            QVERIFY2(r.status == 200, r.body.constData());
            QCOMPARE(r.json.value(u"total"_qs).toInteger(), qint64(1));
            const QJsonObject sum = r.json.value(u"summary"_qs).toObject();
            QCOMPARE(sum.value(u"loans"_qs).toInteger(), qint64(2));
            QCOMPARE(sum.value(u"balanceFen"_qs).toInteger(), qint64(60000000));
            QCOMPARE(sum.value(u"overdueLoans"_qs).toInteger(), qint64(1));
            QCOMPARE(sum.value(u"overdueBalanceFen"_qs).toInteger(), qint64(50000000));
            QCOMPARE(sum.value(u"ratioPerTenThousand"_qs).toString(), u"8333.33"_qs);
            QCOMPARE(sum.value(u"asOf"_qs).toString(), u"2025-08-20"_qs);
            const QJsonObject row = r.json.value(u"items"_qs).toArray().first().toObject();
            QCOMPARE(row.value(u"contractNumber"_qs).toString(), a);
            QCOMPARE(row.value(u"daysPastDue"_qs).toInteger(), qint64(5));
            QCOMPARE(row.value(u"overdueFen"_qs).toInteger(), qint64(200170));
            QCOMPARE(row.value(u"penaltyFen"_qs).toInteger(), qint64(50));
            QCOMPARE(row.value(u"overdueInstalments"_qs).toInteger(), qint64(1));
            QCOMPARE(row.value(u"reminderState"_qs).toString(), u"open"_qs);
            QCOMPARE(row.value(u"reminder"_qs).toObject().value(u"thresholdDays"_qs).toInteger(), qint64(3));
            // No identity in the answer: the name is masked.
            QVERIFY(!row.value(u"borrowerName"_qs).toString().contains(u"借款人"_qs));
        }
        // An officer of another branch sees none of it.
        addUser(u"loan9"_qs, u"loan_officer"_qs, u"0002"_qs);
        const Reply other = overdue(u"loan9"_qs);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json.value(u"total"_qs).toInteger(), qint64(0));
        QCOMPARE(other.json.value(u"summary"_qs).toObject().value(u"ratioPerTenThousand"_qs).toString(),
                 u"0.00"_qs);
        // A teller may not see it; a bad page is refused.
        QCOMPARE(overdue(u"teller1"_qs).status, 403);
        QCOMPARE(overdue(u"loan1"_qs, u"?page=0"_qs).code(), u"request.field_range"_qs);
        QCOMPARE(overdue(u"loan1"_qs, u"?page=%EF%BC%91"_qs).code(),
                 u"request.field_range"_qs); // full-width 1
        QCOMPARE(overdue(u"loan1"_qs, u"?page=2"_qs).json.value(u"items"_qs).toArray().size(), 0);
    }

    // The reminders queue: 3 days past due queues one, the officer records it (retried key: once),
    // 30 days queues the next and supersedes nothing recorded.
    void reminders()
    {
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        startOverdueJob();
        runJobs();
        at(QDate(2025, 8, 17), QTime(0, 20));
        runJobs();
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_reminders"_qs), qint64(0)); // 2 days
        at(QDate(2025, 8, 18), QTime(0, 20));
        runJobs();
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_reminders WHERE threshold_days = 3 AND status = 'open'"_qs),
                 qint64(1));
        const QString id = QString::number(sql(u"SELECT id FROM loan_reminders"_qs));
        at(QDate(2025, 8, 18), QTime(10, 0));
        const QString key = ServerFixture::newKey();
        const QJsonObject body{{u"channel"_qs, u"phone"_qs}, {u"note"_qs, u"借款人称下周还款"_qs}};
        Reply r = done(id, body, u"loan1"_qs, key);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value(u"status"_qs).toString(), u"done"_qs);
        QCOMPARE(r.json.value(u"contractNumber"_qs).toString(), contract);
        r = done(id, body, u"loan1"_qs, key); // the same request retried: the stored answer
        QCOMPARE(r.status, 200);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.reminderDone'"_qs), qint64(1));
        r = done(id, body); // a new request: recorded already
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), u"loan.reminder_done"_qs);
        QCOMPARE(overdue()
                     .json.value(u"items"_qs)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"reminderState"_qs)
                     .toString(),
                 u"done"_qs);
        at(QDate(2025, 9, 14), QTime(0, 20));
        runJobs();
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_reminders WHERE threshold_days = 30 AND status = 'open'"_qs),
                 qint64(1));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_reminders WHERE status = 'done'"_qs), qint64(1));
    }

    // Two officers record the same reminder at once: one is recorded, the other is told.
    void concurrentDone()
    {
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        server::registerLoanOverdueJobs(f().server().jobs(), f().server().context());
        at(QDate(2025, 8, 20));
        queueExtraRun(u"x"_qs);
        runJobs();
        const QString id = QString::number(sql(u"SELECT id FROM loan_reminders"_qs));
        QList<Call> calls;
        for (int i = 0; i < 2; ++i)
            calls.append({"POST",
                          u"/api/v1/loans/overdue/reminders/"_qs + id + u"/done"_qs,
                          {{u"channel"_qs, u"sms"_qs}},
                          {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                          {}});
        const QList<Reply> replies = f().parallel(calls, f().login(u"loan1"_qs));
        int recorded = 0;
        for (const Reply &r : replies) {
            if (r.status == 200)
                ++recorded;
            else
                QCOMPARE(r.code(), u"loan.reminder_done"_qs);
        }
        QCOMPARE(recorded, 1);
    }

    void doneBad_data()
    {
        QTest::addColumn<QString>("id"); // empty: the real one
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonObject phone{{u"channel"_qs, u"phone"_qs}};
        QTest::newRow("channel unknown") << QString() << QJsonObject{{u"channel"_qs, u"email"_qs}}
                                         << u"loan1"_qs << 400 << u"request.field_range"_qs << u"channel"_qs;
        QTest::newRow("channel missing") << QString() << QJsonObject{{u"note"_qs, u"x"_qs}} << u"loan1"_qs
                                         << 400 << u"request.field_required"_qs << u"channel"_qs;
        QTest::newRow("channel empty") << QString() << QJsonObject{{u"channel"_qs, u""_qs}} << u"loan1"_qs
                                       << 400 << QString() << u"channel"_qs;
        QTest::newRow("note oversized")
            << QString() << QJsonObject{{u"channel"_qs, u"letter"_qs}, {u"note"_qs, QString(201, u'催')}}
            << u"loan1"_qs << 400 << u"request.field_too_long"_qs << u"note"_qs;
        QTest::newRow("unknown field") << QString() << QJsonObject{{u"channel"_qs, u"sms"_qs}, {u"at"_qs, 1}}
                                       << u"loan1"_qs << 400 << u"request.unknown_field"_qs << u"at"_qs;
        QTest::newRow("unknown id") << u"999999"_qs << phone << u"loan1"_qs << 404
                                    << u"loan.reminder_not_found"_qs << u"id"_qs;
        QTest::newRow("id not a number")
            << u"abc"_qs << phone << u"loan1"_qs << 404 << u"loan.reminder_not_found"_qs << u"id"_qs;
        QTest::newRow("id full-width")
            << u"%EF%BC%91"_qs << phone << u"loan1"_qs << 404 << u"loan.reminder_not_found"_qs << u"id"_qs;
        QTest::newRow("id negative") << u"-1"_qs << phone << u"loan1"_qs << 404
                                     << u"loan.reminder_not_found"_qs << u"id"_qs;
        QTest::newRow("supervisor may not")
            << QString() << phone << u"supervisor1"_qs << 403 << QString() << QString();
        QTest::newRow("other branch")
            << QString() << phone << u"loan9"_qs << 403 << u"auth.branch_denied"_qs << QString();
    }

    void doneBad()
    {
        QFETCH(QString, id);
        QFETCH(QJsonObject, body);
        QFETCH(QString, user);
        QFETCH(int, http);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        server::registerLoanOverdueJobs(f().server().jobs(), f().server().context());
        at(QDate(2025, 8, 20));
        queueExtraRun(u"bad"_qs);
        runJobs();
        if (user == u"loan9")
            addUser(u"loan9"_qs, u"loan_officer"_qs, u"0002"_qs);
        const Reply r =
            done(id.isEmpty() ? QString::number(sql(u"SELECT id FROM loan_reminders"_qs)) : id, body, user);
        QVERIFY2(r.status == http, r.body.constData());
        if (!code.isEmpty())
            QCOMPARE(r.code(), code);
        if (!field.isEmpty())
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_reminders WHERE status = 'done'"_qs), qint64(0));
    }

    // The training center (demo-seed): one loan disbursed four months ago and never repaid is
    // overdue today with its penalty, a reminder to record and a 逾期率 above zero.
    void demoSeed()
    {
        if (m_backend != Backend::Sqlite)
            return; // the seed is backend-neutral; the one run is enough
        QTemporaryDir dir;
        auto config = server::DatabaseConfig::parse(u"sqlite:"_qs + dir.filePath(u"demo.db"_qs));
        QVERIFY(config.ok());
        server::Database database(*config);
        ManualClock clock(f().clock().now());
        QVERIFY(server::migrate(database, clock.now().toMSecsSinceEpoch()).ok());
        auto policy = finance::Policy::defaults();
        QVERIFY(policy.ok());
        crypto::ScryptParams fast;
        fast.n = 1024;
        auto log = server::seedDemo(database, *policy, clock, fast);
        QVERIFY2(log.ok(), log.ok() ? "" : qPrintable(log.error().detail));
        auto conn = database.connection();
        QVERIFY(conn.ok());
        server::Query q(*conn,
                        u"SELECT l.status, l.disbursed_on, (SELECT SUM(penalty_fen) FROM loan_instalments "
                        "i WHERE i.loan_id = l.id), (SELECT COUNT(*) FROM loan_reminders r WHERE r.loan_id = "
                        "l.id AND r.status = 'open') FROM loans l"_qs);
        QVERIFY(q.exec().ok());
        QVERIFY(q.next());
        QCOMPARE(q.str(0), u"overdue"_qs);
        QCOMPARE(q.str(1), clock.now().toLocalTime().date().addMonths(-4).toString(Qt::ISODate));
        QVERIFY(q.int64(2) > 0);
        QCOMPARE(q.int64(3), qint64(1));
        QVERIFY(!q.next()); // the only loan
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerLoanOverdue(b); });
}

#include "tst_server_loanoverdue.moc"
