// hpf-load-test: many simulated counters (counter.h) on several `hpf-server serve` instances
// against one PostgreSQL database for a bounded time, then the ledger's invariants (ledgercheck.h)
// and `hpf-server audit verify`. It reports throughput and p50/p99 per operation, but its verdict
// (the exit code) is about correctness only: 0 when every invariant holds and every request was
// answered as expected, 1 otherwise, 2 on a usage error, 77 when no PostgreSQL was given outside CI
// (ctest's "skipped"). See bench/server/README.md.
#include "benchkit.h"
#include "counter.h"
#include "ledgercheck.h"
#include "processes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace hpf::bench {

namespace {

struct Options
{
    QString server;
    QString workdir;
    QString postgresql; // a cluster's URL: the test creates (and drops) its own database there
    int counters = 50;
    int instances = 2;
    int seconds = 60;
    int thinkMs = 20;
    int dropPercent = 2;
    int accounts = 8;
    int timeoutMs = 10000;
    int workers = 8;
    bool keepDatabase = false;
    bool plantFaults = false;
};

void say(const QString &message)
{
    std::fprintf(stderr, "[load] %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

constexpr int kSkipped = 77;

Result<Options> parseOptions(const QCoreApplication &app, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Load test: simulated counters on several hpf-server instances against one PostgreSQL, then "
        "the ledger's invariants. Usually run through scripts/bench-server.sh --load."_qs);
    parser.addHelpOption();
    const QCommandLineOption server(u"server"_qs, u"The hpf-server executable."_qs, u"path"_qs);
    const QCommandLineOption workdir(u"workdir"_qs, u"Scratch directory (logs, key files)."_qs, u"dir"_qs);
    const QCommandLineOption postgresql(
        u"postgresql"_qs,
        u"A PostgreSQL cluster (postgresql://user@host:port/db); a fresh database is "
        "created there for the run and dropped after it."_qs,
        u"url"_qs);
    const QCommandLineOption fromEnv(u"postgresql-from-env"_qs,
                                     u"Take the cluster from $HPF_TEST_PG_URL (scripts/lib/postgres.sh); "
                                     "without it: exit 77 (skipped), or 1 with CI=true."_qs);
    const auto number = [](const char16_t *name, const char16_t *text, int value) {
        return QCommandLineOption(QString::fromUtf16(name),
                                  QString::fromUtf16(text) + QStringLiteral(" (default %1).").arg(value),
                                  u"n"_qs, QString::number(value));
    };
    const QCommandLineOption counters = number(u"counters", u"Simulated counters", 50);
    const QCommandLineOption instances = number(u"instances", u"hpf-server serve instances", 2);
    const QCommandLineOption seconds = number(u"seconds", u"Length of the measured phase in seconds", 60);
    const QCommandLineOption think = number(u"think-ms", u"Largest random pause between two requests", 20);
    const QCommandLineOption drop =
        number(u"drop-percent",
               u"State-changing requests whose first answer is lost (the client drops the "
               u"connection within 40 ms of sending; it then sends the same key again)",
               2);
    const QCommandLineOption accounts =
        number(u"accounts", u"Accounts each teller counter opens before the measured phase", 8);
    const QCommandLineOption timeout =
        number(u"timeout-ms", u"A request unanswered this long is sent again (same key)", 10000);
    const QCommandLineOption workers = number(u"workers", u"hpf-server --workers of each instance", 8);
    const QCommandLineOption keep(u"keep-database"_qs, u"Do not drop the run's database afterwards."_qs);
    const QCommandLineOption plant(
        u"plant-faults"_qs, u"Self-check of the checks: after the run, change a balance, a held amount, "
                            "an idempotency row and the end of the audit trail behind the server's back; "
                            "exit 0 only if every one of those checks then fails."_qs);
    parser.addOptions({server, workdir, postgresql, fromEnv, counters, instances, seconds, think, drop,
                       accounts, timeout, workers, keep, plant});
    parser.process(app);

    exitCode = 2;
    Options o;
    o.server = parser.value(server);
    o.workdir = parser.value(workdir);
    if (o.server.isEmpty() || o.workdir.isEmpty())
        return makeError(u"load.usage"_qs, {}, u"--server and --workdir are required"_qs);
    o.postgresql = parser.value(postgresql);
    if (parser.isSet(fromEnv) && o.postgresql.isEmpty()) {
        o.postgresql = qEnvironmentVariable("HPF_TEST_PG_URL");
        if (o.postgresql.isEmpty()) {
            const bool ci = qEnvironmentVariable("CI") == u"true";
            exitCode = ci ? 1 : kSkipped;
            return makeError(
                u"load.no_postgresql"_qs, {},
                ci ? u"CI=true and $HPF_TEST_PG_URL is not set: the load test needs PostgreSQL"_qs
                   : u"$HPF_TEST_PG_URL is not set: skipped"_qs);
        }
    }
    if (o.postgresql.isEmpty())
        return makeError(u"load.usage"_qs, {}, u"--postgresql or --postgresql-from-env is required"_qs);
    bool ok = true;
    const auto value = [&](const QCommandLineOption &option, int low, int high) {
        bool good = false;
        const int v = parser.value(option).toInt(&good);
        ok = ok && good && v >= low && v <= high;
        return v;
    };
    o.counters = value(counters, 1, 500);
    o.instances = value(instances, 1, 16);
    o.seconds = value(seconds, 1, 3600);
    o.thinkMs = value(think, 0, 60000);
    o.dropPercent = value(drop, 0, 100);
    o.accounts = value(accounts, 1, 1000);
    o.timeoutMs = value(timeout, 100, 600000);
    o.workers = value(workers, 1, 256);
    if (!ok)
        return makeError(u"load.usage"_qs, {}, u"a numeric option is out of range (see --help)"_qs);
    o.keepDatabase = parser.isSet(keep);
    o.plantFaults = parser.isSet(plant);
    return o;
}

// A QPSQL connection named `name` to the URL's cluster and database (`database` overrides it).
Status openSql(const QString &name, const QUrl &url, const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
    db.setHostName(url.host().isEmpty() ? u"127.0.0.1"_qs : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
    if (!db.open())
        return makeError(u"load.database"_qs, db.databaseName(), db.lastError().text());
    return {};
}

Status execSql(const QString &connection, const QString &statement)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(statement))
        return makeError(u"load.database"_qs, statement, q.lastError().text());
    return {};
}

// A fresh database on the cluster, dropped on destruction unless kept.
class RunDatabase
{
public:
    RunDatabase(QUrl cluster, bool keep)
        : m_cluster(std::move(cluster))
        , m_keep(keep)
        , m_name(u"hpf_load_"_qs + QString::number(QDateTime::currentMSecsSinceEpoch()) + u'_' +
                 QString::number(QRandomGenerator::system()->bounded(100000)))
    {}
    ~RunDatabase()
    {
        QSqlDatabase::removeDatabase(u"check"_qs);
        if (m_created && !m_keep)
            (void)execSql(u"admin"_qs, u"DROP DATABASE IF EXISTS "_qs + m_name + u" WITH (FORCE)"_qs);
        QSqlDatabase::removeDatabase(u"admin"_qs);
    }
    RunDatabase(const RunDatabase &) = delete;
    RunDatabase &operator=(const RunDatabase &) = delete;

