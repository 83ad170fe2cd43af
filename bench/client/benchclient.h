#pragma once

// What the client benchmarks share: people to seed, the server to start, RSS and load average.
#include "domain/accountnumber.h"
#include "domain/identity.h"

#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <cstdio>

namespace hpf::bench {

// Runs the event loop until `signal` of `sender` fires or `ms` pass; true when it fired. Benchmark
// code: the blocking wait is the teller (or the measurement) waiting for the screen.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int ms = 30000)
{
    QEventLoop loop;
    QTimer guard; // scoped: a pending single-shot timer would outlive the wait by `ms`
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(ms);
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    loop.exec();
    return fired;
}

inline void out(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

// A valid resident identity number, distinct for every i below 15,000,000.
inline QString identityFor(int i)
{
    const QDate birth = QDate(1960, 1, 1).addDays(i % 15000);
    const QString first17 = u"350102"_qs + birth.toString(u"yyyyMMdd"_qs) +
                            u"%1"_qs.arg(i / 15000 % 1000, 3, 10, QLatin1Char('0'));
    return first17 + hpf::identity::checkCharacter(first17);
}

// A valid personal account number (check character included), far from the demo center's.
inline QString accountFor(int i)
{
    return accountnumber::make(accountnumber::Kind::Personal, 50'000'000'000LL + i).value();
}

// Names as a center has them: about ten people share each of 100,000 names at 1,000,000 people.
inline QString nameFor(int i)
{
    static const QString surnames =
        u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"_qs;
    static const QString given =
        u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉建国红梅晓东海燕鹏飞志宏春雪波宁欣怡子涵浩然"_qs;
    return QString(surnames.at(i % surnames.size())) + given.at(i / 40 % 50) + given.at(i / 2000 % 50);
}

inline qint64 rssKiB(qint64 pid = 0)
{
    QFile f(pid ? u"/proc/%1/status"_qs.arg(pid) : u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline double loadAverage()
{
    QFile f(u"/proc/loadavg"_qs);
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

inline bool run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    return p.waitForFinished(600000) && p.exitCode() == 0;
}

// Adds `people` people with an active account each in the first unit of the demo center, straight
// into the server's SQLite file: prepared inserts in one transaction.
inline bool addPeople(const QString &dbPath, int people)
{
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"bench"_qs);
        db.setDatabaseName(dbPath);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        q.exec(u"PRAGMA cache_size = -262144"_qs); // 256 MiB: the indexes stay in memory while they grow
        q.exec(u"BEGIN"_qs);
        q.exec(u"SELECT id, branch_id FROM units ORDER BY id LIMIT 1"_qs);
        if (!q.next())
            return false;
        const qint64 unit = q.value(0).toLongLong();
        const qint64 branch = q.value(1).toLongLong();
        q.finish();
        QSqlQuery person(db), account(db);
        person.prepare(u"INSERT INTO persons (document_type, document_number, name, created_at)"
                       " VALUES ('01', ?, ?, 0)"_qs);
        account.prepare(
            u"INSERT INTO accounts (account_number, person_id, unit_id, branch_id, state, base_fen, "
            u"balance_fen,"
            " opened_on, created_at) VALUES (?, ?, ?, ?, '01', 500000, 100000, '2020-01-01', 0)"_qs);
        ok = true;
        for (int i = 0; ok && i < people; ++i) {
            person.addBindValue(identityFor(i));
            person.addBindValue(nameFor(i));
            if (!person.exec()) {
                out(u"insert failed: "_qs + person.lastError().text());
                ok = false;
                break;
            }
            account.addBindValue(accountFor(i));
            account.addBindValue(person.lastInsertId());
            account.addBindValue(unit);
            account.addBindValue(branch);
            if (!account.exec()) {
                out(u"insert failed: "_qs + account.lastError().text());
                ok = false;
            }
        }
        ok = ok && q.exec(u"COMMIT"_qs);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench"_qs);
    return ok;
}

// Creates a demo center with `people` extra people in `dbPath` and starts `hpf-server serve` on a
// free loopback port; the port, or 0.
inline int startServer(QProcess &serve, const QString &server, const QString &dbPath, int people)
{
    if (!run(server, {u"init"_qs, u"--database"_qs, u"sqlite:"_qs + dbPath, u"--password-stdin"_qs},
             "Bench-Admin-1\n") ||
        !run(server, {u"demo-seed"_qs, u"--database"_qs, u"sqlite:"_qs + dbPath})) {
        out(u"cannot prepare the server database"_qs);
        return 0;
    }
    QElapsedTimer seeding;
    seeding.start();
    if (people > 0 && !addPeople(dbPath, people)) {
        out(u"cannot add the people"_qs);
        return 0;
    }
    out(u"seeded %1 people (and their accounts) in %2 s"_qs.arg(people).arg(double(seeding.elapsed()) / 1000,
                                                                            0, 'f', 1));
    serve.start(server, {u"serve"_qs, u"--database"_qs, u"sqlite:"_qs + dbPath, u"--port"_qs, u"0"_qs});
    QByteArray line;
    while (!line.contains("port=") && serve.waitForReadyRead(30000))
        line += serve.readAllStandardOutput();
    const auto m = QRegularExpression(u"port=(\\d+)"_qs).match(QString::fromLatin1(line));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace hpf::bench
