// Show-code certificates through HTTP on SQLite and PostgreSQL: issue → verify offline with the
// published trust list; each type; revoke under a supervisor grant; reissue supersedes; expiry by
// the injected clock; the status check needs the code's check part; no key → nothing issued;
// batch issue; every tampering gives its own verdict.
#include "business/certificates/certificatetypes.h"
#include "business/certificates/signingkeys.h"
#include "business/certificates/verifypage.h"
#include "crypto/base45.h"
#include "crypto/certcodec.h"
#include "domain/identity.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QCborArray>
#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

// A response read off the wire as a browser sees it.
struct RawReply
{
    int status = 0;
    QList<QByteArray> contentTypes; // every Content-Type header line's value
    QByteArray body;
};

// Sends exactly `request` (bytes as a browser writes them) and reads the answer, keeping this
// thread's event loop running for the in-process server.
RawReply rawHttp(quint16 port, const QByteArray &request)
{
    RawReply out;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_qs, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000))
        return out;
    socket.write(request);
    QByteArray data;
    qsizetype headerEnd = -1;
    qint64 length = -1;
    (void)QTest::qWaitFor(
        [&] {
            data += socket.readAll();
            if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
                for (const QByteArray &line : data.left(headerEnd).split('\n')) {
                    const qsizetype colon = line.indexOf(':');
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    if (colon > 0 && name == "content-length")
                        length = line.mid(colon + 1).trimmed().toLongLong();
                    if (colon > 0 && name == "content-type")
                        out.contentTypes.append(line.mid(colon + 1).trimmed());
                }
                out.status = data.mid(9, 3).toInt();
            }
            return headerEnd >= 0 && length >= 0 && data.size() - headerEnd - 4 >= length;
        },
        30000);
    out.body = data.mid(headerEnd + 4);
    return out;
}

// What a browser sends for <form method="get">: spaces as '+', everything else but
// letters, digits and *-._ as %XX (so a '+' of the code travels as %2B).
QByteArray formEncoded(const QString &value)
{
    return QUrl::toPercentEncoding(value, "*-._ ").replace(' ', '+');
}

} // namespace

class TestServerCertificates : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QString m_teller;
    QString m_unit;
    QStringList m_accounts;

    void installKey(const QDateTime &createdAt)
    {
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        server::Query q(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                               "VALUES (:k, :p, 'test', 'active', :t)"_qs);
        q.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":t"_qs, createdAt.toMSecsSinceEpoch());
        QVERIFY(q.exec().ok());
        f().server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
    }
    void setUpLedger()
    {
        installKey(f().clock().now().addDays(-30));
        m_teller = f().login(u"teller1"_qs);
        m_unit = f().createUnit(m_teller, 3);
        QVERIFY(!m_unit.isEmpty());
        m_accounts.clear();
        for (int i = 0; i < 3; ++i)
            m_accounts << f().openAccount(m_teller, m_unit, 40 + i, 600000 + i * 1000);
        QCOMPARE(f().postRemittance(m_teller, m_unit, u"2025-05"_qs, ServerFixture::newKey()).status, 201);
        QCOMPARE(f().postRemittance(m_teller, m_unit, u"2025-06"_qs, ServerFixture::newKey()).status, 201);
    }
    Reply issue(const QString &type, const QString &account, const QJsonObject &inputs = {},
                const QString &key = ServerFixture::newKey())
    {
        QJsonObject body{{u"type"_qs, type}, {u"accountNumber"_qs, account}};
        if (!inputs.isEmpty())
            body.insert(u"inputs"_qs, inputs);
        return f().post(u"/api/v1/certificates"_qs, body, m_teller, key);
    }
    crypto::TrustList trustList()
    {
        const Reply r = f().get(u"/api/v1/certificates/trust-list"_qs);
        auto list = crypto::TrustList::fromJson(r.body);
        return list ? *list : crypto::TrustList();
    }
    QJsonObject verifyOnline(const QString &code)
    {
        return f().post(u"/api/v1/certificates/verify"_qs, {{u"code"_qs, code}}).json;
    }
    Reply status(const QJsonObject &cert)
    {
        return f().get(u"/api/v1/certificates/"_qs + cert.value(u"number"_qs).toString() +
                       u"/status?check="_qs + cert.value(u"check"_qs).toString());
    }
    qint64 count(const QString &sql)
    {
        auto conn = f().database().connection();
        server::Query q(*conn, sql);
        return q.exec().ok() && q.next() ? q.int64(0) : -1;
    }

