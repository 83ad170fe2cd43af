#include "serverfixture.h"
#include "training/trainingserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

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

private:
    static int health(const QUrl &url);
};

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

QTEST_GUILESS_MAIN(TestTrainingServer)
#include "tst_trainingserver.moc"
