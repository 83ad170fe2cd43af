// The electronic archive on the server (issue 14): records, chunked uploads, commit, 档号, search,
// file reads, exports and the 四性 checks, on SQLite and PostgreSQL and with both blob stores.
#include "archive/manifest.h"
#include "archivehelpers.h"
#include "business/archive/archivejob.h"
#include "business/archive/archiveservice.h"
#include "business/certificates/signingkeys.h"
#include "cli/cli.h"
#include "crypto/sm2.h"
#include "crypto/sm3.h"
#include "demo/demoseed.h"
#include "platform/blobstore/blobstore.h"
#include "platform/jobs/jobrunner.h"
#include "platform/localcall.h"
#include "platform/store/migrations.h"
#include "platform/store/sql.h"
#include "suitebase.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace hpf;
using namespace hpf::test;

namespace {

constexpr int kChunk = 65536;

} // namespace

class TestServerArchive : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private slots:
    void materials();
    void record();
    void uploadRefusals_data();
    void uploadRefusals();
    void chunkRefusals_data();
    void chunkRefusals();
    void resumeCommitAndReplay_data();
    void resumeCommitAndReplay();
    void commitMismatchCommitsNothing_data();
    void commitMismatchCommitsNothing();
    void commitIncompleteAndUnreadable();
    void concurrentCommitsMakeOnePackage();
    void search_data();
    void search();
    void tamperIsDetected_data();
    void tamperIsDetected();
    void exportChecksAndSummary();
    void blobStores_data();
    void blobStores();
    void exportVerifiedByOpenssl_data();
    void exportVerifiedByOpenssl();
    void dailyJobChecksAndSweeps();
    void demoSeedLeavesARecordToCapture();

private:
    QString m_teller;
    QString m_browser; // supervisor1: browse
    QString m_checker; // auditor1: checks
    QString m_unit;
    std::shared_ptr<server::BlobStore> m_store;
    std::unique_ptr<QTemporaryDir> m_blobDir;
    QByteArray m_blobKey;

    void setUp(const QString &store = u"files"_qs);
    // Opens an account (teller1) and returns the opening's serial.
    QString openingSerial(int person);
    Reply createUpload(const Draft &d, const QString &key = {});
    Reply sendChunk(const QString &uploadId, const QString &name, const QByteArray &file, int k,
                    const QString &key = {});
    void sendAll(const QString &uploadId, const Draft &d);
    // A committed package for a new opening; returns its id.
    QString commitPackage(int person, Draft *out = nullptr);
    QSqlDatabase db() { return *f().database().connection(); }
};

void TestServerArchive::setUp(const QString &store)
{
    auto key = crypto::Sm2Key::generate();
    QVERIFY(key.ok());
    server::Query q(db(), u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                          "VALUES (:k, :p, 'test', 'active', :t)"_qs);
    q.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
        .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
        .bind(u":t"_qs, f().clock().now().toMSecsSinceEpoch());
    QVERIFY(q.exec().ok());
    f().server().context().certificateSigner =
        std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
    if (store == u"files") {
        m_blobDir = std::make_unique<QTemporaryDir>();
        m_blobKey = crypto::randomBytes(16);
        auto s = server::FileBlobStore::open(m_blobDir->filePath(u"archive"_qs), m_blobKey);
        QVERIFY(s.ok());
        m_store = *s;
    } else {
        m_store = *server::DatabaseBlobStore::create(crypto::randomBytes(16));
    }
    f().server().context().archiveStore = m_store;
    m_teller = f().login(u"teller1"_qs);
    m_browser = f().login(u"supervisor1"_qs);
    m_checker = f().login(u"auditor1"_qs);
    QVERIFY(!m_teller.isEmpty() && !m_browser.isEmpty() && !m_checker.isEmpty());
    m_unit = f().createUnit(m_teller, 5);
    QVERIFY(!m_unit.isEmpty());
}

QString TestServerArchive::openingSerial(int person)
{
    const Reply r =
        f().post(u"/api/v1/openings/accounts"_qs, ServerFixture::accountOpeningBody(m_unit, person, 500000),
                 m_teller, ServerFixture::newKey());
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return r.json.value(u"serial"_qs).toString();
}

Reply TestServerArchive::createUpload(const Draft &d, const QString &key)
{
    return f().post(u"/api/v1/archive/uploads"_qs, {{u"manifest"_qs, d.json()}}, m_teller,
                    key.isEmpty() ? ServerFixture::newKey() : key);
}

Reply TestServerArchive::sendChunk(const QString &uploadId, const QString &name, const QByteArray &file,
                                   int k, const QString &key)
{
    const QByteArray data = file.mid(qsizetype(k) * kChunk, kChunk);
    return f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/files/"_qs + name + u"/chunks/"_qs +
                        QString::number(k),
                    {{u"sm3"_qs, QString::fromLatin1(crypto::sm3(data).toHex())},
                     {u"data"_qs, QString::fromLatin1(data.toBase64())}},
                    m_teller, key.isEmpty() ? ServerFixture::newKey() : key);
}

void TestServerArchive::sendAll(const QString &uploadId, const Draft &d)
{
    for (int i = 0; i < d.manifest.files.size(); ++i) {
        const QByteArray &bytes = d.contents.at(i);
        const int chunks = int((bytes.size() + kChunk - 1) / kChunk);
        for (int k = 0; k < chunks; ++k) {
            const Reply r = sendChunk(uploadId, d.manifest.files.at(i).name, bytes, k);
            QVERIFY2(r.status == 200, r.body.constData());
        }
    }
}

QString TestServerArchive::commitPackage(int person, Draft *out)
{
    const QString serial = openingSerial(person);
    Draft d = openingDraftAt(serial, f().clock().now().toUTC());
    const Reply up = createUpload(d);
    if (up.status != 201)
        return {};
    const QString uploadId = up.json.value(u"uploadId"_qs).toString();
    sendAll(uploadId, d);
    const Reply c = f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/commit"_qs, {}, m_teller,
                             ServerFixture::newKey());
    if (c.status != 201) {
        qWarning() << c.body;
        return {};
    }
    if (out)
        *out = d;
    return c.json.value(u"package"_qs).toObject().value(u"id"_qs).toString();
}

