#include "net/apiclient.h"
#include "scriptedhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace hpf::client;
using hpf::test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Reply;

Q_DECLARE_METATYPE(hpf::client::FailureClass)

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scripted_data();
    void scripted();
    void connectionRefusedGoesOffline();
    void unauthorisedRefreshesAndReplays();
    void unauthorisedWithoutRefreshFails();

private:
    ApiResponse run(const ApiRequest &request);

    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;
    ScriptedHttpServer *m_server = nullptr;
};

void TestApiClient::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_client = new ApiClient(m_nam, this);
    m_client->setRetryPolicy(RetryPolicy{4, 20, 80});
    m_server = new ScriptedHttpServer(this);
    QVERIFY(m_server->listen());
    m_client->setBaseUrl(m_server->url());
}

void TestApiClient::cleanup()
{
    delete m_client;
    delete m_server;
    delete m_nam;
}

ApiResponse TestApiClient::run(const ApiRequest &request)
{
    ApiCall *call = m_client->send(request);
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(10000))
        return ApiResponse{};
    return spy.at(0).at(0).value<ApiResponse>();
}

void TestApiClient::scripted_data()
{
    QTest::addColumn<bool>("post");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QList<int>>("script"); // status per attempt; 0 = hang, -1 = close, -2 = truncate
    QTest::addColumn<FailureClass>("failure");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("attempts");

    QTest::newRow("ok") << false << QString() << QList<int>{200} << FailureClass::None << QString() << 1;
    QTest::newRow("GET retried through 503s")
        << false << QString() << QList<int>{503, 502, 200} << FailureClass::None << QString() << 3;
    QTest::newRow("GET gives up after max attempts")
        << false << QString() << QList<int>{503, 503, 503, 503, 200} << FailureClass::Transient
        << u"http.503"_qs << 4;
    QTest::newRow("POST without key is never retried")
        << true << QString() << QList<int>{503, 200} << FailureClass::Transient << u"http.503"_qs << 1;
    QTest::newRow("POST with key retried")
        << true << u"key-1"_qs << QList<int>{502, 200} << FailureClass::None << QString() << 2;
    QTest::newRow("validation not retried") << true << u"key-2"_qs << QList<int>{422, 200}
                                            << FailureClass::Validation << u"identity.checksum"_qs << 1;
    QTest::newRow("conflict not retried") << true << u"key-3"_qs << QList<int>{409} << FailureClass::Conflict
                                          << u"idempotency.in_flight"_qs << 1;
    QTest::newRow("500 fatal") << false << QString() << QList<int>{500} << FailureClass::Fatal
                               << u"http.500"_qs << 1;
    QTest::newRow("timeout after commit, replay answers")
        << true << u"key-4"_qs << QList<int>{0, 200} << FailureClass::None << QString() << 2;
    QTest::newRow("timeouts exhaust retries") << false << QString() << QList<int>{0, 0, 0, 0}
                                              << FailureClass::Transient << u"network.timeout"_qs << 4;
    // Qt itself resends once on a connection closed before any answer, so the server may see more
    // requests than the client counts attempts; every one carries the same key.
    QTest::newRow("dropped connections")
        << true << u"key-5"_qs << QList<int>{-1, -1, -1, -1, -1, -1, -1, -1, -1} << FailureClass::Transient
        << u"network.unreachable"_qs << 4;
    QTest::newRow("truncated body") << false << QString() << QList<int>{-2, -2, -2, -2}
                                    << FailureClass::Transient << u"network.unreachable"_qs << 4;
}

