#include "base/privatefiles.h"
#include "serverfixture.h"
#include "training/trainingserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace hpf::client;

// The training back end as the client runs it: first run creates and seeds its database, the
// port is read from the child's output, a crash is reported (not restarted), stop() ends it.
class TestTrainingServer : public QObject
{
    Q_OBJECT
private slots:
    void firstRunSeedsAndServes();
    void crashIsReportedNotRestarted();
    void missingProgramFails();
    void interruptedFirstRunStartsOver();
    void serverDiesWithTheClient();
    void secondServerOnOneDatabaseRefuses();
    void orphanedServerIsEndedOnStart();
    void filesArePrivate_data();
    void filesArePrivate();
    void secondCenterRunsBesideTheFirst();

private:
    static int health(const QUrl &url);
    static bool alive(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) == 0; }
    static bool waitGone(qint64 pid, int ms);
    QHash<QString, int> m_modes;
    QTemporaryDir m_seeded; // one seeded training database for the tests below
    QString seededDirectory();
};

bool TestTrainingServer::waitGone(qint64 pid, int ms)
{
    for (int waited = 0; waited < ms; waited += 50) {
        // A zombie child of ours still answers kill(0): look at its state instead.
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close > 0 && text.mid(close + 2, 1) == "Z")
            return true;
        QTest::qWait(50);
    }
    return false;
}

// Copies of one seeded database, so each test does not seed again (init + demo-seed take seconds).
QString TestTrainingServer::seededDirectory()
{
    const QString seeded = m_seeded.filePath(u"training.sqlite"_qs);
    if (!QFile::exists(seeded)) {
        TrainingServer server;
        server.setProgram(hpf::test::ServerFixture::program());
        server.setDataDirectory(m_seeded.path());
        QSignalSpy ready(&server, &TrainingServer::ready);
        server.start();
        if (!ready.wait(90000))
            return {};
        QSignalSpy stopped(&server, &TrainingServer::stopped);
        server.stop();
        stopped.wait(10000);
    }
    return m_seeded.path();
}