    Status create()
    {
        if (Status s = openSql(u"admin"_qs, m_cluster, {}); !s)
            return s;
        if (Status s = execSql(u"admin"_qs, u"CREATE DATABASE "_qs + m_name); !s)
            return s;
        m_created = true;
        return {};
    }
    QString url() const
    {
        QUrl u = m_cluster;
        u.setPath(u'/' + m_name);
        return u.toString();
    }
    const QString &name() const { return m_name; }

private:
    QUrl m_cluster;
    bool m_keep;
    QString m_name;
    bool m_created = false;
};

Result<QByteArray> signIn(quint16 port, const QString &username)
{
    HttpConnection c(port);
    const HttpResponse r =
        c.exchange({"POST",
                    "/api/v1/auth/login",
                    {},
                    QJsonDocument(QJsonObject{{u"username"_qs, username},
                                              {u"password"_qs, QString(u"train-"_qs + username)}})
                        .toJson(QJsonDocument::Compact)},
                   60000);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (r.status != 200 || body.value(u"scope"_qs).toString(u"full"_qs) != u"full")
        return makeError(u"load.login"_qs, username,
                         QStringLiteral("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300))));
    return QByteArray("Bearer " + body.value(u"accessToken"_qs).toString().toLatin1());
}

void printReport(QTextStream &out, const Options &o, const Workload &w, qint64 measuredNs,
                 const QStringList &notes, const QList<Check> &checks)
{
    out << QStringLiteral(
               "hpf-server load test, %1: %2 counters on %3 instances (--workers %4) against one "
               "PostgreSQL, %5 s, think time 0-%6 ms, request timeout %7 ms (then the same key again), first "
               "answer "
               "of %8% of the state-changing requests lost (dropped connection, then the same key again)\n\n")
               .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
               .arg(o.counters)
               .arg(o.instances)
               .arg(o.workers)
               .arg(double(measuredNs) / 1e9, 0, 'f', 1)
               .arg(o.thinkMs)
               .arg(o.timeoutMs)
               .arg(o.dropPercent);
    const auto line = [&out](const QStringList &cells) {
        static const int widths[] = {-20, 8, 8, 7, 8, 8, 9, 9};
        for (qsizetype i = 0; i < cells.size(); ++i)
            out << (i ? u"  "_qs : QString()) << QStringLiteral("%1").arg(cells.at(i), widths[i]);
        out << '\n';
    };
    line({u"operation"_qs, u"ok"_qs, u"refused"_qs, u"errors"_qs, u"retries"_qs, u"ok/s"_qs, u"p50 ms"_qs,
          u"p99 ms"_qs});
    QStringList operations = w.stats.keys();
    std::sort(operations.begin(), operations.end());
    qint64 total = 0;
    for (const QString &op : std::as_const(operations)) {
        Stats s = w.stats.value(op);
        std::sort(s.latenciesNs.begin(), s.latenciesNs.end());
        s.elapsedNs = measuredNs;
        total += s.requests;
        line({op, QString::number(s.requests), QString::number(w.refused.value(op)),
              QString::number(s.errors), QString::number(w.retries.value(op)),
              QString::number(s.perSecond(), 'f', 1), QString::number(s.percentileMs(50), 'f', 2),
              QString::number(s.percentileMs(99), 'f', 2)});
    }
    line({u"all"_qs,
          QString::number(total),
          {},
          {},
          {},
          QString::number(double(total) * 1e9 / double(measuredNs), 'f', 1),
          {},
          {}});
    out << u"\n(ok = answered as expected; latency from the first send to the answer, retries included; "
           "refused = a final 409/422 business refusal)\n\n"_qs;
    for (const Check &c : checks)
        out << (c.passed ? u"PASS  "_qs : u"FAIL  "_qs) << c.name << u": "_qs << c.detail << '\n';
    out << '\n';
    for (const QString &note : notes)
        out << u"* "_qs << note << '\n';
    out.flush();
}

int run(const QCoreApplication &app)
{
    int usageExit = 2;
    auto options = parseOptions(app, usageExit);
    if (!options) {
        std::fprintf(stderr, "hpf-load-test: %s\n", qUtf8Printable(describe(options.error())));
        return usageExit;
    }
    const Options &o = *options;
    const QDir work(o.workdir);
    // Fresh key files and logs for every run (the database is fresh too).
    QDir(work.filePath(u"keys"_qs)).removeRecursively();
    for (const QString &name :
         work.entryList({u"*-server.log"_qs, u"idempotency-responses.key"_qs}, QDir::Files))
        QFile::remove(work.filePath(name));
    if (!QDir().mkpath(work.filePath(u"keys"_qs))) {
        std::fprintf(stderr, "hpf-load-test: cannot create %s\n", qUtf8Printable(o.workdir));
        return 1;
    }
    QFile::setPermissions(work.filePath(u"keys"_qs), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString loadBefore = loadAverage();
    QElapsedTimer total;
    total.start();
    const auto fail = [&](const Error &e) {
        std::fprintf(stderr, "hpf-load-test: %s\n", qUtf8Printable(describe(e)));
        for (const QString &name : work.entryList({u"*-server.log"_qs}, QDir::Files)) {
            QFile log(work.filePath(name));
            if (!log.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> lines = log.readAll().split('\n');
            std::fprintf(stderr, "--- last lines of %s\n", qUtf8Printable(name));
            for (qsizetype i = std::max<qsizetype>(0, lines.size() - 15); i < lines.size(); ++i)
                std::fprintf(stderr, "%s\n", lines.at(i).constData());
        }
        return 1;
    };

    RunDatabase database(QUrl(o.postgresql), o.keepDatabase);
    if (Status s = database.create(); !s)
        return fail(s.error());
    say(u"database "_qs + database.name() + u": hpf-server init + demo-seed"_qs);

    // Every instance shares the key files, as instances behind one load balancer must.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString keys = work.absoluteFilePath(u"keys"_qs);
    env.insert(u"HPF_AUDIT_KEY_FILE"_qs, keys + u"/audit.key"_qs);
    env.insert(u"HPF_RESPONSE_KEY_FILE"_qs, keys + u"/idempotency-responses.key"_qs);
    env.insert(u"HPF_KEYS_DIR"_qs, keys);
    env.insert(u"HPF_KEY_PASSPHRASE"_qs,
               QString::number(QRandomGenerator::system()->generate64(), 16) + u"-load-test"_qs);
    std::vector<std::unique_ptr<HpfServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < o.instances; ++i) {
        auto server = std::make_unique<HpfServer>(
            o.server, database.url(), work.filePath(QStringLiteral("instance%1-server.log").arg(i)));
        server->setEnvironment(env);
        server->setSeedArguments({u"--keys-dir"_qs, keys});
        server->setServeArguments({u"--keys-dir"_qs, keys});
        if (i == 0) {
            if (Status s = server->initAndSeed(); !s)
                return fail(s.error());
        }
        auto port = server->start(o.workers);
        if (!port)
            return fail(port.error());
        ports << *port;
        servers.push_back(std::move(server));
    }
    say(QStringLiteral("%1 instances serving; signing in %2 counters and preparing them")
            .arg(o.instances)
            .arg(o.counters));

    Workload workload;
    workload.timeoutMs = o.timeoutMs;
    workload.thinkMaxMs = o.thinkMs;
    workload.dropPercent = o.dropPercent;
    workload.runTag = "lt" + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36) + '-';
    QObject owner;
    QList<Counter *> counters;
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i < o.counters; ++i) {
        // Every tenth counter is a loan officer's desk (贷款冻结 under a supervisor's grant); the
        // others are tellers. Each counter has its own session, on instance i % instances.
        const bool loan = i % 10 == 9;
        const QString user = loan ? u"loan1"_qs : (i % 2 ? u"teller2"_qs : u"teller1"_qs);
        const quint16 port = ports.at(i % ports.size());
        auto token = signIn(port, user);
        if (!token)
            return fail(token.error());
        auto *c = new Counter(i, loan ? Counter::Role::LoanOfficer : Counter::Role::Teller, user, *token,
                              port, workload, &owner);
        if (Status s = c->prepare(o.accounts); !s)
            return fail(s.error());
        counters << c;
    }
    const qint64 setupMs = setup.elapsed();
    say(QStringLiteral("prepared in %1 s (%2 accounts); measuring for %3 s")
            .arg(setupMs / 1000.0, 0, 'f', 1)
            .arg(workload.accountCount)
            .arg(o.seconds));

    const qint64 runStartMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 startNs = monotonicNs();
    workload.stopAtNs = startNs + qint64(o.seconds) * 1'000'000'000;
    int running = int(counters.size());
    QEventLoop loop;
    for (Counter *c : std::as_const(counters))
        c->start([&] {
            if (--running == 0)
                loop.quit();
        });
    // A counter keeps retrying an unanswered request past the stop time; bound that too.
    QTimer::singleShot(o.seconds * 1000 + workload.timeoutMs * (workload.maxAttempts + 1) + 30000, &loop,
                       &QEventLoop::quit);
    if (running > 0)
        loop.exec();
    const qint64 measuredNs = monotonicNs() - startNs;
    const bool allStopped = running == 0;

    say(u"stopping the instances, checking the ledger"_qs);
    for (auto &s : servers)
        s->stop();
    QList<Check> checks;
    checks << Check{u"every counter finished"_qs, allStopped,
                    allStopped ? u"all stopped within the time limit"_qs
                               : QStringLiteral("%1 counters still waiting for an answer").arg(running)};
    qint64 errors = 0;
    QStringList firstErrors;
    for (auto it = workload.stats.cbegin(); it != workload.stats.cend(); ++it) {
        errors += it->errors;
        if (it->errors > 0)
            firstErrors << it.key() + u": "_qs + it->firstError;
    }
    checks << Check{u"every request answered as expected"_qs, errors == 0,
                    QStringLiteral("%1 unexpected answers or gave up after %2 attempts, %3 unanswered "
                                   "state-changing requests")
                            .arg(errors)
                            .arg(workload.maxAttempts)
                            .arg(workload.unanswered.size()) +
                        (firstErrors.isEmpty() ? QString() : u"; first: "_qs + firstErrors.join(u"; "_qs))};
    Status opened = openSql(u"check"_qs, QUrl(database.url()), {});
    if (opened && o.plantFaults) {
        // One fault per check, as someone editing the database behind the server's back would.
        for (
            const QString &statement :
            {u"UPDATE accounts SET balance_fen = balance_fen + 1 WHERE id = (SELECT MIN(id) FROM accounts "
             "WHERE held_fen = 0)"_qs,
             u"UPDATE accounts SET held_fen = held_fen + 1 WHERE id = (SELECT MAX(id) FROM accounts WHERE "
             "balance_fen - held_fen > 1)"_qs,
             u"DELETE FROM idempotency_keys WHERE id = (SELECT MAX(id) FROM idempotency_keys WHERE operation "
             u"<> "
             "'withdrawals.create')"_qs,
             u"DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log WHERE chain_seq IS NOT NULL)"_qs}) {
            if (Status s = execSql(u"check"_qs, statement); !s)
                opened = s;
        }
    }
    if (!opened)
        checks << Check{u"ledger"_qs, false, describe(opened.error())};
    else
        checks += checkLedger(u"check"_qs, workload, runStartMs);
    QSqlDatabase::database(u"check"_qs).close();
    auto verified = servers.front()->auditVerify();
    checks << Check{u"hpf-server audit verify"_qs, bool(verified),
                    verified ? *verified : describe(verified.error())};

    QStringList notes{
        QString(u"users: teller1/teller2 (tellers), loan1 (every tenth counter: loan-security holds, "
                "each under a grant of supervisor1), one session per counter"_qs),
        QStringLiteral("prepared before measuring in %1 s: one unit and %2 accounts per teller counter, last "
                       "month's remittance; %3 accounts at the end")
            .arg(setupMs / 1000.0, 0, 'f', 1)
            .arg(o.accounts)
            .arg(workload.accountCount),
        QStringLiteral("database %1 on %2 (%3)")
            .arg(database.name(), QUrl(o.postgresql).host(),
                 o.keepDatabase ? u"kept"_qs : u"dropped after"_qs),
        QStringLiteral("total %1 s; load average before %2, after %3")
            .arg(total.elapsed() / 1000.0, 0, 'f', 1)
            .arg(loadBefore, loadAverage())};
    QStringList refusals;
    for (auto it = workload.firstRefusal.cbegin(); it != workload.firstRefusal.cend(); ++it)
        refusals << it.key() + u" "_qs + it.value();
    if (!refusals.isEmpty()) {
        refusals.sort();
        notes << u"first refusal per operation (expected business outcomes under load): "_qs +
                     refusals.join(u", "_qs);
    }
    QTextStream out(stdout);
    out << '\n';
    printReport(out, o, workload, measuredNs, notes, checks);
    bool passed = std::all_of(checks.cbegin(), checks.cend(), [](const Check &c) { return c.passed; });
    if (o.plantFaults) {
        // Every check a planted fault aims at must fail; the others must still pass.
        static const QStringList aimed{u"journal = balances"_qs, u"no negative unheld balance"_qs,
                                       u"exactly once: idempotency and audit"_qs,
                                       u"hpf-server audit verify"_qs};
        QStringList missed;
        for (const Check &c : std::as_const(checks)) {
            if (aimed.contains(c.name) == c.passed)
                missed << c.name;
        }
        passed = missed.isEmpty();
        out << (passed ? "load test with planted faults: each planted fault was caught, nothing else failed\n"
                       : qUtf8Printable(u"load test with planted faults: FAILED, wrong verdict of: "_qs +
                                        missed.join(u", "_qs) + u'\n'));
        out.flush();
        return passed ? 0 : 1;
    }
    out << (passed ? "load test: every invariant holds\n" : "load test: FAILED (see FAIL above)\n");
    out.flush();
    if (!passed) {
        for (const QString &name : work.entryList({u"*-server.log"_qs}, QDir::Files))
            std::fprintf(stderr, "server log kept in the work directory: %s\n",
                         qUtf8Printable(work.filePath(name)));
    }
    return passed ? 0 : 1;
}

} // namespace

} // namespace hpf::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hpf-load-test"));
    return hpf::bench::run(app);
}
