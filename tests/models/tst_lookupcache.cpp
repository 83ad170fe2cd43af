#include "crypto/sm3.h"
#include "net/apiclient.h"
#include "scriptedhttpserver.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/lookupcache.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf::client;
using hpf::test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Reply;

// Lookups keep working from the cache while the back end is unreachable: answers are sealed per
// user, served only for transport failures (never to hide a server's refusal), purged at sign-out.
class TestLookupCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void servedWhenUnreachable_data();
    void servedWhenUnreachable();
    void refusalsAreNotHidden();
    void sealedPerOwnerAndPurged();
    void searchTermsAreNotKept();
    void requestLogsHoldNoPersonalData();
    void boundedToTheMostRecent_data();
    void boundedToTheMostRecent();

private:
    ApiResponse get(const QString &path);
    ApiResponse send(const ApiRequest &request);

    QTemporaryDir m_dir;
    ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_api = nullptr;
    LocalDatabase *m_db = nullptr;
    FieldCipher m_cipher;
    LookupCache *m_cache = nullptr;
    bool m_down = false;
};

void TestLookupCache::init()
{
    m_down = false;
    m_server = new ScriptedHttpServer(this);
    QVERIFY(m_server->listen());
    m_server->setHandler([this](const ScriptedHttpServer::Request &rq) {
        if (m_down)
            return Reply::close();
        if (rq.path.startsWith("/api/v1/accounts/missing"))
            return Reply::problem(404, "account.not_found");
        return Reply::json(200, "{\"path\":\"" + rq.path + "\",\"name\":\"张三\"}");
    });
    m_nam = new QNetworkAccessManager(this);
    m_api = new ApiClient(m_nam, this);
    m_api->setBaseUrl(m_server->url());
    m_api->setRetryPolicy(RetryPolicy{2, 10, 20});
    m_db = new LocalDatabase;
    QVERIFY(
        m_db->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_qs)).ok());
    m_cipher.setKey(QByteArray(16, '\x17'));
    m_cache = new LookupCache(m_db, &m_cipher);
    m_cache->setCachedPrefixes({u"/api/v1/persons"_qs, u"/api/v1/accounts/"_qs});
    m_cache->setOwner(u"teller1"_qs);
    m_api->setResponseCache(m_cache);
}

void TestLookupCache::cleanup()
{
    delete m_api;
    delete m_nam;
    delete m_cache;
    delete m_db;
    delete m_server;
}

ApiResponse TestLookupCache::get(const QString &path)
{
    return send(ApiRequest::get(path));
}

ApiResponse TestLookupCache::send(const ApiRequest &request)
{
    ApiCall *call = m_api->send(request);
    QSignalSpy spy(call, &ApiCall::finished);
    return spy.wait(10000) ? spy.at(0).at(0).value<ApiResponse>() : ApiResponse{};
}

void TestLookupCache::servedWhenUnreachable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("search"); // sent as a search (POST body) when not empty
    QTest::addColumn<bool>("cached");
    QTest::newRow("person search") << u"/api/v1/persons/search"_qs
                                   << QJsonObject{{u"documentType"_qs, u"01"_qs},
                                                  {u"documentNumber"_qs, u"11010519491231002X"_qs}}
                                   << true;
    QTest::newRow("account") << u"/api/v1/accounts/1000000012345"_qs << QJsonObject() << true;
    QTest::newRow("not a lookup") << u"/api/v1/health"_qs << QJsonObject() << false;
}

void TestLookupCache::servedWhenUnreachable()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, search);
    QFETCH(bool, cached);
    const ApiRequest request = search.isEmpty() ? ApiRequest::get(path) : ApiRequest::search(path, search);
    const ApiResponse online = send(request);
    QVERIFY(online.ok());
    QVERIFY(!online.fromCache);

    m_down = true;
    const ApiResponse offline = send(request);
    QCOMPARE(offline.ok(), cached);
    QCOMPARE(offline.fromCache, cached);
    if (cached) {
        QCOMPARE(offline.object().value(u"name").toString(), u"张三"_qs);
        QVERIFY(offline.cachedAt.isValid());
    } else {
        QCOMPARE(offline.problem.code, u"network.unreachable"_qs);
    }
    // Never looked up online: nothing to show.
    QCOMPARE(get(u"/api/v1/accounts/1000000099999"_qs).ok(), false);
}

void TestLookupCache::refusalsAreNotHidden()
{
    QVERIFY(get(u"/api/v1/accounts/1000000012345"_qs).ok());
    // A server that answers 404 is not unreachable: its answer stands.
    const ApiResponse missing = get(u"/api/v1/accounts/missing"_qs);
    QCOMPARE(missing.status, 404);
    QVERIFY(!missing.fromCache);
}

void TestLookupCache::sealedPerOwnerAndPurged()
{
    const QString path = u"/api/v1/persons?name=x"_qs;
    QVERIFY(get(path).ok());
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(u"SELECT sealed_body FROM lookup_cache"_qs) && q.next());
    QVERIFY(!q.value(0).toByteArray().contains(QString(u"张三"_qs).toUtf8()));

    m_down = true;
    m_cache->setOwner(u"teller2"_qs); // another teller on the same workstation sees nothing
    QVERIFY(!get(path).ok());
    m_cache->setOwner(u"teller1"_qs);
    QVERIFY(get(path).fromCache);
    QVERIFY(m_cache->purgeOwner(u"teller1"_qs).ok());
    QVERIFY(!get(path).ok());
}

