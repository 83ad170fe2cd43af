// Show-code certificates through HTTP on SQLite and PostgreSQL: issue → verify offline with the
// published trust list; each type; revoke under a supervisor grant; reissue supersedes; expiry by
// the injected clock; the status check needs the code's check part; no key → nothing issued;
// batch issue; every tampering gives its own verdict.
#include "business/certificates/signingkeys.h"
#include "crypto/base45.h"
#include "crypto/certcodec.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QCborArray>
#include <QCborValue>
#include <QJsonArray>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

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
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerCertificates(b); });
}

#include "tst_server_certificates.moc"
