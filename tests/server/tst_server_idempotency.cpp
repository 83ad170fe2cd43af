// Idempotency keys (sequential and concurrent replays, mismatched payloads, refusals stored or not)
// and the HTTP contract (problem+json, request ids, size limit, malformed JSON, unknown fields,
// string limits, ETags) through the real HTTP stack.
#include "demo/demoseed.h"
#include "platform/idempotency/responsesealer.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
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
    QString path() const { return ServerFixture::withdrawalPath(); }
    QJsonObject debit(qint64 amount) const { return ServerFixture::withdrawalBody(m_account, amount); }
    qint64 journalCount()
    {
        auto conn = f().database().connection();
        hpf::server::Query q(*conn, u"SELECT COUNT(*) FROM journal WHERE business_type = '11'"_qs);
        return q.exec().ok() && q.next() ? q.int64(0) : -1;
    }

    // Every column of every idempotency_keys row, as text.
    QStringList idempotencyColumns()
    {
        auto conn = f().database().connection();
        QSqlQuery q(*conn);
        QStringList values;
        if (!q.exec(u"SELECT * FROM idempotency_keys"_qs))
            return {u"(query failed)"_qs};
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
        }
        return values;
    }
    bool execSql(const QString &sql, const QVariantList &values = {})
    {
        auto conn = f().database().connection();
        hpf::server::Query q(*conn, sql);
        for (int i = 0; i < values.size(); ++i) {
            if (sql.contains(u":v"_qs + QString::number(i)))
                q.bind(u":v"_qs + QString::number(i), values.at(i));
        }
        return q.exec().ok();
    }
    // 个人开户 for demo person `person`: its response names the person with the full number.
    Reply openPerson(int person, const QString &key)
    {
        // Each test function has a fresh server and database (init()): sign in and open the unit again.
        if (m_unitFixture != f().databaseUrl()) {
            m_unitFixture = f().databaseUrl();
            m_teller = f().login(u"teller1"_qs);
            m_unit = f().createUnit(m_teller, 8);
        }
        return f().post(u"/api/v1/openings/accounts"_qs,
                        ServerFixture::accountOpeningBody(m_unit, person, 500000), m_teller, key);
    }
    QString m_unit;
    QString m_unitFixture; // the database the unit was opened in

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

    // Defect 7: the stored response of an opening carries the full identity number; at rest it is
    // sealed, and the replay is still byte-identical.
    void storedResponsesAreSealed()
    {
        const QString number = hpf::server::demoIdentityNumber(41);
        const QString key = ServerFixture::newKey();
        const Reply first = openPerson(41, key);
        QCOMPARE(first.status, 201);
        QVERIFY2(first.body.contains(number.toUtf8()),
                 "precondition: the opening's response names the person");
        const QStringList columns = idempotencyColumns();
        QVERIFY(columns.size() > 1);
        for (const QString &value : columns) {
            QVERIFY2(!value.contains(number),
                     "an idempotency_keys column holds the identity number in clear");
            QVERIFY(!value.contains(u"职工41"_qs));
            QVERIFY(value.toUtf8() != first.body);
        }
        const Reply replay = openPerson(41, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
    }

    // A sealed response moved into another key's row (or a row in clear) is refused, never served.
    void movedOrClearRowIsRefused_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::newRow("body of another key") << u"moved"_qs;
        QTest::newRow("body of another key, same status") << u"moved-keep-status"_qs;
        QTest::newRow("status changed") << u"status"_qs;
        QTest::newRow("in clear, marked sealed") << u"clear-marked"_qs;
        QTest::newRow("in clear, unmarked") << u"clear-unmarked"_qs;
        QTest::newRow("one byte flipped") << u"flip"_qs;
        QTest::newRow("empty") << u"empty"_qs;
    }
    void movedOrClearRowIsRefused()
    {
        QFETCH(QString, tamper);
        const QString keyA = ServerFixture::newKey();
        const QString keyB = ServerFixture::newKey();
        const Reply a = openPerson(42, keyA);
        const Reply b = openPerson(43, keyB);
        QCOMPARE(a.status, 201);
        QCOMPARE(b.status, 201);
        auto conn = f().database().connection();
        hpf::server::Query read(*conn,
                                u"SELECT response_body FROM idempotency_keys WHERE idempotency_key = :k"_qs);
        read.bind(u":k"_qs, keyA);
        QVERIFY(read.exec().ok() && read.next());
        const QString sealedA = read.str(0);
        read.finish();
        const QString set = u"UPDATE idempotency_keys SET "_qs;
        const QString where = u" WHERE idempotency_key = :v1"_qs;
        if (tamper == u"moved" || tamper == u"moved-keep-status") {
            QVERIFY(execSql(set + u"response_body = :v0"_qs + where, {sealedA, keyB}));
        } else if (tamper == u"status") {
            QVERIFY(execSql(set + u"response_status = 200"_qs + where, {QVariant(), keyB}));
        } else if (tamper == u"clear-marked" || tamper == u"clear-unmarked") {
            QVERIFY(execSql(set + u"response_body = :v0, response_sealed = "_qs +
                                (tamper == u"clear-marked" ? u"1"_qs : u"0"_qs) + where,
                            {QString::fromUtf8(b.body), keyB}));
        } else if (tamper == u"flip") {
            hpf::server::Query own(
                *conn, u"SELECT response_body FROM idempotency_keys WHERE idempotency_key = :k"_qs);
            own.bind(u":k"_qs, keyB);
            QVERIFY(own.exec().ok() && own.next());
            QString body = own.str(0);
            own.finish();
            const qsizetype at = body.size() - 6;
            body[at] = body.at(at) == u'A' ? u'B' : u'A';
            QVERIFY(execSql(set + u"response_body = :v0"_qs + where, {body, keyB}));
        } else {
            QVERIFY(execSql(set + u"response_body = ''"_qs + where, {QVariant(), keyB}));
        }
        const Reply replay = openPerson(43, keyB);
        QCOMPARE(replay.status, 500);
        QCOMPARE(replay.code(), u"idempotency.unreadable"_qs);
        QVERIFY(!replay.body.contains(hpf::server::demoIdentityNumber(42).toUtf8()));
        QVERIFY(!replay.body.contains(hpf::server::demoIdentityNumber(43).toUtf8()));
        // The untouched key still replays.
        QCOMPARE(openPerson(42, keyA).body, a.body);
    }

    // Migration 7: responses stored in clear before it are sealed by the start-up pass (the one
    // `serve` runs before it listens), then replay byte for byte; until then they are refused.
    void responsesStoredBeforeMigration7AreSealedAtStart()
    {
        auto sealer = hpf::server::ResponseSealer::ephemeral();
        f().server().context().responseSealer = sealer; // the server is idle between requests
        const QString key = ServerFixture::newKey();
        const Reply first = openPerson(44, key);
        QCOMPARE(first.status, 201);
        // What a database from before migration 7 holds.
        QVERIFY(execSql(u"UPDATE idempotency_keys SET response_body = :v0, response_sealed = 0 "
                        "WHERE idempotency_key = :v1"_qs,
                        {QString::fromUtf8(first.body), key}));
        QCOMPARE(openPerson(44, key).code(), u"idempotency.unreadable"_qs); // never served in clear
        const auto sealed = hpf::server::sealStoredResponses(f().database(), *sealer);
        QVERIFY(sealed.ok());
        QVERIFY(*sealed >= 1);
        QCOMPARE(hpf::server::sealStoredResponses(f().database(), *sealer).value(), 0); // once
        for (const QString &value : idempotencyColumns())
            QVERIFY(!value.contains(hpf::server::demoIdentityNumber(44)));
        const Reply replay = openPerson(44, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, first.body);
    }

    void sealerRefusesOtherRows_data()
    {
        QTest::addColumn<qint64>("user");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("otherSealer");
        QTest::addColumn<bool>("opens");
        QTest::newRow("same row") << qint64(7) << u"k-1"_qs << 201 << false << true;
        QTest::newRow("other user") << qint64(8) << u"k-1"_qs << 201 << false << false;
        QTest::newRow("other key") << qint64(7) << u"k-2"_qs << 201 << false << false;
        QTest::newRow("key with a suffix") << qint64(7) << u"k-1|"_qs << 201 << false << false;
        QTest::newRow("other status") << qint64(7) << u"k-1"_qs << 200 << false << false;
        QTest::newRow("other server key") << qint64(7) << u"k-1"_qs << 201 << true << false;
    }
    void sealerRefusesOtherRows()
    {
        QFETCH(qint64, user);
        QFETCH(QString, key);
        QFETCH(int, status);
        QFETCH(bool, otherSealer);
        QFETCH(bool, opens);
        const auto sealer = hpf::server::ResponseSealer::ephemeral();
        const auto other = hpf::server::ResponseSealer::ephemeral();
        const QByteArray body = R"({"person":{"documentNumber":"110101199003070011"}})";
        const auto sealed = sealer->seal(7, u"k-1"_qs, 201, body);
        QVERIFY(sealed.ok());
        QVERIFY(!sealed->contains(u"110101199003070011"_qs));
        const auto opened = (otherSealer ? other : sealer)->open(user, key, status, *sealed);
        QCOMPARE(opened.ok(), opens);
        if (opens)
            QCOMPARE(*opened, body);
        else
            QCOMPARE(opened.error().code, u"idempotency.unreadable"_qs);
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
        QJsonObject lottery = debit(100);
        lottery.insert(u"type"_qs, u"lottery"_qs);
        const Reply bad = f().post(path(), lottery, m_teller, key);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.code(), u"withdrawal.type"_qs);
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
