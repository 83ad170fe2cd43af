// hpf-server benchmark: requests/s and p50/p99 latency of hpf-server for an account lookup and
// for a posting, on SQLite and on one or more PostgreSQL clusters (production durability and fsync
// off), with pgbench on the same cluster as the baseline: -S for lookups, -N (TPC-B-like) for
// postings. Not a test: it prints numbers and ratios, never a verdict. scripts/bench-server.sh
// builds everything, starts throwaway PostgreSQL clusters and runs this; see README.md here.
//
// For each database: `hpf-server init` + `demo-seed` (for the teller1 user), `serve` on
// 127.0.0.1 with port 0, then through the REST API as teller1: one unit, --accounts personal
// accounts (POST /api/v1/accounts), one remittance for the current month so every account has a
// balance, and the measured phases at each concurrency:
//   account lookup  GET  /api/v1/accounts/{n}
//   posting         POST /api/v1/withdrawals (a 1 fen 购房提取 to a bank account) with a fresh
//                   Idempotency-Key: a real posting (the type's rules, claim the key, lock the account row,
//                   next serial, journal entry, balance, audit record, stored response, commit).
#include "benchkit.h"
#include "domain/creditcode.h"
#include "domain/identity.h"
#include "httpclient.h"
#include "loadrunner.h"
#include "processes.h"
#include "report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace hpf::bench {