void TestServerArchive::materials()
{
    setUp();
    const Reply r = f().get(u"/api/v1/archive/materials"_qs, m_teller);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"scan"_qs).toObject().value(u"dpi"_qs).toInt(), 300);
    const QJsonArray businesses = r.json.value(u"businesses"_qs).toArray();
    QVERIFY(businesses.size() >= 5);
    QCOMPARE(businesses.at(0).toObject().value(u"business"_qs).toString(), u"openings.account"_qs);
    QCOMPARE(businesses.at(0)
                 .toObject()
                 .value(u"materials"_qs)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"minPages"_qs)
                 .toInt(),
             2);
}

void TestServerArchive::record()
{
    setUp();
    const QString serial = openingSerial(1);
    QVERIFY(!serial.isEmpty());
    Reply r = f().get(u"/api/v1/archive/records/"_qs + serial, m_teller);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"business"_qs).toString(), u"openings.account"_qs);
    QCOMPARE(r.json.value(u"branch"_qs).toString(), u"0001"_qs);
    QVERIFY(r.json.value(u"package"_qs).isNull());
    const QJsonObject subject = r.json.value(u"subject"_qs).toObject();
    QVERIFY(!subject.value(u"personName"_qs).toString().isEmpty());
    QVERIFY(subject.value(u"idNumberMasked"_qs).toString().contains(u'*'));
    QCOMPARE(f().get(u"/api/v1/archive/records/YW2099010199999999"_qs, m_teller).code(),
             u"archive.unknown_record"_qs);
    // Another branch's teller may not capture it; browse-only roles may not either.
    QCOMPARE(f().get(u"/api/v1/archive/records/"_qs + serial, f().login(u"teller2"_qs)).status, 403);
    QCOMPARE(f().get(u"/api/v1/archive/records/"_qs + serial, m_checker).code(), u"auth.role_denied"_qs);
    // The unit opening is a record too.
    server::Query q(db(), u"SELECT serial FROM receipts WHERE business = 'unit_opening'"_qs);
    QVERIFY(q.exec().ok() && q.next());
    const QString unitSerial = q.str(0);
    q.finish();
    r = f().get(u"/api/v1/archive/records/"_qs + unitSerial, m_teller);
    QCOMPARE(r.json.value(u"business"_qs).toString(), u"openings.unit"_qs);
    QVERIFY(r.json.value(u"subject"_qs).toObject().value(u"personName"_qs).isNull());
}

void TestServerArchive::uploadRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown record") << u"serial"_qs << 404 << u"archive.unknown_record"_qs << u"serial"_qs;
    QTest::newRow("format") << u"format"_qs << 422 << u"manifest.format"_qs << u"format"_qs;
    QTest::newRow("sm3 not hex") << u"sm3"_qs << 422 << u"manifest.invalid"_qs << u"files[1].sm3"_qs;
    QTest::newRow("sequence gap") << u"sequence"_qs << 422 << u"manifest.invalid"_qs << u"files"_qs;
    QTest::newRow("archive number set")
        << u"archiveNumber"_qs << 422 << u"manifest.invalid"_qs << u"archiveNumber"_qs;
    QTest::newRow("no manifest") << u"nomanifest"_qs << 400 << u"request.field_required"_qs << u"manifest"_qs;
    QTest::newRow("materials missing")
        << u"materials"_qs << 422 << u"archive.materials_missing"_qs << u"files"_qs;
    QTest::newRow("material not in checklist")
        << u"material"_qs << 422 << u"manifest.invalid"_qs << u"files[2].material"_qs;
    QTest::newRow("business mismatch")
        << u"business"_qs << 422 << u"archive.business_mismatch"_qs << u"business"_qs;
    QTest::newRow("already archived")
        << u"archived"_qs << 409 << u"archive.already_archived"_qs << u"serial"_qs;
}

void TestServerArchive::uploadRefusals()
{
    QFETCH(QString, change);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    setUp();
    QString serial = openingSerial(2);
    if (change == u"archived") {
        Draft done;
        const QString id = commitPackage(3, &done);
        QVERIFY(!id.isEmpty());
        serial = done.manifest.serial;
    }
    Draft d = openingDraftAt(serial, f().clock().now().toUTC());
    QJsonObject m = d.json();
    QJsonArray files = m.value(u"files"_qs).toArray();
    const auto editFile = [&](int i, const QString &key, const QJsonValue &v) {
        QJsonObject o = files.at(i).toObject();
        o.insert(key, v);
        files.replace(i, o);
        m.insert(u"files"_qs, files);
    };
    if (change == u"serial")
        m.insert(u"serial"_qs, u"YW2099010199999999"_qs);
    else if (change == u"format")
        m.insert(u"format"_qs, u"hpf-archive-manifest/9"_qs);
    else if (change == u"sm3")
        editFile(1, u"sm3"_qs, u"XYZ"_qs);
    else if (change == u"sequence")
        editFile(2, u"sequence"_qs, 7);
    else if (change == u"archiveNumber")
        m.insert(u"archiveNumber"_qs, u"HPF-2026-GR-000009"_qs);
    else if (change == u"materials")
        editFile(1, u"material"_qs, u"labour_contract"_qs); // one id_card page of two
    else if (change == u"material")
        editFile(2, u"material"_qs, u"passport"_qs);
    else if (change == u"business")
        m.insert(u"business"_qs, u"openings.unit"_qs);
    const QJsonObject body =
        change == u"nomanifest" ? QJsonObject{{u"draft"_qs, m}} : QJsonObject{{u"manifest"_qs, m}};
    const Reply r = f().post(u"/api/v1/archive/uploads"_qs, body, m_teller, ServerFixture::newKey());
    QVERIFY2(r.status == status, r.body.constData());
    QCOMPARE(r.code(), code);
    QCOMPARE(r.json.value(u"field"_qs).toString(), field);
    if (change == u"materials")
        QVERIFY(r.json.value(u"detail"_qs).toString().contains(u"id_card"_qs));
}

