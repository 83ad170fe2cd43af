// The yearly interest settlement (结息, issue 17) on N accounts (default 1,000,000; the first
// argument sets N, e.g. `bench_interest 20000` for a quick run): the year is posted through the
// real job (JobRunner + the interest.settle handler, chunks of 2,000 accounts per transaction:
// per chunk one read of the opening balances and one of the year's journal, then per account the
// posting key, the balance and the journal 09 row), against the baseline of a plain
// `UPDATE accounts SET balance_fen = balance_fen + 1` of the same rows in one statement, in the
// same run. SQLite on a temp file; PostgreSQL too when HPF_TEST_PG_URL is set (a database of its
// own, dropped at the end). Prints accounts per second and the ratio; nothing is asserted.
#include "benchsupport.h"
#include "business/interest/interestjob.h"
#include "finance/policy.h"
#include "platform/auth/systemuser.h"
#include "platform/auth/userservice.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/store/migrations.h"
#include "platform/store/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

using namespace hpf;
using namespace hpf::server;

namespace {

constexpr int kYear = 2026;

[[noreturn]] void die(const QString &what, const Error &e)
{
    std::fprintf(stderr, "bench_interest: %s: %s %s\n", qPrintable(what), qPrintable(e.code),
                 qPrintable(e.detail));
    std::exit(1);
}

void check(const QString &what, const Status &s)
{
    if (!s)
        die(what, s.error());
}

// N people and accounts opened 2025-03-01 under one unit, each credited on 2025-07-15 and every
// third one again on 2026-01-10 (a movement inside the year), generated set-based.
void seed(Database &database, qint64 n, qint64 nowMs)
{
    auto branch = ensureBranch(database, u"0000"_qs, u"Head office"_qs, true, nowMs);
    if (!branch)
        die(u"branch"_qs, branch.error());
    const QString b = QString::number(*branch);
    const QString series =
        u"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "_qs.arg(n);
    const Status s = runInTransaction(database, TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
        auto system = systemPrincipal(tx.db(), nowMs);
        if (!system)
            return system.error();
        const QString op = QString::number(system->userId);
        const QStringList statements{
            u"INSERT INTO units (unit_account, credit_code, name, branch_id, state, unit_ratio_ppm, "
            "personal_ratio_ppm, created_at) VALUES ('BENCHUNIT', 'BENCHCREDIT', '基准单位', "_qs +
                b + u", '01', 120000, 120000, 0)"_qs,
            series + u"INSERT INTO persons (document_type, document_number, name, created_at) "
                     "SELECT '99', 'B' || i, '职工', 0 FROM s"_qs,
            u"INSERT INTO accounts (account_number, person_id, unit_id, branch_id, state, base_fen, "
            u"opened_on, "
            "created_at) SELECT 'A' || p.id, p.id, (SELECT id FROM units WHERE unit_account = 'BENCHUNIT'), "_qs +
                b + u", '01', 500000, '2025-03-01', 0 FROM persons p WHERE p.document_type = '99'"_qs,
            u"INSERT INTO journal (account_id, serial, business_type, amount_fen, balance_after_fen, "
            u"value_date, "
            "operator_id, branch_id, memo, created_at) SELECT id, 'YWBENCH1', '01', 100000 + (id % 1000) * "
            "100, "
            "100000 + (id % 1000) * 100, '2025-07-15', "_qs +
                op + u", "_qs + b + u", 'bench', 0 FROM accounts"_qs,
            u"INSERT INTO journal (account_id, serial, business_type, amount_fen, balance_after_fen, "
            u"value_date, "
            "operator_id, branch_id, memo, created_at) SELECT id, 'YWBENCH2', '01', 50000, "
            "150000 + (id % 1000) * 100, '2026-01-10', "_qs +
                op + u", "_qs + b + u", 'bench', 0 FROM accounts WHERE id % 3 = 0"_qs,
            u"UPDATE accounts SET balance_fen = 100000 + (id % 1000) * 100 + CASE WHEN id % 3 = 0 THEN 50000 "
            "ELSE 0 END"_qs,
        };
        for (const QString &sql : statements) {
            if (Status e = execSql(tx.db(), sql); !e)
                return e.error();
        }
        return TxEnd::Commit;
    });
    check(u"seed"_qs, s);
}