namespace {

struct Options
{
    QString server;
    QString workdir;
    bool sqlite = true;
    // PostgreSQL clusters in order, each with a label ("pg-durable") and an empty database for
    // hpf-server; pgbench's tables go to a second database on the same cluster.
    struct Cluster
    {
        QString label;
        QString url;
        QString pgbenchUrl;
    };
    QList<Cluster> clusters;
    QString pgbench;
    bool pgbenchTpcb = false;
    int accounts = 2000;
    int seconds = 5;
    qint64 maxRequests = 50000;
    qint64 warmup = 200;
    QList<int> concurrency{1, 8};
    int workers = 8;
    QStringList notes;
};

void say(const QString &message)
{
    std::fprintf(stderr, "[bench] %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// Valid GB 11643 numbers, distinct for index < 20000 and from the demo-seed people (born 1970 on).
QString identityNumber(int index)
{
    static const char16_t *regions[] = {u"110105", u"440305", u"350102", u"310104"};
    const QDate birth = QDate(1940, 1, 1).addDays(index);
    const QString first17 = QString::fromUtf16(regions[index % 4]) + birth.toString(u"yyyyMMdd"_qs) +
                            QStringLiteral("%1").arg(100 + index % 800, 3, 10, QLatin1Char('0'));
    return first17 + identity::checkCharacter(first17);
}

QString unitCreditCode()
{
    const QString first17 = u"91350100MA2B3C4DX"_qs;
    return first17 + creditcode::checkCharacter(first17);
}

// What every request of one signed-in teller carries.
struct Session
{
    quint16 port = 0;
    QByteArray authorization; // "Bearer …"
    QByteArray tag;           // request-id and idempotency-key prefix, unique per run and database

    HttpRequest get(const QByteArray &path, const QByteArray &requestId) const
    {
        return {"GET", path, {{"Authorization", authorization}, {"X-Request-ID", tag + requestId}}, {}};
    }
    HttpRequest post(const QByteArray &path, const QJsonObject &body, const QByteArray &key) const
    {
        return {
            "POST",
            path,
            {{"Authorization", authorization}, {"X-Request-ID", tag + key}, {"Idempotency-Key", tag + key}},
            compact(body)};
    }
};

Error httpError(const QString &what, const HttpResponse &r)
{
    return makeError(
        u"bench.http"_qs, what,
        r.status == 0 ? r.error
                      : QStringLiteral("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(400))));
}

// Signs in as teller1, opens a unit and --accounts accounts in it, posts this month's remittance.
// Returns the account numbers.
Result<QStringList> seed(Session &session, const Options &options, QStringList &info)
{
    HttpConnection setup(session.port);
    const HttpResponse login =
        setup.exchange({"POST",
                        "/api/v1/auth/login",
                        {},
                        compact({{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"train-teller1"_qs}})});
    if (login.status != 200)
        return httpError(u"login teller1"_qs, login);
    session.authorization =
        "Bearer " + parseObject(login.body).value(u"accessToken"_qs).toString().toLatin1();

    const QJsonObject unitBody = unitOpeningBody(unitCreditCode(), u"压测示例有限公司"_qs,
                                                 QDate::currentDate().toString(u"yyyy-MM"_qs));
    const HttpResponse unit = setup.exchange(session.post("/api/v1/openings/units", unitBody, "seed-unit"));
    if (unit.status != 201)
        return httpError(u"open unit"_qs, unit);
    const QString unitAccount =
        parseObject(unit.body).value(u"unit"_qs).toObject().value(u"unitAccount"_qs).toString();

    QStringList numbers(options.accounts);
    Phase open;
    open.name = u"open accounts"_qs;
    open.concurrency = std::min(8, options.accounts);
    open.maxRequests = options.accounts;
    open.expectStatus = 201;
    open.make = [&](qint64 index) {
        return session.post("/api/v1/openings/accounts",
                            {{u"unitAccount"_qs, unitAccount},
                             {u"documentType"_qs, u"01"_qs},
                             {u"documentNumber"_qs, identityNumber(int(index))},
                             {u"name"_qs, QString(u"压测"_qs + QString::number(index))},
                             {u"wageBaseFen"_qs, 500000 + (index % 50) * 10000}},
                            "seed-account-" + QByteArray::number(index));
    };
    open.onResponse = [&](qint64 index, const HttpResponse &r) {
        if (r.status == 201)
            numbers[index] =
                parseObject(r.body).value(u"account"_qs).toObject().value(u"accountNumber"_qs).toString();
    };
    const Stats opened = runPhase(session.port, open);
    if (opened.errors > 0)
        return makeError(u"bench.seed"_qs, u"accounts"_qs, opened.firstError);
    info << QStringLiteral(
                "opened %1 accounts through POST /api/v1/openings/accounts at concurrency %2: %3 req/s, "
                "p50 %4 ms, p99 %5 ms")
                .arg(opened.requests)
                .arg(open.concurrency)
                .arg(opened.perSecond(), 0, 'f', 0)
                .arg(opened.percentileMs(50), 0, 'f', 2)
                .arg(opened.percentileMs(99), 0, 'f', 2);

    const QString month = QDate::currentDate().toString(u"yyyy-MM"_qs);
    QElapsedTimer timer;
    timer.start();
    const HttpResponse remitted =
        setup.exchange(session.post("/api/v1/units/" + unitAccount.toLatin1() + "/remittances",
                                    {{u"month"_qs, month}}, "seed-remittance"),
                       600000);
    if (remitted.status != 201)
        return httpError(u"remittance"_qs, remitted);
    info << QStringLiteral("remittance %1 for %2 employees posted in one transaction in %3 ms")
                .arg(month)
                .arg(parseObject(remitted.body).value(u"employees"_qs).toInt())
                .arg(timer.elapsed());
    return numbers;
}

// Spreads request `index` over the accounts (a permutation for every run of n requests).
const QString &pick(const QStringList &accounts, qint64 index)
{
    return accounts.at(qsizetype((quint64(index) * 2654435761ULL) % quint64(accounts.size())));
}

Result<QList<Row>> benchDatabase(const Options &options, const QString &label, const QString &url,
                                 QStringList &info)
{
    HpfServer server(options.server, url, QDir(options.workdir).filePath(label + u"-server.log"_qs));
    // Each database its own audit key folder in the work directory: the chainer's head file
    // (audit.head) lives beside the key, one per folder, not per database.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HPF_AUDIT_KEY_FILE"_qs,
               QDir(options.workdir).absoluteFilePath(label + u"-keys/audit.key"_qs));
    server.setEnvironment(env);
    say(label + u": hpf-server init + demo-seed"_qs);
    if (Status s = server.initAndSeed(); !s)
        return s.error();
    auto port = server.start(options.workers);
    if (!port)
        return port.error();
    Session session;
    session.port = *port;
    session.tag = label.toLatin1() + '-' + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '-';
    say(QStringLiteral("%1: serving on 127.0.0.1:%2, seeding %3 accounts")
            .arg(label)
            .arg(*port)
            .arg(options.accounts));
    QStringList seedInfo;
    auto accounts = seed(session, options, seedInfo);
    if (!accounts)
        return accounts.error();
    for (const QString &line : std::as_const(seedInfo))
        info << label + u": "_qs + line;

    QList<Row> rows;
    for (const QString &operation : {operations::lookup, operations::posting}) {
        for (int concurrency : options.concurrency) {
            Phase phase;
            phase.name = operation;
            phase.concurrency = concurrency;
            phase.warmupRequests = options.warmup;
            phase.maxRequests = options.maxRequests;
            phase.maxMs = options.seconds * 1000;
            const QByteArray prefix = (operation == operations::lookup ? "get-c" : "post-c") +
                                      QByteArray::number(concurrency) + '-';
            if (operation == operations::lookup) {
                phase.expectStatus = 200;
                phase.make = [&](qint64 index) {
                    return session.get("/api/v1/accounts/" + pick(*accounts, index).toLatin1(),
                                       prefix + QByteArray::number(index));
                };
            } else {
                phase.expectStatus = 201;
                phase.make = [&](qint64 index) {
                    return session.post("/api/v1/withdrawals",
                                        purchaseWithdrawalBody(pick(*accounts, index), 1),
                                        prefix + QByteArray::number(index));
                };
            }
            say(QStringLiteral("%1: %2, concurrency %3, up to %4 s")
                    .arg(label, operation)
                    .arg(concurrency)
                    .arg(options.seconds));
            const QString load = loadAverage().section(u' ', 0, 0);
            Row row{label, operation, concurrency, runPhase(*port, phase), load};
            if (row.stats.errors > 0)
                info << QStringLiteral("%1 %2 c%3: %4 errors, first: %5")
                            .arg(label, operation)
                            .arg(concurrency)
                            .arg(row.stats.errors)
                            .arg(row.stats.firstError);
            if (row.stats.connects > concurrency)
                info << QStringLiteral("%1 %2 c%3: %4 TCP connections for %5 clients (keep-alive broken?)")
                            .arg(label, operation)
                            .arg(concurrency)
                            .arg(row.stats.connects)
                            .arg(concurrency);
            rows.append(row);
        }
    }
    server.stop();
    auto verified = server.auditVerify();
    info << label + u": "_qs +
                (verified ? *verified : u"audit verify failed: "_qs + describe(verified.error()));
    return rows;
}

// The baselines on one cluster: pgbench -S (lookups), -N (postings) and, with --pgbench-tpcb,
// the default TPC-B-like script, each at every client count.
Result<QList<Row>> benchPgbench(const Options &options, const Options::Cluster &cluster)
{
    Pgbench pgbench(options.pgbench, cluster.pgbenchUrl, options.workdir);
    say(cluster.label + u": pgbench -i -s 1"_qs);
    if (Status s = pgbench.initialise(); !s)
        return s.error();
    QList<std::pair<QString, QString>> scripts{{u"-S"_qs, operations::pgbench},
                                               {u"-N"_qs, operations::pgbenchN}};
    if (options.pgbenchTpcb)
        scripts.append({QString(), operations::pgbenchTpcb});
    QList<Row> rows;
    for (const auto &[script, operation] : std::as_const(scripts)) {
        for (int concurrency : options.concurrency) {
            say(QStringLiteral("%1: %2 -M prepared, %3 clients, %4 s")
                    .arg(cluster.label, operation)
                    .arg(concurrency)
                    .arg(options.seconds));
            const QString load = loadAverage().section(u' ', 0, 0);
            auto stats = pgbench.run(script, concurrency, options.seconds);
            if (!stats)
                return stats.error();
            rows.append({cluster.label, operation, concurrency, *stats, load});
        }
    }
    return rows;
}

Result<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Server benchmark: account lookup and posting on hpf-server (SQLite, PostgreSQL) against "
        "pgbench -S. Usually run through scripts/bench-server.sh."_qs);
    parser.addHelpOption();
    const QCommandLineOption server(u"server"_qs, u"The hpf-server executable."_qs, u"path"_qs);
    const QCommandLineOption workdir(u"workdir"_qs, u"Scratch directory (SQLite file, logs)."_qs, u"dir"_qs);
    const QCommandLineOption noSqlite(u"no-sqlite"_qs, u"Skip the SQLite run."_qs);
    const QCommandLineOption postgresql(
        u"postgresql"_qs,
        u"An empty PostgreSQL database for hpf-server, as url or label=url (repeatable: one column of "
        "the table per cluster; default label postgresql)."_qs,
        u"url"_qs);
    const QCommandLineOption pgbench(u"pgbench"_qs, u"The pgbench executable (default: pgbench)."_qs,
                                     u"path"_qs, u"pgbench"_qs);
    const QCommandLineOption pgbenchTpcb(u"pgbench-tpcb"_qs,
                                         u"Also run pgbench's default TPC-B-like script."_qs);
    const QCommandLineOption pgbenchDb(u"pgbench-database"_qs,
                                       u"Database for pgbench's tables on the same cluster, as url or "
                                       "label=url in the order of --postgresql (default: the "
                                       "--postgresql one)."_qs,
                                       u"url"_qs);
    const QCommandLineOption accounts(u"accounts"_qs, u"Accounts to open before measuring (default 2000)."_qs,
                                      u"n"_qs, u"2000"_qs);
    const QCommandLineOption seconds(u"seconds"_qs, u"Time budget of each measured phase (default 5)."_qs,
                                     u"s"_qs, u"5"_qs);
    const QCommandLineOption maxRequests(u"max-requests"_qs,
                                         u"Request budget of each measured phase (default 50000)."_qs,
                                         u"n"_qs, u"50000"_qs);
    const QCommandLineOption warmup(u"warmup"_qs, u"Unrecorded requests before each phase (default 200)."_qs,
                                    u"n"_qs, u"200"_qs);
    const QCommandLineOption concurrency(
        u"concurrency"_qs, u"Client connections, comma-separated (default 1,8)."_qs, u"list"_qs, u"1,8"_qs);
    const QCommandLineOption workers(u"workers"_qs, u"hpf-server --workers (default 8)."_qs, u"n"_qs,
                                     u"8"_qs);
    const QCommandLineOption note(u"note"_qs, u"A line printed under the table (repeatable)."_qs, u"text"_qs);
    parser.addOptions({server, workdir, noSqlite, postgresql, pgbench, pgbenchTpcb, pgbenchDb, accounts,
                       seconds, maxRequests, warmup, concurrency, workers, note});
    parser.process(app);

    Options o;
    o.server = parser.value(server);
    o.workdir = parser.value(workdir);
    if (o.server.isEmpty() || o.workdir.isEmpty())
        return makeError(u"bench.usage"_qs, {}, u"--server and --workdir are required"_qs);
    o.sqlite = !parser.isSet(noSqlite);
    const auto labelled = [](const QString &value, const QString &fallback) {
        const qsizetype eq = value.indexOf(u'=');
        const qsizetype scheme = value.indexOf(u"://"_qs);
        if (eq > 0 && (scheme < 0 || eq < scheme))
            return std::pair{value.left(eq), value.mid(eq + 1)};
        return std::pair{fallback, value};
    };
    const QStringList pgbenchUrls = parser.values(pgbenchDb);
    const QStringList urls = parser.values(postgresql);
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const auto [label, url] = labelled(urls.at(i), u"postgresql"_qs);
        const QString pgbenchUrl = i < pgbenchUrls.size() ? labelled(pgbenchUrls.at(i), label).second : url;
        o.clusters.append({label, url, pgbenchUrl});
    }
    o.pgbench = parser.value(pgbench);
    o.pgbenchTpcb = parser.isSet(pgbenchTpcb);
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, qint64 low, qint64 high) {
        bool good = false;
        const qint64 v = parser.value(option).toLongLong(&good);
        ok = ok && good && v >= low && v <= high;
        return v;
    };
    o.accounts = int(number(accounts, 1, 20000));
    o.seconds = int(number(seconds, 1, 600));
    o.maxRequests = number(maxRequests, 1, 10'000'000);
    o.warmup = number(warmup, 0, 1'000'000);
    o.workers = int(number(workers, 1, 256));
    o.concurrency.clear();
    for (const QString &part : parser.value(concurrency).split(u',', Qt::SkipEmptyParts)) {
        bool good = false;
        const int c = part.trimmed().toInt(&good);
        ok = ok && good && c >= 1 && c <= 256;
        o.concurrency.append(c);
    }
    if (!ok || o.concurrency.isEmpty())
        return makeError(u"bench.usage"_qs, {}, u"a numeric option is out of range (see --help)"_qs);
    o.notes = parser.values(note);
    return o;
}