void TestServerArchive::chunkRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("wrong digest") << u"digest"_qs << 422 << u"archive.chunk_digest"_qs << u"sm3"_qs;
    QTest::newRow("wrong size") << u"size"_qs << 422 << u"archive.chunk_size"_qs << u"data"_qs;
    QTest::newRow("out of range") << u"range"_qs << 404 << u"archive.chunk_range"_qs << u"chunk"_qs;
    QTest::newRow("negative chunk") << u"negative"_qs << 404 << u"archive.chunk_range"_qs << u"chunk"_qs;
    QTest::newRow("unknown file") << u"file"_qs << 404 << u"archive.unknown_file"_qs << u"name"_qs;
    QTest::newRow("unknown upload") << u"upload"_qs << 404 << u"archive.unknown_upload"_qs << u"uploadId"_qs;
    QTest::newRow("conflicting") << u"conflict"_qs << 409 << u"archive.chunk_conflict"_qs << u"chunk"_qs;
    QTest::newRow("not base64") << u"base64"_qs << 400 << u"request.field_type"_qs << u"data"_qs;
    QTest::newRow("body above 96 KiB") << u"toolarge"_qs << 413 << u"request.too_large"_qs << QString();
    QTest::newRow("repeated") << u"repeat"_qs << 200 << QString() << QString();
    QTest::newRow("expired") << u"expired"_qs << 410 << u"archive.upload_expired"_qs << u"uploadId"_qs;
}

void TestServerArchive::chunkRefusals()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    setUp();
    Draft d = openingDraftAt(openingSerial(4), f().clock().now().toUTC(), true);
    const Reply up = createUpload(d);
    QCOMPARE(up.status, 201);
    QString uploadId = up.json.value(u"uploadId"_qs).toString();
    const QByteArray &big = d.contents.at(0);
    QVERIFY(big.size() > 2 * kChunk);
    QString name = u"p0001.png"_qs;
    int k = 0;
    QByteArray data = big.left(kChunk);
    QString sm3 = QString::fromLatin1(crypto::sm3(data).toHex());
    QString base64 = QString::fromLatin1(data.toBase64());
    if (kind == u"digest") {
        sm3 = QString::fromLatin1(crypto::sm3("other").toHex());
    } else if (kind == u"size") {
        data.chop(1);
        sm3 = QString::fromLatin1(crypto::sm3(data).toHex());
        base64 = QString::fromLatin1(data.toBase64());
    } else if (kind == u"range") {
        k = int(big.size() / kChunk) + 1;
    } else if (kind == u"negative") {
        k = -1;
    } else if (kind == u"file") {
        name = u"p0099.png"_qs;
    } else if (kind == u"upload") {
        uploadId = u"00000000-0000-0000-0000-000000000000"_qs;
    } else if (kind == u"conflict") {
        QCOMPARE(sendChunk(uploadId, name, big, 0).status, 200);
        data[10] = char(data[10] ^ 0x55);
        sm3 = QString::fromLatin1(crypto::sm3(data).toHex());
        base64 = QString::fromLatin1(data.toBase64());
    } else if (kind == u"toolarge") {
        base64 = QString(100 * 1024, u'A');
    } else if (kind == u"base64") {
        base64 = u"@@@not base64@@@"_qs;
    } else if (kind == u"repeat") {
        QCOMPARE(sendChunk(uploadId, name, big, 0).status, 200);
    } else if (kind == u"expired") {
        f().clock().advanceDays(8);
        m_teller = f().login(u"teller1"_qs);
    }
    const Reply r = f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/files/"_qs + name +
                                 u"/chunks/"_qs + QString::number(k),
                             {{u"sm3"_qs, sm3}, {u"data"_qs, base64}}, m_teller, ServerFixture::newKey());
    QVERIFY2(r.status == status, r.body.constData());
    QCOMPARE(r.code(), code);
    QCOMPARE(r.json.value(u"field"_qs).toString(), field);
    if (kind == u"repeat") {
        QCOMPARE(r.json.value(u"received"_qs).toInt(), 1);
        QCOMPARE(r.json.value(u"complete"_qs).toBool(), false);
    }
    if (kind == u"conflict") {
        // The first chunk stays.
        const Reply st = f().get(u"/api/v1/archive/uploads/"_qs + uploadId, m_teller);
        QCOMPARE(st.json.value(u"files"_qs).toArray().at(0).toObject().value(u"received"_qs).toArray(),
                 QJsonArray{0});
    }
}

void TestServerArchive::resumeCommitAndReplay_data()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("files") << u"files"_qs;
    QTest::newRow("database") << u"database"_qs;
}