void TestApiClient::scripted()
{
    QFETCH(bool, post);
    QFETCH(QString, key);
    QFETCH(QList<int>, script);
    QFETCH(FailureClass, failure);
    QFETCH(QString, code);
    QFETCH(int, attempts);

    int n = 0;
    m_server->setHandler([&](const ScriptedHttpServer::Request &) {
        const int step = script.value(n++, 200);
        switch (step) {
        case 0:
            return Reply::hang();
        case -1:
            return Reply::close();
        case -2:
            return Reply::truncate("{\"a\":");
        case 200:
            return Reply::json(200, "{\"ok\":true}");
        case 409:
            return Reply::problem(409, "idempotency.in_flight");
        case 422:
            return Reply::problem(422, "identity.checksum", "idNumber");
        default:
            return Reply::json(step, "{}");
        }
    });

    ApiRequest rq = post ? ApiRequest::post(u"/api/v1/things"_qs, QJsonObject{{u"a"_qs, 1}}, key)
                         : ApiRequest::get(u"/api/v1/things?x=1"_qs);
    rq.timeoutMs = 300;
    const ApiResponse r = run(rq);
    QCOMPARE(r.failure, failure);
    QCOMPARE(r.problem.code, code);
    QCOMPARE(r.attempts, attempts);
    QVERIFY(m_server->requests().size() >= qsizetype(attempts));
    if (!script.contains(-1))
        QCOMPARE(m_server->requests().size(), qsizetype(attempts));
    if (failure == FailureClass::Validation)
        QCOMPARE(r.problem.field, u"idNumber"_qs);
    if (r.ok())
        QCOMPARE(r.object().value(u"ok").toBool(), true);

    // Every attempt carries the same request id, and the same idempotency key when there is one.
    const QByteArray requestId = m_server->requests().first().header("X-Request-ID");
    QVERIFY(!requestId.isEmpty());
    for (const auto &seen : m_server->requests()) {
        QCOMPARE(seen.header("X-Request-ID"), requestId);
        QCOMPARE(seen.header("Idempotency-Key"), key.toLatin1());
        QCOMPARE(seen.method, post ? QByteArray("POST") : QByteArray("GET"));
        QCOMPARE(seen.path, post ? QByteArray("/api/v1/things") : QByteArray("/api/v1/things?x=1"));
    }
    QCOMPARE(r.requestId, QString::fromLatin1(requestId));
}

void TestApiClient::connectionRefusedGoesOffline()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more
    m_client->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_qs.arg(port)));
    QSignalSpy reach(m_client, &ApiClient::reachabilityChanged);
    const ApiResponse r = run(ApiRequest::get(u"/api/v1/health"_qs));
    QCOMPARE(r.failure, FailureClass::Transient);
    QCOMPARE(r.problem.code, u"network.unreachable"_qs);
    QCOMPARE(r.attempts, 4);
    QVERIFY(!m_client->isReachable());
    QCOMPARE(reach.size(), 1);
    QCOMPARE(reach.at(0).at(0).toBool(), false);

    // Back online as soon as any answer arrives.
    m_client->setBaseUrl(m_server->url());
    m_server->setHandler([](const auto &) { return Reply::json(200, "{}"); });
    QVERIFY(run(ApiRequest::get(u"/api/v1/health"_qs)).ok());
    QVERIFY(m_client->isReachable());
    QCOMPARE(reach.size(), 2);
}

void TestApiClient::unauthorisedRefreshesAndReplays()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &rq) {
        return rq.header("Authorization") == "Bearer fresh" ? Reply::json(200, "{\"ok\":true}")
                                                            : Reply::problem(401, "auth.token_expired");
    });
    m_client->setAccessToken(u"stale"_qs);
    connect(m_client, &ApiClient::authenticationRequired, this, [this] {
        m_client->setAccessToken(u"fresh"_qs);
        m_client->resumeAfterAuthentication(true);
    });
    QSignalSpy authSpy(m_client, &ApiClient::authenticationRequired);
    const ApiResponse r = run(ApiRequest::post(u"/api/v1/op"_qs, QJsonObject{}, u"k"_qs));
    QVERIFY(r.ok());
    QCOMPARE(authSpy.size(), 1);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).header("Idempotency-Key"), QByteArray("k"));
}

void TestApiClient::unauthorisedWithoutRefreshFails()
{
    m_server->setHandler([](const auto &) { return Reply::problem(401, "auth.token_expired"); });
    connect(m_client, &ApiClient::authenticationRequired, this,
            [this] { m_client->resumeAfterAuthentication(false); });
    const ApiResponse r = run(ApiRequest::get(u"/api/v1/people"_qs));
    QCOMPARE(r.failure, FailureClass::Auth);
    QCOMPARE(r.problem.code, u"auth.required"_qs);
    QCOMPARE(m_server->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
