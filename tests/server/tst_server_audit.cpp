// The audit trail (issue 12, the auditor's desk), on SQLite and PostgreSQL: personal fields are
// redacted on the way in and found again by the keyed digest of the full number; the keyed chain
// and its signed checkpoints detect every kind of tampering (edit, delete, swap, rehash without the
// key, rewrite with the key but without the signing key, truncation after the last checkpoint,
// forged checkpoint, records left unchained); reads of personal data leave one record each;
// migration 6 keeps and chains an old trail; the auditor's routes search, show, export (watermarked,
// audited) and verify.
#include "business/certificates/signingkeys.h"
#include "crypto/sm3.h"
#include "demo/demoseed.h"
#include "domain/identity.h"
#include "platform/audit/audit.h"
#include "platform/audit/auditchain.h"
#include "platform/audit/auditkey.h"
#include "platform/audit/redact.h"
#include "platform/store/migrations.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"
#include "suitebase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace hpf::test;
using namespace hpf;
using namespace hpf::server;

namespace {

const QString kPerson = server::demoIdentityNumber(7);

} // namespace

class TestServerAudit : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QSqlDatabase db() { return *f().database().connection(); }
    qint64 nowMs() { return f().clock().now().toMSecsSinceEpoch(); }
    const AuditKey &key() { return *f().server().context().auditKey; }

    qint64 count(const QString &sql, const QString &bind = {}, const QString &value = {})
    {
        Query q(db(), sql);
        if (!bind.isEmpty())
            q.bind(bind, value);
        return q.exec().ok() && q.next() ? q.int64(0) : -1;
    }

    bool exec(const QString &sql) { return execSql(db(), sql).ok(); }

    // A certificate-signing key in signing_keys and in the server, as `serve` loads it.
    CheckpointSigner installSigner()
    {
        auto k = crypto::Sm2Key::generate();
        if (!k)
            return {};
        const QString kid = QString::fromLatin1(k->keyId().toHex());
        Query ins(db(),
                  u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) VALUES (:k, "
                  ":p, 'test', 'active', :t)"_qs);
        ins.bind(u":k"_qs, kid)
            .bind(u":p"_qs, QString::fromLatin1(k->publicKeyPem()))
            .bind(u":t"_qs, nowMs());
        if (!ins.exec())
            return {};
        auto signer = std::make_shared<const CertificateSigner>(std::move(k).value(), false);
        f().server().context().certificateSigner = signer;
        return CheckpointSigner{kid, &signer->key(), signer};
    }

    Status append(int i)
    {
        AuditRecord r;
        r.at = nowMs() + i;
        r.username = u"teller1"_qs;
        r.role = u"teller"_qs;
        r.branch = u"0001"_qs;
        r.workstation = u"desk-1"_qs;
        r.requestId = QStringLiteral("req-%1").arg(i);
        r.operation = u"test.op"_qs;
        r.object = QStringLiteral("account:1000000000%1").arg(10 + i);
        r.outcome = u"ok"_qs;
        r.after = QStringLiteral("{\"n\":%1}").arg(i);
        return appendAuditStandalone(db(), f().database().dialect(), r);
    }

    // The test chains by hand, from an empty trail (the fixture's set-up wrote some records).
    void emptyTrail()
    {
        f().server().auditChain().stop();
        QVERIFY(exec(u"DELETE FROM audit_subjects"_qs));
        QVERIFY(exec(u"DELETE FROM audit_checkpoints"_qs));
        QVERIFY(exec(u"DELETE FROM audit_log"_qs));
        QFile::remove(key().headPath());
    }

    // 20 records chained 5 at a time with a checkpoint every 5, then 3 more without a checkpoint.
    bool buildChain(const CheckpointSigner &signer)
    {
        emptyTrail();
        for (int i = 1; i <= 20; ++i) {
            if (!append(i))
                return false;
        }
        for (int i = 0; i < 4; ++i) {
            auto n = chainPending(db(), f().database().dialect(), key(), signer, nowMs(), {5, 5, 3'600'000});
            if (!n || *n != 5)
                return false;
        }
        for (int i = 21; i <= 23; ++i) {
            if (!append(i))
                return false;
        }
        auto n = chainAll(db(), f().database().dialect(), key(), signer, nowMs(), {100, 100, 3'600'000});
        return n && *n == 3;
    }

    AuditVerification verify(qint64 boundMs = 60'000)
    {
        auto v = verifyAudit(db(), key(), VerifyOptions{nowMs(), boundMs});
        return v ? *v : AuditVerification{false, 0, 0, 0, 0, 0, 0, u"verify failed: "_qs + v.error().detail};
    }

    AuditRecord record(qint64 seq)
    {
        Query q(db(), u"SELECT "_qs + auditColumns() + u" FROM audit_log WHERE chain_seq = :s"_qs);
        q.bind(u":s"_qs, seq);
        return q.exec().ok() && q.next() ? auditFromRow(q) : AuditRecord{};
    }

    QString macOf(qint64 seq) { return record(seq).mac; }

    bool setMac(qint64 seq, const QString &mac)
    {
        Query q(db(), u"UPDATE audit_log SET mac = :m WHERE chain_seq = :s"_qs);
        q.bind(u":m"_qs, mac).bind(u":s"_qs, seq);
        return q.exec().ok();
    }

    QString allAuditText()
    {
        Query q(db(), u"SELECT object, before_state, after_state, subjects FROM audit_log"_qs);
        QString all;
        if (q.exec().ok()) {
            while (q.next())
                all += q.str(0) + u'\n' + q.str(1) + u'\n' + q.str(2) + u'\n' + q.str(3) + u'\n';
        }
        return all;
    }

    Reply search(const QJsonObject &filter, const QString &user = u"auditor1"_qs)
    {
        return f().post(u"/api/v1/audit/search"_qs, filter, f().login(user));
    }

private slots:
    void redaction_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("absent");  // must not survive
        QTest::addColumn<QStringList>("present"); // must survive
        QTest::addColumn<int>("subjects");
        const QString id = u"11010519491231002X"_qs;
        QTest::newRow("account: number, name beside it")
            << QStringLiteral(R"({"documentNumber":"%1","name":"张三丰","accountNumber":"100000000001"})")
                   .arg(id)
            << QStringList{id, u"张三丰"_qs}
            << QStringList{u"1101**********002X"_qs, u"张**"_qs, u"100000000001"_qs} << 2;
        QTest::newRow("lower-case x is the same person")
            << QStringLiteral(R"({"documentNumber":"%1"})").arg(id.toLower()) << QStringList{id.toLower(), id}
            << QStringList{u"1101**********002X"_qs} << 1;
        QTest::newRow("unit: legal representative, contact, bank account; unit name kept")
            << QStringLiteral(
                   R"({"name":"某某科技有限公司","legalRepresentative":{"name":"王法人","documentType":"01","documentNumber":"%1"},"contact":{"name":"李联系","mobile":"13812345678"},"bank":{"code":"102","name":"中国工商银行","account":"2703000109200123456"}})")
                   .arg(id)
            << QStringList{id, u"王法人"_qs, u"李联系"_qs, u"13812345678"_qs, u"2703000109200123456"_qs}
            << QStringList{u"某某科技有限公司"_qs, u"中国工商银行"_qs, u"138****5678"_qs,
                           u"***************3456"_qs}
            << 1;
        QTest::newRow("identity number under an unknown key, in an array")
            << QStringLiteral(R"({"items":[{"memo":"for %1 only"}]})").arg(id) << QStringList{id}
            << QStringList{u"for 1101**********002X only"_qs} << 1;
        QTest::newRow("18 digits with a wrong check character are not an identity number")
            << uR"({"ref":"110105194912310021"})"_qs << QStringList{} << QStringList{u"110105194912310021"_qs}
            << 0;
        QTest::newRow("longer digit runs are left alone")
            << uR"({"ref":"2703000109200123456110105"})"_qs << QStringList{}
            << QStringList{u"2703000109200123456110105"_qs} << 0;
        QTest::newRow("already masked stays as it is")
            << uR"({"documentNumber":"1101**********002X","name":"张*"})"_qs << QStringList{}
            << QStringList{u"1101**********002X"_qs, u"张*"_qs} << 0;
        QTest::newRow("not JSON: scanned as text") << QStringLiteral("person:%1").arg(id) << QStringList{id}
                                                   << QStringList{u"person:1101**********002X"_qs} << 1;
        QTest::newRow("empty") << QString() << QStringList{} << QStringList{} << 0;
    }

    void redaction()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, absent);
        QFETCH(QStringList, present);
        QFETCH(int, subjects);
        const RedactedText r = redactAuditJson(json, &key());
        for (const QString &a : std::as_const(absent))
            QVERIFY2(!r.text.contains(a), qPrintable(r.text));
        for (const QString &p : std::as_const(present))
            QVERIFY2(r.text.contains(p), qPrintable(r.text));
        QCOMPARE(r.subjects.size(), subjects);
        // Redacting twice changes nothing.
        QCOMPARE(redactAuditJson(r.text, &key()).text, r.text);
    }

    void tamper_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<qint64>("firstBadSeq");
        QTest::addColumn<QString>("reason");
        QTest::newRow("edit a field") << u"edit"_qs << qint64(7) << u"MAC"_qs;
        QTest::newRow("delete a row") << u"delete"_qs << qint64(7) << u"missing"_qs;
        QTest::newRow("swap two rows") << u"swap"_qs << qint64(6) << u"MAC"_qs;
        QTest::newRow("recompute SM3 without the key") << u"rehash"_qs << qint64(7) << u"MAC"_qs;
        QTest::newRow("rewrite with the chain key, without the signing key")
            << u"rekey"_qs << qint64(5) << u"checkpoint"_qs;
        QTest::newRow("forged checkpoint signature") << u"forge"_qs << qint64(10) << u"signature"_qs;
        QTest::newRow("truncate after the last checkpoint") << u"truncate"_qs << qint64(21) << u"removed"_qs;
        QTest::newRow("truncate through a checkpoint") << u"truncate-deep"_qs << qint64(19) << u"removed"_qs;
        QTest::newRow("left unchained too long") << u"unchained"_qs << qint64(0) << u"unchained"_qs;
    }

    void tamper()
    {
        QFETCH(QString, attack);
        QFETCH(qint64, firstBadSeq);
        QFETCH(QString, reason);
        const CheckpointSigner signer = installSigner();
        QVERIFY(signer.key);
        QVERIFY(buildChain(signer));
        AuditVerification clean = verify();
        QVERIFY2(clean.ok, qPrintable(clean.reason));
        QCOMPARE(clean.records, 23);
        QCOMPARE(clean.checkpoints, 4);
        QCOMPARE(clean.lastCheckpointSeq, 20);

        if (attack == u"edit") {
            QVERIFY(exec(u"UPDATE audit_log SET outcome = 'denied' WHERE chain_seq = 7"_qs));
        } else if (attack == u"delete") {
            QVERIFY(exec(u"DELETE FROM audit_log WHERE chain_seq = 7"_qs));
        } else if (attack == u"swap") {
            // Rows 6 and 7 trade places (positions and MACs move with the content).
            QVERIFY(exec(u"UPDATE audit_log SET chain_seq = -1 WHERE chain_seq = 6"_qs));
            QVERIFY(exec(u"UPDATE audit_log SET chain_seq = 6 WHERE chain_seq = 7"_qs));
            QVERIFY(exec(u"UPDATE audit_log SET chain_seq = 7 WHERE chain_seq = -1"_qs));
        } else if (attack == u"rehash") {
            QVERIFY(exec(u"UPDATE audit_log SET after_state = '{\"n\":700}' WHERE chain_seq = 7"_qs));
            const AuditRecord r = record(7);
            QVERIFY(setMac(7, QString::fromLatin1(crypto::sm3(canonicalEncoding(r, macOf(6))).toHex())));
        } else if (attack == u"rekey") {
            // Someone holding the chain key rewrites record 3 and every MAC after it.
            QVERIFY(exec(u"UPDATE audit_log SET outcome = 'denied' WHERE chain_seq = 3"_qs));
            for (qint64 seq = 3; seq <= 23; ++seq) {
                const AuditRecord r = record(seq);
                QVERIFY(setMac(seq,
                               QString::fromLatin1(key().mac(canonicalEncoding(r, macOf(seq - 1))).toHex())));
            }
        } else if (attack == u"forge") {
            QVERIFY(exec(u"UPDATE audit_checkpoints SET signature = '"_qs + QString(128, u'1') +
                         u"' WHERE chain_seq = 10"_qs));
        } else if (attack == u"truncate") {
            QVERIFY(exec(u"DELETE FROM audit_log WHERE chain_seq > 20"_qs));
        } else if (attack == u"truncate-deep") {
            QVERIFY(exec(u"DELETE FROM audit_log WHERE chain_seq > 18"_qs));
        } else if (attack == u"unchained") {
            QVERIFY(append(99));
            QVERIFY(verify().ok); // young: fine
            f().clock().advanceSeconds(61);
        }
        const AuditVerification v = verify();
        QVERIFY2(!v.ok, "tampering went unnoticed");
        QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
        QCOMPARE(v.firstBadSeq, firstBadSeq);
    }

    // Someone with database access only (no key file, no head file) truncates after the last
    // checkpoint: the head file beside the key still notices; the key's folder is what protects it.
    void headFileIsTheEndMarker()
    {
        const CheckpointSigner signer = installSigner();
        QVERIFY(buildChain(signer));
        QFile head(key().headPath());
        QVERIFY(head.open(QIODevice::ReadOnly));
        QVERIFY(head.readAll().startsWith("HPF-AUDIT-HEAD-1 23 "));
        QCOMPARE(head.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void keyFileIsPrivate()
    {
        QFile keyFile(key().path());
        QVERIFY(keyFile.exists());
        QCOMPARE(keyFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(keyFile.setPermissions(keyFile.permissions() | QFileDevice::ReadOther));
        QCOMPARE(AuditKey::load(key().path()).error().code, u"audit.key_permissions"_qs);
        QCOMPARE(AuditKey::create(key().path()).error().code, u"audit.key_exists"_qs);
    }

    // HMAC-SM3 against an independent computation of RFC 2104 over the project's SM3 (a key
    // longer than a block is hashed first).
    void hmacSm3_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("short key") << QByteArray("key") << QByteArray("The quick brown fox");
        QTest::newRow("empty key and data") << QByteArray() << QByteArray();
        QTest::newRow("block-sized key") << QByteArray(64, 'k') << QByteArray("x");
        QTest::newRow("long key") << QByteArray(100, 'k') << QByteArray(1000, 'd');
    }

    void hmacSm3()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QByteArray k = key.size() > 64 ? crypto::sm3(key) : key;
        k.append(QByteArray(64 - k.size(), '\0'));
        QByteArray ipad, opad;
        for (char c : std::as_const(k)) {
            ipad.append(char(c ^ 0x36));
            opad.append(char(c ^ 0x5c));
        }
        const QByteArray expected = crypto::sm3(QByteArray(opad + crypto::sm3(QByteArray(ipad + data))));
        QCOMPARE(server::hmacSm3(key, data), expected);
        QVERIFY(server::hmacSm3(key, data) != crypto::sm3(data));
    }

    // Defect 7: after an opening and a lookup, no audit record holds the full number, and searching
    // by the full number finds both.
    void personalDataRedactedAndFoundByDigest()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, 1);
        QVERIFY(!unit.isEmpty());
        const QString account = f().openAccount(teller, unit, 7, 500000);
        QVERIFY(!account.isEmpty());
        const Reply lookup =
            f().post(u"/api/v1/persons/search"_qs,
                     {{u"documentType"_qs, u"01"_qs}, {u"documentNumber"_qs, kPerson}}, teller);
        QCOMPARE(lookup.status, 200);
        QCOMPARE(f().get(u"/api/v1/accounts/"_qs + account, teller).status, 200);

        const QString all = allAuditText();
        QVERIFY(!all.contains(kPerson));
        QVERIFY(!all.contains(u"11010519491231002X"_qs)); // the unit's legal representative
        QVERIFY(!all.contains(u"13812345678"_qs));
        QVERIFY(all.contains(identity::maskNumber(kPerson)));

        const Reply found = search({{u"documentNumber"_qs, kPerson}});
        QCOMPARE(found.status, 200);
        QSet<QString> operations;
        for (const QJsonValue &v : found.json.value(u"items"_qs).toArray())
            operations.insert(v.toObject().value(u"operation"_qs).toString());
        QVERIFY2(operations.contains(u"openings.account"_qs),
                 qPrintable(QStringList(operations.values()).join(u',')));
        QVERIFY(operations.contains(u"persons.search"_qs));
        // Typed with a lower-case x or spaces the person is the same; another person finds nothing.
        QVERIFY(!search({{u"documentNumber"_qs, QString(u" "_qs + kPerson.toLower() + u" "_qs)}})
                     .json.value(u"items"_qs)
                     .toArray()
                     .isEmpty());
        QVERIFY(search({{u"documentNumber"_qs, server::demoIdentityNumber(8)}})
                    .json.value(u"items"_qs)
                    .toArray()
                    .isEmpty());
        // By account: the opening (object) and the read.
        const QJsonArray byAccount =
            search({{u"accountNumber"_qs, account}}).json.value(u"items"_qs).toArray();
        QVERIFY(byAccount.size() >= 2);
        // The auditor's own search was recorded, with the person masked.
        QVERIFY(
            count(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'audit.search' AND object LIKE :o"_qs,
                  u":o"_qs, u"%"_qs + identity::maskNumber(kPerson) + u"%"_qs) >= 1);
        QVERIFY(!allAuditText().contains(kPerson));
    }

    // Reads of personal and judicial data leave one record each; reads stay reads.
    void readsAreAudited_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("status");
        QTest::newRow("person search") << u"POST /api/v1/persons/search"_qs << u"persons.search"_qs << 200;
        QTest::newRow("account details") << u"/api/v1/accounts/%A"_qs << u"accounts.get"_qs << 200;
        QTest::newRow("journal") << u"/api/v1/accounts/%A/journal"_qs << u"accounts.journal"_qs << 200;
        QTest::newRow("holds") << u"/api/v1/accounts/%A/holds"_qs << u"holds.list"_qs << 200;
        QTest::newRow("certificates of an account")
            << u"/api/v1/certificates?accountNumber=%A"_qs << u"certificates.list"_qs << 200;
        QTest::newRow("unknown account: refused, still recorded")
            << u"/api/v1/accounts/999999999999"_qs << u"accounts.get"_qs << 404;
    }

    void readsAreAudited()
    {
        QFETCH(QString, path);
        QFETCH(QString, operation);
        QFETCH(int, status);
        const QString teller = f().login(u"teller1"_qs);
        const QString account = f().openAccount(teller, f().createUnit(teller, 1), 7, 500000);
        QVERIFY(!account.isEmpty());
        const QString url = QString(path).replace(u"%P"_qs, kPerson).replace(u"%A"_qs, account);
        const qint64 before =
            count(u"SELECT COUNT(*) FROM audit_log WHERE operation = :o"_qs, u":o"_qs, operation);
        // The person search carries the number in its body, never in the URL.
        const Reply reply =
            url.startsWith(u"POST "_qs)
                ? f().post(url.mid(5), {{u"documentType"_qs, u"01"_qs}, {u"documentNumber"_qs, kPerson}},
                           teller)
                : f().get(url, teller);
        QCOMPARE(reply.status, status);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE operation = :o"_qs, u":o"_qs, operation),
                 before + 1);
        Query q(db(),
                u"SELECT username, outcome, object FROM audit_log WHERE operation = :o ORDER BY id DESC"_qs);
        q.bind(u":o"_qs, operation);
        QVERIFY(q.exec().ok() && q.next());
        QCOMPARE(q.str(0), u"teller1"_qs);
        QCOMPARE(q.str(1) == u"ok", status == 200);
        QVERIFY(!q.str(2).contains(kPerson));
    }

    // The desk: filters, pages, one record with before/after, export (watermarked and audited),
    // verification; only auditors.
    void auditorsDesk()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString account = f().openAccount(teller, f().createUnit(teller, 1), 7, 500000);
        QVERIFY(!account.isEmpty());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(f().get(u"/api/v1/accounts/"_qs + account, teller).status, 200);

        // Pages of two, newest first, by operation prefix and user.
        QJsonObject filter{{u"operation"_qs, u"accounts."_qs}, {u"user"_qs, u"teller1"_qs}, {u"limit"_qs, 2}};
        QList<qint64> ids;
        for (int page = 0; page < 5; ++page) {
            const Reply r = search(filter);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.json.value(u"items"_qs).toArray()) {
                QCOMPARE(v.toObject().value(u"operation"_qs).toString(), u"accounts.get"_qs);
                ids.append(v.toObject().value(u"id"_qs).toInteger());
            }
            if (!r.json.contains(u"nextBeforeId"_qs))
                break;
            filter.insert(u"beforeId"_qs, r.json.value(u"nextBeforeId"_qs));
        }
        QCOMPARE(ids.size(), 5);
        QVERIFY(std::is_sorted(ids.crbegin(), ids.crend()));
        // Time range: nothing tomorrow.
        QVERIFY(search({{u"from"_qs, f().clock().now().addDays(1).date().toString(Qt::ISODate)}})
                    .json.value(u"items"_qs)
                    .toArray()
                    .isEmpty());
        QCOMPARE(search({{u"from"_qs, u"yesterday"_qs}}).code(), u"request.field_invalid"_qs);
        QCOMPARE(search({{u"limit"_qs, 500}}).code(), u"request.field_range"_qs);
        QCOMPARE(search({{u"sql"_qs, u"1=1"_qs}}).code(), u"request.unknown_field"_qs);

        // One record with its before/after.
        const Reply opening = search({{u"operation"_qs, u"openings.account"_qs}});
        const qint64 id =
            opening.json.value(u"items"_qs).toArray().first().toObject().value(u"id"_qs).toInteger();
        const Reply rec =
            f().get(u"/api/v1/audit/records/"_qs + QString::number(id), f().login(u"auditor1"_qs));
        QCOMPARE(rec.status, 200);
        QVERIFY(rec.json.value(u"after"_qs).isObject());
        QVERIFY(!rec.body.contains(kPerson.toUtf8()));
        QCOMPARE(f().get(u"/api/v1/audit/records/999999"_qs, f().login(u"auditor1"_qs)).code(),
                 u"audit.not_found"_qs);

        // Export: CSV, watermarked with who, when and what, and itself audited.
        const Reply csv = f().post(u"/api/v1/audit/export"_qs, {{u"documentNumber"_qs, kPerson}},
                                   f().login(u"auditor1"_qs));
        QCOMPARE(csv.status, 200);
        QCOMPARE(csv.json.value(u"contentType"_qs).toString(), u"text/csv; charset=utf-8"_qs);
        QVERIFY(csv.json.value(u"records"_qs).toInteger() >= 2);
        const QString text = csv.json.value(u"content"_qs).toString();
        QVERIFY(text.startsWith(u"# HPF audit export"_qs));
        QVERIFY(text.contains(u"exported by auditor1 (auditor1)"_qs));
        QVERIFY(text.contains(u"person="_qs + identity::maskNumber(kPerson)));
        QVERIFY(text.contains(u"openings.account"_qs));
        QVERIFY(!text.contains(kPerson));
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'audit.export'"_qs), 1);

        // Only auditors.
        QCOMPARE(search({}, u"teller1"_qs).status, 403);
        QCOMPARE(search({}, u"supervisor1"_qs).status, 403);
        QCOMPARE(f().post(u"/api/v1/audit/export"_qs, {}, teller).status, 403);

        // Verification from the screen: ok, then a tampered record is named.
        f().server().auditChain().stop();
        QVERIFY(chainAll(db(), f().database().dialect(), key(), {}, nowMs()).ok());
        const Reply ok = f().get(u"/api/v1/audit/verify"_qs, f().login(u"auditor1"_qs));
        QCOMPARE(ok.status, 200);
        QVERIFY2(ok.json.value(u"ok"_qs).toBool(), ok.body.constData());
        QVERIFY(ok.json.value(u"records"_qs).toInteger() > 5);
        QVERIFY(exec(u"UPDATE audit_log SET username = 'nobody' WHERE chain_seq = 2"_qs));
        const Reply bad = f().get(u"/api/v1/audit/verify"_qs, f().login(u"auditor1"_qs));
        QCOMPARE(bad.json.value(u"ok"_qs).toBool(), false);
        QCOMPARE(bad.json.value(u"firstBadSeq"_qs).toInteger(), 2);
    }

    // The chainer running in the server links every record, in order, with nothing left behind.
    void serverChainsInTheBackground()
    {
        const QString teller = f().login(u"teller1"_qs);
        QVERIFY(!f().createUnit(teller, 1).isEmpty());
        QVERIFY(QTest::qWaitFor(
            [&] { return count(u"SELECT COUNT(*) FROM audit_log WHERE chain_seq IS NULL"_qs) == 0; }, 10000));
        QVERIFY(count(u"SELECT COUNT(*) FROM audit_log"_qs) > 0);
        QVERIFY(verify().ok);
    }

    // Two chainers at once (two servers on one database): every record chained once, no gaps.
    void concurrentChainersNeverFork()
    {
        emptyTrail();
        for (int i = 0; i < 300; ++i)
            QVERIFY(append(i));
        auto run = [this] {
            auto conn = f().database().connection(); // this thread's connection
            qint64 n = 0;
            for (int i = 0; i < 50; ++i) {
                auto r =
                    chainPending(*conn, f().database().dialect(), key(), {}, nowMs(), {7, 1000, 3'600'000});
                if (r)
                    n += *r;
            }
            return n;
        };
        auto a = QtConcurrent::run(run);
        auto b = QtConcurrent::run(run);
        const qint64 total =
            a.result() + b.result() + *chainAll(db(), f().database().dialect(), key(), {}, nowMs());
        QCOMPARE(total, 300);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT chain_seq) FROM audit_log"_qs), 300);
        QCOMPARE(count(u"SELECT MAX(chain_seq) FROM audit_log"_qs), 300);
        QVERIFY(verify().ok);
    }

    // Migration 6 keeps an old trail (SM3 chain, full numbers in clear), in order, and the chainer
    // redacts and chains it with the key.
    void migratesAnOldTrail()
    {
        auto config = DatabaseConfig::parse(f().databaseUrl());
        QVERIFY(config.ok());
        // An old trail, as version 5 left it, in a fresh database of the same kind.
        Database old(*config);
        auto conn = old.connection();
        QVERIFY(conn.ok());
        const QStringList reset{
            u"DROP TABLE audit_subjects"_qs,
            u"DROP TABLE audit_checkpoints"_qs,
            u"DROP TABLE audit_log"_qs,
            u"DELETE FROM schema_migrations WHERE version = 6"_qs,
            uR"(CREATE TABLE audit_log (
            id BIGINT PRIMARY KEY, at BIGINT NOT NULL, user_id BIGINT, username TEXT NOT NULL,
            role TEXT NOT NULL, branch TEXT NOT NULL, workstation TEXT NOT NULL, request_id TEXT NOT NULL,
            operation TEXT NOT NULL, object TEXT NOT NULL, outcome TEXT NOT NULL,
            before_state TEXT NOT NULL, after_state TEXT NOT NULL, prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"_qs,
            u"CREATE TABLE audit_head (id INTEGER PRIMARY KEY, last_id BIGINT NOT NULL, last_hash TEXT NOT NULL)"_qs,
            u"INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 3, 'h3')"_qs};
        f().server().auditChain().stop();
        for (const QString &sql : reset)
            QVERIFY2(execSql(*conn, sql).ok(), qPrintable(sql));
        for (int i = 1; i <= 3; ++i) {
            Query ins(*conn,
                      u"INSERT INTO audit_log VALUES (:id, :at, NULL, 'teller1', 'teller', '0001', 'w', 'r', "
                      "'openings.account', :obj, 'ok', '', :after, :ph, :h)"_qs);
            ins.bind(u":id"_qs, i)
                .bind(u":at"_qs, nowMs() + i)
                .bind(u":obj"_qs, QStringLiteral("person:%1").arg(kPerson))
                .bind(u":after"_qs,
                      QStringLiteral(R"({"documentNumber":"%1","name":"张三","n":%2})").arg(kPerson).arg(i))
                .bind(u":ph"_qs, QStringLiteral("h%1").arg(i - 1))
                .bind(u":h"_qs, QStringLiteral("h%1").arg(i));
            QVERIFY(ins.exec().ok());
        }
        auto version = migrate(old, nowMs());
        QVERIFY2(version.ok(), version ? "" : qPrintable(version.error().detail));
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE chain_seq IS NULL AND subjects IS NULL"_qs), 3);
        QVERIFY(append(4)); // a new record after the migration gets the next id
        QCOMPARE(count(u"SELECT MAX(id) FROM audit_log"_qs), 4);
        auto n = chainAll(db(), f().database().dialect(), key(), {}, nowMs());
        QVERIFY(n.ok());
        QCOMPARE(*n, 4);
        QVERIFY(verify().ok);
        QVERIFY(!allAuditText().contains(kPerson));
        Query order(db(), u"SELECT id FROM audit_log ORDER BY chain_seq"_qs);
        QVERIFY(order.exec().ok());
        for (qint64 expected = 1; expected <= 4; ++expected) {
            QVERIFY(order.next());
            QCOMPARE(order.int64(0), expected);
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_subjects WHERE subject = :s"_qs, u":s"_qs,
                       identitySubject(key(), kPerson)),
                 3);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerAudit(b); });
}

#include "tst_server_audit.moc"