void TestServerArchive::resumeCommitAndReplay()
{
    QFETCH(QString, store);
    setUp(store);
    const QString serial = openingSerial(5);
    Draft d = openingDraftAt(serial, f().clock().now().toUTC(), true);
    const QString uploadKey = ServerFixture::newKey();
    const Reply up = createUpload(d, uploadKey);
    QCOMPARE(up.status, 201);
    const QString uploadId = up.json.value(u"uploadId"_qs).toString();
    QCOMPARE(up.json.value(u"chunkBytes"_qs).toInt(), kChunk);
    // The same key replays the same upload.
    const Reply again = createUpload(d, uploadKey);
    QCOMPARE(again.json.value(u"uploadId"_qs).toString(), uploadId);
    const int chunks = int((d.contents.at(0).size() + kChunk - 1) / kChunk);
    QCOMPARE(up.json.value(u"files"_qs).toArray().at(0).toObject().value(u"chunks"_qs).toInt(), chunks);
    // Interrupted after the first chunk of the first file.
    QCOMPARE(sendChunk(uploadId, u"p0001.png"_qs, d.contents.at(0), 0).status, 200);
    {
        // Staged chunks are sealed too.
        server::Query q(db(), u"SELECT data FROM archive_upload_chunks"_qs);
        QVERIFY(q.exec().ok() && q.next());
        QVERIFY(!q.value(0).toByteArray().contains(d.contents.at(0).mid(1000, 32)));
        q.finish();
    }
    const Reply early = f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/commit"_qs, {}, m_teller,
                                 ServerFixture::newKey());
    QCOMPARE(early.status, 409);
    QCOMPARE(early.code(), u"archive.upload_incomplete"_qs);
    QCOMPARE(early.json.value(u"field"_qs).toString(), u"files[0]"_qs);
    // The status tells what is missing; resume from it.
    const Reply st = f().get(u"/api/v1/archive/uploads/"_qs + uploadId, m_teller);
    QCOMPARE(st.status, 200);
    QCOMPARE(st.json.value(u"complete"_qs).toBool(), false);
    const QJsonArray files = st.json.value(u"files"_qs).toArray();
    QCOMPARE(files.at(0).toObject().value(u"received"_qs).toArray(), QJsonArray{0});
    QVERIFY(files.at(1).toObject().value(u"received"_qs).toArray().isEmpty());
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject fo = files.at(i).toObject();
        QSet<int> have;
        for (const QJsonValue &v : fo.value(u"received"_qs).toArray())
            have.insert(v.toInt());
        for (int k = 0; k < fo.value(u"chunks"_qs).toInt(); ++k) {
            if (!have.contains(k))
                QCOMPARE(sendChunk(uploadId, fo.value(u"name"_qs).toString(), d.contents.at(i), k).status,
                         200);
        }
    }
    QCOMPARE(f().get(u"/api/v1/archive/uploads/"_qs + uploadId, m_teller).json.value(u"complete"_qs).toBool(),
             true);
    const QString commitKey = ServerFixture::newKey();
    const Reply c =
        f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/commit"_qs, {}, m_teller, commitKey);
    QVERIFY2(c.status == 201, c.body.constData());
    const QJsonObject package = c.json.value(u"package"_qs).toObject();
    const int year = f().clock().now().toLocalTime().date().year();
    QCOMPARE(package.value(u"archiveNumber"_qs).toString(), QStringLiteral("HPF-%1-GR-000001").arg(year));
    QCOMPARE(package.value(u"fileCount"_qs).toInt(), 3);
    QCOMPARE(package.value(u"serial"_qs).toString(), serial);
    // The signature verifies over the exact stored bytes with the signer's key.
    const QByteArray bytes = QByteArray::fromBase64(package.value(u"manifestBytes"_qs).toString().toLatin1());
    const QByteArray sig = QByteArray::fromBase64(package.value(u"signature"_qs).toString().toLatin1());
    QVERIFY(f().server().context().certificateSigner->key().verifyDer(bytes, sig));
    auto parsed = archive::fromJson(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->archiveNumber, package.value(u"archiveNumber"_qs).toString());
    QCOMPARE(parsed->files, d.manifest.files);
    // A replay of the commit (the answer was lost) and a new key both give the same package.
    const Reply replay =
        f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/commit"_qs, {}, m_teller, commitKey);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(replay.json.value(u"package"_qs).toObject().value(u"id"_qs), package.value(u"id"_qs));
    const Reply fresh = f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/commit"_qs, {}, m_teller,
                                 ServerFixture::newKey());
    QCOMPARE(fresh.status, 201);
    QCOMPARE(fresh.json.value(u"package"_qs).toObject().value(u"id"_qs), package.value(u"id"_qs));
    // The record shows its package; the staging is gone.
    const Reply rec = f().get(u"/api/v1/archive/records/"_qs + serial, m_teller);
    QCOMPARE(rec.json.value(u"package"_qs).toObject().value(u"archiveNumber"_qs),
             package.value(u"archiveNumber"_qs));
    server::Query left(db(), u"SELECT COUNT(*) FROM archive_upload_chunks"_qs);
    QVERIFY(left.exec().ok() && left.next());
    QCOMPARE(left.int64(0), 0);
    left.finish();
    // The next opening gets the next 档号.
    const QString second = commitPackage(6);
    QVERIFY(!second.isEmpty());
    const Reply p2 = f().get(u"/api/v1/archive/packages/"_qs + second, m_browser);
    QCOMPARE(p2.json.value(u"archiveNumber"_qs).toString(), QStringLiteral("HPF-%1-GR-000002").arg(year));
    // Each file reads back whole, re-digested.
    const Reply file =
        f().get(u"/api/v1/archive/packages/"_qs + package.value(u"id"_qs).toString() + u"/files/p0001.png"_qs,
                m_browser);
    QCOMPARE(file.status, 200);
    const QByteArray data = QByteArray::fromBase64(file.json.value(u"data"_qs).toString().toLatin1());
    QCOMPARE(data, d.contents.at(0));
    QCOMPARE(file.json.value(u"sm3"_qs).toString(), d.manifest.files.at(0).sm3);
    const Reply tail = f().get(u"/api/v1/archive/packages/"_qs + package.value(u"id"_qs).toString() +
                                   u"/files/p0001.png?offset=70000"_qs,
                               m_browser);
    QCOMPARE(QByteArray::fromBase64(tail.json.value(u"data"_qs).toString().toLatin1()),
             d.contents.at(0).mid(70000));
    // The browse roles read; a teller may not.
    QCOMPARE(f().get(u"/api/v1/archive/packages/"_qs + second, m_teller).status, 403);
}

void TestServerArchive::commitMismatchCommitsNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("sm3") << u"sm3"_qs;
    QTest::newRow("sha256") << u"sha256"_qs;
}

void TestServerArchive::commitMismatchCommitsNothing()
{
    QFETCH(QString, what);
    setUp();
    const QString serial = openingSerial(7);
    Draft d = openingDraftAt(serial, f().clock().now().toUTC());
    // The manifest says one thing about file 1, the upload sends another of the same size.
    const QByteArray real = d.contents.at(1);
    QByteArray other = real;
    other[other.size() - 5] = char(other[other.size() - 5] ^ 0x01);
    if (what == u"sm3") {
        d.manifest.files[1].sm3 = archive::digestOf(other).sm3;
    } else {
        d.manifest.files[1].sha256 = archive::digestOf(other).sha256;
    }
    const Reply up = createUpload(d);
    QCOMPARE(up.status, 201);
    const QString uploadId = up.json.value(u"uploadId"_qs).toString();
    sendAll(uploadId, d);
    const Reply c = f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/commit"_qs, {}, m_teller,
                             ServerFixture::newKey());
    QCOMPARE(c.status, 422);
    QCOMPARE(c.code(), u"archive.manifest_mismatch"_qs);
    QCOMPARE(c.json.value(u"field"_qs).toString(), u"files[1]."_qs + what);
    server::Query n(
        db(), u"SELECT (SELECT COUNT(*) FROM archive_packages) + (SELECT COUNT(*) FROM archive_files)"_qs);
    QVERIFY(n.exec().ok() && n.next());
    QCOMPARE(n.int64(0), 0);
    n.finish();
    // That file's chunks were dropped: it can be sent again; the others stay.
    const Reply st = f().get(u"/api/v1/archive/uploads/"_qs + uploadId, m_teller);
    const QJsonArray files = st.json.value(u"files"_qs).toArray();
    QVERIFY(files.at(1).toObject().value(u"received"_qs).toArray().isEmpty());
    QCOMPARE(files.at(0).toObject().value(u"received"_qs).toArray().size(), 1);
    if (what == u"sm3") {
        // The bytes the manifest names are accepted; the commit then passes the SHA-256 check only
        // if they are those bytes: they are not (only the SM3 was changed), so it stays refused.
        QCOMPARE(sendChunk(uploadId, u"p0002.png"_qs, other, 0).status, 200);
        const Reply again = f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/commit"_qs, {}, m_teller,
                                     ServerFixture::newKey());
        QCOMPARE(again.code(), u"archive.manifest_mismatch"_qs);
        QCOMPARE(again.json.value(u"field"_qs).toString(), u"files[1].sha256"_qs);
    }
}