private slots:
    void issueThenVerifyOffline()
    {
        setUpLedger();
        const QString key = ServerFixture::newKey();
        const Reply r = issue(u"deposit_proof"_qs, m_accounts.at(0), {}, key);
        QVERIFY2(r.status == 201, r.body.constData());
        const QString code = r.json.value(u"code"_qs).toString();
        QVERIFY(code.startsWith(u"HPF1:"_qs));
        QCOMPARE(r.json.value(u"status"_qs).toString(), u"valid"_qs);
        QCOMPARE(r.json.value(u"title"_qs).toString(), u"住房公积金缴存证明"_qs);
        QCOMPARE(r.json.value(u"validityMonths"_qs).toInt(), 3);
        QCOMPARE(r.json.value(u"validUntil"_qs).toString(), u"2025-10-15"_qs);
        const QJsonArray fields = r.json.value(u"fields"_qs).toArray();
        QCOMPARE(fields.size(), 11);
        QVERIFY(
            fields.at(0).toObject().value(u"value"_qs).toString().contains(u'*')); // masked name, e.g. 张*
        QVERIFY(fields.at(1).toObject().value(u"value"_qs).toString().contains(u"**********"_qs));
        QCOMPARE(fields.at(10).toObject().value(u"value"_qs).toString(), u"2025-05 至 2025-06"_qs);
        // Offline: the published trust list alone verifies the code.
        const crypto::CertificateCheck check = crypto::verifyCertificate(code, trustList(), f().clock());
        QVERIFY2(check.ok(), qPrintable(check.detail()));
        QCOMPARE(check.body()->number(), r.json.value(u"number"_qs).toString());
        // The code carries the masked account number only; the paper (fields) has it in full.
        QCOMPARE(check.version(), 2);
        QVERIFY(!check.body()->contains(crypto::CertificateField::AccountNumber));
        QVERIFY(!check.body()->contains(crypto::CertificateField::UnitName));
        QCOMPARE(check.body()->text(crypto::CertificateField::MaskedAccountNumber),
                 identity::maskNumber(m_accounts.at(0)));
        QCOMPARE(fields.at(2).toObject().value(u"value"_qs).toString(), m_accounts.at(0));
        // Online status and the public verify endpoint.
        QCOMPARE(status(r.json).json.value(u"status"_qs).toString(), u"valid"_qs);
        QCOMPARE(verifyOnline(code).value(u"outcome"_qs).toString(), u"valid"_qs);
        // Idempotent: the same key replays the same certificate, nothing new is issued.
        const Reply again = issue(u"deposit_proof"_qs, m_accounts.at(0), {}, key);
        QCOMPARE(again.body, r.body);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificates"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'certificates.issue'"_qs), 1);
    }

    void eachTypeAndLoanRecord()
    {
        setUpLedger();
        const Reply noCity = issue(u"remote_loan_deposit_use"_qs, m_accounts.at(0));
        QCOMPARE(noCity.code(), u"request.field_required"_qs);
        const Reply remote =
            issue(u"remote_loan_deposit_use"_qs, m_accounts.at(0), {{u"loanCity"_qs, u"杭州市"_qs}});
        QCOMPARE(remote.status, 201);
        const QJsonArray fields = remote.json.value(u"fields"_qs).toArray();
        QCOMPARE(fields.last().toObject().value(u"value"_qs).toString(), u"杭州市"_qs);
        QCOMPARE(fields.at(fields.size() - 2).toObject().value(u"value"_qs).toString(), u"无贷款记录"_qs);
        QCOMPARE(issue(u"no_loan_record"_qs, m_accounts.at(0)).status, 201);
        // No loan on record: a settlement certificate would be untrue.
        QCOMPARE(issue(u"loan_settled"_qs, m_accounts.at(0)).code(), u"cert.loan_record"_qs);
        auto conn = f().database().connection();
        server::Query q(*conn,
                        u"INSERT INTO loan_records (person_id, contract_number, granted_on, settled_on, "
                        "created_at) SELECT person_id, 'HT-1', '2015-03-01', '2024-12-31', 0 FROM accounts "
                        "WHERE account_number = :a"_qs);
        q.bind(u":a"_qs, m_accounts.at(0));
        QVERIFY(q.exec().ok());
        const Reply settled = issue(u"loan_settled"_qs, m_accounts.at(0));
        QCOMPARE(settled.status, 201);
        const QJsonArray sf = settled.json.value(u"fields"_qs).toArray();
        QCOMPARE(sf.at(3).toObject().value(u"value"_qs).toString(), u"仅有一次贷款记录且已还清"_qs);
        QCOMPARE(sf.at(4).toObject().value(u"value"_qs).toString(), u"2024-12-31"_qs);
        QCOMPARE(issue(u"no_loan_record"_qs, m_accounts.at(0)).code(), u"cert.loan_record"_qs);
        QCOMPARE(issue(u"no_such_type"_qs, m_accounts.at(0)).code(), u"cert.unknown_type"_qs);
        const Reply types = f().get(u"/api/v1/certificates/types"_qs);
        QCOMPARE(types.json.value(u"types"_qs).toArray().size(), 4);
        QVERIFY(types.json.value(u"issuingAvailable"_qs).toBool());
    }

    void revokeNeedsSupervisorGrant()
    {
        setUpLedger();
        const Reply cert = issue(u"deposit_proof"_qs, m_accounts.at(0));
        const QString path =
            u"/api/v1/certificates/"_qs + cert.json.value(u"number"_qs).toString() + u"/revoke"_qs;
        const QJsonObject body{{u"reason"_qs, u"当事人申请作废"_qs}};
        const QString key = ServerFixture::newKey();
        QCOMPARE(f().post(path, body, m_teller, key).code(), u"grant.required"_qs);
        const auto grantFor = [&](const QString &supervisor) {
            return f().post(
                u"/api/v1/grants"_qs,
                {{u"supervisorUsername"_qs, supervisor},
                 {u"supervisorPassword"_qs, QString(u"pw-"_qs + supervisor)},
                 {u"idempotencyKey"_qs, key},
                 {u"summary"_qs, u"撤销证明"_qs},
                 {u"request"_qs,
                  QJsonObject{{u"method"_qs, u"POST"_qs}, {u"path"_qs, path}, {u"body"_qs, body}}}},
                m_teller);
        };
        QCOMPARE(grantFor(u"teller1"_qs).code(), u"grant.self_authorisation"_qs);
        const Reply grant = grantFor(u"supervisor1"_qs);
        QCOMPARE(grant.status, 201);
        const Reply revoked =
            f().post(path, body, m_teller, key,
                     {{"X-Supervisor-Grant", grant.json.value(u"grant"_qs).toString().toLatin1()}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.json.value(u"status"_qs).toString(), u"revoked"_qs);
        QCOMPARE(status(cert.json).json.value(u"status"_qs).toString(), u"revoked"_qs);
        const QJsonObject v = verifyOnline(cert.json.value(u"code"_qs).toString());
        QCOMPARE(v.value(u"verdict"_qs).toString(), u"cert.valid"_qs); // the signature itself is fine …
        QCOMPARE(v.value(u"outcome"_qs).toString(), u"revoked"_qs);    // … the record says revoked
        QCOMPARE(
            count(
                u"SELECT COUNT(*) FROM audit_log WHERE operation = 'certificates.revoke' AND outcome = 'ok'"_qs),
            1);
    }

    void reissueSupersedes()
    {
        setUpLedger();
        const Reply first = issue(u"deposit_proof"_qs, m_accounts.at(1));
        const QString path =
            u"/api/v1/certificates/"_qs + first.json.value(u"number"_qs).toString() + u"/reissue"_qs;
        const Reply second =
            f().post(path, {{u"reason"_qs, u"信息更新"_qs}}, m_teller, ServerFixture::newKey());
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json.value(u"supersedes"_qs).toString(), first.json.value(u"number"_qs).toString());
        const Reply old = status(first.json);
        QCOMPARE(old.json.value(u"status"_qs).toString(), u"superseded"_qs);
        QCOMPARE(old.json.value(u"supersededBy"_qs).toString(), second.json.value(u"number"_qs).toString());
        QCOMPARE(verifyOnline(first.json.value(u"code"_qs).toString()).value(u"outcome"_qs).toString(),
                 u"superseded"_qs);
        QCOMPARE(f().post(path, {{u"reason"_qs, u"again"_qs}}, m_teller, ServerFixture::newKey()).code(),
                 u"cert.superseded"_qs);
    }

    void expiredByInjectedClock()
    {
        setUpLedger();
        const Reply cert =
            issue(u"remote_loan_deposit_use"_qs, m_accounts.at(0), {{u"loanCity"_qs, u"上海市"_qs}});
        const crypto::TrustList trust = trustList();
        f().clock().advanceDays(61);
        QCOMPARE(status(cert.json).json.value(u"status"_qs).toString(), u"valid"_qs);
        f().clock().advanceDays(1); // 2 months later
        QCOMPARE(status(cert.json).json.value(u"status"_qs).toString(), u"expired"_qs);
        const auto check =
            crypto::verifyCertificate(cert.json.value(u"code"_qs).toString(), trust, f().clock());
        QCOMPARE(check.verdict(), crypto::CertificateVerdict::Expired);
        QCOMPARE(verifyOnline(cert.json.value(u"code"_qs).toString()).value(u"outcome"_qs).toString(),
                 u"expired"_qs);
    }

    void statusNeedsTheCheckPart()
    {
        setUpLedger();
        const Reply cert = issue(u"deposit_proof"_qs, m_accounts.at(0));
        const QString number = cert.json.value(u"number"_qs).toString();
        const Reply noCheck = f().get(u"/api/v1/certificates/"_qs + number + u"/status"_qs);
        const Reply wrong =
            f().get(u"/api/v1/certificates/"_qs + number + u"/status?check=0123456789abcdef"_qs);
        const Reply unknown =
            f().get(u"/api/v1/certificates/ZM2025071599999999/status?check=0123456789abcdef"_qs);
        for (const Reply &r : {noCheck, wrong, unknown}) {
            QCOMPARE(r.status, 404);
            QCOMPARE(r.code(), u"cert.not_found"_qs);
        }
        // The staff view is not public.
        QCOMPARE(f().get(u"/api/v1/certificates/"_qs + number).status, 401);
    }

    void noKeyFailsClosed()
    {
        setUpLedger();
        f().server().context().certificateSigner.reset();
        const Reply r = issue(u"deposit_proof"_qs, m_accounts.at(0));
        QCOMPARE(r.code(), u"cert.no_signing_key"_qs);
        const Reply batch = f().post(u"/api/v1/certificates/batch"_qs,
                                     {{u"type"_qs, u"deposit_proof"_qs}, {u"unitAccount"_qs, m_unit}},
                                     m_teller, ServerFixture::newKey());
        QCOMPARE(batch.code(), u"cert.no_signing_key"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificates"_qs), 0);
        QCOMPARE(f().get(u"/api/v1/certificates/types"_qs).json.value(u"issuingAvailable"_qs).toBool(),
                 false);
        // A loaded key that was retired meanwhile signs nothing either.
        installKey(f().clock().now().addDays(-1));
        auto conn = f().database().connection();
        QVERIFY(
            server::execSql(*conn, u"UPDATE signing_keys SET status = 'retired', retired_at = 1"_qs).ok());
        QCOMPARE(issue(u"deposit_proof"_qs, m_accounts.at(0)).code(), u"cert.no_signing_key"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificates"_qs), 0);
    }

    void batchForUnit()
    {
        setUpLedger();
        const QString key = ServerFixture::newKey();
        const QJsonObject body{{u"type"_qs, u"deposit_proof"_qs}, {u"unitAccount"_qs, m_unit}};
        const Reply all = f().post(u"/api/v1/certificates/batch"_qs, body, m_teller, key);
        QCOMPARE(all.status, 201);
        QCOMPARE(all.json.value(u"issued"_qs).toInt(), 3);
        const Reply replay = f().post(u"/api/v1/certificates/batch"_qs, body, m_teller, key);
        QCOMPARE(replay.body, all.body);
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificates"_qs), 3);
        const QString otherUnit = f().createUnit(m_teller, 4);
        const QString outsider = f().openAccount(m_teller, otherUnit, 50, 500000);
        const Reply some = f().post(u"/api/v1/certificates/batch"_qs,
                                    {{u"type"_qs, u"deposit_proof"_qs},
                                     {u"unitAccount"_qs, m_unit},
                                     {u"accountNumbers"_qs, QJsonArray{m_accounts.at(0), outsider}}},
                                    m_teller, ServerFixture::newKey());
        QCOMPARE(some.status, 201);
        QCOMPARE(some.json.value(u"issued"_qs).toInt(), 1);
        const QJsonObject refused = some.json.value(u"items"_qs).toArray().at(1).toObject();
        QCOMPARE(refused.value(u"code"_qs).toString(), u"cert.not_in_unit"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificates"_qs), 4);
    }

    void tamperingVerdicts()
    {
        setUpLedger();
        const QString a = issue(u"deposit_proof"_qs, m_accounts.at(0)).json.value(u"code"_qs).toString();
        const QString b = issue(u"deposit_proof"_qs, m_accounts.at(1)).json.value(u"code"_qs).toString();
        const auto verdict = [&](const QString &code) {
            return verifyOnline(code).value(u"verdict"_qs).toString();
        };
        // A changed byte inside the signed body (decoded, changed, re-encoded: a damaged symbol
        // would fail Base45 or CBOR instead).
        auto payload = crypto::base45Decode(QStringView(a).mid(5));
        QVERIFY(payload.ok());
        QCborArray arr = QCborValue::fromCbor(*payload).toArray();
        QByteArray body = arr.at(2).toByteArray();
        body[body.size() - 1] = char(body.at(body.size() - 1) ^ 0x01);
        QCborArray changed = arr;
        changed[2] = body;
        const auto encode = [](const QCborArray &x) -> QString {
            return u"HPF1:"_qs + crypto::base45Encode(QCborValue(x).toCbor());
        };
        QCOMPARE(verdict(encode(changed)), u"cert.signature"_qs);
        QCborArray swapped = arr;
        swapped[2] = QCborValue::fromCbor(*crypto::base45Decode(QStringView(b).mid(5))).toArray().at(2);
        QCOMPARE(verdict(encode(swapped)), u"cert.signature"_qs);
        QCborArray otherKid = arr;
        otherKid[1] = QByteArray(8, '\x42');
        QCOMPARE(verdict(encode(otherKid)), u"cert.unknown_kid"_qs);
        QCOMPARE(verdict(u"HC1:NCFOXN"_qs), u"cert.prefix"_qs);
        QCOMPARE(verdict(u"HPF1:~~~~"_qs), u"cert.base45"_qs);
        // The verification page shows the same verdicts.
        const Reply page = f().get(u"/verify?code="_qs + QString::fromLatin1(QUrl::toPercentEncoding(a)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("data-outcome=\"valid\""));
        QVERIFY(!page.body.contains("<script"));
        const Reply badPage =
            f().get(u"/verify?code="_qs + QString::fromLatin1(QUrl::toPercentEncoding(encode(swapped))));
        QVERIFY(badPage.body.contains("data-outcome=\"invalid\""));
        QVERIFY(f().get(u"/verify"_qs).body.contains("<form"));
    }

    // 经办人 is the teller's name (users.display_name), not a masked login.
    void handlerIsTheTellersName()
    {
        auto conn = f().database().connection();
        QVERIFY(
            server::execSql(*conn, u"UPDATE users SET display_name = '王晓燕' WHERE username = 'teller1'"_qs)
                .ok());
        setUpLedger();
        const Reply r = issue(u"deposit_proof"_qs, m_accounts.at(0));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"handler"_qs).toString(), u"王晓燕"_qs);
        const QString number = r.json.value(u"number"_qs).toString();
        QCOMPARE(f().get(u"/api/v1/certificates/"_qs + number, m_teller).json.value(u"handler"_qs).toString(),
                 u"王晓燕"_qs);
    }

    // Codes issued before the body was versioned (version 1, full account number and unit name in
    // the signed body) still verify, through the API and the page.
    void versionOneCodesStillVerify()
    {
        setUpLedger();
        const auto &signer = f().server().context().certificateSigner;
        const qint64 issued = f().clock().now().toSecsSinceEpoch() - 3600;
        crypto::CertificateBody old;
        old.setInteger(crypto::CertificateField::Type, 1);
        old.setText(crypto::CertificateField::Number, u"ZM2025061500000042"_qs);
        old.setText(crypto::CertificateField::Center, u"620100"_qs);
        old.setText(crypto::CertificateField::MaskedName, u"张*"_qs);
        old.setText(crypto::CertificateField::MaskedIdNumber, u"6201**********1234"_qs);
        old.setText(crypto::CertificateField::AccountNumber, m_accounts.at(0));
        old.setText(crypto::CertificateField::UnitName, u"测试单位3"_qs);
        old.setInteger(64, 20250515);
        old.setInteger(crypto::CertificateField::IssuedAt, issued);
        old.setInteger(crypto::CertificateField::ExpiresAt, issued + 90 * 86400);
        const QByteArray bytes = old.toCbor();
        const QByteArray payload =
            QCborValue(QCborArray{1, signer->key().keyId(), bytes, signer->key().signRaw(bytes).value()})
                .toCbor();
        const QString code = u"HPF1:"_qs + crypto::base45Encode(payload);
        const QJsonObject v = verifyOnline(code);
        QCOMPARE(v.value(u"verdict"_qs).toString(), u"cert.valid"_qs);
        QVERIFY(v.value(u"signatureVerified"_qs).toBool());
        const QJsonArray fields = v.value(u"fields"_qs).toArray();
        QVERIFY(std::any_of(fields.begin(), fields.end(), [&](const QJsonValue &x) {
            return x.toObject().value(u"value"_qs).toString() == m_accounts.at(0);
        }));
        const RawReply page = rawHttp(f().port(), "GET /verify?code=" + formEncoded(code) +
                                                      " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(page.body.contains("data-outcome=\"unknown_to_server\""), page.body.constData());
    }

    // The page's own form, as a browser submits it: every genuine code verifies, pasted with
    // white space or line breaks too; times in Beijing time; one charset.
    void verifyPageAsABrowserSendsIt()
    {
        setUpLedger();
        // Almost every code has a space and a plus sign (Base45); take one that has both.
        QJsonObject cert;
        for (int i = 0; i < 8 && !(cert.value(u"code"_qs).toString().contains(u' ') &&
                                   cert.value(u"code"_qs).toString().contains(u'+'));
             ++i)
            cert = issue(u"deposit_proof"_qs, m_accounts.at(i % 3)).json;
        const QString code = cert.value(u"code"_qs).toString();
        QVERIFY2(code.contains(u' ') && code.contains(u'+'), qPrintable(code));

        const auto get = [&](const QByteArray &query) {
            return rawHttp(f().port(), "GET /verify?" + query +
                                           " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n");
        };
        const QByteArray pct20 = QUrl::toPercentEncoding(code);
        QByteArray folded =
            formEncoded(code.left(60) + u"\r\n"_qs + code.mid(60, 60) + u"\n"_qs + code.mid(120));
        const QList<std::pair<const char *, QByteArray>> genuine{
            {"spaces as +", "code=" + formEncoded(code)},
            {"spaces as %20", "code=" + pct20},
            {"pasted with white space and line breaks",
             "code=" + formEncoded(u"\r\n  \t"_qs + code + u"\r\n"_qs)},
            {"trailing spaces", "code=" + formEncoded(code + u"   "_qs)},
            {"folded over three lines", "code=" + folded},
            {"other fields around it", "x=1&code=" + formEncoded(code) + "&submit=%E6%A0%B8%E9%AA%8C"},
        };
        for (const auto &[what, query] : genuine) {
            const RawReply page = get(query);
            QCOMPARE(page.status, 200);
            QVERIFY2(page.body.contains("data-outcome=\"valid\""), what);
        }
        // The defect: '+' read literally made the code "damaged".
        QVERIFY(formEncoded(code).contains('+'));
        const RawReply plusLiteral = get("code=" + QUrl::toPercentEncoding(code).replace("%20", "%2B"));
        QVERIFY(plusLiteral.body.contains("data-outcome=\"invalid\""));

        // Times in Beijing time (the suite runs with TZ=Asia/Shanghai, the server answers UTC).
        const RawReply page = get("code=" + formEncoded(code));
        const QDateTime issued = QDateTime::fromString(cert.value(u"issuedAt"_qs).toString(), Qt::ISODate);
        QVERIFY(issued.isValid());
        const QString beijing =
            issued.toOffsetFromUtc(8 * 3600).toString(u"yyyy-MM-dd HH:mm:ss"_qs) + u"（北京时间）"_qs;
        QVERIFY2(QString::fromUtf8(page.body).contains(beijing), qPrintable(beijing));
        QVERIFY(!page.body.contains(issued.toUTC().toString(Qt::ISODate).toUtf8()));

        // One Content-Type, with exactly one charset parameter.
        QCOMPARE(page.contentTypes.size(), 1);
        QVERIFY(page.contentTypes.first().startsWith("text/html"));
        QCOMPARE(page.contentTypes.first().count("charset="), 1);
    }

    void formValue_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("value");

        QTest::newRow("plus is a space") << QByteArray("code=HPF1:A+B") << u"HPF1:A B"_qs;
        QTest::newRow("%2B is a plus") << QByteArray("code=A%2BB") << u"A+B"_qs;
        QTest::newRow("%20 is a space") << QByteArray("code=A%20B") << u"A B"_qs;
        QTest::newRow("lower-case hex") << QByteArray("code=A%2bB%3a") << u"A+B:"_qs;
        QTest::newRow("UTF-8") << QByteArray("code=%E6%A0%B8%E9%AA%8C") << u"核验"_qs;
        QTest::newRow("line breaks kept for the caller") << QByteArray("code=A%0D%0AB") << u"A\r\nB"_qs;
        QTest::newRow("first of two") << QByteArray("code=1&code=2") << u"1"_qs;
        QTest::newRow("among others") << QByteArray("a=1&code=X&b=2") << u"X"_qs;
        QTest::newRow("name encoded too") << QByteArray("c%6Fde=X") << u"X"_qs;
        QTest::newRow("absent") << QByteArray("codes=X&xcode=Y") << QString();
        QTest::newRow("empty query") << QByteArray() << QString();
        QTest::newRow("no value") << QByteArray("code") << u""_qs;
        QTest::newRow("empty value") << QByteArray("code=") << u""_qs;
        QTest::newRow("value with =") << QByteArray("code=A=B") << u"A=B"_qs;
        QTest::newRow("dangling percent") << QByteArray("code=A%2") << u"A%2"_qs;
        QTest::newRow("invalid UTF-8") << QByteArray("code=%FF") << u"\uFFFD"_qs;
    }

    void formValue()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QString, value);
        const QString got = server::formValue(encoded, u"code");
        QCOMPARE(got, value);
        QCOMPARE(got.isNull(), value.isNull());
    }

    // What a type may sign into its code (types.json codeFacts): never what stays on the server.
    void codeFactsRules_data()
    {
        QTest::addColumn<QJsonValue>("codeFacts"); // for deposit_proof; undefined: left out
        QTest::addColumn<QString>("error");        // cert.types field, empty when accepted
        QTest::addColumn<QStringList>("inCode");

        const auto list = [](std::initializer_list<const char *> names) {
            QJsonArray a;
            for (const char *n : names)
                a.append(QString::fromUtf8(n));
            return QJsonValue(a);
        };
        const QString field = u"types[0].codeFacts"_qs;
        QTest::newRow("as shipped") << QJsonValue(QJsonValue::Undefined) << QString()
                                    << QStringList{u"maskedName"_qs, u"maskedIdNumber"_qs,
                                                   u"maskedAccountNumber"_qs, u"accountState"_qs,
                                                   u"depositPeriod"_qs};
        QTest::newRow("minimal") << list({"maskedName", "maskedIdNumber"}) << QString()
                                 << QStringList{u"maskedName"_qs, u"maskedIdNumber"_qs};
        QTest::newRow("full account number")
            << list({"maskedName", "maskedIdNumber", "accountNumber"}) << field << QStringList();
        QTest::newRow("unit name") << list({"maskedName", "maskedIdNumber", "unitName"}) << field
                                   << QStringList();
        QTest::newRow("opening date")
            << list({"maskedName", "maskedIdNumber", "openedOn"}) << field << QStringList();
        QTest::newRow("deposit base")
            << list({"maskedName", "maskedIdNumber", "baseFen"}) << field << QStringList();
        QTest::newRow("ratios") << list({"maskedName", "maskedIdNumber", "ratios"}) << field << QStringList();
        QTest::newRow("unknown fact")
            << list({"maskedName", "maskedIdNumber", "salary"}) << field << QStringList();
        QTest::newRow("duplicate") << list({"maskedName", "maskedIdNumber", "maskedName"}) << field
                                   << QStringList();
        QTest::newRow("without masked ID") << list({"maskedName", "accountState"}) << field << QStringList();
        QTest::newRow("loan city without its input")
            << list({"maskedName", "maskedIdNumber", "loanCity"}) << field << QStringList();
        QTest::newRow("not an array") << QJsonValue(u"maskedName"_qs) << field << QStringList();
        QTest::newRow("empty") << QJsonValue(QJsonArray()) << field << QStringList();
    }

    void codeFactsRules()
    {
        QFETCH(QJsonValue, codeFacts);
        QFETCH(QString, error);
        QFETCH(QStringList, inCode);

        QFile file(u":/hpf/certificates/types.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray types = doc.value(u"types"_qs).toArray();
        QJsonObject deposit = types.at(0).toObject();
        QCOMPARE(deposit.value(u"code"_qs).toString(), u"deposit_proof"_qs);
        if (!codeFacts.isUndefined())
            deposit.insert(u"codeFacts"_qs, codeFacts);
        types[0] = deposit;
        doc.insert(u"types"_qs, types);
        const auto catalog =
            server::parseCertificateTypes(QJsonDocument(doc).toJson(), f().server().context().policy);
        if (!error.isEmpty()) {
            QVERIFY(!catalog.ok());
            QCOMPARE(catalog.error().code, u"cert.types"_qs);
            QCOMPARE(catalog.error().field, error);
            return;
        }
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().detail));
        QCOMPARE(catalog->find(u"deposit_proof"_qs)->codeFacts, inCode);
        // Left out, a type signs every printed fact that may be in a code.
        deposit.remove(u"codeFacts"_qs);
        types[0] = deposit;
        doc.insert(u"types"_qs, types);
        const auto defaults =
            server::parseCertificateTypes(QJsonDocument(doc).toJson(), f().server().context().policy);
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->find(u"deposit_proof"_qs)->codeFacts,
                 (QStringList{u"maskedName"_qs, u"maskedIdNumber"_qs, u"monthlyDepositFen"_qs,
                              u"balanceFen"_qs, u"accountState"_qs, u"depositPeriod"_qs}));
    }

    void beijingTime_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("shown");
        QTest::newRow("UTC afternoon") << u"2025-07-15T02:30:00Z"_qs << u"2025-07-15 10:30:00（北京时间）"_qs;
        QTest::newRow("next day in Beijing")
            << u"2025-12-31T20:00:00Z"_qs << u"2026-01-01 04:00:00（北京时间）"_qs;
        QTest::newRow("offset given")
            << u"2025-07-15T10:30:00+08:00"_qs << u"2025-07-15 10:30:00（北京时间）"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("not a time") << u"yesterday"_qs << QString();
    }

    void beijingTime()
    {
        QFETCH(QString, iso);
        QFETCH(QString, shown);
        QCOMPARE(server::beijingTime(iso), shown);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerCertificates(b); });
}

#include "tst_server_certificates.moc"