qint64 scalar(Database &database, const QString &sql)
{
    auto conn = database.connection();
    if (!conn)
        die(u"connection"_qs, conn.error());
    Query q(*conn, sql);
    check(sql, q.exec());
    return q.next() ? q.int64(0) : -1;
}

// Posts the year through the job and times it; then the baseline UPDATE of the same rows.
void run(const QString &label, const QString &url, qint64 n)
{
    auto config = DatabaseConfig::parse(url);
    if (!config)
        die(u"url"_qs, config.error());
    Database database(*config);
    ManualClock clock(QDateTime(QDate(kYear, 7, 2), QTime(1, 0)));
    const qint64 nowMs = clock.now().toMSecsSinceEpoch();
    if (auto v = migrate(database, nowMs); !v)
        die(u"migrate"_qs, v.error());
    QElapsedTimer seeding;
    seeding.start();
    seed(database, n, nowMs);
    std::printf("%s: %lld accounts seeded in %.1f s\n", qPrintable(label), qlonglong(n),
                seeding.elapsed() / 1000.0);

    auto policy = finance::Policy::defaults();
    if (!policy)
        die(u"policy"_qs, policy.error());
    ServerContext context(database, clock, *policy);
    JobRunner runner(database, clock);
    registerInterestJobs(runner, context, kDefaultInterestChunk);
    check(u"queue"_qs, runInTransaction(database, TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
              auto r = queueInterestRun(tx.db(), *policy, kYear, nowMs, nowMs);
              if (!r)
                  return r.error();
              return TxEnd::Commit;
          }));

    bench::Measurement job{u"interest.settle job (accounts)"_qs};
    QElapsedTimer t;
    t.start();
    for (;;) {
        auto claimed = runner.runDue();
        if (!claimed)
            die(u"runDue"_qs, claimed.error());
        if (*claimed == 0)
            break;
    }
    job.nanoseconds = t.nsecsElapsed();
    job.operations = scalar(database, u"SELECT accounts_posted FROM interest_runs WHERE year = 2026"_qs);
    const qint64 journal = scalar(database, u"SELECT COUNT(*) FROM journal WHERE business_type = '09'"_qs);
    if (job.operations != n || journal != n)
        std::printf("%s: posted %lld accounts, %lld journal rows (expected %lld)\n", qPrintable(label),
                    qlonglong(job.operations), qlonglong(journal), qlonglong(n));

    bench::Measurement update{u"UPDATE accounts SET balance_fen + x (rows)"_qs};
    t.restart();
    check(u"baseline"_qs, runInTransaction(database, TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
              if (Status e = execSql(tx.db(), u"UPDATE accounts SET balance_fen = balance_fen + 1"_qs); !e)
                  return e.error();
              return TxEnd::Commit;
          }));
    update.nanoseconds = t.nsecsElapsed();
    update.operations = n;
    std::printf("== %s, %lld accounts\n", qPrintable(label), qlonglong(n));
    bench::report(update, {job});
}

// A database of its own in the cluster of HPF_TEST_PG_URL.
bool adminExec(const QString &base, const QString &sql)
{
    auto config = DatabaseConfig::parse(base);
    if (!config)
        return false;
    const QString name = u"bench-admin-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
        db.setHostName(config->host);
        db.setPort(config->port);
        db.setUserName(config->user);
        db.setPassword(config->password);
        db.setDatabaseName(config->databaseName);
        if (db.open())
            ok = QSqlQuery(db).exec(sql);
        if (!ok)
            std::fprintf(stderr, "bench_interest: %s\n", qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1000000;
    if (n < 1) {
        std::fprintf(stderr, "usage: bench_interest [accounts]\n");
        return 2;
    }
    {
        QTemporaryDir dir;
        run(u"SQLite"_qs, u"sqlite:"_qs + dir.filePath(u"bench.db"_qs), n);
    }
    const QString pg = qEnvironmentVariable("HPF_TEST_PG_URL");
    if (!pg.isEmpty()) {
        const QString name = u"hpf_bench_interest_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
        if (!adminExec(pg, u"CREATE DATABASE "_qs + name))
            return 1;
        QUrl url(pg);
        url.setPath(u"/"_qs + name);
        run(u"PostgreSQL"_qs, url.toString(), n);
        adminExec(pg, u"DROP DATABASE "_qs + name);
    }
    return 0;
}