void TestServerArchive::commitIncompleteAndUnreadable()
{
    setUp();
    const QString serial = openingSerial(8);
    Draft d = openingDraftAt(serial, f().clock().now().toUTC());
    // File 2 claims to be a PNG but is not one.
    QByteArray junk(900, 'x');
    d.contents[2] = junk;
    const archive::FileDigests dj = archive::digestOf(junk);
    d.manifest.files[2].size = dj.size;
    d.manifest.files[2].sm3 = dj.sm3;
    d.manifest.files[2].sha256 = dj.sha256;
    const Reply up = createUpload(d);
    QCOMPARE(up.status, 201);
    const QString uploadId = up.json.value(u"uploadId"_qs).toString();
    sendAll(uploadId, d);
    const Reply c = f().post(u"/api/v1/archive/uploads/"_qs + uploadId + u"/commit"_qs, {}, m_teller,
                             ServerFixture::newKey());
    QCOMPARE(c.status, 422);
    QCOMPARE(c.code(), u"archive.unreadable_file"_qs);
    QCOMPARE(c.json.value(u"field"_qs).toString(), u"files[2]"_qs);
    QVERIFY(c.json.value(u"detail"_qs).toString().startsWith(u"imaging."_qs));
    server::Query n(db(), u"SELECT COUNT(*) FROM archive_packages"_qs);
    QVERIFY(n.exec().ok() && n.next());
    QCOMPARE(n.int64(0), 0);
}

void TestServerArchive::concurrentCommitsMakeOnePackage()
{
    setUp();
    const QString serial = openingSerial(9);
    Draft d = openingDraftAt(serial, f().clock().now().toUTC());
    const Reply up = createUpload(d);
    const QString uploadId = up.json.value(u"uploadId"_qs).toString();
    sendAll(uploadId, d);
    QList<Call> calls;
    for (int i = 0; i < 4; ++i)
        calls.append(Call{"POST",
                          u"/api/v1/archive/uploads/"_qs + uploadId + u"/commit"_qs,
                          {},
                          {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                          {}});
    const QList<Reply> replies = f().parallel(calls, m_teller);
    QSet<QString> ids;
    for (const Reply &r : replies) {
        QVERIFY2(r.status == 201, r.body.constData());
        ids.insert(r.json.value(u"package"_qs).toObject().value(u"id"_qs).toString());
    }
    QCOMPARE(ids.size(), 1);
    server::Query n(db(), u"SELECT COUNT(*) FROM archive_packages"_qs);
    QVERIFY(n.exec().ok() && n.next());
    QCOMPARE(n.int64(0), 1);
}

void TestServerArchive::search_data()
{
    QTest::addColumn<QString>("term");
    QTest::newRow("name") << u"name"_qs;
    QTest::newRow("idNumber") << u"idNumber"_qs;
    QTest::newRow("accountNumber") << u"accountNumber"_qs;
    QTest::newRow("unitCode") << u"unitCode"_qs;
    QTest::newRow("serial") << u"serial"_qs;
    QTest::newRow("archiveNumber") << u"archiveNumber"_qs;
    QTest::newRow("date range") << u"from"_qs;
}

void TestServerArchive::search()
{
    QFETCH(QString, term);
    setUp();
    Draft d;
    const QString id = commitPackage(10, &d);
    QVERIFY(!id.isEmpty());
    QVERIFY(!commitPackage(11).isEmpty());
    const QJsonObject package = f().get(u"/api/v1/archive/packages/"_qs + id, m_browser).json;
    server::Query q(db(), u"SELECT pe.name, pe.document_number, a.account_number FROM archive_packages p "
                          "JOIN persons pe ON pe.id = p.person_id JOIN accounts a ON a.id = p.account_id "
                          "WHERE p.id = :id"_qs);
    q.bind(u":id"_qs, id.toLongLong());
    QVERIFY(q.exec().ok() && q.next());
    const QHash<QString, QString> values{
        {u"name"_qs, q.str(0)},
        {u"idNumber"_qs, q.str(1)},
        {u"accountNumber"_qs, q.str(2)},
        {u"unitCode"_qs, m_unit},
        {u"serial"_qs, d.manifest.serial},
        {u"archiveNumber"_qs, package.value(u"archiveNumber"_qs).toString()}};
    q.finish();
    QJsonObject body;
    const QString today = f().clock().now().toLocalTime().date().toString(Qt::ISODate);
    if (term == u"from")
        body = {{u"from"_qs, today}, {u"to"_qs, today}, {u"limit"_qs, 1}};
    else
        body = {{term, values.value(term)}};
    const Reply r = f().post(u"/api/v1/archive/packages/search"_qs, body, m_browser);
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonArray items = r.json.value(u"items"_qs).toArray();
    if (term == u"from") {
        // Two packages that day, one per page.
        QCOMPARE(items.size(), 1);
        const QString cursor = r.json.value(u"nextCursor"_qs).toString();
        QVERIFY(!cursor.isEmpty());
        body.insert(u"cursor"_qs, cursor);
        const Reply next = f().post(u"/api/v1/archive/packages/search"_qs, body, m_browser);
        QCOMPARE(next.json.value(u"items"_qs).toArray().size(), 1);
        QVERIFY(next.json.value(u"nextCursor"_qs).isNull());
        return;
    }
    const bool unitWide = term == u"unitCode";
    QCOMPARE(items.size(), unitWide ? 2 : 1);
    bool found = false;
    for (const QJsonValue &v : items)
        found = found || v.toObject().value(u"id"_qs).toString() == id;
    QVERIFY(found);
    // No term at all is refused; the terms never travel in the URL.
    QCOMPARE(f().post(u"/api/v1/archive/packages/search"_qs, {}, m_browser).code(),
             u"archive.search_terms"_qs);
}

void TestServerArchive::tamperIsDetected_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("failedCheck");
    QTest::newRow("files: a byte of the sealed file") << u"files"_qs << u"blob"_qs << u"file.readable"_qs;
    QTest::newRow("files: truncated") << u"files"_qs << u"truncate"_qs << u"file.readable"_qs;
    QTest::newRow("database: a byte of the row") << u"database"_qs << u"blob"_qs << u"file.digest"_qs;
    QTest::newRow("manifest bytes in the row") << u"files"_qs << u"manifest"_qs << u"signature"_qs;
    QTest::newRow("blob gone") << u"database"_qs << u"remove"_qs << u"file.present"_qs;
}

