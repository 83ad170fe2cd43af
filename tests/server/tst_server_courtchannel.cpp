// The online court channel (issue 15, server/integration/court): a court's signed envelope is
// checked (registered court, signature, ±10 minutes, replay) and every answer is signed by the
// center; refusals store nothing and are audited. The court key CLI (hpf-server court) and the
// training court client (hpf-court) end to end. SQLite and PostgreSQL.
#include "business/certificates/signingkeys.h"
#include "crypto/sm2.h"
#include "crypto/trustlist.h"
#include "integration/court/courtkeys.h"
#include "judicial/courtmessage.h"
#include "judicial/request.h"
#include "platform/store/sql.h"
#include "suitebase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <functional>

using namespace hpf;
using namespace hpf::test;
namespace court = hpf::judicial::court;

namespace {

const QString kCourt = u"京0105"_qs;
const QString kPath = u"/integration/court/v1/messages"_qs;

// What a refusal case does to a correctly signed poll of kCourt: change the envelope (before or
// after signing) or the server's state.
struct Tamper
{
    std::function<void(QJsonObject &)> beforeSigning;
    std::function<void(QJsonObject &)> afterSigning;
    bool signWithOtherKey = false;
    bool revokeCourt = false;
};

} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestServerCourtChannel : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    std::shared_ptr<crypto::Sm2Key> m_courtKey;
    std::shared_ptr<crypto::Sm2Key> m_centerKey;

    void installCenterKey()
    {
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        server::Query q(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                               "VALUES (:k, :p, 'test', 'active', :t)"_qs);
        q.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":t"_qs, f().clock().now().addDays(-1).toMSecsSinceEpoch());
        QVERIFY(q.exec().ok());
        m_centerKey =
            std::make_shared<crypto::Sm2Key>(crypto::Sm2Key::fromPublicPem(key->publicKeyPem()).value());
        f().server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
    }

    void registerCourt(const QString &code, const crypto::Sm2Key &key)
    {
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        QStringList codes;
        for (const auto &c : f().server().context().policy.judicial().courts)
            codes.append(c.code);
        auto k = server::registerCourtKey(*conn, f().database().dialect(), codes, code, key.publicKeyPem(),
                                          f().clock().now().toMSecsSinceEpoch());
        QVERIFY2(k.ok(), qPrintable(k.ok() ? QString() : k.error().code));
    }

    QJsonObject poll(const QString &code, const QString &messageId = {}, qint64 after = 0) const
    {
        court::Envelope e;
        e.courtCode = code;
        e.messageId = messageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : messageId;
        e.sentAt = f_clockNow();
        e.kind = court::Kind::Poll;
        e.after = after;
        return court::toJson(e);
    }
    QDateTime f_clockNow() const { return m_f->clock().now().toUTC(); }

    QJsonObject signedBy(const QJsonObject &envelope, const crypto::Sm2Key &key)
    {
        auto s = court::sign(envelope, key);
        [&] { QVERIFY(s.ok()); }();
        return s.ok() ? *s : QJsonObject();
    }

    qint64 countSql(const QString &sql) { return count(sql); }
    qint64 count(const QString &sql)
    {
        auto conn = f().database().connection();
        server::Query q(*conn, sql);
        if (!q.exec().ok() || !q.next())
            return -1;
        return q.int64(0);
    }

    // Every answer of the channel carries the center's kid and signature.
    void verifyCenterSignature(const Reply &r)
    {
        QCOMPARE(r.json.value(u"kid"_qs).toString(), f().server().context().certificateSigner->kid());
        QVERIFY2(court::verify(r.json, *m_centerKey), r.body.constData());
        QJsonObject forged = r.json;
        forged.insert(u"forged"_qs, true);
        QVERIFY(!court::verify(forged, *m_centerKey));
    }

    // The center's key and the court 京0105 with its key, before each test.
    void prepare()
    {
        installCenterKey();
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        m_courtKey = std::make_shared<crypto::Sm2Key>(std::move(key).value());
        registerCourt(kCourt, *m_courtKey);
    }

    QJsonObject requestEnvelope(const QString &code, const QJsonObject &request)
    {
        court::Envelope e;
        e.courtCode = code;
        e.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.sentAt = f_clockNow();
        e.kind = court::Kind::Request;
        e.request = request;
        return court::toJson(e);
    }

    // An account of teller1's branch with one remittance posted.
    QString fundedAccount(int person)
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, person);
        const QString account = f().openAccount(teller, unit, person, 1000000);
        const Reply r = f().postRemittance(teller, unit, u"2025-06"_qs, ServerFixture::newKey());
        [&] { QCOMPARE(r.status, 201); }();
        return account;
    }

    // A 查询 of `account` by court `code` (its own 案号).
    static QJsonObject queryOf(const QString &code, const QString &account)
    {
        judicial::Request r;
        r.type = judicial::RequestType::Query;
        r.accountNumber = account;
        r.courtCode = code;
        r.caseNumber = u"（2025）"_qs + code + u"执77号"_qs;
        r.notice = {u"协执字第77号"_qs, QDate(2025, 7, 1)};
        r.officers = {{u"张三"_qs, u"GZ-1"_qs, u"ZW-1"_qs}, {u"李四"_qs, u"GZ-2"_qs, u"ZW-2"_qs}};
        return judicial::toJson(r);
    }

