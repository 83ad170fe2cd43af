// 面签 after the happy path (issue 18, part H), through the HTTP API on SQLite and PostgreSQL:
//  - abandon: the open session given up with a reason (audited), the bad requests, a retried
//    request; nothing signed is lost — a contract signed before the abandon stays signed and the
//    next session asks only for what is missing;
//  - the archive package of the signed session (job loans.signing.archive): every photo, stroke
//    JSON, identity check and signed PDF with its SM3, the manifest signed, the 档号 in the
//    contract answer, signed_contracts.archive_record_id, the 四性 check passing, a second run
//    changing nothing, a damaged blob never archived;
//  - the loan records the capture page files against (loans.application, loans.signing).
#include "business/certificates/signingkeys.h"
#include "business/loan/signing/signingarchive.h"
#include "crypto/sm2.h"
#include "crypto/sm3.h"
#include "domain/identity.h"
#include "platform/auth/userservice.h"
#include "platform/blobstore/blobstore.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/store/sql.h"
#include "serverfixture.h"
#include "signinghelpers.h"
#include "suitebase.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace hpf;
using namespace hpf::test;
using namespace hpf::test::signingtest;

namespace {

// Real files, so the package's 四性 check can open every one of them.
QByteArray jpeg(int shade)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(shade, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

// A one-page PDF with a correct cross-reference table (the client renders the real contract; the
// server signs whatever bytes it is sent).
QByteArray contractPdf(const QString &document)
{
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 20 >>\nstream\n0 0 m 100 100 l S %" + document.left(1).toLatin1() + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString strokes(int seed)
{
    return QStringLiteral(R"({"v":1,"width":600,"height":200,"strokes":[{"source":"tablet","points":)"
                          R"([[10,20,0,0.5],[%1,40,16,0.75],[80,60,33,1]]}]})")
        .arg(30 + seed);
}

QString sm3Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(crypto::sm3(bytes).toHex());
}

} // namespace

class TestServerSigningArchive : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QString m_officer;
    QString m_borrower;
    QString m_spouse;

    qint64 sql(const QString &text)
    {
        auto conn = f().database().connection();
        if (!conn)
            return -1;
        server::Query q(*conn, text);
        if (!q.exec() || !q.next())
            return -1;
        return q.isNull(0) ? 0 : q.int64(0);
    }

    void equip()
    {
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        server::Query q(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                               "VALUES (:k, :p, 'test', 'active', :t)"_qs);
        q.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":t"_qs, f().clock().now().addDays(-1).toMSecsSinceEpoch());
        QVERIFY(q.exec().ok());
        f().server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
        f().server().context().archiveStore = *server::DatabaseBlobStore::create(crypto::randomBytes(16));
        crypto::ScryptParams fast;
        fast.n = 1024;
        QVERIFY(server::addUser(f().database(), u"loan2"_qs, u"loan2"_qs, u"loan_officer"_qs, u"0001"_qs,
                                u"pw-loan2"_qs, fast, f().clock().now().toMSecsSinceEpoch())
                    .ok());
        m_officer = f().login(u"loan1"_qs);
        QVERIFY(!m_officer.isEmpty());
        server::registerSigningArchiveJobs(f().server().jobs(), f().server().context());
    }

    // Borrower and spouse (coupleApplication); approved unless `stopAt` is "accepted". The serial.
    QString application(const QString &stopAt = {})
    {
        Couple couple;
        const QString serial = coupleApplication(f(), m_officer, u"配偶"_qs, couple, stopAt);
        m_borrower = couple.borrower;
        m_spouse = couple.spouse;
        return serial;
    }

    Reply act(const QString &serial, const QString &verb, const QString &token, const QJsonObject &body = {},
              const QString &key = ServerFixture::newKey())
    {
        return f().post(kApply + u'/' + serial + u'/' + verb, body, token, key);
    }

    Reply step(const QString &serial, const QJsonObject &body)
    {
        return act(serial, u"signing/steps"_qs, m_officer, body);
    }

    // Card and photo of one party.
    void present(const QString &serial, int position)
    {
        const QString number = position == 0 ? m_borrower : m_spouse;
        const QString name = position == 0 ? u"借款人"_qs : u"配偶"_qs;
        Reply r =
            step(serial, {{u"position"_qs, position},
                          {u"kind"_qs, u"identity"_qs},
                          {u"card"_qs, QJsonObject{{u"documentNumber"_qs, number}, {u"name"_qs, name}}}});
        QVERIFY2(r.status == 200, r.body.constData());
        r = step(serial, {{u"position"_qs, position},
                          {u"kind"_qs, u"photo"_qs},
                          {u"photo"_qs, QString::fromLatin1(jpeg(position * 40).toBase64())}});
        QVERIFY2(r.status == 200, r.body.constData());
    }

    Reply sign(const QString &serial, int position, const QString &document)
    {
        return step(serial, {{u"position"_qs, position},
                             {u"kind"_qs, u"signature"_qs},
                             {u"document"_qs, document},
                             {u"strokes"_qs, strokes(position)}});
    }

    Reply signContract(const QString &serial, const QString &document)
    {
        return act(
            serial, u"signing/contracts"_qs, m_officer,
            {{u"document"_qs, document}, {u"pdf"_qs, QString::fromLatin1(contractPdf(document).toBase64())}});
    }

    // A whole session: both parties, both documents, both contracts. The application is signed.
    void signAll(const QString &serial)
    {
        QCOMPARE(act(serial, u"signing"_qs, m_officer).status, 200);
        present(serial, 0);
        present(serial, 1);
        for (int position : {0, 1})
            for (const QString &document : {u"loan"_qs, u"mortgage"_qs})
                QCOMPARE(sign(serial, position, document).status, 200);
        QCOMPARE(signContract(serial, u"loan"_qs).status, 200);
        const Reply last = signContract(serial, u"mortgage"_qs);
        QVERIFY2(last.status == 200, last.body.constData());
        QCOMPARE(last.json.value(u"status"_qs).toString(), u"signed"_qs);
    }

    static void expect(const Reply &r, int status, const QString &code, const QString &field = {})
    {
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.code(), code);
        if (!field.isEmpty())
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
    }

