#include "net/apiclient.h"
#include "scriptedhttpserver.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/lookupcache.h"

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

private:
    ApiResponse get(const QString &path);

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
    ApiCall *call = m_api->send(ApiRequest::get(path));
    QSignalSpy spy(call, &ApiCall::finished);
    return spy.wait(10000) ? spy.at(0).at(0).value<ApiResponse>() : ApiResponse{};
}

void TestLookupCache::servedWhenUnreachable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("cached");
    QTest::newRow("person search") << u"/api/v1/persons?documentType=01&documentNumber=11010519491231002X"_qs
                                   << true;
    QTest::newRow("account") << u"/api/v1/accounts/1000000012345"_qs << true;
    QTest::newRow("not a lookup") << u"/api/v1/health"_qs << false;
}

void TestLookupCache::servedWhenUnreachable()
{
    QFETCH(QString, path);
    QFETCH(bool, cached);
    const ApiResponse online = get(path);
    QVERIFY(online.ok());
    QVERIFY(!online.fromCache);

    m_down = true;
    const ApiResponse offline = get(path);
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

QTEST_GUILESS_MAIN(TestLookupCache)
#include "tst_lookupcache.moc"