private slots:
    void pollIsSignedByTheCenter()
    {
        prepare();
        const Reply r = f().post(kPath, signedBy(poll(kCourt), *m_courtKey));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"answers"_qs).isArray());
        verifyCenterSignature(r);
        QCOMPARE(count(u"SELECT COUNT(*) FROM court_messages"_qs), 1);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'court.messages' AND outcome = 'ok'"_qs),
            1);
    }

    // The center's signature checked by an independent implementation: openssl over the canonical
    // bytes (the body without "signature", compact, keys sorted).
    void opensslVerifiesTheAnswer()
    {
        prepare();
        if (QStandardPaths::findExecutable(u"openssl"_qs).isEmpty()) {
            if (componentsRequired())
                QFAIL("openssl is missing (CI=true)");
            QSKIP("openssl is not installed");
        }
        const Reply r = f().post(kPath, signedBy(poll(kCourt), *m_courtKey));
        QCOMPARE(r.status, 200);
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        write(u"center.pem"_qs, m_centerKey->publicKeyPem());
        write(u"body"_qs, court::canonicalBytes(r.json));
        write(u"sig"_qs, QByteArray::fromBase64(r.json.value(u"signature"_qs).toString().toLatin1()));
        const QStringList args{u"pkeyutl"_qs,
                               u"-verify"_qs,
                               u"-pubin"_qs,
                               u"-inkey"_qs,
                               dir.filePath(u"center.pem"_qs),
                               u"-rawin"_qs,
                               u"-digest"_qs,
                               u"sm3"_qs,
                               u"-in"_qs,
                               dir.filePath(u"body"_qs),
                               u"-sigfile"_qs,
                               dir.filePath(u"sig"_qs),
                               u"-pkeyopt"_qs,
                               u"distid:1234567812345678"_qs};
        QByteArray out, err;
        QCOMPARE(runProgram(u"openssl"_qs, args, {}, &out, &err), 0);
        QVERIFY2(out.contains("Signature Verified Successfully"), err.constData());
        write(u"body"_qs, court::canonicalBytes(r.json) + ' ');
        QVERIFY(runProgram(u"openssl"_qs, args, {}, &out, &err) != 0);
    }

    void refusals_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto set = [](const char *key, QJsonValue value) {
            return [key, value](QJsonObject &o) { o.insert(QLatin1String(key), value); };
        };
        QTest::newRow("unknown court") << Tamper{set("courtCode", u"京0108"_qs), {}} << 403
                                       << u"judicial.court_unknown"_qs << u"courtCode"_qs;
        QTest::newRow("court not in the policy") << Tamper{set("courtCode", u"沪0101"_qs), {}} << 403
                                                 << u"judicial.court_unknown"_qs << u"courtCode"_qs;
        Tamper revoked;
        revoked.revokeCourt = true;
        QTest::newRow("revoked court") << revoked << 403 << u"judicial.court_unknown"_qs << u"courtCode"_qs;
        Tamper other;
        other.signWithOtherKey = true;
        QTest::newRow("signed by another key") << other << 401 << u"court.signature"_qs << u"signature"_qs;
        QTest::newRow("changed after signing")
            << Tamper{{}, set("after", 5)} << 401 << u"court.signature"_qs << u"signature"_qs;
        QTest::newRow("signature removed") << Tamper{{}, [](QJsonObject &o) { o.remove(u"signature"_qs); }}
                                           << 401 << u"court.signature"_qs << u"signature"_qs;
        QTest::newRow("signature not base64")
            << Tamper{{}, set("signature", u"***"_qs)} << 401 << u"court.signature"_qs << u"signature"_qs;
        QTest::newRow("signature a number")
            << Tamper{{}, set("signature", 7)} << 401 << u"court.signature"_qs << u"signature"_qs;
        QTest::newRow("sent 601 s ago")
            << Tamper{[](QJsonObject &o) {
                          o.insert(u"sentAt"_qs,
                                   QDateTime::fromString(o.value(u"sentAt"_qs).toString(), Qt::ISODate)
                                       .addSecs(-601)
                                       .toString(Qt::ISODate));
                      },
                      {}}
            << 401 << u"court.stale"_qs << u"sentAt"_qs;
        QTest::newRow("sent 601 s ahead")
            << Tamper{[](QJsonObject &o) {
                          o.insert(u"sentAt"_qs,
                                   QDateTime::fromString(o.value(u"sentAt"_qs).toString(), Qt::ISODate)
                                       .addSecs(601)
                                       .toString(Qt::ISODate));
                      },
                      {}}
            << 401 << u"court.stale"_qs << u"sentAt"_qs;
        QTest::newRow("unknown field")
            << Tamper{set("priority", 1), {}} << 400 << u"court.invalid"_qs << u"priority"_qs;
        QTest::newRow("message id not a UUID")
            << Tamper{set("messageId", u"msg-1"_qs), {}} << 400 << u"court.invalid"_qs << u"messageId"_qs;
        QTest::newRow("message id upper case")
            << Tamper{set("messageId", u"6F9619FF-8B86-D011-B42D-00C04FC964FF"_qs), {}} << 400
            << u"court.invalid"_qs << u"messageId"_qs;
        QTest::newRow("sentAt local time") << Tamper{set("sentAt", u"2025-07-15T10:00:00"_qs), {}} << 400
                                           << u"court.invalid"_qs << u"sentAt"_qs;
        QTest::newRow("kind unknown")
            << Tamper{set("kind", u"fetch"_qs), {}} << 400 << u"court.invalid"_qs << u"kind"_qs;
        QTest::newRow("poll without after") << Tamper{[](QJsonObject &o) { o.remove(u"after"_qs); }, {}}
                                            << 400 << u"court.invalid"_qs << u"after"_qs;
        QTest::newRow("poll after negative")
            << Tamper{set("after", -1), {}} << 400 << u"court.invalid"_qs << u"after"_qs;
        QTest::newRow("poll with a request")
            << Tamper{set("request", QJsonObject()), {}} << 400 << u"court.invalid"_qs << u"request"_qs;
        // a request's own content is read only after the signature and replay checks
        const auto asRequest = [](QJsonObject request) {
            return [request](QJsonObject &o) {
                o.remove(u"after"_qs);
                o.insert(u"kind"_qs, u"request"_qs);
                o.insert(u"request"_qs, request);
            };
        };
        QTest::newRow("request not a Request") << Tamper{asRequest({{u"type"_qs, u"seize"_qs}}), {}} << 422
                                               << u"judicial.invalid"_qs << u"type"_qs;
        QTest::newRow("request of another court")
            << Tamper{asRequest({{u"type"_qs, u"query"_qs}, {u"courtCode"_qs, u"京0108"_qs}}), {}} << 403
            << u"judicial.court_unknown"_qs << u"request.courtCode"_qs;
        QTest::newRow("request failing validate")
            << Tamper{asRequest({{u"type"_qs, u"freeze"_qs}, {u"courtCode"_qs, kCourt}}), {}} << 422
            << u"judicial.field_required"_qs << u"caseNumber"_qs;
    }

    void refusals()
    {
        prepare();
        QFETCH(Tamper, tamper);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        if (tamper.revokeCourt) {
            auto conn = f().database().connection();
            QVERIFY(server::revokeCourtKeys(*conn, kCourt, 1).ok());
        }
        QJsonObject envelope = poll(kCourt);
        if (tamper.beforeSigning)
            tamper.beforeSigning(envelope);
        auto other = crypto::Sm2Key::generate();
        QVERIFY(other.ok());
        envelope = signedBy(envelope, tamper.signWithOtherKey ? *other : *m_courtKey);
        if (tamper.afterSigning)
            tamper.afterSigning(envelope);
        const qint64 auditBefore =
            count(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'court.messages'"_qs);
        const Reply r = f().post(kPath, envelope);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        verifyCenterSignature(r);
        QCOMPARE(count(u"SELECT COUNT(*) FROM court_messages"_qs), 0);
        if (status != 400) // a refusal after the envelope was read is audited, with its code
            QCOMPARE(
                count(
                    u"SELECT COUNT(*) FROM audit_log WHERE operation = 'court.messages' AND outcome = '"_qs +
                    code + u'\''),
                auditBefore + 1);
    }

    // A request lands on the judicial desk's inbox; the desk handles it; the court polls the
    // 回执, signed by the center. The same message again is a replay and stores nothing.
    void requestReachesTheDeskAndIsAnswered()
    {
        prepare();
        const QString account = fundedAccount(11);
        const QJsonObject envelope =
            signedBy(requestEnvelope(kCourt, f().freezeRequest(account, 10000, 7)), *m_courtKey);
        const Reply accepted = f().post(kPath, envelope);
        QCOMPARE(accepted.status, 202);
        verifyCenterSignature(accepted);
        QCOMPARE(accepted.json.value(u"status"_qs).toString(), u"pending"_qs);
        const QString requestId = accepted.json.value(u"requestId"_qs).toString();
        QVERIFY(!requestId.isEmpty());
        QCOMPARE(
            countSql(
                u"SELECT COUNT(*) FROM judicial_requests WHERE channel = 'online' AND status = 'pending'"_qs),
            1);

        const Reply replay = f().post(kPath, envelope);
        QCOMPARE(replay.status, 409);
        QCOMPARE(replay.code(), u"court.replay"_qs);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM judicial_requests"_qs), 1);

        const Reply inbox = f().get(u"/api/v1/judicial/inbox"_qs, f().login(u"judicial1"_qs));
        QCOMPARE(inbox.status, 200);
        const QJsonArray items = inbox.json.value(u"items"_qs).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"id"_qs).toVariant().toString(), requestId);

        // nothing to poll before the desk answers
        Reply polled = f().post(kPath, signedBy(poll(kCourt), *m_courtKey));
        QCOMPARE(polled.json.value(u"answers"_qs).toArray().size(), 0);
        const Reply handled = f().judicialPost(u"/api/v1/judicial/inbox/"_qs + requestId + u"/handle"_qs, {});
        QVERIFY2(handled.status == 200 || handled.status == 201, handled.body.constData());
        polled = f().post(kPath, signedBy(poll(kCourt), *m_courtKey));
        QCOMPARE(polled.status, 200);
        verifyCenterSignature(polled);
        const QJsonArray answers = polled.json.value(u"answers"_qs).toArray();
        QCOMPARE(answers.size(), 1);
        const QJsonObject answer = answers.at(0).toObject();
        QCOMPARE(answer.value(u"messageId"_qs).toString(), envelope.value(u"messageId"_qs).toString());
        QCOMPARE(answer.value(u"status"_qs).toString(), u"done"_qs);
        QVERIFY(!answer.value(u"body"_qs).toObject().isEmpty());
        // polling after the last sequence returns nothing more; another court sees none of it
        polled = f().post(kPath,
                          signedBy(poll(kCourt, {}, answer.value(u"sequence"_qs).toInteger()), *m_courtKey));
        QCOMPARE(polled.json.value(u"answers"_qs).toArray().size(), 0);
        auto other = crypto::Sm2Key::generate();
        QVERIFY(other.ok());
        registerCourt(u"甘0102"_qs, *other);
        polled = f().post(kPath, signedBy(poll(u"甘0102"_qs), *other));
        QCOMPARE(polled.json.value(u"answers"_qs).toArray().size(), 0);
    }

    // A 查询 is answered at once and audited; another court sees amounts, not this court's case.
    void queryIsAnsweredAndAudited()
    {
        prepare();
        const QString account = fundedAccount(12);
        QVERIFY(!f().registerFreeze(account, 20000, 3).isEmpty());
        const Reply own =
            f().post(kPath, signedBy(requestEnvelope(kCourt, queryOf(kCourt, account)), *m_courtKey));
        QVERIFY2(own.status == 200, own.body.constData());
        verifyCenterSignature(own);
        const QJsonObject answer = own.json.value(u"answer"_qs).toObject();
        QCOMPARE(answer.value(u"accountNumber"_qs).toString(), account);
        QCOMPARE(answer.value(u"heldFen"_qs).toInteger(), 20000);
        QVERIFY(answer.value(u"active"_qs).toObject().contains(u"caseNumber"_qs));
        QVERIFY(countSql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'judicial.court_query'"_qs) >= 1);

        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        registerCourt(u"甘0102"_qs, *key);
        const Reply other =
            f().post(kPath, signedBy(requestEnvelope(u"甘0102"_qs, queryOf(u"甘0102"_qs, account)), *key));
        QVERIFY2(other.status == 200, other.body.constData());
        const QJsonObject active = other.json.value(u"answer"_qs).toObject().value(u"active"_qs).toObject();
        QCOMPARE(active.value(u"heldFen"_qs).toInteger(), 20000);
        QVERIFY(!active.contains(u"caseNumber"_qs));
        QVERIFY(!other.body.contains("京0105执"));
        // an unknown debtor: refused, signed, nothing stored
        const Reply unknown = f().post(
            kPath, signedBy(requestEnvelope(kCourt, queryOf(kCourt, u"999999999999"_qs)), *m_courtKey));
        QVERIFY2(unknown.status >= 400 && unknown.status < 500, unknown.body.constData());
        verifyCenterSignature(unknown);
    }

    void clockWindowBoundary()
    {
        prepare();
        for (int seconds : {-600, 600}) {
            QJsonObject e = poll(kCourt);
            e.insert(u"sentAt"_qs, f().clock().now().toUTC().addSecs(seconds).toString(Qt::ISODate));
            const Reply r = f().post(kPath, signedBy(e, *m_courtKey));
            QVERIFY2(r.status == 200, r.body.constData());
        }
        // the window follows the center's clock, not the wall clock
        QJsonObject late = poll(kCourt);
        f().clock().advanceSeconds(601);
        QCOMPARE(f().post(kPath, signedBy(late, *m_courtKey)).code(), u"court.stale"_qs);
    }

    void replayIsRefused()
    {
        prepare();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject first = signedBy(poll(kCourt, id), *m_courtKey);
        QCOMPARE(f().post(kPath, first).status, 200);
        // the very same bytes again, and a fresh signature over the same id
        Reply again = f().post(kPath, first);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), u"court.replay"_qs);
        verifyCenterSignature(again);
        again = f().post(kPath, signedBy(poll(kCourt, id, 3), *m_courtKey));
        QCOMPARE(again.code(), u"court.replay"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM court_messages"_qs), 1);
        // message ids are the court's: another court may use the same one
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        registerCourt(u"甘0102"_qs, *key);
        QCOMPARE(f().post(kPath, signedBy(poll(u"甘0102"_qs, id), *key)).status, 200);
        QCOMPARE(count(u"SELECT COUNT(*) FROM court_messages"_qs), 2);
    }

    void keyRegistry()
    {
        prepare();
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        const QStringList codes{kCourt};
        // the same key twice, a private key, garbage, a court outside the policy
        QCOMPARE(server::registerCourtKey(*conn, f().database().dialect(), codes, kCourt,
                                          m_courtKey->publicKeyPem(), 1)
                     .error()
                     .code,
                 u"court.key_exists"_qs);
        QCOMPARE(server::registerCourtKey(*conn, f().database().dialect(), codes, kCourt,
                                          m_courtKey->privateKeyPem(), 1)
                     .error()
                     .code,
                 u"court.key_invalid"_qs);
        QCOMPARE(server::registerCourtKey(*conn, f().database().dialect(), codes, kCourt, "garbage", 1)
                     .error()
                     .code,
                 u"court.key_invalid"_qs);
        QCOMPARE(server::registerCourtKey(*conn, f().database().dialect(), codes, u"京0108"_qs,
                                          m_courtKey->publicKeyPem(), 1)
                     .error()
                     .code,
                 u"judicial.court_unknown"_qs);
        // a second active key (rotation): both verify; revoking one by kid leaves the other
        auto second = crypto::Sm2Key::generate();
        QVERIFY(second.ok());
        registerCourt(kCourt, *second);
        QCOMPARE(f().post(kPath, signedBy(poll(kCourt), *second)).status, 200);
        QCOMPARE(f().post(kPath, signedBy(poll(kCourt), *m_courtKey)).status, 200);
        QCOMPARE(*server::revokeCourtKeys(*conn, QString::fromLatin1(second->keyId().toHex()), 2), 1);
        QCOMPARE(f().post(kPath, signedBy(poll(kCourt), *second)).code(), u"court.signature"_qs);
        QCOMPARE(f().post(kPath, signedBy(poll(kCourt), *m_courtKey)).status, 200);
        QCOMPARE(server::revokeCourtKeys(*conn, u"nothing"_qs, 3).error().code, u"court.not_found"_qs);
        auto list = server::listCourtKeys(*conn);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).status, u"revoked"_qs);
    }

    void withoutCenterKeyFailsClosed()
    {
        prepare();
        f().server().context().certificateSigner.reset();
        const Reply r = f().post(kPath, signedBy(poll(kCourt), *m_courtKey));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.code(), u"court.unavailable"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM court_messages"_qs), 0);
    }

    // IT staff register the court with `hpf-server court register`; the training court client
    // signs and polls; revoking the court (by code) shuts it out.
    void cliAndTrainingClient()
    {
        prepare();
        f().clock().set(QDateTime::currentDateTimeUtc()); // hpf-court stamps the wall clock
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(u"court.pem"_qs);
        const auto run = [&](const QString &program, const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(program, args);
            if (!p.waitForFinished(60000))
                return -1;
            const QByteArray o = p.readAllStandardOutput();
            if (out)
                *out = o;
            qDebug().noquote() << program.section(u'/', -1) << args.value(0) << "→" << p.exitCode()
                               << p.readAllStandardError().trimmed();
            return p.exitCode();
        };
        const QString server = QStringLiteral(HPF_SERVER_BINARY);
        const QString client = QStringLiteral(HPF_COURT_BINARY);
        const QString url = u"http://127.0.0.1:"_qs + QString::number(f().port());
        QByteArray publicPem;
        QCOMPARE(run(client, {u"keygen"_qs, u"--key"_qs, keyFile}, &publicPem), 0);
        QVERIFY(publicPem.contains("BEGIN PUBLIC KEY"));
        QCOMPARE(QFile(keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile pub(dir.filePath(u"court.pub.pem"_qs));
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(publicPem);
        pub.close();
        const QStringList pollArgs{u"poll"_qs, u"--server"_qs, url,    u"--court"_qs,
                                   u"甘01"_qs, u"--key"_qs,    keyFile};
        QCOMPARE(run(client, pollArgs), 1); // not registered yet: refused (and the refusal is signed)
        QCOMPARE(run(server, {u"court"_qs, u"register"_qs, u"--database"_qs, f().databaseUrl(), u"--code"_qs,
                              u"甘01"_qs, u"--public-key"_qs, pub.fileName()}),
                 0);
        QCOMPARE(run(server, {u"court"_qs, u"register"_qs, u"--database"_qs, f().databaseUrl(), u"--code"_qs,
                              u"沪01"_qs, u"--public-key"_qs, pub.fileName()}),
                 1);
        QByteArray out;
        QCOMPARE(run(client, pollArgs, &out), 0);
        const QJsonObject answer = QJsonDocument::fromJson(out).object();
        QVERIFY2(answer.value(u"answers"_qs).isArray(), out.constData());
        QVERIFY(court::verify(answer, *m_centerKey));
        QByteArray list;
        QCOMPARE(run(server, {u"court"_qs, u"list"_qs, u"--database"_qs, f().databaseUrl()}, &list), 0);
        QVERIFY(list.contains("甘01") && list.contains("active"));
        QCOMPARE(run(server, {u"court"_qs, u"revoke"_qs, u"甘01"_qs, u"--database"_qs, f().databaseUrl()}),
                 0);
        QCOMPARE(run(client, pollArgs, &out), 1);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"code"_qs).toString(),
                 u"judicial.court_unknown"_qs);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM audit_log WHERE operation IN ('court.register', 'court.revoke')"_qs),
            2);
        // send and query through the training client, as court 京0105 with a key of its own (a key
        // is registered once: the revoked 甘01 key cannot come back under another court)
        QCOMPARE(run(server, {u"court"_qs, u"register"_qs, u"--database"_qs, f().databaseUrl(), u"--code"_qs,
                              kCourt, u"--public-key"_qs, pub.fileName()}),
                 1);
        const QString courtKeyFile = dir.filePath(u"jing0105.pem"_qs);
        QCOMPARE(run(client, {u"keygen"_qs, u"--key"_qs, courtKeyFile}, &publicPem), 0);
        QFile pub2(dir.filePath(u"jing0105.pub.pem"_qs));
        QVERIFY(pub2.open(QIODevice::WriteOnly));
        pub2.write(publicPem);
        pub2.close();
        QCOMPARE(run(server, {u"court"_qs, u"register"_qs, u"--database"_qs, f().databaseUrl(), u"--code"_qs,
                              kCourt, u"--public-key"_qs, pub2.fileName()}),
                 0);
        const QString account = fundedAccount(13);
        const auto writeJson = [&](const QString &name, const QJsonObject &o) {
            QFile file(dir.filePath(name));
            [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
            file.write(QJsonDocument(o).toJson());
            return file.fileName();
        };
        const QString freezeFile = writeJson(u"freeze.json"_qs, f().freezeRequest(account, 5000, 41));
        const QString queryFile = writeJson(u"query.json"_qs, queryOf(kCourt, account));
        const QStringList courtArgs{u"--server"_qs, url, u"--court"_qs, kCourt, u"--key"_qs, courtKeyFile};
        QCOMPARE(run(client, QStringList{u"send"_qs} + courtArgs + QStringList{freezeFile}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"status"_qs).toString(), u"pending"_qs);
        QCOMPARE(run(client, QStringList{u"query"_qs} + courtArgs + QStringList{queryFile}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out)
                     .object()
                     .value(u"answer"_qs)
                     .toObject()
                     .value(u"accountNumber"_qs)
                     .toString(),
                 account);
        QCOMPARE(run(client, QStringList{u"query"_qs} + courtArgs + QStringList{freezeFile}),
                 2); // not a query
        // usage errors exit 2
        QCOMPARE(run(client, {u"poll"_qs}), 2);
        QCOMPARE(run(server, {u"court"_qs, u"register"_qs, u"--database"_qs, f().databaseUrl()}), 2);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerCourtChannel(b); });
}

#include "tst_server_courtchannel.moc"