// Issue 12: a search's terms travel in its body, and the cache files the answer under a digest of
// them: the local database never holds the identity number, and another number finds nothing.
void TestLookupCache::searchTermsAreNotKept()
{
    const QString id = u"11010519491231002X"_qs;
    const auto search = [](const QString &number) {
        return ApiRequest::search(u"/api/v1/persons/search"_qs,
                                  {{u"documentType"_qs, u"01"_qs}, {u"documentNumber"_qs, number}});
    };
    m_api->setLookupDigestKey(QByteArray(32, '\x42'));
    QVERIFY(send(search(id)).ok());
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(u"SELECT path FROM lookup_cache"_qs) && q.next());
    const QString key = q.value(0).toString();
    QVERIFY2(!key.contains(id) && !key.contains(u"1101051949"_qs), qPrintable(key));
    QVERIFY(key.startsWith(u"/api/v1/persons/search#"_qs));
    // Keyed: whoever holds the cache file cannot test guessed numbers against a plain digest.
    const QByteArray plain =
        hpf::crypto::sm3(QJsonDocument(search(id).body).toJson(QJsonDocument::Compact)).toHex();
    QVERIFY(!key.contains(QString::fromLatin1(plain)));

    m_down = true;
    QVERIFY(send(search(id)).fromCache);
    QVERIFY(!send(search(u"620102199001011234"_qs)).ok());
    // The same terms in another order are the same search.
    const ApiRequest reordered = ApiRequest::search(
        u"/api/v1/persons/search"_qs, {{u"documentNumber"_qs, id}, {u"documentType"_qs, u"01"_qs}});
    QVERIFY(send(reordered).fromCache);
}

namespace {
QStringList g_logged;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged << message;
}
} // namespace

// Issue 12: the client logged every request line with its query string, so each lookup left a
// full identity number in the log. With the request lines switched on (debug), a search, an
// account read and a failed search log no identity or account number in clear.
void TestLookupCache::requestLogsHoldNoPersonalData()
{
    const QString id = u"11010519491231002X"_qs;
    const QString account = u"1000000012343"_qs;
    QLoggingCategory::setFilterRules(u"hpf.client.api.debug=true"_qs);
    g_logged.clear();
    const QtMessageHandler before = qInstallMessageHandler(capture);
    const auto search = ApiRequest::search(u"/api/v1/persons/search"_qs,
                                           {{u"documentType"_qs, u"01"_qs}, {u"documentNumber"_qs, id}});
    const bool online = send(search).ok() && get(u"/api/v1/accounts/"_qs + account).ok();
    m_down = true;
    m_cache->setOwner(u"teller9"_qs); // nothing cached for this user: the failure is logged
    const bool offline = send(search).ok();
    qInstallMessageHandler(before);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(online);
    QVERIFY(!offline);
    const QString log = g_logged.join(u'\n');
    QVERIFY2(log.contains(u"/api/v1/accounts/1000*****2343"_qs), qPrintable(log));
    QVERIFY2(log.contains(u"failed"_qs), qPrintable(log));
    QVERIFY2(!log.contains(id) && !log.contains(account), qPrintable(log));
}

// Issue 13: a working day of lookups keeps at most capacity() answers per teller, the most recent,
// in the file and (without a key) in memory; another teller's answers are not pushed out.
void TestLookupCache::boundedToTheMostRecent_data()
{
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("lookups");
    QTest::newRow("file") << true << 5 << 12;
    QTest::newRow("memory, no key") << false << 5 << 12;
    QTest::newRow("file, capacity 1") << true << 1 << 3;
    QTest::newRow("memory, capacity 1") << false << 1 << 3;
    QTest::newRow("file, under capacity") << true << 5 << 4;
    QTest::newRow("the same path again and again") << false << 3 << -20;
}

void TestLookupCache::boundedToTheMostRecent()
{
    QFETCH(bool, withKey);
    QFETCH(int, capacity);
    QFETCH(int, lookups);
    QVERIFY(m_cache->purgeOwner(u"teller1"_qs).ok()); // the file is shared by the rows of this test
    QVERIFY(m_cache->purgeOwner(u"teller2"_qs).ok());
    if (!withKey)
        m_cipher.setKey({});
    QCOMPARE(m_cipher.hasKey(), withKey);
    m_cache->setCapacity(capacity);
    m_cache->setOwner(u"teller2"_qs);
    QVERIFY(get(u"/api/v1/accounts/2000000000001"_qs).ok()); // another teller's answer
    m_cache->setOwner(u"teller1"_qs);
    const bool samePath = lookups < 0;
    const int n = qAbs(lookups);
    const auto path = [samePath](int i) {
        return u"/api/v1/accounts/1%1"_qs.arg(samePath ? 0 : i, 12, 10, QLatin1Char('0'));
    };
    for (int i = 0; i < n; ++i) {
        QVERIFY(get(path(i)).ok());
        QVERIFY(m_cache->size() <= capacity);
    }
    const int kept = samePath ? 1 : qMin(n, capacity);
    QCOMPARE(m_cache->size(), kept);
    m_down = true;
    for (int i = 0; i < n; ++i)
        QCOMPARE(get(path(i)).fromCache, samePath || i >= n - kept);
    m_cache->setOwner(u"teller2"_qs);
    QVERIFY(get(u"/api/v1/accounts/2000000000001"_qs).fromCache);
}

QTEST_GUILESS_MAIN(TestLookupCache)
#include "tst_lookupcache.moc"
