// The yearly interest settlement (结息, issue 17): each account's interest of the settlement year
// exact to the fen against hand-computed 积数 (an account with movements, one opened mid-year, one
// with interest credited inside the year, a frozen one, a closed one skipped), journal 09 dated the
// settlement day; exactly once when a chunk fails and the run resumes, and when two runners settle
// at once; the runs and statement routes (not_due, already_posted, not_posted, branch); the next
// year queued by the finished run. SQLite and PostgreSQL.
#include "business/accounts/accountrecords.h"
#include "business/accounts/interesttodate.h"
#include "business/interest/interestjob.h"
#include "platform/jobs/jobscheduler.h"
#include "platform/localcall.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"
#include "server.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QTest>
#include <QtConcurrent>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kRuns = u"/api/v1/interest/runs"_qs;
constexpr int kYear = 2026; // settlement day 2026-06-30: the period [2025-07-01, 2026-07-01)

QDateTime at(int y, int m, int d, int hour = 10)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0));
}

} // namespace

class TestServerInterest : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QString m_teller;
    QString m_unit;

    void setUpUnit(int chunk = 2)
    {
        f().server().jobScheduler().stop();
        server::registerInterestJobs(f().server().jobs(), f().server().context(), chunk);
        m_teller = f().login(u"teller1"_qs);
        m_unit = f().createUnit(m_teller, 1);
        QVERIFY(!m_unit.isEmpty());
    }

    QString open(int person)
    {
        m_teller = f().login(u"teller1"_qs);
        return f().openAccount(m_teller, m_unit, person, 500000);
    }

    qint64 accountId(const QString &number)
    {
        return sql(u"SELECT id FROM accounts WHERE account_number = '"_qs + number + u"'"_qs);
    }

    // A balance movement dated `valueDate` through postJournal (as a business would post it).
    void move(const QString &number, qint64 amount, const QString &valueDate, const QString &type = u"01"_qs)
    {
        const Status s =
            server::runLocally(f().server().context(), {u"teller1"_qs, u"test.move"_qs, u"test"_qs},
                               [&](server::ServiceContext &ctx) {
                                   auto a = server::findAccount(ctx, number, true);
                                   if (!a)
                                       return Status{a.error()};
                                   auto serial = server::nextSerial(ctx);
                                   if (!serial)
                                       return Status{serial.error()};
                                   auto after = server::postJournal(
                                       ctx, {a->id, *serial, type, amount, {}, 0, u"test"_qs}, valueDate);
                                   return after ? Status{} : Status{after.error()};
                               });
        QVERIFY2(s.ok(), qPrintable(s.error().code + u" "_qs + s.error().detail));
    }

    // Interest to the clock's day credited as journal 09 on that day, as a transfer or a closure
    // does (with the year not yet settled by the run, when there is one).
    qint64 creditInterestToDate(const QString &number)
    {
        qint64 credited = -1;
        const Status s =
            server::runLocally(f().server().context(), {u"teller1"_qs, u"test.interest"_qs, u"test"_qs},
                               [&](server::ServiceContext &ctx) {
                                   auto a = server::findAccount(ctx, number, true);
                                   if (!a)
                                       return Status{a.error()};
                                   auto r = server::interestToDate(ctx, *a, ctx.now.toLocalTime().date());
                                   if (!r)
                                       return Status{r.error()};
                                   credited = r->interest;
                                   auto posted = server::postInterestOwed(ctx, *a, *r, u"转移结息"_qs);
                                   return posted ? Status{} : Status{posted.error()};
                               });
        if (!s)
            qWarning() << s.error().code << s.error().detail;
        return credited;
    }

    qint64 interestToDateOf(const QString &number)
    {
        qint64 value = -1;
        const Status s =
            server::runLocally(f().server().context(), {u"teller1"_qs, u"test.read"_qs, u"test"_qs},
                               [&](server::ServiceContext &ctx) {
                                   auto a = server::findAccount(ctx, number);
                                   if (!a)
                                       return Status{a.error()};
                                   auto r = server::interestToDate(ctx, *a, ctx.now.toLocalTime().date());
                                   if (!r)
                                       return Status{r.error()};
                                   value = r->interest;
                                   return Status{};
                               });
        return s ? value : -1;
    }

    qint64 sql(const QString &text)
    {
        auto conn = f().database().connection();
        if (!conn)
            return -1;
        server::Query q(*conn, text);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    bool exec(const QString &text)
    {
        auto conn = f().database().connection();
        return conn && server::Query(*conn, text).exec().ok();
    }

    qint64 posted(const QString &number)
    {
        return sql(
            u"SELECT COALESCE(SUM(j.amount_fen), -1) FROM journal j JOIN accounts a ON a.id = j.account_id "
            "WHERE a.account_number = '"_qs +
            number + u"' AND j.business_type = '09' AND j.value_date = '2026-06-30'"_qs);
    }

    Reply requestRun(int year, const QString &user = u"supervisor1"_qs,
                     const QString &key = ServerFixture::newKey())
    {
        return f().post(kRuns, {{u"year"_qs, year}}, f().login(user), key);
    }

    // Runs due jobs until none is left.
    void drain()
    {
        for (int i = 0; i < 1000; ++i) {
            auto n = f().server().jobs().runDue();
            QVERIFY(n.ok());
            if (*n == 0)
                return;
        }
        QFAIL("jobs keep coming");
    }

    QJsonObject run(int year)
    {
        const QJsonArray items = f().get(kRuns, f().login(u"auditor1"_qs)).json.value(u"items"_qs).toArray();
        for (const QJsonValue &v : items) {
            if (v.toObject().value(u"year"_qs).toInt() == year)
                return v.toObject();
        }
        return {};
    }

    void checkLedger()
    {
        const QString v = f().ledgerInvariantViolation();
        QVERIFY2(v.isEmpty(), qPrintable(v));
    }

private slots:
    // Each row: one account's story and the interest the settlement must credit, by hand:
    // interest = Σ(balance × days) × 1.5% ÷ 360, rounded half-up once (the policy's only rate).
    void posting_data()
    {
        QTest::addColumn<QString>("story");
        QTest::addColumn<qint64>("expected"); // -1: skipped (no posting)
        QTest::addColumn<qint64>("opening");  // the statement's opening balance
        // 1,000,000 from 07-15 to 10-01 (78 d), 1,500,000 to 03-01 (151 d), 1,200,000 to 07-01
        // (122 d): 78,000,000 + 226,500,000 + 146,400,000 = 450,900,000 × 0.015 / 360 = 18,787.5
        QTest::newRow("movements") << u"movements"_qs << qint64(18788) << qint64(0);
        // Opened 2026-01-10 with 2,000,000: 172 days, 344,000,000 × 0.015 / 360 = 14,333.33
        QTest::newRow("opened mid-year") << u"midyear"_qs << qint64(14333) << qint64(0);
        // 1,000,000 from 07-15; on 12-01 interest to date credited (139 d: 5,791.67 → 5,792);
        // the settlement counts from 12-01: 1,005,792 × 212 d = 213,227,904 × 0.015 / 360 = 8,884.496
        // → 8,884. The period opens with 1,000,000, the credit being that day's first entry.
        QTest::newRow("interest credited at a transfer") << u"transfer"_qs << qint64(8884) << qint64(1000000);
        // A whole-balance judicial freeze does not stop the credit: 1,000,000 × 351 d = 14,625
        QTest::newRow("frozen") << u"frozen"_qs << qint64(14625) << qint64(0);
        // Closed accounts (03/04/05) are not settled.
        QTest::newRow("closed") << u"closed"_qs << qint64(-1) << qint64(0);
        // An opening balance from before the year: 3,000,000 all year (365 d) = 45,625
        QTest::newRow("balance from last year") << u"carried"_qs << qint64(45625) << qint64(3000000);
        // Nothing on the account: a posting of 0, no journal row.
        QTest::newRow("empty") << u"empty"_qs << qint64(0) << qint64(0);
    }

    void posting()
    {
        QFETCH(QString, story);
        QFETCH(qint64, expected);
        QFETCH(qint64, opening);
        setUpUnit();
        QString account;
        if (story == u"midyear") {
            f().clock().set(at(2026, 1, 10));
            account = open(1);
            move(account, 2000000, u"2026-01-10"_qs);
        } else {
            account = open(1); // 2025-07-15
            QVERIFY(!account.isEmpty());
            if (story == u"movements") {
                move(account, 1000000, u"2025-07-15"_qs);
                move(account, 500000, u"2025-10-01"_qs);
                move(account, -300000, u"2026-03-01"_qs, u"11"_qs);
                move(account, 700000, u"2026-07-05"_qs); // after the settlement day: not counted
            } else if (story == u"transfer") {
                move(account, 1000000, u"2025-07-15"_qs);
                f().clock().set(at(2025, 12, 1));
                QCOMPARE(creditInterestToDate(account), qint64(5792));
                // interestToDate counts on from the credit: 1,005,792 × 31 d × 0.015 / 360 = 1,299.15
                f().clock().set(at(2026, 1, 1));
                QCOMPARE(interestToDateOf(account), qint64(1299));
            } else if (story == u"frozen") {
                move(account, 1000000, u"2025-07-15"_qs);
                QVERIFY(!f().registerFreeze(account, 0).isEmpty());
            } else if (story == u"closed") {
                move(account, 1000000, u"2025-07-15"_qs);
                QVERIFY(exec(u"UPDATE accounts SET state = '05' WHERE account_number = '"_qs + account +
                             u"'"_qs));
            } else if (story == u"carried") {
                // Opened last year with its money (the opening is moved back for the story).
                QVERIFY(exec(u"UPDATE accounts SET opened_on = '2024-03-01' WHERE account_number = '"_qs +
                             account + u"'"_qs));
                move(account, 3000000, u"2024-03-01"_qs);
            }
        }
        f().clock().set(at(2026, 7, 1, 1));
        const Reply queued = requestRun(kYear);
        QCOMPARE(queued.status, 202);
        QCOMPARE(queued.json.value(u"run"_qs).toObject().value(u"status"_qs).toString(), u"queued"_qs);
        drain();
        const QJsonObject r = run(kYear);
        QCOMPARE(r.value(u"status"_qs).toString(), u"done"_qs);
        const qint64 id = accountId(account);
        const qint64 postings =
            sql(u"SELECT COUNT(*) FROM interest_postings WHERE year = 2026 AND account_id = "_qs +
                QString::number(id));
        if (expected < 0) {
            QCOMPARE(postings, 0);
            QCOMPARE(posted(account), -1);
            QCOMPARE(r.value(u"accountsPosted"_qs).toInteger(), 0);
        } else {
            QCOMPARE(postings, 1);
            QCOMPARE(posted(account), expected == 0 ? -1 : expected);
            QCOMPARE(sql(u"SELECT interest_fen FROM interest_postings WHERE account_id = "_qs +
                         QString::number(id)),
                     expected);
            QCOMPARE(sql(u"SELECT opening_balance_fen FROM interest_postings WHERE account_id = "_qs +
                         QString::number(id)),
                     opening);
            QCOMPARE(r.value(u"accountsPosted"_qs).toInteger(), 1);
            QCOMPARE(r.value(u"totalInterestFen"_qs).toInteger(), expected);
        }
        // Exactly once: a second request is refused, and running jobs again changes nothing.
        QCOMPARE(requestRun(kYear).code(), u"interest.already_posted"_qs);
        drain();
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '09' AND value_date = '2026-06-30'"_qs),
            expected > 0 ? 1 : 0);
        checkLedger();
    }

    // Chunk 2 of 3 fails (an account whose journal cannot be settled): the first chunk stays
    // posted, the run is running; once the journal is corrected the job resumes after the cursor
    // and every account is credited exactly once.
    void resumesAfterFailedChunk()
    {
        setUpUnit(2);
        QStringList accounts;
        for (int p = 1; p <= 5; ++p) {
            accounts.append(open(p));
            move(accounts.last(), 1000000, u"2025-07-15"_qs);
        }
        // The third account's journal drops below zero inside the year: computeInterest refuses it.
        const QString bad = QString::number(accountId(accounts.at(2)));
        QVERIFY(
            exec(u"INSERT INTO journal (account_id, serial, business_type, amount_fen, balance_after_fen, "
                 "value_date, operator_id, branch_id, memo, created_at) SELECT "_qs +
                 bad +
                 u", 'YWBAD', '11', -5000000, 0, '2025-08-01', operator_id, branch_id, 'bad', 0 FROM journal "
                 "WHERE account_id = "_qs +
                 bad + u" LIMIT 1"_qs));
        f().clock().set(at(2026, 7, 1, 1));
        QCOMPARE(requestRun(kYear).status, 202);
        for (int i = 0; i < 3; ++i)
            QVERIFY(f().server().jobs().runDue().ok());
        QCOMPARE(sql(u"SELECT COUNT(*) FROM interest_postings WHERE year = 2026"_qs), 2);
        QCOMPARE(run(kYear).value(u"status"_qs).toString(), u"running"_qs);
        QCOMPARE(run(kYear).value(u"accountsPosted"_qs).toInteger(), 2);
        QVERIFY(sql(u"SELECT COUNT(*) FROM jobs WHERE kind = 'interest.settle' AND state = 'queued' AND "
                    "last_error LIKE 'interest.account%'"_qs) == 1);

        QVERIFY(exec(u"DELETE FROM journal WHERE serial = 'YWBAD'"_qs));
        f().clock().advanceSeconds(3600);
        drain();
        QCOMPARE(run(kYear).value(u"status"_qs).toString(), u"done"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM interest_postings WHERE year = 2026"_qs), 5);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '09'"_qs), 5);
        for (const QString &a : accounts)
            QCOMPARE(posted(a), qint64(14625)); // 1,000,000 × 351 d × 0.015 / 360
        QCOMPARE(run(kYear).value(u"accountsPosted"_qs).toInteger(), 5);
        QCOMPARE(run(kYear).value(u"totalInterestFen"_qs).toInteger(), 5 * 14625);
        // One audit record per chunk (3 with postings; the failed attempt rolled back) and one per run.
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'interest.settle' AND outcome = 'chunk'"_qs),
            3);
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'interest.settle' AND outcome = 'ok'"_qs),
            1);
        checkLedger();
    }

    // Two runners settle the same year at once (another server on the database, a lease taken
    // over): each account is credited once; each runner counts only what it posted.
    void twoRunners()
    {
        setUpUnit(3);
        QStringList accounts;
        for (int p = 1; p <= 8; ++p) {
            accounts.append(open(p));
            move(accounts.last(), 1000000 + p, u"2025-07-15"_qs);
        }
        f().clock().set(at(2026, 7, 1, 1));
        QCOMPARE(requestRun(kYear).status, 202);
        auto settle = [this]() -> QString {
            for (int i = 0; i < 10; ++i) {
                bool finished = false;
                const Status s = server::runLocally(f().server().context(),
                                                    {u"supervisor1"_qs, u"interest.settle"_qs, u"test"_qs},
                                                    [&](server::ServiceContext &ctx) {
                                                        auto c = server::settleChunk(ctx, kYear, 3);
                                                        if (!c)
                                                            return Status{c.error()};
                                                        finished = c->finished;
                                                        return Status{};
                                                    });
                if (!s)
                    return s.error().code + u" "_qs + s.error().detail;
                if (finished)
                    return {};
            }
            return u"not finished"_qs;
        };
        QFuture<QString> a = QtConcurrent::run(settle);
        QFuture<QString> b = QtConcurrent::run(settle);
        QCOMPARE(a.result(), QString());
        QCOMPARE(b.result(), QString());
        QCOMPARE(sql(u"SELECT COUNT(*) FROM interest_postings WHERE year = 2026"_qs), 8);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '09'"_qs), 8);
        QCOMPARE(sql(u"SELECT COUNT(DISTINCT account_id) FROM journal WHERE business_type = '09'"_qs), 8);
        QCOMPARE(run(kYear).value(u"status"_qs).toString(), u"done"_qs);
        QCOMPARE(run(kYear).value(u"accountsPosted"_qs).toInteger(), 8);
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'interest.settle' AND outcome = 'ok'"_qs),
            1);
        // The job queued by the request finds nothing left.
        drain();
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '09'"_qs), 8);
        checkLedger();
    }

    // The runs route: not due before the day after the settlement day, roles, an idempotent
    // replay, the next year queued by the finished run; the statement before and after.
    void routes()
    {
        setUpUnit(10);
        const QString a1 = open(1);
        const QString a2 = open(2);
        move(a1, 1000000, u"2025-07-15"_qs);
        move(a2, 2000000, u"2025-07-15"_qs);
        const QString path = u"/api/v1/units/"_qs + m_unit + u"/interest-statements/2026"_qs;

        f().clock().set(at(2026, 6, 30, 23));
        Reply r = requestRun(kYear);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"interest.not_due"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), u"year"_qs);
        QCOMPARE(requestRun(1999).code(), u"request.field_range"_qs);
        QCOMPARE(requestRun(kYear, u"teller1"_qs).code(), u"auth.role_denied"_qs);
        Reply runs = f().get(kRuns, f().login(u"auditor1"_qs));
        QCOMPARE(runs.status, 200);
        QCOMPARE(runs.json.value(u"nextSettlement"_qs).toString(), u"2026-06-30"_qs);
        QCOMPARE(f().get(kRuns, f().login(u"teller1"_qs)).code(), u"auth.role_denied"_qs);

        f().clock().set(at(2026, 7, 2, 9));
        QCOMPARE(f().get(path, f().login(u"teller1"_qs)).code(), u"interest.not_posted"_qs);
        const QString key = ServerFixture::newKey();
        r = requestRun(kYear, u"supervisor1"_qs, key);
        QCOMPARE(r.status, 202);
        const Reply replay = requestRun(kYear, u"supervisor1"_qs, key);
        QCOMPARE(replay.status, 202);
        QCOMPARE(replay.json, r.json);
        QCOMPARE(f().get(path, f().login(u"teller1"_qs)).code(), u"interest.not_posted"_qs);
        drain();

        runs = f().get(kRuns, f().login(u"admin"_qs));
        QCOMPARE(runs.json.value(u"nextSettlement"_qs).toString(), u"2027-06-30"_qs);
        const QJsonArray items = runs.json.value(u"items"_qs).toArray();
        QCOMPARE(items.size(), 2); // 2027 queued by the finished run, newest first
        QCOMPARE(items.at(0).toObject().value(u"year"_qs).toInt(), 2027);
        QCOMPARE(items.at(0).toObject().value(u"status"_qs).toString(), u"queued"_qs);
        QVERIFY(items.at(0).toObject().value(u"startedAt"_qs).isNull());
        QCOMPARE(items.at(1).toObject().value(u"status"_qs).toString(), u"done"_qs);
        QCOMPARE(items.at(1).toObject().value(u"accountsPosted"_qs).toInteger(), 2);
        QCOMPARE(items.at(1).toObject().value(u"totalInterestFen"_qs).toInteger(), 14625 + 29250);
        QVERIFY(!items.at(1).toObject().value(u"finishedAt"_qs).toString().isEmpty());
        // The next year's job waits for 2027-07-01.
        const qint64 due = QDateTime(QDate(2027, 7, 1), QTime(0, 0)).toMSecsSinceEpoch();
        QCOMPARE(sql(u"SELECT run_at FROM jobs WHERE dedupe_key = 'interest:2027'"_qs), due);
        QCOMPARE(requestRun(2027).code(), u"interest.not_due"_qs);
        QCOMPARE(requestRun(kYear).status, 409);

        // The statement.
        Reply s = f().get(path, f().login(u"teller1"_qs));
        QCOMPARE(s.status, 200);
        QCOMPARE(s.json.value(u"unitAccount"_qs).toString(), m_unit);
        QCOMPARE(s.json.value(u"settlementDate"_qs).toString(), u"2026-06-30"_qs);
        QCOMPARE(s.json.value(u"period"_qs).toObject().value(u"from"_qs).toString(), u"2025-07-01"_qs);
        QCOMPARE(s.json.value(u"period"_qs).toObject().value(u"to"_qs).toString(), u"2026-06-30"_qs);
        QCOMPARE(s.json.value(u"rates"_qs).toArray().size(), 1);
        QCOMPARE(s.json.value(u"rates"_qs).toArray().at(0).toObject().value(u"from"_qs).toString(),
                 u"2025-07-01"_qs);
        QCOMPARE(s.json.value(u"rates"_qs).toArray().at(0).toObject().value(u"annual"_qs).toString(),
                 u"1.50"_qs);
        QCOMPARE(s.json.value(u"employees"_qs).toInt(), 2);
        QCOMPARE(s.json.value(u"totalInterestFen"_qs).toInteger(), 14625 + 29250);
        const QJsonArray lines = s.json.value(u"lines"_qs).toArray();
        QCOMPARE(lines.size(), 2);
        for (const QJsonValue &v : lines) {
            const QJsonObject l = v.toObject();
            const qint64 principal = l.value(u"accountNumber"_qs).toString() == a1 ? 1000000 : 2000000;
            QCOMPARE(l.value(u"openingBalanceFen"_qs).toInteger(), 0);
            QCOMPARE(l.value(u"interestFen"_qs).toInteger(), principal == 1000000 ? 14625 : 29250);
            QCOMPARE(l.value(u"closingBalanceFen"_qs).toInteger(),
                     principal + l.value(u"interestFen"_qs).toInteger());
            QVERIFY(!l.value(u"name"_qs).toString().isEmpty());
        }
        QVERIFY(s.json.value(u"serial"_qs).toString().startsWith(u"YW"_qs));
        // x-branch-scope own: another branch is denied, the head office (auditor1, 0000) reads it.
        QCOMPARE(f().get(path, f().login(u"teller2"_qs)).code(), u"auth.branch_denied"_qs);
        QCOMPARE(f().get(path, f().login(u"auditor1"_qs)).json, s.json);
        QCOMPARE(
            f().get(u"/api/v1/units/"_qs + m_unit + u"/interest-statements/20x6"_qs, f().login(u"teller1"_qs))
                .code(),
            u"interest.year"_qs);
        QCOMPARE(
            f().get(u"/api/v1/units/"_qs + m_unit + u"/interest-statements/2025"_qs, f().login(u"teller1"_qs))
                .code(),
            u"interest.not_posted"_qs);
        checkLedger();
    }

    // An account closed (or transferred out) after the settlement day but before the run reached it:
    // the closure credits the year's interest as the run would, then the days since, on the balance
    // with the year's interest; it takes the year's key, so the run leaves the account alone and the
    // year is credited once. A deposit dated after the settlement day earns from its own date.
    void closedBeforeTheRun_data()
    {
        QTest::addColumn<bool>("laterDeposit");
        QTest::addColumn<qint64>("owed");
        // The year: 1,000,000 × 351 d × 0.015 / 360 = 14,625. Then 2026-07-01 .. 08-01 (31 d):
        // 1,014,625 × 31 = 31,453,375 × 0.015 / 360 = 1,310.56 → 1,311.
        QTest::newRow("no later deposit") << false << qint64(14625 + 1311);
        // 500,000 more on 07-10: 1,014,625 × 9 + 1,514,625 × 22 = 42,453,375 → 1,768.89 → 1,769.
        QTest::newRow("a deposit after the settlement day") << true << qint64(14625 + 1769);
    }

    void closedBeforeTheRun()
    {
        QFETCH(bool, laterDeposit);
        QFETCH(qint64, owed);
        setUpUnit();
        const QString account = open(1); // 2025-07-15
        const QString other = open(2);
        move(account, 1000000, u"2025-07-15"_qs);
        move(other, 1000000, u"2025-07-15"_qs);
        if (laterDeposit)
            move(account, 500000, u"2026-07-10"_qs);
        f().clock().set(at(2026, 8, 1));
        QCOMPARE(interestToDateOf(account), owed);
        QCOMPARE(creditInterestToDate(account), owed);
        QVERIFY(exec(u"UPDATE accounts SET state = '05' WHERE account_number = '"_qs + account + u"'"_qs));
        const QString id = QString::number(accountId(account));
        QCOMPARE(
            sql(u"SELECT interest_fen FROM interest_postings WHERE year = 2026 AND account_id = "_qs + id),
            qint64(14625));

        QCOMPARE(requestRun(kYear).status, 202);
        drain();
        QCOMPARE(run(kYear).value(u"status"_qs).toString(), u"done"_qs);
        QCOMPARE(run(kYear).value(u"accountsPosted"_qs).toInteger(), 1); // the other account
        QCOMPARE(posted(other), qint64(14625));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '09' AND account_id = "_qs + id),
                 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM interest_postings WHERE year = 2026"_qs), 2);
        checkLedger();
    }

    // The run posts the year's 09 dated the settlement day after entries dated later: the next
    // year opens with the sum of what is dated before it, not the balance of the last row posted.
    void lateRunNextYear()
    {
        setUpUnit();
        const QString account = open(1); // 2025-07-15
        move(account, 1000000, u"2025-07-15"_qs);
        f().clock().set(at(2026, 7, 20));
        move(account, 500000, u"2026-07-10"_qs);
        QCOMPARE(requestRun(kYear).status, 202);
        drain();
        QCOMPARE(posted(account), qint64(14625));
        f().clock().set(at(2027, 7, 1, 1)); // the finished run queued 2027 for this day
        drain();
        QCOMPARE(run(kYear + 1).value(u"status"_qs).toString(), u"done"_qs);
        // 1,014,625 × 9 d + 1,514,625 × 356 d = 548,338,125 × 0.015 / 360 = 22,847.42 → 22,847
        const QString id = QString::number(accountId(account));
        QCOMPARE(
            sql(u"SELECT interest_fen FROM interest_postings WHERE year = 2027 AND account_id = "_qs + id),
            qint64(22847));
        QCOMPARE(
            sql(u"SELECT opening_balance_fen FROM interest_postings WHERE year = 2027 AND account_id = "_qs +
                id),
            qint64(1014625));
        checkLedger();
    }

    // serve's start-up step queues the latest due year once.
    void scheduling()
    {
        setUpUnit();
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        const qint64 now = at(2026, 12, 5).toMSecsSinceEpoch();
        QVERIFY(server::scheduleInterest(*conn, f().server().context().policy, now).ok());
        QVERIFY(server::scheduleInterest(*conn, f().server().context().policy, now).ok());
        QCOMPARE(sql(u"SELECT COUNT(*) FROM jobs WHERE kind = 'interest.settle'"_qs), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM interest_runs WHERE year = 2026 AND status = 'queued'"_qs), 1);
        QCOMPARE(server::latestDueYear(f().server().context().policy, QDate(2026, 6, 30)), 2025);
        QCOMPARE(server::latestDueYear(f().server().context().policy, QDate(2026, 7, 1)), 2026);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerInterest(b); });
}

#include "tst_server_interest.moc"