int TestTrainingServer::health(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url.resolved(QUrl(u"/api/v1/health"_qs))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return -1;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestTrainingServer::firstRunSeedsAndServes()
{
    QTemporaryDir dir;
    TrainingServer server;
    server.setProgram(hpf::test::ServerFixture::program());
    server.setDataDirectory(dir.path());
    QVERIFY(!QFile::exists(server.databasePath()));
    QSignalSpy ready(&server, &TrainingServer::ready);
    QSignalSpy failed(&server, &TrainingServer::failed);
    server.start();
    QVERIFY2(ready.wait(90000), failed.isEmpty() ? "no ready()" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(server.state(), TrainingServer::State::Running);
    const QUrl url = ready.at(0).at(0).toUrl();
    QCOMPARE(url.host(), u"127.0.0.1"_qs);
    QVERIFY(url.port() > 0);
    QVERIFY(QFile::exists(server.databasePath()));
    QVERIFY(!QFile::exists(server.databasePath() + u".preparing"_qs));
    // The demo seed's training sharing interfaces move beside the database with it.
    QVERIFY(QFile::exists(server.databasePath() + u".shared-data.json"_qs));
    QVERIFY(!QFile::exists(server.databasePath() + u".preparing.shared-data.json"_qs));
    QCOMPARE(health(url), 200);

    QSignalSpy stopped(&server, &TrainingServer::stopped);
    server.stop();
    QVERIFY(stopped.wait(10000));
    QCOMPARE(server.state(), TrainingServer::State::Stopped);
    QCOMPARE(health(url), 0);

    // The second start reuses the seeded database (no init) and again picks a free port.
    server.start();
    QVERIFY(ready.wait(30000));
    QCOMPARE(health(ready.at(1).at(0).toUrl()), 200);
    server.stop();
    QVERIFY(stopped.wait(10000));
}

void TestTrainingServer::crashIsReportedNotRestarted()
{
    QTemporaryDir dir;
    TrainingServer server;
    server.setProgram(hpf::test::ServerFixture::program());
    server.setDataDirectory(dir.path());
    QSignalSpy ready(&server, &TrainingServer::ready);
    server.start();
    QVERIFY(ready.wait(90000));
    QSignalSpy crashed(&server, &TrainingServer::crashed);
    ::kill(pid_t(server.processId()), SIGKILL);
    QVERIFY(crashed.wait(10000));
    QCOMPARE(server.state(), TrainingServer::State::Failed);
    QCOMPARE(server.crashCount(), 1);
    QTest::qWait(500);
    QCOMPARE(ready.count(), 1); // not restarted behind the user's back
    server.start();             // the user's decision
    QVERIFY(ready.wait(30000));
    QCOMPARE(health(server.url()), 200);
}

void TestTrainingServer::missingProgramFails()
{
    TrainingServer server;
    server.setProgram(u"/nonexistent/hpf-server"_qs);
    QSignalSpy failed(&server, &TrainingServer::failed);
    server.start();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(server.state(), TrainingServer::State::Failed);
}

void TestTrainingServer::interruptedFirstRunStartsOver()
{
    QTemporaryDir dir;
    TrainingServer server;
    server.setProgram(hpf::test::ServerFixture::program());
    server.setDataDirectory(dir.path());
    // A half-written file from an interrupted first run is not taken for a database.
    QFile junk(server.databasePath() + u".preparing"_qs);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("half");
    junk.close();
    QSignalSpy ready(&server, &TrainingServer::ready);
    server.start();
    QVERIFY(ready.wait(90000));
    QCOMPARE(health(server.url()), 200);
}

// Defect 10: the client is killed (SIGKILL, no chance to clean up); its training server must end
// too. The client here is this test program started again in launcher mode (see main()).
void TestTrainingServer::serverDiesWithTheClient()
{
    const QString dir = seededDirectory();
    QVERIFY(!dir.isEmpty());
    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.start(QCoreApplication::applicationFilePath(), {u"--launcher"_qs, dir});
    QVERIFY(client.waitForStarted());
    QByteArray out;
    for (int i = 0; i < 600 && !out.contains('\n'); ++i) {
        client.waitForReadyRead(100);
        out += client.readAllStandardOutput();
    }
    QVERIFY2(out.startsWith("SERVER "), out.constData());
    const qint64 serverPid = out.mid(7).trimmed().toLongLong();
    QVERIFY(alive(serverPid));
    ::kill(pid_t(client.processId()), SIGKILL);
    QVERIFY(client.waitForFinished(5000));
    // Not our child (the launcher's), so once it exits it is gone from /proc.
    QVERIFY2(waitGone(serverPid, 10000), "the training server outlived its client");
    // And the next start gets the database (no second server, no "in use").
    TrainingServer server;
    server.setProgram(hpf::test::ServerFixture::program());
    server.setDataDirectory(dir);
    QSignalSpy ready(&server, &TrainingServer::ready);
    server.start();
    QVERIFY(ready.wait(30000));
}

// One SQLite database, one server: the second `serve` refuses with a clear message and exit code 3.
void TestTrainingServer::secondServerOnOneDatabaseRefuses()
{
    const QString dir = seededDirectory();
    QVERIFY(!dir.isEmpty());
    TrainingServer first;
    first.setProgram(hpf::test::ServerFixture::program());
    first.setDataDirectory(dir);
    QSignalSpy ready(&first, &TrainingServer::ready);
    first.start();
    QVERIFY(ready.wait(30000));

    QProcess second;
    second.start(
        hpf::test::ServerFixture::program(),
        {u"serve"_qs, u"--database"_qs, u"sqlite:"_qs + first.databasePath(), u"--port"_qs, u"0"_qs});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 3);
    const QByteArray err = second.readAllStandardError();
    QVERIFY2(err.contains("already serving") && err.contains(QByteArray::number(first.processId())),
             err.constData());
    QCOMPARE(health(first.url()), 200); // the first one is untouched
}

// A training server left behind by a client that died before the child was tied to it (an older
// version, or a race): the next start ends it and serves the database itself.
void TestTrainingServer::orphanedServerIsEndedOnStart()
{
    const QString dir = seededDirectory();
    QVERIFY(!dir.isEmpty());
    TrainingServer server;
    server.setProgram(hpf::test::ServerFixture::program());
    server.setDataDirectory(dir);
    qint64 orphan = 0;
    QVERIFY(QProcess::startDetached(hpf::test::ServerFixture::program(),
                                    {u"serve"_qs, u"--database"_qs, u"sqlite:"_qs + server.databasePath(),
                                     u"--listen"_qs, u"127.0.0.1"_qs, u"--port"_qs, u"0"_qs},
                                    {}, &orphan));
    QFile lock(server.databasePath() + u".lock"_qs);
    for (int i = 0; i < 200; ++i) {
        if (lock.open(QIODevice::ReadOnly) && lock.readAll().contains(QByteArray::number(orphan)))
            break;
        lock.close();
        QTest::qWait(50);
    }
    QVERIFY(alive(orphan));
    QSignalSpy ready(&server, &TrainingServer::ready);
    QSignalSpy failed(&server, &TrainingServer::failed);
    server.start();
    QVERIFY2(ready.wait(30000), failed.isEmpty() ? "no ready()" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(waitGone(orphan, 5000));
    QVERIFY(server.processId() != orphan);
    QCOMPARE(health(server.url()), 200);
}

// Defect 8: started with umask 022, the training folder is 0700 and every file in it 0600.
void TestTrainingServer::filesArePrivate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    QTest::newRow("folder") << QString() << 0700;
    QTest::newRow("database") << u"training.sqlite"_qs << 0600;
    QTest::newRow("wal") << u"training.sqlite-wal"_qs << 0600;
    QTest::newRow("shm") << u"training.sqlite-shm"_qs << 0600;
    QTest::newRow("lock") << u"training.sqlite.lock"_qs << 0600;
    QTest::newRow("shared data") << u"training.sqlite.shared-data.json"_qs << 0600;
    QTest::newRow("keys folder") << u"keys"_qs << 0700;
}

void TestTrainingServer::filesArePrivate()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    static QTemporaryDir parent;
    const QString dir = parent.filePath(u"data"_qs);
    static bool ran = false;
    if (!ran) {
        ran = true;
        const mode_t previous = ::umask(022);
        TrainingServer server;
        server.setProgram(hpf::test::ServerFixture::program());
        server.setDataDirectory(dir);
        QSignalSpy ready(&server, &TrainingServer::ready);
        server.start();
        const bool started = ready.wait(90000);
        ::umask(previous);
        QVERIFY(started);
        QCOMPARE(health(server.url()), 200); // -wal/-shm exist while it serves
        for (const QString &side : {u"training.sqlite-wal"_qs, u"training.sqlite-shm"_qs})
            QVERIFY2(QFile::exists(QDir(dir).filePath(side)), qPrintable(side));
        // Checked while it runs: the rows below read the modes recorded now.
        QDir d(dir);
        const QStringList all{QString(),
                              u"training.sqlite"_qs,
                              u"training.sqlite-wal"_qs,
                              u"training.sqlite-shm"_qs,
                              u"training.sqlite.lock"_qs,
                              u"training.sqlite.shared-data.json"_qs,
                              u"keys"_qs};
        for (const QString &n : all)
            m_modes.insert(n, hpf::privatefiles::permissionBits(n.isEmpty() ? dir : d.filePath(n)));
        const QStringList keys = QDir(d.filePath(u"keys"_qs)).entryList(QDir::Files);
        QVERIFY(!keys.isEmpty());
        for (const QString &k : keys)
            QCOMPARE(hpf::privatefiles::permissionBits(d.filePath(u"keys/"_qs + k)), 0600);
    }
    QVERIFY2(m_modes.contains(name), "the run above failed");
    QCOMPARE(m_modes.value(name), mode);
}