void TestServerArchive::tamperIsDetected()
{
    QFETCH(QString, store);
    QFETCH(QString, tamper);
    QFETCH(QString, failedCheck);
    setUp(store);
    Draft d;
    const QString id = commitPackage(12, &d);
    QVERIFY(!id.isEmpty());
    const QString path = u"/api/v1/archive/packages/"_qs + id;
    Reply first = f().post(path + u"/checks"_qs, {}, m_checker, ServerFixture::newKey());
    QVERIFY2(first.status == 201, first.body.constData());
    QVERIFY2(first.json.value(u"passed"_qs).toBool(), first.body.constData());
    const QString sm3 = d.manifest.files.at(0).sm3;
    if (tamper == u"blob" && store == u"files") {
        auto *files = static_cast<server::FileBlobStore *>(m_store.get());
        QFile file(files->pathOf(sm3));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
    } else if (tamper == u"truncate") {
        auto *files = static_cast<server::FileBlobStore *>(m_store.get());
        QFile file(files->pathOf(sm3));
        QVERIFY(file.resize(file.size() - 7));
    } else if (tamper == u"blob") {
        server::Query q(db(), u"SELECT data FROM archive_blobs WHERE sm3 = :h"_qs);
        q.bind(u":h"_qs, sm3);
        QVERIFY(q.exec().ok() && q.next());
        QByteArray bytes = q.value(0).toByteArray();
        q.finish();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        server::Query u(db(), u"UPDATE archive_blobs SET data = :d WHERE sm3 = :h"_qs);
        u.bind(u":d"_qs, bytes).bind(u":h"_qs, sm3);
        QVERIFY(u.exec().ok());
    } else if (tamper == u"remove") {
        server::Query u(db(), u"DELETE FROM archive_blobs WHERE sm3 = :h"_qs);
        u.bind(u":h"_qs, sm3);
        QVERIFY(u.exec().ok());
    } else if (tamper == u"manifest") {
        server::Query q(db(), u"SELECT manifest FROM archive_packages WHERE id = :id"_qs);
        q.bind(u":id"_qs, id.toLongLong());
        QVERIFY(q.exec().ok() && q.next());
        QByteArray bytes = q.value(0).toByteArray();
        q.finish();
        bytes.replace("\"operator\":\"teller1\"", "\"operator\":\"teller9\"");
        server::Query u(db(), u"UPDATE archive_packages SET manifest = :m WHERE id = :id"_qs);
        u.bind(u":m"_qs, bytes).bind(u":id"_qs, id.toLongLong());
        QVERIFY(u.exec().ok());
    }
    const Reply report = f().post(path + u"/checks"_qs, {}, m_checker, ServerFixture::newKey());
    QCOMPARE(report.status, 201);
    QCOMPARE(report.json.value(u"passed"_qs).toBool(), false);
    bool named = false;
    for (const QJsonValue &v : report.json.value(u"items"_qs).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value(u"check"_qs).toString() == failedCheck && !item.value(u"passed"_qs).toBool())
            named = true;
    }
    QVERIFY2(named, report.body.constData());
    if (tamper != u"manifest") {
        const Reply read = f().get(path + u"/files/p0001.png"_qs, m_browser);
        QCOMPARE(read.status, 409);
        QCOMPARE(read.code(), u"archive.integrity"_qs);
        QCOMPARE(read.json.value(u"field"_qs).toString(), u"name"_qs);
        QVERIFY(!read.json.contains(u"data"_qs));
    }
    // Newest first.
    const Reply list = f().get(path + u"/checks"_qs, m_checker);
    QCOMPARE(list.json.value(u"items"_qs).toArray().size(), 2);
    QCOMPARE(list.json.value(u"items"_qs).toArray().at(0).toObject().value(u"passed"_qs).toBool(), false);
}

void TestServerArchive::exportChecksAndSummary()
{
    setUp();
    const QString id = commitPackage(13);
    QVERIFY(!id.isEmpty());
    const QString path = u"/api/v1/archive/packages/"_qs + id;
    const Reply e = f().post(path + u"/exports"_qs, {{u"purpose"_qs, u"法院调档"_qs}}, m_browser,
                             ServerFixture::newKey());
    QVERIFY2(e.status == 201, e.body.constData());
    QVERIFY(e.json.value(u"watermark"_qs).toString().contains(u"supervisor1"_qs));
    QVERIFY(e.json.value(u"watermark"_qs).toString().endsWith(u"-GR-000001"_qs));
    QCOMPARE(f().post(path + u"/exports"_qs, {}, m_browser, ServerFixture::newKey()).status, 400);
    QCOMPARE(f().post(path + u"/checks"_qs, {}, m_checker, ServerFixture::newKey()).status, 201);
    QCOMPARE(
        f().post(u"/api/v1/archive/packages/999999/checks"_qs, {}, m_checker, ServerFixture::newKey()).code(),
        u"archive.unknown_package"_qs);
    const QString today = f().clock().now().toLocalTime().date().toString(Qt::ISODate);
    const Reply s =
        f().get(u"/api/v1/archive/checks/summary?from="_qs + today + u"&to="_qs + today, m_checker);
    QCOMPARE(s.status, 200);
    QCOMPARE(s.json.value(u"packages"_qs).toInt(), 1);
    QCOMPARE(s.json.value(u"checked"_qs).toInt(), 1);
    QCOMPARE(s.json.value(u"passed"_qs).toInt(), 1);
    QCOMPARE(f().get(u"/api/v1/archive/checks/summary?from=x&to="_qs + today, m_checker).status, 400);
    // Views and exports are audited.
    server::Query q(db(),
                    u"SELECT COUNT(*) FROM audit_log WHERE operation IN ('archive.export', 'archive.get', "
                    "'archive.commit', 'archive.check') AND object = :o"_qs);
    q.bind(u":o"_qs, QString(u"archive:"_qs + id));
    QVERIFY(q.exec().ok() && q.next());
    QVERIFY(q.int64(0) >= 3);
}

void TestServerArchive::blobStores_data()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("files") << u"files"_qs;
    QTest::newRow("database") << u"database"_qs;
}

