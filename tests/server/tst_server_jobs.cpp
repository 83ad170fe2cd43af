// Durable jobs (platform/jobs) on SQLite and PostgreSQL, with the clock moved by the test: a job
// runs once; a failing one is retried at the backoff times and then dead; a job enqueued in a
// transaction that rolls back never runs; a dedupe key enqueues once; two runners on two
// connections racing over 200 jobs run each exactly once; an expired lease (a crashed runner) is
// claimed again; the server's timer drives the runner.
#include "platform/jobs/jobrunner.h"
#include "platform/jobs/jobscheduler.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"
#include "suitebase.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QProcess>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace hpf::test;
using namespace hpf;
using namespace hpf::server;

class TestServerJobs : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QSqlDatabase db() { return *f().database().connection(); }
    qint64 nowMs() { return f().clock().now().toMSecsSinceEpoch(); }

    qint64 enqueue(const JobRequest &request)
    {
        Enqueued out;
        const Status s =
            runInTransaction(f().database(), TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                auto e = enqueueJob(tx.db(), request, nowMs());
                if (!e)
                    return e.error();
                out = *e;
                return TxEnd::Commit;
            });
        return s ? out.id : -1;
    }
    Job job(qint64 id)
    {
        auto j = findJob(db(), id);
        return j && *j ? **j : Job{};
    }
    qint64 count(const QString &sql)
    {
        Query q(db(), sql);
        return q.exec().ok() && q.next() ? q.int64(0) : -1;
    }
    int run(JobRunner &runner)
    {
        auto n = runner.runDue();
        return n ? *n : -1;
    }
    // The handler's effect, written in the job's transaction: one row per run of a job (a second
    // run of the same job would violate the primary key).
    static JobResult recordRun(JobContext &ctx)
    {
        Query q(ctx.db, u"INSERT INTO sequences (name, value) VALUES (:n, :v)"_qs);
        q.bind(u":n"_qs, QString(u"job:"_qs + QString::number(ctx.job.id))).bind(u":v"_qs, ctx.job.attempts);
        if (Status s = q.exec(); !s)
            return JobResult::retryLater(s.error().detail);
        return JobResult::done();
    }