int run(const QCoreApplication &app)
{
    auto options = parseOptions(app);
    if (!options) {
        std::fprintf(stderr, "hpf-bench-server: %s\n", qUtf8Printable(describe(options.error())));
        return 2;
    }
    if (!QDir().mkpath(options->workdir)) {
        std::fprintf(stderr, "hpf-bench-server: cannot create %s\n", qUtf8Printable(options->workdir));
        return 1;
    }
    const QString sqlitePath = QDir(options->workdir).absoluteFilePath(u"bench.sqlite"_qs);
    for (const QString &suffix : {u""_qs, u"-wal"_qs, u"-shm"_qs})
        QFile::remove(sqlitePath + suffix);

    QElapsedTimer total;
    total.start();
    const QString loadBefore = loadAverage();
    QList<Row> rows;
    QStringList info;
    const auto fail = [&options](const Error &e) {
        std::fprintf(stderr, "hpf-bench-server: %s\n", qUtf8Printable(describe(e)));
        // The work directory may be removed after us: show the end of the server logs now.
        const QDir dir(options->workdir);
        for (const QString &name : dir.entryList({u"*-server.log"_qs}, QDir::Files)) {
            QFile log(dir.filePath(name));
            if (!log.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> lines = log.readAll().split('\n');
            std::fprintf(stderr, "--- last lines of %s\n", qUtf8Printable(name));
            for (qsizetype i = std::max<qsizetype>(0, lines.size() - 15); i < lines.size(); ++i)
                std::fprintf(stderr, "%s\n", lines.at(i).constData());
        }
        return 1;
    };
    for (const Options::Cluster &cluster : std::as_const(options->clusters)) {
        auto baseline = benchPgbench(*options, cluster);
        if (!baseline)
            return fail(baseline.error());
        rows += *baseline;
    }
    if (options->sqlite) {
        auto r = benchDatabase(*options, u"sqlite"_qs, u"sqlite:"_qs + sqlitePath, info);
        if (!r)
            return fail(r.error());
        rows += *r;
    }
    for (const Options::Cluster &cluster : std::as_const(options->clusters)) {
        auto r = benchDatabase(*options, cluster.label, cluster.url, info);
        if (!r)
            return fail(r.error());
        rows += *r;
    }

    QStringList concurrency;
    for (int c : std::as_const(options->concurrency))
        concurrency << QString::number(c);
    const QStringList header{
        u"hpf-server benchmark, "_qs + QDateTime::currentDateTime().toString(Qt::ISODate) + u", "_qs +
            QSysInfo::prettyProductName() + u", "_qs + QString::number(QThread::idealThreadCount()) +
            u" CPUs (client, server and database share them)"_qs,
        QStringLiteral(
            "loopback 127.0.0.1, HTTP/1.1 keep-alive, closed loop; %1 accounts; server --workers %2; "
            "concurrency %3; each phase %4 unrecorded warm-up requests, then up to %5 s or %6 "
            "requests")
            .arg(options->accounts)
            .arg(options->workers)
            .arg(concurrency.join(u','))
            .arg(options->warmup)
            .arg(options->seconds)
            .arg(options->maxRequests),
        u"lookup = GET /api/v1/accounts/{n}; posting = POST /api/v1/withdrawals (1 fen, fresh "
        "Idempotency-Key); pgbench -S / -N / tpcb (default script) = -M prepared, scale 1, same cluster, "
        "same client count"_qs,
        u"÷ pgbench: lookup ÷ pgbench -S, posting ÷ pgbench -N, same cluster and client count (SQLite: "_qs +
            (options->clusters.isEmpty() ? u"none"_qs : options->clusters.constFirst().label) +
            u"'s); load = 1-minute load average when the phase started"_qs};
    QStringList notes = info;
    notes += options->notes;
    notes << QStringLiteral("total %1 s; load average before %2, after %3")
                 .arg(total.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(loadBefore, loadAverage());
    QTextStream out(stdout);
    out << '\n';
    printTable(out, rows, options->clusters.isEmpty() ? QString() : options->clusters.constFirst().label,
               header, notes);
    return 0;
}

} // namespace

} // namespace hpf::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hpf-bench-server"));
    return hpf::bench::run(app);
}