// The stores on their own: put is idempotent, get re-checks the digest, a wrong name is refused.
void TestServerArchive::blobStores()
{
    QFETCH(QString, store);
    setUp(store);
    const QByteArray bytes = pngPage(42);
    const QString sm3 = QString::fromLatin1(crypto::sm3(bytes).toHex());
    QVERIFY(m_store->put(db(), sm3, bytes).ok());
    QVERIFY(m_store->put(db(), sm3, bytes).ok());
    auto stored = m_store->get(db(), sm3);
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().code + u' ' + stored.error().detail));
    QCOMPARE(*stored, bytes);
    QVERIFY(*m_store->contains(db(), sm3));
    const QString wrong = QString::fromLatin1(crypto::sm3("other").toHex());
    QCOMPARE(m_store->put(db(), wrong, bytes).error().code, u"archive.integrity"_qs);
    QCOMPARE(m_store->get(db(), wrong).error().code, u"archive.blob_missing"_qs);
    if (store == u"database") {
        server::Query q(db(), u"SELECT data FROM archive_blobs WHERE sm3 = :h"_qs);
        q.bind(u":h"_qs, sm3);
        QVERIFY(q.exec().ok() && q.next());
        QVERIFY(!q.value(0).toByteArray().contains(bytes.mid(100, 32))); // sealed, not in clear
        q.finish();
        auto other = server::DatabaseBlobStore::create(crypto::randomBytes(16));
        QCOMPARE((*other)->get(db(), sm3).error().code, u"archive.integrity"_qs);
    }
    if (store == u"files") {
        auto *files = static_cast<server::FileBlobStore *>(m_store.get());
        QFile sealed(files->pathOf(sm3));
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        QVERIFY(!sealed.readAll().contains(bytes.mid(100, 32))); // sealed, not in clear
        QCOMPARE(QFileInfo(files->pathOf(sm3)).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // Another key cannot open it: the seal is authentic only under archive.key.
        auto other = server::FileBlobStore::open(files->dir(), crypto::randomBytes(16));
        QCOMPARE((*other)->get({}, sm3).error().code, u"archive.integrity"_qs);
        QVERIFY(files->list().size() == 1);
    }
    QVERIFY(m_store->remove(db(), sm3).ok());
    QVERIFY(!*m_store->contains(db(), sm3));
    if (store == u"files") {
        // The same content stored by several commits at once (e.g. a blank page in two packages):
        // every writer has its own temporary file, so the blob is whole whoever renames last.
        for (int round = 0; round < 6; ++round) {
            const QByteArray big = pngPage(43 + round, 300, true);
            const QString bigSm3 = QString::fromLatin1(crypto::sm3(big).toHex());
            QList<QFuture<bool>> writers;
            for (int i = 0; i < 12; ++i)
                writers << QtConcurrent::run([&] { return m_store->put({}, bigSm3, big).ok(); });
            for (QFuture<bool> &w : writers)
                QVERIFY(w.result());
            auto back = m_store->get({}, bigSm3);
            QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().detail));
            QCOMPARE(*back, big);
        }
    }
}

void TestServerArchive::exportVerifiedByOpenssl_data()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("files") << u"files"_qs;
    QTest::newRow("database") << u"database"_qs;
}

// `hpf-server archive export`, then none of the project's code: openssl SM3 and SM2, sha256sum.
void TestServerArchive::exportVerifiedByOpenssl()
{
    QFETCH(QString, store);
    for (const QString &tool : {u"openssl"_qs, u"sha256sum"_qs}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            if (componentsRequired())
                QFAIL(qPrintable(tool + u" is missing (CI=true)"_qs));
            QSKIP(qPrintable(tool + u" is not installed"_qs));
        }
    }
    QTemporaryDir keys;
    QStringList storeArgs{u"--archive-store"_qs, store, u"--keys-dir"_qs, keys.path()};
    // The store the CLI opens: the same archive.key (and folder) as this server's.
    auto key = server::cli::loadOrCreateKeyFile(keys.filePath(u"archive.key"_qs));
    QVERIFY(key.ok());
    setUp(u"database"_qs);
    if (store == u"files") {
        auto files = server::FileBlobStore::open(keys.filePath(u"blobs"_qs), *key);
        QVERIFY(files.ok());
        m_store = *files;
        storeArgs << u"--archive-dir"_qs << keys.filePath(u"blobs"_qs);
    } else {
        m_store = *server::DatabaseBlobStore::create(*key);
    }
    f().server().context().archiveStore = m_store;
    Draft d;
    const QString id = commitPackage(14, &d);
    QVERIFY(!id.isEmpty());
    QTemporaryDir out;
    QProcess p;
    p.start(QStringLiteral(HPF_SERVER_BINARY),
            QStringList{u"archive"_qs, u"export"_qs, u"--package"_qs, id, u"--out"_qs, out.path(),
                        u"--database"_qs, f().databaseUrl()} +
                storeArgs);
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, QByteArray(p.readAllStandardOutput() + p.readAllStandardError()).constData());
    for (int i = 0; i < d.manifest.files.size(); ++i) {
        const archive::ManifestFile &mf = d.manifest.files.at(i);
        const QString path = out.filePath(mf.name);
        QByteArray sm3Out;
        QCOMPARE(runProgram(u"openssl"_qs, {u"dgst"_qs, u"-sm3"_qs, u"-r"_qs, path}, {}, &sm3Out), 0);
        QCOMPARE(QString::fromLatin1(sm3Out.split(' ').value(0)), mf.sm3);
        QByteArray shaOut;
        QCOMPARE(runProgram(u"sha256sum"_qs, {path}, {}, &shaOut), 0);
        QCOMPARE(QString::fromLatin1(shaOut.split(' ').value(0)), mf.sha256);
    }
    const QStringList verify{u"pkeyutl"_qs,
                             u"-verify"_qs,
                             u"-pubin"_qs,
                             u"-inkey"_qs,
                             out.filePath(u"signer.pem"_qs),
                             u"-rawin"_qs,
                             u"-digest"_qs,
                             u"sm3"_qs,
                             u"-in"_qs,
                             out.filePath(u"manifest.json"_qs),
                             u"-sigfile"_qs,
                             out.filePath(u"manifest.sig"_qs),
                             u"-pkeyopt"_qs,
                             u"distid:1234567812345678"_qs};
    QByteArray vout, verr;
    QCOMPARE(runProgram(u"openssl"_qs, verify, {}, &vout, &verr), 0);
    QVERIFY2(vout.contains("Signature Verified Successfully"), verr.constData());
    // The exported manifest names the files and digests openssl just computed.
    QFile manifest(out.filePath(u"manifest.json"_qs));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    auto parsed = archive::fromJson(manifest.readAll());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->files, d.manifest.files);
    manifest.close();
    // A changed manifest byte fails the same verification.
    QVERIFY(manifest.open(QIODevice::ReadWrite));
    QByteArray bytes = manifest.readAll();
    bytes.replace("teller1", "teller2");
    QVERIFY(manifest.seek(0));
    manifest.write(bytes);
    manifest.close();
    QVERIFY(runProgram(u"openssl"_qs, verify, {}, &vout, &verr) != 0);
    // `archive check` agrees with the API; exit 1 when a check fails.
    QProcess check;
    check.start(QStringLiteral(HPF_SERVER_BINARY),
                QStringList{u"archive"_qs, u"check"_qs, u"--database"_qs, f().databaseUrl()} + storeArgs);
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0,
             QByteArray(check.readAllStandardOutput() + check.readAllStandardError()).constData());
    server::Query u(
        db(), u"UPDATE archive_files SET size = size + 1 WHERE package_id = :id AND name = 'p0002.png'"_qs);
    u.bind(u":id"_qs, id.toLongLong());
    QVERIFY(u.exec().ok());
    check.start(QStringLiteral(HPF_SERVER_BINARY), QStringList{u"archive"_qs, u"check"_qs, u"--package"_qs,
                                                               id, u"--database"_qs, f().databaseUrl()} +
                                                       storeArgs);
    QVERIFY(check.waitForFinished(60000));
    const QByteArray said = check.readAllStandardOutput();
    QCOMPARE(check.exitCode(), 1);
    QVERIFY2(said.contains("FAILED") && said.contains("registration"), said.constData());
}

