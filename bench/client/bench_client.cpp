// bench_client — cold start and lookup latency of the counter client.
//
//   bench_client [--runs 10] [--people 100000] [--lookups 2000]
//
// 1. Cold start: hpf-counter started until its login window is shown (--exit-when-login-shown,
//    pointed at an unreachable server so no training server starts), against this program started
//    the same way showing a bare QWidget; medians and their ratio. No printer is touched: the
//    client creates printing objects only when something is printed.
// 2. Lookup: hpf-server on 127.0.0.1 with its demo center plus --people extra people written
//    straight into its SQLite file; lookups by identity number and by account number through the
//    client's ApiClient, end to end over loopback; p50/p99 in milliseconds.
#include "domain/identity.h"
#include "net/apiclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
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

using namespace hpf::client;

namespace {

void out(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

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

bool run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    return p.waitForFinished(600000) && p.exitCode() == 0;
}

QString identityFor(int i)
{
    const QDate birth = QDate(1960, 1, 1).addDays(i % 15000);
    const QString first17 = u"350102"_qs + birth.toString(u"yyyyMMdd"_qs) +
                            u"%1"_qs.arg(i / 15000 % 1000, 3, 10, QLatin1Char('0'));
    return first17 + hpf::identity::checkCharacter(first17);
}

bool addPeople(const QString &dbPath, int people)
{
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"bench"_qs);
    db.setDatabaseName(dbPath);
    if (!db.open())
        return false;
    QSqlQuery q(db);
    q.exec(u"BEGIN"_qs);
    q.exec(u"SELECT id, branch_id FROM units ORDER BY id LIMIT 1"_qs);
    if (!q.next())
        return false;
    const qint64 unit = q.value(0).toLongLong();
    const qint64 branch = q.value(1).toLongLong();
    QSqlQuery person(db), account(db);
    person.prepare(
        u"INSERT INTO persons (document_type, document_number, name, created_at) VALUES ('01', ?, ?, 0)"_qs);
    account.prepare(
        u"INSERT INTO accounts (account_number, person_id, unit_id, branch_id, state, base_fen, balance_fen,"
        " opened_on, created_at) VALUES (?, ?, ?, ?, '01', 500000, 100000, '2020-01-01', 0)"_qs);
    for (int i = 0; i < people; ++i) {
        person.addBindValue(identityFor(i));
        person.addBindValue(u"测试%1"_qs.arg(i));
        if (!person.exec()) {
            out(u"insert failed: "_qs + person.lastError().text());
            return false;
        }
        account.addBindValue(u"9%1"_qs.arg(i, 11, 10, QLatin1Char('0')));
        account.addBindValue(person.lastInsertId());
        account.addBindValue(unit);
        account.addBindValue(branch);
        if (!account.exec()) {
            out(u"insert failed: "_qs + account.lastError().text());
            return false;
        }
    }
    return q.exec(u"COMMIT"_qs);
}

ApiResponse call(ApiClient &api, const ApiRequest &rq, double *ms = nullptr)
{
    QEventLoop loop; // benchmark code: a blocking wait is what is measured
    ApiResponse result;
    QElapsedTimer t;
    t.start();
    QObject::connect(api.send(rq), &ApiCall::finished, &loop, [&](const ApiResponse &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (ms)
        *ms = double(t.nsecsElapsed()) / 1e6;
    return result;
}

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
    parser.addOptions({runsOpt, peopleOpt, lookupsOpt});
    parser.addHelpOption();
    parser.process(app);
    const QString counter = QStringLiteral(HPF_COUNTER_BINARY);
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
    out(u"cold start to login window: hpf-counter %1 ms, bare QWidget %2 ms, ratio %3 (medians of %4)"_qs
            .arg(clientMs, 0, 'f', 1)
            .arg(bareMs, 0, 'f', 1)
            .arg(clientMs / bareMs, 0, 'f', 2)
            .arg(bare.size()));

    const QString db = dir.filePath(u"server.sqlite"_qs);
    const int people = parser.value(peopleOpt).toInt();
    if (!run(server, {u"init"_qs, u"--database"_qs, u"sqlite:"_qs + db, u"--password-stdin"_qs},
             "Bench-Admin-1\n") ||
        !run(server, {u"demo-seed"_qs, u"--database"_qs, u"sqlite:"_qs + db}) || !addPeople(db, people)) {
        out(u"cannot prepare the server database"_qs);
        return 1;
    }
    QProcess serve;
    serve.start(server, {u"serve"_qs, u"--database"_qs, u"sqlite:"_qs + db, u"--port"_qs, u"0"_qs});
    QByteArray line;
    while (!line.contains("port=") && serve.waitForReadyRead(30000))
        line += serve.readAllStandardOutput();
    const auto m = QRegularExpression(u"port=(\\d+)"_qs).match(QString::fromLatin1(line));
    if (!m.hasMatch())
        return 1;
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(QUrl(u"http://127.0.0.1:"_qs + m.captured(1)));
    ApiRequest login =
        ApiRequest::post(u"/api/v1/auth/login"_qs,
                         {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"train-teller1"_qs}}, {});
    login.authenticated = false;
    const ApiResponse signedIn = call(api, login);
    if (!signedIn.ok())
        return 1;
    api.setAccessToken(signedIn.object().value(u"accessToken").toString());
    for (const bool byIdentity : {true, false}) {
        QList<double> times;
        int found = 0;
        for (int i = 0; i < parser.value(lookupsOpt).toInt(); ++i) {
            const int who = int(QRandomGenerator::global()->bounded(people));
            const QString path =
                byIdentity ? u"/api/v1/persons?documentType=01&documentNumber="_qs + identityFor(who)
                           : u"/api/v1/persons?accountNumber=9%1"_qs.arg(who, 11, 10, QLatin1Char('0'));
            double ms = 0;
            const ApiResponse r = call(api, ApiRequest::get(path), &ms);
            found += r.ok() && !r.object().value(u"items").toArray().isEmpty() ? 1 : 0;
            times << ms;
        }
        out(u"lookup by %1 with %2 people: p50 %3 ms, p99 %4 ms (%5/%6 found)"_qs
                .arg(byIdentity ? u"identity number"_qs : u"account number"_qs)
                .arg(people + 12)
                .arg(percentile(times, 0.5), 0, 'f', 2)
                .arg(percentile(times, 0.99), 0, 'f', 2)
                .arg(found)
                .arg(times.size()));
    }
    serve.kill();
    serve.waitForFinished();
    return 0;
}
