// bench_client — cold start and lookup latency of the counter client.
//
//   bench_client [--runs 10] [--people 100000] [--lookups 2000]
//
// 1. Cold start: hpf-counter started until its login window is shown (--exit-when-login-shown,
//    pointed at an unreachable server so no training server starts), against this program started
//    the same way showing a bare QWidget; medians and their ratio. No printer is touched: the
//    client creates printing objects only when something is printed.
// 2. Lookup: hpf-server on 127.0.0.1 with its demo center plus --people extra people written
//    straight into its SQLite file (prepared inserts in one transaction; 1,000,000 take tens of
//    seconds); lookups by identity number, by account number and by name through the client's own
//    stack — ClientCore signed in as a teller, api::accounts::find (POST /persons/search), the sealed
//    lookup cache — end to end over loopback; p50/p99 in milliseconds, and the client's RSS.
#include "api/accounts.h"
#include "benchclient.h"
#include "clientcore.h"
#include "secrets/credentialstore.h"
#include "session/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace hpf::client;
using namespace hpf::bench;

namespace {

// Wall time from starting `program` until it prints its first line of output.
double timeToFirstLine(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_qs))
        env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForReadyRead(30000))
        return -1;
    const double ms = double(t.nsecsElapsed()) / 1e6;
    p.waitForFinished(30000);
    return ms;
}

double percentile(QList<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, qsizetype(q * double(v.size()))));
}

// Waits for `done` (benchmark code: a blocking wait is what is measured).
} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && QByteArray(argv[1]) == "--bare-window") {
        QApplication app(argc, argv);
        QWidget w;
        w.resize(800, 600);
        w.show();
        QTimer::singleShot(0, &app, [] {
            out(u"shown"_qs);
            QCoreApplication::quit();
        });
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOpt(u"runs"_qs, u"Cold starts of each kind."_qs, u"n"_qs, u"10"_qs);
    const QCommandLineOption peopleOpt(u"people"_qs, u"People in the server database."_qs, u"n"_qs,
                                       u"100000"_qs);
    const QCommandLineOption lookupsOpt(u"lookups"_qs, u"Lookups to time."_qs, u"n"_qs, u"2000"_qs);
    const QCommandLineOption counterOpt(u"counter"_qs, u"The hpf-counter to start (A/B comparisons)."_qs,
                                        u"path"_qs, QStringLiteral(HPF_COUNTER_BINARY));
    parser.addOptions({runsOpt, peopleOpt, lookupsOpt, counterOpt});
    parser.addHelpOption();
    parser.process(app);
    const QString counter = parser.value(counterOpt);
    const QString server = QStringLiteral(HPF_SERVER_BINARY);

    QTemporaryDir dir;
    QList<double> bare, client;
    for (int i = 0; i < parser.value(runsOpt).toInt(); ++i) {
        bare << timeToFirstLine(QCoreApplication::applicationFilePath(), {u"--bare-window"_qs});
        client << timeToFirstLine(counter,
                                  {u"--exit-when-login-shown"_qs, u"--server"_qs, u"http://127.0.0.1:9"_qs,
                                   u"--data-dir"_qs, dir.filePath(u"client"_qs), u"--settings"_qs,
                                   dir.filePath(u"client/settings.ini"_qs)});
    }
    const double bareMs = percentile(bare, 0.5), clientMs = percentile(client, 0.5);
    if (!bare.isEmpty())
        out(u"cold start to login window: hpf-counter %1 ms, bare QWidget %2 ms, ratio %3 (medians of %4)"_qs
                .arg(clientMs, 0, 'f', 1)
                .arg(bareMs, 0, 'f', 1)
                .arg(clientMs / bareMs, 0, 'f', 2)
                .arg(bare.size()) +
            u" (load average %1)"_qs.arg(loadAverage(), 0, 'f', 2));

    if (parser.value(peopleOpt).toInt() <= 0)
        return 0;
    const QString db = dir.filePath(u"server.sqlite"_qs);
    const int people = parser.value(peopleOpt).toInt();
    QProcess serve;
    const int port = startServer(serve, server, db, people);
    if (!port)
        return 1;
    // The client's own stack, as the counter has it after a sign-in.
    MemoryCredentialStore keychain;
    ClientOptions options;
    options.dataDirectory = dir.filePath(u"client"_qs);
    options.workstation = u"BENCH-01"_qs;
    options.credentials = &keychain;
    ClientCore core(options);
    if (!core.openStore().ok())
        return 1;
    core.loadCacheKey();
    if (!core.hasCacheKey() && !waitFor(&core, &ClientCore::cacheKeyReady))
        return 1;
    core.connectTo(QUrl(u"http://127.0.0.1:"_qs + QString::number(port)));
    core.session()->signIn(u"teller1"_qs, u"train-teller1"_qs);
    if (!core.session()->isSignedIn() && !waitFor(core.session(), &Session::signedIn)) {
        out(u"cannot sign in"_qs);
        return 1;
    }
    const qint64 rssBefore = rssKiB();
    enum class By { Identity, Account, Name };
    for (const By by : {By::Identity, By::Account, By::Name}) {
        QList<double> times;
        int found = 0;
        qint64 rows = 0;
        const std::clock_t cpuBefore = std::clock(); // this process only: the client's share
        for (int i = 0; i < parser.value(lookupsOpt).toInt(); ++i) {
            const int who = int(QRandomGenerator::global()->bounded(people));
            api::PersonQuery query;
            if (by == By::Identity)
                query.documentNumber = identityFor(who);
            else if (by == By::Account)
                query.accountNumber = accountFor(who);
            else
                query.name = nameFor(who);
            QEventLoop loop;
            QElapsedTimer t;
            t.start();
            api::accounts::find(core.api(), query, &loop, [&](const api::Reply<api::AccountList> &reply) {
                times << double(t.nsecsElapsed()) / 1e6;
                if (reply.ok() && !reply.value().items.isEmpty() && !reply.fromCache) {
                    ++found;
                    rows += reply.value().items.size();
                }
                loop.quit();
            });
            loop.exec();
        }
        const double cpuMs =
            1000.0 * double(std::clock() - cpuBefore) / CLOCKS_PER_SEC / qMax(1, int(times.size()));
        out(u"lookup by %1 with %2 people: p50 %3 ms, p99 %4 ms, client CPU %9 ms per lookup (%5/%6 found, "
            "%7 rows; load average %8)"_qs
                .arg(by == By::Identity  ? u"identity number"_qs
                     : by == By::Account ? u"account number"_qs
                                         : u"name"_qs)
                .arg(people + 12)
                .arg(percentile(times, 0.5), 0, 'f', 2)
                .arg(percentile(times, 0.99), 0, 'f', 2)
                .arg(found)
                .arg(times.size())
                .arg(rows)
                .arg(loadAverage(), 0, 'f', 2)
                .arg(cpuMs, 0, 'f', 2));
    }
    out(u"client RSS: %1 MiB before the lookups, %2 MiB after"_qs.arg(double(rssBefore) / 1024, 0, 'f', 1)
            .arg(double(rssKiB()) / 1024, 0, 'f', 1));
    serve.kill();
    serve.waitForFinished();
    return 0;
}