// The job checks what is due (never checked, or older than checkEveryDays), reports as "job",
// queues its next run, and sweeps blobs no package names once they are a day old.
void TestServerArchive::dailyJobChecksAndSweeps()
{
    setUp(u"files"_qs);
    const QString id = commitPackage(15);
    QVERIFY(!id.isEmpty());
    // An orphan: a blob no package names (a commit that rolled back after writing it).
    const QByteArray orphan = pngPage(77);
    const QString orphanSm3 = QString::fromLatin1(crypto::sm3(orphan).toHex());
    QVERIFY(m_store->put(db(), orphanSm3, orphan).ok());
    server::JobRunner runner(f().database(), f().clock());
    server::registerArchiveJobs(runner, f().server().context());
    QVERIFY(server::scheduleFourChecks(db(), f().clock().now().toMSecsSinceEpoch()).ok());
    QVERIFY(server::scheduleFourChecks(db(), f().clock().now().toMSecsSinceEpoch()).ok()); // once a day
    auto ran = runner.runDue();
    QVERIFY(ran.ok());
    QCOMPARE(*ran, 1);
    Reply list = f().get(u"/api/v1/archive/packages/"_qs + id + u"/checks"_qs, m_checker);
    QCOMPARE(list.json.value(u"items"_qs).toArray().size(), 1);
    QCOMPARE(list.json.value(u"items"_qs).toArray().at(0).toObject().value(u"by"_qs).toString(), u"job"_qs);
    QVERIFY(*m_store->contains(db(), orphanSm3)); // younger than a day
    // Tomorrow: the next run is due; the package is not (checked 1 day ago < 30); the orphan goes.
    f().clock().advanceDays(2);
    auto *files = static_cast<server::FileBlobStore *>(m_store.get());
    const QDateTime old = f().clock().now().addDays(-2);
    QFile orphanFile(files->pathOf(orphanSm3));
    QVERIFY(orphanFile.open(QIODevice::ReadWrite));
    QVERIFY(orphanFile.setFileTime(old, QFileDevice::FileModificationTime));
    orphanFile.close();
    QCOMPARE(*runner.runDue(), 1);
    m_checker = f().login(u"auditor1"_qs);
    list = f().get(u"/api/v1/archive/packages/"_qs + id + u"/checks"_qs, m_checker);
    QCOMPARE(list.json.value(u"items"_qs).toArray().size(), 1);
    QVERIFY(!*m_store->contains(db(), orphanSm3));
    // A month later the package is due again.
    f().clock().advanceDays(31);
    QVERIFY(runner.runDue().ok());
    m_checker = f().login(u"auditor1"_qs);
    list = f().get(u"/api/v1/archive/packages/"_qs + id + u"/checks"_qs, m_checker);
    QCOMPARE(list.json.value(u"items"_qs).toArray().size(), 2);
}

// The done-when flow starts from an unarchived account opening of the training center.
void TestServerArchive::demoSeedLeavesARecordToCapture()
{
    QTemporaryDir dir;
    auto config = server::DatabaseConfig::parse(u"sqlite:"_qs + dir.filePath(u"demo.db"_qs));
    QVERIFY(config.ok());
    server::Database database(*config);
    ManualClock clock(f().clock().now());
    QVERIFY(server::migrate(database, clock.now().toMSecsSinceEpoch()).ok());
    auto policy = finance::Policy::defaults();
    QVERIFY(policy.ok());
    crypto::ScryptParams fast;
    fast.n = 1024;
    auto log = server::seedDemo(database, *policy, clock, fast);
    QVERIFY2(log.ok(), log.ok() ? "" : qPrintable(log.error().detail));
    QString serial;
    for (const QString &line : *log) {
        if (line.startsWith(u"archive: "_qs))
            serial = line.section(u' ', 5, 5);
    }
    QVERIFY2(serial.startsWith(u"YW"_qs), qPrintable(log->join(u'\n')));
    server::ServerContext context(database, clock, *policy);
    server::ArchiveRecord record;
    const Status s = server::runLocally(context, {u"archivist1"_qs, u"archive.record"_qs, u"test"_qs},
                                        [&](server::ServiceContext &ctx) -> Status {
                                            auto r = server::findRecord(ctx, serial);
                                            if (!r)
                                                return r.error();
                                            record = *r;
                                            return {};
                                        });
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().code));
    QCOMPARE(record.business, u"openings.account"_qs);
    QCOMPARE(record.packageId, 0);
    QVERIFY(!record.personName.isEmpty());
}

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerArchive(b); });
}

#include "tst_server_archive.moc"
