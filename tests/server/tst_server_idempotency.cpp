// Idempotency keys (sequential and concurrent replays, mismatched payloads, refusals stored or not)
// and the HTTP contract (problem+json, request ids, size limit, malformed JSON, unknown fields,
// string limits, ETags) through the real HTTP stack.
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf::test;

class TestServerIdempotency : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QString m_teller;
    QString m_account;

    void fund()
    {
        m_teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(m_teller, 7);
        m_account = f().openAccount(m_teller, unit, 3, 1000000);
        QCOMPARE(f().postRemittance(m_teller, unit, u"2025-06"_qs, ServerFixture::newKey()).status, 201);
    }
    QString path() const { return u"/api/v1/accounts/"_qs + m_account + u"/withdrawals"_qs; }
    QJsonObject debit(qint64 amount) const { return {{u"amountFen"_qs, amount}, {u"reason"_qs, u"07"_qs}}; }
    qint64 journalCount()
    {
        auto conn = f().database().connection();
        hpf::server::Query q(*conn, u"SELECT COUNT(*) FROM journal WHERE business_type = '11'"_qs);
        return q.exec().ok() && q.next() ? q.int64(0) : -1;
    }

private slots:
    void keyRequired()
    {
        fund();
        const Reply r = f().post(path(), debit(100), m_teller);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"idempotency.key_required"_qs);
        QCOMPARE(journalCount(), 0);
    }

    void sequentialReplay()
    {
        fund();
        const QString key = ServerFixture::newKey();
        const Reply first = f().post(path(), debit(1000), m_teller, key);
        QCOMPARE(first.status, 201);
        const Reply second = f().post(path(), debit(1000), m_teller, key);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(journalCount(), 1);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    void concurrentReplay_data()
    {
        QTest::addColumn<int>("copies");
        QTest::newRow("2") << 2;
        QTest::newRow("12") << 12;
        QTest::newRow("40") << 40;
    }
    void concurrentReplay()
    {
        QFETCH(int, copies);
        fund();
        const QString key = ServerFixture::newKey();
        QList<Call> calls;
        for (int i = 0; i < copies; ++i)
            calls.append({"POST", path(), debit(777), {{"Idempotency-Key", key.toLatin1()}}, {}});
        const QList<Reply> replies = f().parallel(calls, m_teller);
        QByteArray body;
        int ok = 0;
        for (const Reply &r : replies) {
            QVERIFY2(r.status == 201 || (r.status == 409 && r.code() == u"idempotency.in_flight"),
                     r.body.constData());
            if (r.status == 201) {
                if (body.isEmpty())
                    body = r.body;
                QCOMPARE(r.body, body);
                ++ok;
            }
        }
        QVERIFY(ok >= 1);
        QCOMPARE(journalCount(), 1);
        // After the dust settles every retry replays the one stored answer.
        QCOMPARE(f().post(path(), debit(777), m_teller, key).body, body);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    void mismatchedPayload()
    {
        fund();
        const QString key = ServerFixture::newKey();
        QCOMPARE(f().post(path(), debit(100), m_teller, key).status, 201);
        const Reply other = f().post(path(), debit(101), m_teller, key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.code(), u"idempotency.payload_mismatch"_qs);
        QCOMPARE(journalCount(), 1);
    }

    void validationFailureNotStored()
    {
        fund();
        const QString key = ServerFixture::newKey();
        const Reply bad = f().post(path(), {{u"amountFen"_qs, 100}, {u"reason"_qs, u"77"_qs}}, m_teller, key);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.code(), u"withdrawal.reason"_qs);
        QCOMPARE(f().post(path(), debit(100), m_teller, key).status, 201);
    }

    void businessRefusalStored()
    {
        fund();
        const QString key = ServerFixture::newKey();
        const Reply refused = f().post(path(), debit(999999999), m_teller, key);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), u"account.insufficient_available"_qs);
        const Reply again = f().post(path(), debit(999999999), m_teller, key);
        QCOMPARE(again.status, 422);
        QCOMPARE(again.body, refused.body);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    }

    void problemDetails_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown route") << QByteArray("GET") << u"/api/v1/nothing"_qs << QByteArray() << 404
                                       << u"request.not_found"_qs << QString();
        QTest::newRow("wrong method") << QByteArray("DELETE") << u"/api/v1/units"_qs << QByteArray() << 405
                                      << u"request.method_not_allowed"_qs << QString();
        QTest::newRow("malformed json")
            << QByteArray("POST") << u"/api/v1/auth/login"_qs << QByteArray("{\"username\":") << 400
            << u"json.malformed"_qs << QString();
        QTest::newRow("not an object") << QByteArray("POST") << u"/api/v1/auth/login"_qs
                                       << QByteArray("[1,2]") << 400 << u"json.not_object"_qs << QString();
        QTest::newRow("unknown field") << QByteArray("POST") << u"/api/v1/auth/login"_qs
                                       << QByteArray(R"({"username":"a","password":"b","admin":true})") << 400
                                       << u"request.unknown_field"_qs << u"admin"_qs;
        QTest::newRow("string too long")
            << QByteArray("POST") << u"/api/v1/auth/login"_qs
            << (R"({"username":")" + QByteArray(65, 'a') + R"(","password":"b"})") << 400
            << u"request.field_too_long"_qs << u"username"_qs;
        QTest::newRow("wrong type") << QByteArray("POST") << u"/api/v1/auth/login"_qs
                                    << QByteArray(R"({"username":5,"password":"b"})") << 400
                                    << u"request.field_type"_qs << u"username"_qs;
        QTest::newRow("too large") << QByteArray("POST") << u"/api/v1/auth/login"_qs
                                   << (R"({"username":")" + QByteArray(70000, 'a') + R"("})") << 413
                                   << u"request.too_large"_qs << QString();
    }
    void problemDetails()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Reply r = f().call({method, path, {}, {{"X-Request-ID", "test-rid-42"}}, body});
        QCOMPARE(r.status, status);
        QVERIFY(r.headers.value("content-type").startsWith("application/problem+json"));
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        QCOMPARE(r.json.value(u"status"_qs).toInt(), status);
        QCOMPARE(r.headers.value("x-request-id"), QByteArray("test-rid-42"));
    }

    void requestIdGenerated()
    {
        const Reply r = f().get(u"/api/v1/health"_qs);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-request-id").size(), 36);
        const Reply bad =
            f().call({"GET", u"/api/v1/health"_qs, {}, {{"X-Request-ID", "bad id with spaces"}}, {}});
        QCOMPARE(bad.headers.value("x-request-id").size(), 36);
    }

    void referenceDataEtag_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("code tables") << u"/api/v1/reference/code-tables"_qs;
        QTest::newRow("policy") << u"/api/v1/reference/policy"_qs;
        QTest::newRow("branches") << u"/api/v1/reference/branches"_qs;
        QTest::newRow("banks") << u"/api/v1/reference/banks"_qs;
    }
    void referenceDataEtag()
    {
        QFETCH(QString, path);
        const Reply r = f().get(path);
        QCOMPARE(r.status, 200);
        const QByteArray etag = r.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        const Reply again = f().call({"GET", path, {}, {{"If-None-Match", etag}}, {}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(f().call({"GET", path, {}, {{"If-None-Match", "\"other\""}}, {}}).status, 200);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerIdempotency(b); });
}

#include "tst_server_idempotency.moc"