// Launcher mode for serverDiesWithTheClient(): a client process that starts the training server,
// prints its pid and waits to be killed.
int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--launcher") == 0) {
        QCoreApplication app(argc, argv);
        TrainingServer server;
        server.setProgram(hpf::test::ServerFixture::program());
        server.setDataDirectory(QString::fromLocal8Bit(argv[2]));
        QObject::connect(&server, &TrainingServer::ready, &app, [&server] {
            std::printf("SERVER %lld\n", static_cast<long long>(server.processId()));
            std::fflush(stdout);
        });
        QObject::connect(&server, &TrainingServer::failed, &app, [](const QString &detail) {
            std::printf("FAILED %s\n", qPrintable(detail));
            std::fflush(stdout);
            QCoreApplication::exit(1);
        });
        server.start();
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    TestTrainingServer test;
    return QTest::qExec(&test, argc, argv);
}
// issue 16: a second training center (110100) in the same data folder has a database of its own
// (training-110100/), runs at the same time as the policy's own center, and both announce
// themselves in the shared peers folder, where each finds the other.
void TestTrainingServer::secondCenterRunsBesideTheFirst()
{
    QTemporaryDir dir;
    TrainingServer first;
    TrainingServer second;
    for (TrainingServer *server : {&first, &second}) {
        server->setProgram(hpf::test::ServerFixture::program());
        server->setDataDirectory(dir.path());
    }
    second.setCenter(u"110100"_qs);
    QCOMPARE(first.databasePath(), QDir(dir.path()).filePath(u"training.sqlite"_qs)); // today's location
    QCOMPARE(second.databasePath(), QDir(dir.path()).filePath(u"training-110100/training.sqlite"_qs));
    QCOMPARE(first.peersDirectory(), second.peersDirectory());
    QSignalSpy firstReady(&first, &TrainingServer::ready);
    QSignalSpy secondReady(&second, &TrainingServer::ready);
    QSignalSpy failed(&second, &TrainingServer::failed);
    first.start();
    second.start();
    QVERIFY(firstReady.wait(120000) || firstReady.size() == 1);
    QVERIFY2(secondReady.size() == 1 || secondReady.wait(120000),
             failed.isEmpty() ? "no ready()" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(first.url() != second.url());
    QCOMPARE(health(second.url()), 200);
    const QDir peers(first.peersDirectory());
    QTRY_VERIFY_WITH_TIMEOUT(peers.exists(u"620100.json"_qs) && peers.exists(u"110100.json"_qs), 10000);
    QFile announced(peers.filePath(u"110100.json"_qs));
    QVERIFY(announced.open(QIODevice::ReadOnly));
    QVERIFY(announced.readAll().contains(QString::number(second.url().port()).toLatin1()));
    for (TrainingServer *server : {&first, &second}) {
        QSignalSpy stopped(server, &TrainingServer::stopped);
        server->stop();
        QVERIFY(stopped.wait(10000));
    }
}

#include "tst_trainingserver.moc"