private slots:
    void runsOnce()
    {
        JobRunner runner(f().database(), f().clock());
        int calls = 0;
        QJsonObject seen;
        runner.registerHandler(u"test.once"_qs, [&](JobContext &ctx) {
            ++calls;
            seen = ctx.job.payload;
            return recordRun(ctx);
        });
        QCOMPARE(run(runner), 0); // nothing queued: the idle poll takes no write lock
        const qint64 id = enqueue({u"test.once"_qs, {{u"n"_qs, 7}}, {}, {}, 3});
        QVERIFY(id > 0);
        QCOMPARE(run(runner), 1);
        QCOMPARE(run(runner), 0);
        f().clock().advanceDays(1);
        QCOMPARE(run(runner), 0);
        QCOMPARE(calls, 1);
        QCOMPARE(seen.value(u"n"_qs).toInt(), 7);
        const Job j = job(id);
        QCOMPARE(j.state, JobState::Done);
        QCOMPARE(j.attempts, 1);
        QCOMPARE(j.claimedBy, runner.instance());
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM sequences WHERE name = 'job:"_qs + QString::number(id) + u"'"_qs),
            1);
    }

    void waitsForRunAtAndIgnoresUnknownKinds()
    {
        JobRunner runner(f().database(), f().clock());
        int calls = 0;
        runner.registerHandler(u"test.later"_qs, [&](JobContext &ctx) {
            ++calls;
            return recordRun(ctx);
        });
        const qint64 later = enqueue({u"test.later"_qs, {}, f().clock().now().addSecs(600), {}, 3});
        const qint64 unknown = enqueue({u"test.nobody"_qs, {}, {}, {}, 3});
        QCOMPARE(run(runner), 0);
        f().clock().advanceSeconds(599);
        QCOMPARE(run(runner), 0);
        f().clock().advanceSeconds(1);
        QCOMPARE(run(runner), 1);
        QCOMPARE(calls, 1);
        QCOMPARE(job(later).state, JobState::Done);
        QCOMPARE(job(unknown).state, JobState::Queued); // waits for a runner that knows the kind
        QCOMPARE(job(unknown).attempts, 0);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("after the first") << 30 << 3600 << 1 << qint64(30);
        QTest::newRow("after the second") << 30 << 3600 << 2 << qint64(60);
        QTest::newRow("after the seventh") << 30 << 3600 << 7 << qint64(1920);
        QTest::newRow("capped") << 30 << 3600 << 8 << qint64(3600);
        QTest::newRow("far beyond, no overflow") << 30 << 3600 << 100000 << qint64(3600);
        QTest::newRow("attempt 0 (never happens)") << 30 << 3600 << 0 << qint64(30);
        QTest::newRow("cap below base") << 30 << 10 << 1 << qint64(10);
        QTest::newRow("no delay at all") << 0 << 3600 << 5 << qint64(0);
        QTest::newRow("negative settings") << -5 << -1 << 3 << qint64(0);
    }

    void backoff()
    {
        QFETCH(int, base);
        QFETCH(int, cap);
        QFETCH(int, attempts);
        QFETCH(qint64, seconds);
        JobRunnerOptions o;
        o.baseDelaySeconds = base;
        o.maxDelaySeconds = cap;
        JobRunner runner(f().database(), f().clock(), o);
        QCOMPARE(runner.backoffSeconds(attempts), seconds);
    }

    // Retried at exactly the backoff times (not a second earlier), each failed attempt's effects
    // rolled back, dead after max_attempts with the last error kept.
    void failingJobIsRetriedThenDead()
    {
        JobRunnerOptions o;
        o.baseDelaySeconds = 30;
        o.maxDelaySeconds = 100;
        JobRunner runner(f().database(), f().clock(), o);
        int calls = 0;
        runner.registerHandler(u"test.fails"_qs, [&](JobContext &ctx) {
            ++calls;
            (void)recordRun(ctx); // undone: the attempt failed
            return JobResult::retryLater(QStringLiteral("boom %1").arg(calls));
        });
        const qint64 id = enqueue({u"test.fails"_qs, {}, {}, {}, 4});
        const QList<qint64> delays{30, 60, 100}; // 120 capped at 100
        QCOMPARE(run(runner), 1);
        for (qint64 delay : delays) {
            const Job j = job(id);
            QCOMPARE(j.state, JobState::Queued);
            QCOMPARE(j.runAtMs, nowMs() + delay * 1000);
            f().clock().advanceSeconds(delay - 1);
            QCOMPARE(run(runner), 0);
            f().clock().advanceSeconds(1);
            QCOMPARE(run(runner), 1);
        }
        QCOMPARE(calls, 4);
        const Job j = job(id);
        QCOMPARE(j.state, JobState::Dead);
        QCOMPARE(j.attempts, 4);
        QCOMPARE(j.lastError, u"boom 4"_qs);
        f().clock().advanceDays(30);
        QCOMPARE(run(runner), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sequences WHERE name LIKE 'job:%'"_qs), 0);

        // Queued again by hand (the CLI's "jobs retry"): a fresh budget, and this time it works.
        QVERIFY(retryJob(f().database(), id, nowMs()).ok());
        runner.registerHandler(u"test.fails"_qs, [&](JobContext &ctx) { return recordRun(ctx); });
        QCOMPARE(run(runner), 1);
        QCOMPARE(job(id).state, JobState::Done);
        QCOMPARE(job(id).attempts, 1);
        QCOMPARE(retryJob(f().database(), id, nowMs()).error().code, u"job.not_retryable"_qs);
        QCOMPARE(retryJob(f().database(), 999999, nowMs()).error().code, u"job.not_found"_qs);
    }

    void retryAtAnExplicitTime()
    {
        JobRunner runner(f().database(), f().clock());
        int calls = 0;
        runner.registerHandler(u"test.at"_qs, [&](JobContext &ctx) {
            if (++calls == 1)
                return JobResult::retryLater(u"not yet"_qs, ctx.now.addSecs(7));
            return JobResult::done();
        });
        const qint64 id = enqueue({u"test.at"_qs, {}, {}, {}, 3});
        QCOMPARE(run(runner), 1);
        QCOMPARE(job(id).runAtMs, nowMs() + 7000);
        f().clock().advanceSeconds(7);
        QCOMPARE(run(runner), 1);
        QCOMPARE(job(id).state, JobState::Done);
    }

    void failGivesUpAtOnce()
    {
        JobRunner runner(f().database(), f().clock());
        runner.registerHandler(u"test.bad"_qs, [&](JobContext &ctx) {
            (void)recordRun(ctx);
            return JobResult::fail(u"the payload names no account"_qs);
        });
        const qint64 id = enqueue({u"test.bad"_qs, {}, {}, {}, 5});
        QCOMPARE(run(runner), 1);
        QCOMPARE(job(id).state, JobState::Dead);
        QCOMPARE(job(id).attempts, 1);
        QCOMPARE(job(id).lastError, u"the payload names no account"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sequences WHERE name LIKE 'job:%'"_qs), 0);
    }

    void rolledBackEnqueueNeverRuns()
    {
        JobRunner runner(f().database(), f().clock());
        int calls = 0;
        runner.registerHandler(u"test.rollback"_qs, [&](JobContext &) {
            ++calls;
            return JobResult::done();
        });
        // Rolled back by the body, and by a business refusal after the enqueue.
        (void)runInTransaction(f().database(), TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
            (void)enqueueJob(tx.db(), {u"test.rollback"_qs, {}, {}, u"k1"_qs, 3}, nowMs());
            return TxEnd::Rollback;
        });
        const Status refused =
            runInTransaction(f().database(), TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                (void)enqueueJob(tx.db(), {u"test.rollback"_qs, {}, {}, u"k2"_qs, 3}, nowMs());
                return Error{u"account.frozen"_qs, {}, {}};
            });
        QVERIFY(!refused.ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM jobs"_qs), 0);
        QCOMPARE(run(runner), 0);
        QCOMPARE(calls, 0);
        // The keys were never taken.
        QVERIFY(enqueue({u"test.rollback"_qs, {}, {}, u"k1"_qs, 3}) > 0);
    }

    void dedupeKeyEnqueuesOnce()
    {
        JobRunner runner(f().database(), f().clock());
        int calls = 0;
        runner.registerHandler(u"test.dedupe"_qs, [&](JobContext &ctx) {
            ++calls;
            return recordRun(ctx);
        });
        const qint64 first = enqueue({u"test.dedupe"_qs, {{u"v"_qs, 1}}, {}, u"freeze:42:2025-06-01"_qs, 3});
        QVERIFY(first > 0);
        // Again in another transaction, and twice in one transaction (the second must not abort
        // it on PostgreSQL).
        QCOMPARE(enqueue({u"test.dedupe"_qs, {{u"v"_qs, 2}}, {}, u"freeze:42:2025-06-01"_qs, 3}), first);
        QList<Enqueued> inOne;
        const Status s =
            runInTransaction(f().database(), TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                inOne.clear();
                for (const QString &key :
                     {u"freeze:42:2025-06-01"_qs, u"freeze:43:2025-06-01"_qs, u"freeze:43:2025-06-01"_qs}) {
                    auto e = enqueueJob(tx.db(), {u"test.dedupe"_qs, {}, {}, key, 3}, nowMs());
                    if (!e)
                        return e.error();
                    inOne.append(*e);
                }
                return TxEnd::Commit;
            });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(inOne.size(), 3);
        QCOMPARE(inOne.at(0).id, first);
        QVERIFY(!inOne.at(0).created);
        QVERIFY(inOne.at(1).created);
        QCOMPARE(inOne.at(2).id, inOne.at(1).id);
        QVERIFY(!inOne.at(2).created);
        // No key: never deduplicated.
        QVERIFY(enqueue({u"test.dedupe"_qs, {}, {}, {}, 3}) > 0);
        QVERIFY(enqueue({u"test.dedupe"_qs, {}, {}, {}, 3}) > 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM jobs"_qs), 4);
        QCOMPARE(run(runner), 4);
        QCOMPARE(calls, 4);
        QCOMPARE(job(first).payload.value(u"v"_qs).toInt(), 1); // the first enqueue's payload
    }

    void enqueueRefusesNonsense_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty kind") << u""_qs << 3 << u"kind"_qs;
        QTest::newRow("blank kind") << u"   "_qs << 3 << u"kind"_qs;
        QTest::newRow("kind too long") << QString(101, u'k') << 3 << u"kind"_qs;
        QTest::newRow("no attempts") << u"test.x"_qs << 0 << u"maxAttempts"_qs;
        QTest::newRow("negative attempts") << u"test.x"_qs << -1 << u"maxAttempts"_qs;
    }

    void enqueueRefusesNonsense()
    {
        QFETCH(QString, kind);
        QFETCH(int, maxAttempts);
        QFETCH(QString, field);
        auto e = enqueueJob(db(), {kind, {}, {}, {}, maxAttempts}, nowMs());
        QVERIFY(!e);
        QCOMPARE(e.error().code, u"job.invalid"_qs);
        QCOMPARE(e.error().field, field);
    }

    // Two runners, each with its own Database (its own connections, like two server instances),
    // on two threads, over 200 jobs: every job runs exactly once and all are done.
    void twoRunnersNeverRunAJobTwice()
    {
        auto config = DatabaseConfig::parse(f().databaseUrl());
        QVERIFY(config);
        Database second(*config);
        const int total = 200;
        for (int i = 0; i < total; ++i)
            QVERIFY(enqueue({u"test.race"_qs, {{u"i"_qs, i}}, {}, {}, 5}) > 0);

        QMutex mutex;
        QHash<qint64, int> runs;
        QHash<QString, int> byRunner;
        const auto handler = [&](JobContext &ctx) {
            const JobResult r = recordRun(ctx);
            if (r.kind() == JobResult::Done) {
                QMutexLocker lock(&mutex);
                runs[ctx.job.id] += 1;
                byRunner[ctx.job.claimedBy] += 1;
            }
            return r;
        };
        JobRunnerOptions a;
        a.instance = u"runner-a"_qs;
        a.batch = 7;
        JobRunnerOptions b = a;
        b.instance = u"runner-b"_qs;
        JobRunner runnerA(f().database(), f().clock(), a);
        JobRunner runnerB(second, f().clock(), b);
        runnerA.registerHandler(u"test.race"_qs, handler);
        runnerB.registerHandler(u"test.race"_qs, handler);
        const auto drive = [](JobRunner *runner, Database *database) {
            QStringList errors;
            QDeadlineTimer deadline(120000);
            while (!deadline.hasExpired()) {
                auto n = runner->runDue();
                if (!n) {
                    errors << n.error().code + u": "_qs + n.error().detail;
                    continue;
                }
                if (*n > 0)
                    continue;
                auto conn = database->connection();
                Query left(*conn, u"SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')"_qs);
                if (left.exec().ok() && left.next() && left.int64(0) == 0)
                    break;
            }
            return errors;
        };
        auto fa = QtConcurrent::run(drive, &runnerA, &f().database());
        auto fb = QtConcurrent::run(drive, &runnerB, &second);
        fa.waitForFinished();
        fb.waitForFinished();
        QCOMPARE(fa.result(), QStringList());
        QCOMPARE(fb.result(), QStringList());
        QCOMPARE(runs.size(), total);
        for (auto it = runs.cbegin(); it != runs.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("job %1 ran %2 times").arg(it.key()).arg(it.value())));
        QCOMPARE(count(u"SELECT COUNT(*) FROM jobs WHERE state = 'done' AND attempts = 1"_qs), qint64(total));
        QCOMPARE(count(u"SELECT COUNT(*) FROM sequences WHERE name LIKE 'job:%'"_qs), qint64(total));
        qInfo() << "jobs per runner:" << byRunner;
    }

    // A runner crashed mid-job: the row stays running with its lease. Nobody touches it until the
    // lease expires; then another runner claims it (a new attempt). On the last attempt an expired
    // lease makes the job dead instead.
    void expiredLeaseIsReclaimed_data()
    {
        QTest::addColumn<int>("attemptsUsed");
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<bool>("runsAgain");
        QTest::newRow("first attempt crashed") << 1 << 3 << true;
        QTest::newRow("second to last crashed") << 2 << 3 << true;
        QTest::newRow("last attempt crashed") << 3 << 3 << false;
    }

    void expiredLeaseIsReclaimed()
    {
        QFETCH(int, attemptsUsed);
        QFETCH(int, maxAttempts);
        QFETCH(bool, runsAgain);
        JobRunnerOptions o;
        o.leaseSeconds = 300;
        o.instance = u"survivor"_qs;
        JobRunner runner(f().database(), f().clock(), o);
        int calls = 0;
        runner.registerHandler(u"test.lease"_qs, [&](JobContext &ctx) {
            ++calls;
            return recordRun(ctx);
        });
        const qint64 id = enqueue({u"test.lease"_qs, {}, {}, {}, maxAttempts});
        Query crash(db(), u"UPDATE jobs SET state = 'running', claimed_by = 'crashed', attempts = :a, "
                          "lease_until = :l WHERE id = :id"_qs);
        crash.bind(u":a"_qs, attemptsUsed).bind(u":l"_qs, nowMs() + 300000).bind(u":id"_qs, id);
        QVERIFY(crash.exec().ok());

        QCOMPARE(run(runner), 0);
        f().clock().advanceSeconds(300); // lease_until is not yet in the past
        QCOMPARE(run(runner), 0);
        f().clock().advanceSeconds(1);
        const Job j = [&] {
            (void)run(runner);
            return job(id);
        }();
        if (runsAgain) {
            QCOMPARE(calls, 1);
            QCOMPARE(j.state, JobState::Done);
            QCOMPARE(j.attempts, attemptsUsed + 1);
            QCOMPARE(j.claimedBy, u"survivor"_qs);
        } else {
            QCOMPARE(calls, 0);
            QCOMPARE(j.state, JobState::Dead);
            QVERIFY2(j.lastError.contains(u"lease"_qs), qPrintable(j.lastError));
        }
    }

    // Between the claim and the run another instance took a job over (the first runner's lease
    // had expired): the first runner finds the row no longer its own and leaves it alone.
    void runnerThatLostItsClaimDoesNotRun()
    {
        JobRunnerOptions o;
        o.instance = u"slow"_qs;
        JobRunner slow(f().database(), f().clock(), o);
        const qint64 first = enqueue({u"test.lost"_qs, {}, {}, {}, 5});
        const qint64 second = enqueue({u"test.lost"_qs, {}, {}, {}, 5});
        QList<qint64> ran;
        slow.registerHandler(u"test.lost"_qs, [&](JobContext &ctx) {
            ran << ctx.job.id;
            if (ctx.job.id == first) {
                // Both were claimed in one batch; meanwhile "fast" takes the second over.
                Query steal(ctx.db, u"UPDATE jobs SET claimed_by = 'fast' WHERE id = :id"_qs);
                steal.bind(u":id"_qs, second);
                if (Status s = steal.exec(); !s)
                    return JobResult::fail(s.error().detail);
            }
            return recordRun(ctx);
        });
        QCOMPARE(run(slow), 2);
        QCOMPARE(ran, QList<qint64>{first});
        QCOMPARE(job(first).state, JobState::Done);
        QCOMPARE(job(second).state, JobState::Running);
        QCOMPARE(job(second).claimedBy, u"fast"_qs);
    }

    // The operator's view: hpf-server jobs list | retry, against the same database.
    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("list dead") << QStringList{u"list"_qs, u"--state"_qs, u"dead"_qs} << 0
                                   << u"test.cli\tdead\tattempts 1/1"_qs;
        QTest::newRow("list queued: none")
            << QStringList{u"list"_qs, u"--state"_qs, u"queued"_qs} << 0 << u""_qs;
        QTest::newRow("retry it") << QStringList{u"retry"_qs, u"ID"_qs} << 0 << u"queued again"_qs;
        QTest::newRow("retry unknown") << QStringList{u"retry"_qs, u"999999"_qs} << 1 << u"job.not_found"_qs;
        QTest::newRow("retry not a number")
            << QStringList{u"retry"_qs, u"x1"_qs} << 2 << u"positive number"_qs;
        QTest::newRow("retry nothing") << QStringList{u"retry"_qs} << 2 << u"exactly one job id"_qs;
        QTest::newRow("bad state") << QStringList{u"list"_qs, u"--state"_qs, u"zombie"_qs} << 2
                                   << u"--state"_qs;
        QTest::newRow("bad limit") << QStringList{u"list"_qs, u"--limit"_qs, u"0"_qs} << 2 << u"--limit"_qs;
        QTest::newRow("no action") << QStringList{} << 2 << u"list or retry"_qs;
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        JobRunner runner(f().database(), f().clock());
        runner.registerHandler(u"test.cli"_qs, [](JobContext &) { return JobResult::fail(u"broken"_qs); });
        const qint64 id = enqueue({u"test.cli"_qs, {}, {}, {}, 1});
        QCOMPARE(run(runner), 1);
        QCOMPARE(job(id).state, JobState::Dead);
        args.replaceInStrings(u"ID"_qs, QString::number(id));
        QProcess p;
        p.start(QStringLiteral(HPF_SERVER_BINARY),
                QStringList{u"jobs"_qs} + args + QStringList{u"--database"_qs, f().databaseUrl()});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() == exitCode, qPrintable(out));
        if (output.isEmpty())
            QCOMPARE(out, QString());
        else
            QVERIFY2(out.contains(output), qPrintable(out));
        if (args.value(0) == u"retry" && exitCode == 0)
            QCOMPARE(job(id).state, JobState::Queued);
        else
            QCOMPARE(job(id).state, JobState::Dead);
    }

    void serverTimerRunsJobs()
    {
        QVERIFY(f().server().jobScheduler().isActive()); // started by listen()
        QAtomicInt calls = 0;
        f().server().jobs().registerHandler(u"test.timer"_qs, [&](JobContext &ctx) {
            calls.fetchAndAddOrdered(1);
            return recordRun(ctx);
        });
        const qint64 id = enqueue({u"test.timer"_qs, {}, {}, {}, 3});
        QTRY_COMPARE_WITH_TIMEOUT(job(id).state, JobState::Done, 10000);
        QCOMPARE(calls.loadAcquire(), 1);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerJobs(b); });
}

#include "tst_server_jobs.moc"