private slots:
    void abandonRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("situation"); // approved+open | approved | accepted | teller
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonObject ok{{u"reason"_qs, u"借款人改日再来"_qs}};
        QTest::newRow("no reason") << QJsonObject{} << u"open"_qs << 400 << u"request.field_required"_qs
                                   << u"reason"_qs;
        QTest::newRow("blank reason") << QJsonObject{{u"reason"_qs, u"   "_qs}} << u"open"_qs << 400
                                      << u"request.field_empty"_qs << u"reason"_qs;
        QTest::newRow("full-width spaces") << QJsonObject{{u"reason"_qs, u"\u3000\u3000"_qs}} << u"open"_qs
                                           << 400 << u"request.field_empty"_qs << u"reason"_qs;
        QTest::newRow("oversized reason") << QJsonObject{{u"reason"_qs, QString(201, u'因')}} << u"open"_qs
                                          << 400 << QString() << u"reason"_qs;
        QTest::newRow("reason not text")
            << QJsonObject{{u"reason"_qs, 7}} << u"open"_qs << 400 << QString() << u"reason"_qs;
        QTest::newRow("unknown member") << QJsonObject{{u"reason"_qs, u"x"_qs}, {u"session"_qs, 1}}
                                        << u"open"_qs << 400 << u"request.unknown_field"_qs << u"session"_qs;
        QTest::newRow("no session open") << ok << u"approved"_qs << 409 << u"loan.step"_qs << u"serial"_qs;
        QTest::newRow("not approved") << ok << u"accepted"_qs << 409 << u"loan.step"_qs << u"serial"_qs;
        QTest::newRow("teller") << ok << u"teller"_qs << 403 << u"auth.role_denied"_qs << QString();
    }

    void abandonRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, situation);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        equip();
        const QString serial = application(situation == u"accepted" ? u"accepted"_qs : QString());
        QVERIFY(!serial.isEmpty());
        if (situation == u"open" || situation == u"teller")
            QCOMPARE(act(serial, u"signing"_qs, m_officer).status, 200);
        const QString token = situation == u"teller" ? f().login(u"teller1"_qs) : m_officer;
        const Reply r = act(serial, u"signing/abandon"_qs, token, body);
        QVERIFY2(r.status == status, r.body.constData());
        if (!code.isEmpty())
            QCOMPARE(r.code(), code);
        if (!field.isEmpty())
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        // Refused: nothing changed.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_sessions WHERE status = 'abandoned'"_qs), 0);
    }

    void abandonKeepsWhatIsSigned()
    {
        equip();
        const QString serial = application();
        QVERIFY(!serial.isEmpty());
        const Reply first = act(serial, u"signing"_qs, m_officer);
        QCOMPARE(first.status, 200);
        present(serial, 0);
        present(serial, 1);
        QCOMPARE(sign(serial, 0, u"loan"_qs).status, 200);
        QCOMPARE(sign(serial, 1, u"loan"_qs).status, 200);
        QCOMPARE(signContract(serial, u"loan"_qs).status, 200);

        // The borrower has to leave: the session is given up; the retried request is answered again.
        const QString key = ServerFixture::newKey();
        const QJsonObject reason{{u"reason"_qs, u"借款人临时离开"_qs}};
        const Reply abandoned = act(serial, u"signing/abandon"_qs, m_officer, reason, key);
        QVERIFY2(abandoned.status == 200, abandoned.body.constData());
        QCOMPARE(abandoned.json.value(u"status"_qs).toString(), u"abandoned"_qs);
        QCOMPARE(abandoned.json.value(u"session"_qs), first.json.value(u"session"_qs));
        const Reply replayed = act(serial, u"signing/abandon"_qs, m_officer, reason, key);
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.signAbandon'"_qs), 1);
        expect(act(serial, u"signing/abandon"_qs, m_officer, reason), 409, u"loan.step"_qs, u"serial"_qs);
        // Nothing signed is lost: the steps and the signed contract stay.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_steps"_qs), 6);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signed_contracts"_qs), 1);

        // A new session: the loan contract is signed already; the mortgage is what is left.
        const Reply second = act(serial, u"signing"_qs, m_officer);
        QCOMPARE(second.status, 200);
        QVERIFY(second.json.value(u"session"_qs) != first.json.value(u"session"_qs));
        QCOMPARE(second.json.value(u"steps"_qs).toArray().size(), 0);
        QCOMPARE(second.json.value(u"signedDocuments"_qs).toArray().size(), 1);
        present(serial, 0); // the card again, although its loan contract is signed
        present(serial, 1);
        expect(sign(serial, 0, u"loan"_qs), 409, u"signing.already_signed"_qs, u"document"_qs);
        QCOMPARE(sign(serial, 0, u"mortgage"_qs).status, 200);
        QCOMPARE(sign(serial, 1, u"mortgage"_qs).status, 200);
        const Reply last = signContract(serial, u"mortgage"_qs);
        QVERIFY2(last.status == 200, last.body.constData());
        QCOMPARE(last.json.value(u"status"_qs).toString(), u"signed"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_sessions WHERE status = 'abandoned'"_qs), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_sessions WHERE status = 'signed'"_qs), 1);

        // The package holds both sessions' part: the first signed the loan contract.
        auto ran = f().server().jobs().runDue();
        QVERIFY(ran.ok());
        QCOMPARE(*ran, 1);
        const qint64 files = sql(u"SELECT file_count FROM archive_packages"_qs);
        // session 1: 2 identity + 2 photos + 2 loan signatures; session 2: 2 + 2 + 2 mortgage; 2 PDFs.
        QCOMPARE(files, 14);
    }

    void archivePackage()
    {
        equip();
        const QString serial = application();
        QVERIFY(!serial.isEmpty());
        // Not signed yet: there is no 面签 record to file.
        const QString capture = f().login(u"loan1"_qs);
        expect(f().get(u"/api/v1/archive/records/MQ"_qs + serial, capture), 404, u"archive.unknown_record"_qs,
               u"serial"_qs);
        signAll(serial);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM jobs WHERE kind = 'loans.signing.archive'"_qs), 1);
        Reply contract = f().get(kApply + u'/' + serial + u"/contract"_qs, m_officer);
        QCOMPARE(contract.status, 200);
        QVERIFY(contract.json.value(u"archiveNumber"_qs).isNull()); // the job has not run

        auto ran = f().server().jobs().runDue();
        QVERIFY(ran.ok());
        QCOMPARE(*ran, 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM jobs WHERE kind = 'loans.signing.archive' AND state = 'done'"_qs),
                 1);
        const qint64 packageId = sql(u"SELECT id FROM archive_packages"_qs);
        QVERIFY(packageId > 0);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signed_contracts WHERE archive_record_id IS NULL"_qs), 0);
        QCOMPARE(sql(u"SELECT MIN(archive_record_id) FROM signed_contracts"_qs), packageId);

        contract = f().get(kApply + u'/' + serial + u"/contract"_qs, m_officer);
        const QString number = contract.json.value(u"archiveNumber"_qs).toString();
        QVERIFY2(QRegularExpression(u"^HPF-\\d{4}-DK-000001$"_qs).match(number).hasMatch(),
                 qPrintable(number));

        // The record the capture desk sees under MQ + serial: the 面签, archived.
        const Reply record = f().get(u"/api/v1/archive/records/MQ"_qs + serial, capture);
        QVERIFY2(record.status == 200, record.body.constData());
        QCOMPARE(record.json.value(u"business"_qs).toString(), u"loans.signing"_qs);
        QCOMPARE(record.json.value(u"package"_qs).toObject().value(u"archiveNumber"_qs).toString(), number);
        QVERIFY(record.json.value(u"subject"_qs)
                    .toObject()
                    .value(u"idNumberMasked"_qs)
                    .toString()
                    .contains(u'*'));
        // …and the application's own materials under its serial, not archived yet.
        const Reply materials = f().get(u"/api/v1/archive/records/"_qs + serial, capture);
        QVERIFY2(materials.status == 200, materials.body.constData());
        QCOMPARE(materials.json.value(u"business"_qs).toString(), u"loans.application"_qs);
        QVERIFY(materials.json.value(u"package"_qs).isNull());

        // The package: 2 identity checks, 2 photos, 4 stroke JSONs, 2 signed PDFs with their SM3.
        const QString auditor = f().login(u"auditor1"_qs);
        const QString path = u"/api/v1/archive/packages/"_qs + QString::number(packageId);
        const Reply package = f().get(path, auditor);
        QVERIFY2(package.status == 200, package.body.constData());
        const QJsonArray files = package.json.value(u"files"_qs).toArray();
        QCOMPARE(files.size(), 10);
        QHash<QString, int> byMaterial;
        QHash<QString, QString> sm3ByName;
        for (const QJsonValue &v : files) {
            const QJsonObject file = v.toObject();
            ++byMaterial[file.value(u"material"_qs).toString()];
            sm3ByName.insert(file.value(u"name"_qs).toString(), file.value(u"sm3"_qs).toString());
        }
        QCOMPARE(byMaterial.value(u"identity_check"_qs), 2);
        QCOMPARE(byMaterial.value(u"face_photo"_qs), 2);
        QCOMPARE(byMaterial.value(u"signature_strokes"_qs), 4);
        QCOMPARE(byMaterial.value(u"signed_contract"_qs), 2);
        // The PDF archived is the very file the center signed; the photo the one taken.
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        server::Query q(*conn, u"SELECT contract_number, signed_pdf_sm3 FROM signed_contracts"_qs);
        QVERIFY(q.exec().ok());
        int contracts = 0;
        while (q.next()) {
            QCOMPARE(sm3ByName.value(q.str(0) + u".pdf"_qs), q.str(1));
            ++contracts;
        }
        QCOMPARE(contracts, 2);
        const QStringList photos = sm3ByName.keys().filter(u"-photo.jpg"_qs);
        QCOMPARE(photos.size(), 2);
        QVERIFY(sm3ByName.values().contains(sm3Hex(jpeg(0))));

        // The 四性 check of the package passes (every file present, digested, readable, opened).
        const Reply check = f().post(path + u"/checks"_qs, {}, auditor, ServerFixture::newKey());
        QVERIFY2(check.status == 201, check.body.constData());
        QVERIFY2(check.json.value(u"passed"_qs).toBool(), check.body.constData());

        // Another run (a retried job, a second call) changes nothing.
        server::ServiceContext ctx(f().server().context(), *conn);
        ctx.nowMs = f().clock().now().toMSecsSinceEpoch();
        QVERIFY(server::queueSigningArchive(ctx, serial).ok());
        QCOMPARE(sql(u"SELECT COUNT(*) FROM jobs WHERE kind = 'loans.signing.archive'"_qs), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM archive_packages"_qs), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'archive.commit'"_qs), 1);
    }

    void damagedBlobIsNotArchived()
    {
        equip();
        const QString serial = application();
        QVERIFY(!serial.isEmpty());
        signAll(serial);
        // A photo's stored bytes are damaged before the job runs.
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        server::Query q(*conn, u"UPDATE archive_blobs SET data = :d WHERE sm3 = :h"_qs);
        q.bind(u":d"_qs, QByteArray("not the photo")).bind(u":h"_qs, sm3Hex(jpeg(40)));
        QVERIFY(q.exec().ok());
        QCOMPARE(q.rowsAffected(), 1);
        QVERIFY(f().server().jobs().runDue().ok());
        QCOMPARE(sql(u"SELECT COUNT(*) FROM archive_packages"_qs), 0);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signed_contracts WHERE archive_record_id IS NOT NULL"_qs), 0);
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM jobs WHERE kind = 'loans.signing.archive' AND state = 'queued'"_qs),
            1);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerSigningArchive(b); });
}

#include "tst_server_signingarchive.moc"
