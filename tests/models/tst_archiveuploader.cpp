// The archive uploader against a scripted back end that keeps the contract of routes 3–6 (create
// with idempotency replay, upload state, chunks checked by SM3 and length, commit assembling and
// checking every file): a whole upload, a connection lost mid-upload and a client restart (resumed
// from GET /uploads/{id}, nothing sent twice with another key, nothing lost), an offline create
// that waits in the outbox, an expired upload started again; and the pure resume helpers.
#include "archive/capturestore.h"
#include "archive/uploader.h"
#include "capture/scanner.h"
#include "crypto/sm3.h"
#include "outboxsuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUuid>

using namespace hpf::client;
namespace imaging = hpf::imaging;
using Reply = hpf::test::ScriptedHttpServer::Reply;
using Request = hpf::test::ScriptedHttpServer::Request;

namespace {

// The archive routes 3–6 as the contract describes them, in memory.
struct FakeArchive
{
    struct File
    {
        QString name;
        qint64 size = 0;
        QString sm3;
        QMap<int, QByteArray> chunks;
        int chunkCount() const { return size == 0 ? 1 : int((size + 65535) / 65536); }
    };
    struct Upload
    {
        QString id;
        QString serial;
        QList<File> files;
        QJsonObject manifest;
    };
    QHash<QString, QByteArray> replies; // idempotency key → stored response body (create, commit)
    QHash<QString, Upload> uploads;
    int creates = 0;       // uploads created (not replays)
    int commits = 0;       // packages committed (not replays)
    int chunkPosts = 0;    // chunk requests that reached the route
    int dropChunksAfter = -1; // connection closed for every chunk past this many (a lost link)
    bool offline = false;     // every request: connection closed
    bool expireNextGet = false;
    QSet<QString> chunkKeysSeen;
    QHash<QString, QString> keyOfChunk; // "upload/file/k" → the first key it came with
    bool keyChanged = false;

    Reply handle(const Request &rq)
    {
        if (offline)
            return Reply::close();
        const QString path = QString::fromLatin1(rq.path);
        const QJsonObject body = QJsonDocument::fromJson(rq.body).object();
        const QString key = QString::fromLatin1(rq.header("Idempotency-Key"));
        static const QRegularExpression chunkPath(u"^/api/v1/archive/uploads/([^/]+)/files/([^/]+)/chunks/(\\d+)$"_qs);
        static const QRegularExpression commitPath(u"^/api/v1/archive/uploads/([^/]+)/commit$"_qs);
        static const QRegularExpression statePath(u"^/api/v1/archive/uploads/([^/]+)$"_qs);
        if (rq.method == "POST" && path == u"/api/v1/archive/uploads") {
            if (replies.contains(key))
                return Reply::json(201, replies.value(key));
            Upload u;
            u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            u.manifest = body.value(u"manifest").toObject();
            u.serial = u.manifest.value(u"serial").toString();
            for (const QJsonValue &f : u.manifest.value(u"files").toArray()) {
                const QJsonObject o = f.toObject();
                u.files.append({o.value(u"name").toString(), qint64(o.value(u"size").toDouble()),
                                o.value(u"sm3").toString(), {}});
            }
            uploads.insert(u.id, u);
            ++creates;
            const QByteArray answer = QJsonDocument(state(u)).toJson(QJsonDocument::Compact);
            replies.insert(key, answer);
            return Reply::json(201, answer);
        }
        if (auto m = chunkPath.match(path); rq.method == "POST" && m.hasMatch()) {
            ++chunkPosts;
            if (dropChunksAfter >= 0 && chunkPosts > dropChunksAfter)
                return Reply::close();
            if (!uploads.contains(m.captured(1)))
                return Reply::problem(404, "archive.unknown_upload");
            Upload &u = uploads[m.captured(1)];
            const int k = m.captured(3).toInt();
            const QString where = m.captured(1) + u'/' + m.captured(2) + u'/' + QString::number(k);
            if (keyOfChunk.contains(where) && keyOfChunk.value(where) != key)
                keyChanged = true;
            keyOfChunk.insert(where, key);
            for (File &f : u.files) {
                if (f.name != m.captured(2))
                    continue;
                if (k >= f.chunkCount())
                    return Reply::problem(404, "archive.chunk_range", "chunk");
                const QByteArray data = QByteArray::fromBase64(body.value(u"data").toString().toLatin1());
                if (QString::fromLatin1(hpf::crypto::sm3(data).toHex()) != body.value(u"sm3").toString())
                    return Reply::problem(422, "archive.chunk_digest", "sm3");
                const qint64 expected = qMin<qint64>(f.size, (k + 1) * 65536LL) - k * 65536LL;
                if (data.size() != expected)
                    return Reply::problem(422, "archive.chunk_size", "data");
                if (f.chunks.contains(k) && f.chunks.value(k) != data)
                    return Reply::problem(409, "archive.chunk_conflict", "chunk");
                f.chunks.insert(k, data);
                bool complete = true;
                for (const File &g : u.files)
                    complete = complete && g.chunks.size() == g.chunkCount();
                return Reply::json(200, QJsonDocument(QJsonObject{{u"name"_qs, f.name},
                                                                  {u"chunk"_qs, k},
                                                                  {u"received"_qs, int(f.chunks.size())},
                                                                  {u"complete"_qs, complete}})
                                            .toJson(QJsonDocument::Compact));
            }
            return Reply::problem(404, "archive.unknown_file", "chunk");
        }
        if (auto m = commitPath.match(path); rq.method == "POST" && m.hasMatch()) {
            if (replies.contains(key))
                return Reply::json(201, replies.value(key));
            const Upload &u = uploads.value(m.captured(1));
            for (qsizetype i = 0; i < u.files.size(); ++i) {
                const File &f = u.files.at(i);
                if (f.chunks.size() != f.chunkCount())
                    return Reply::problem(409, "archive.upload_incomplete", "files[" + QByteArray::number(i) + "]");
                if (QString::fromLatin1(hpf::crypto::sm3(assembled(f)).toHex()) != f.sm3)
                    return Reply::problem(422, "archive.manifest_mismatch",
                                          "files[" + QByteArray::number(i) + "].sm3");
            }
            ++commits;
            const QByteArray answer = QJsonDocument(QJsonObject{{u"package"_qs, package(u)}}).toJson(QJsonDocument::Compact);
            replies.insert(key, answer);
            return Reply::json(201, answer);
        }
        if (auto m = statePath.match(path); rq.method == "GET" && m.hasMatch()) {
            if (expireNextGet) {
                expireNextGet = false;
                return Reply::problem(410, "archive.upload_expired");
            }
            if (!uploads.contains(m.captured(1)))
                return Reply::problem(404, "archive.unknown_upload");
            return Reply::json(200, QJsonDocument(state(uploads.value(m.captured(1)))).toJson(QJsonDocument::Compact));
        }
        return Reply::problem(404, "http.not_found");
    }

    static QByteArray assembled(const File &f)
    {
        QByteArray all;
        for (const QByteArray &c : f.chunks)
            all += c;
        return all;
    }

    static QJsonObject state(const Upload &u)
    {
        QJsonArray files;
        bool complete = true;
        for (const File &f : u.files) {
            QJsonArray received;
            for (auto it = f.chunks.cbegin(); it != f.chunks.cend(); ++it)
                received.append(it.key());
            complete = complete && f.chunks.size() == f.chunkCount();
            files.append(QJsonObject{{u"name"_qs, f.name},
                                     {u"size"_qs, f.size},
                                     {u"chunks"_qs, f.chunkCount()},
                                     {u"received"_qs, received}});
        }
        return {{u"uploadId"_qs, u.id},        {u"serial"_qs, u.serial}, {u"chunkBytes"_qs, 65536},
                {u"expiresAt"_qs, u"2026-12-11T08:00:00Z"_qs}, {u"files"_qs, files}, {u"complete"_qs, complete}};
    }

    static QJsonObject package(const Upload &u)
    {
        QJsonArray files;
        qint64 total = 0;
        for (const QJsonValue &v : u.manifest.value(u"files").toArray()) {
            QJsonObject o = v.toObject();
            o.remove(u"digitisation"_qs);
            total += qint64(o.value(u"size").toDouble());
            files.append(o);
        }
        return {{u"id"_qs, QString(u"pk-"_qs + u.id.left(8))},
                {u"archiveNumber"_qs, u"HPF-2026-GR-000001"_qs},
                {u"serial"_qs, u.serial},
                {u"business"_qs, u.manifest.value(u"business")},
                {u"businessName"_qs, u"个人账户设立"_qs},
                {u"personName"_qs, u"张三"_qs},
                {u"accountNumber"_qs, u"110000000001"_qs},
                {u"registeredAt"_qs, u"2026-12-04T08:00:00Z"_qs},
                {u"fileCount"_qs, int(files.size())},
                {u"totalBytes"_qs, total},
                {u"lastCheck"_qs, QJsonValue(QJsonValue::Null)},
                {u"manifest"_qs, u.manifest},
                {u"manifestBytes"_qs, QString::fromLatin1(QJsonDocument(u.manifest).toJson(QJsonDocument::Compact).toBase64())},
                {u"signature"_qs, u"MEUCIQ=="_qs},
                {u"signerKid"_qs, u"k1"_qs},
                {u"files"_qs, files}};
    }
};

// A noisy page (compresses badly) so that a package spans several 64 KiB chunks.
QImage noisyPage(int seed)
{
    QImage image(700, 900, QImage::Format_Grayscale8);
    quint32 x = 2463534242u + quint32(seed);
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int i = 0; i < image.width(); ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            row[i] = uchar(x & 0xff);
        }
    }
    return image;
}

} // namespace

class TestArchiveUploader : public OutboxSuite
{
    Q_OBJECT
public:
    TestArchiveUploader()
        : OutboxSuite(RetryPolicy{1, 10, 20}, 3000)
    {}

private slots:
    void missingChunks_data();
    void missingChunks();
    void chunkKeysAreDeterministic();
    void init();
    void cleanup();
    void uploadsAndCommits();
    void resumesAfterLostConnectionAndRestart();
    void offlineCreateWaitsInTheOutbox();
    void expiredUploadStartsAgain();
    void prepareTwiceKeepsOnePackage();

private:
    void startUploader();
    void capturePages(int count);
    qint64 packageBytes() const;

    FakeArchive m_backend;
    std::unique_ptr<archive::CaptureStore> m_store;
    archive::PackageUploader *m_uploader = nullptr;
    archive::PackageInput m_input;
};

void TestArchiveUploader::missingChunks_data()
{
    QTest::addColumn<QByteArray>("upload");
    QTest::addColumn<QStringList>("expected"); // "file/k/offset/length"
    QTest::newRow("nothing received")
        << QByteArray(R"({"uploadId":"u","serial":"s","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z","complete":false,
        "files":[{"name":"a","size":131073,"chunks":3,"received":[]}]})")
        << QStringList{u"a/0/0/65536"_qs, u"a/1/65536/65536"_qs, u"a/2/131072/1"_qs};
    QTest::newRow("middle chunk missing, second file complete")
        << QByteArray(R"({"uploadId":"u","serial":"s","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z","complete":false,
        "files":[{"name":"a","size":131073,"chunks":3,"received":[2,0]},{"name":"b","size":10,"chunks":1,"received":[0]}]})")
        << QStringList{u"a/1/65536/65536"_qs};
    QTest::newRow("empty file is one empty chunk")
        << QByteArray(R"({"uploadId":"u","serial":"s","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z","complete":false,
        "files":[{"name":"e","size":0,"chunks":1,"received":[]}]})")
        << QStringList{u"e/0/0/0"_qs};
    QTest::newRow("all received")
        << QByteArray(R"({"uploadId":"u","serial":"s","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z","complete":true,
        "files":[{"name":"a","size":65536,"chunks":1,"received":[0]}]})")
        << QStringList{};
    QTest::newRow("other chunk size")
        << QByteArray(R"({"uploadId":"u","serial":"s","chunkBytes":1000,"expiresAt":"2026-12-11T08:00:00Z","complete":false,
        "files":[{"name":"a","size":2500,"chunks":3,"received":[1]}]})")
        << QStringList{u"a/0/0/1000"_qs, u"a/2/2000/500"_qs};
}

void TestArchiveUploader::missingChunks()
{
    QFETCH(QByteArray, upload);
    QFETCH(QStringList, expected);
    auto u = api::ArchiveUpload::fromJson(QJsonDocument::fromJson(upload).object());
    QVERIFY2(u.ok(), qPrintable(u.ok() ? QString() : u.error().field));
    QStringList seen;
    for (const archive::ChunkRef &c : archive::missingChunks(*u))
        seen.append(u"%1/%2/%3/%4"_qs.arg(c.file).arg(c.index).arg(c.offset).arg(c.length));
    QCOMPARE(seen, expected);
}

void TestArchiveUploader::chunkKeysAreDeterministic()
{
    const QString a = archive::chunkKey(u"key-1"_qs, u"p0001.tif"_qs, 0);
    QCOMPARE(archive::chunkKey(u"key-1"_qs, u"p0001.tif"_qs, 0), a);
    QCOMPARE(QUuid(a).version(), QUuid::Sha1); // UUID v5
    QVERIFY(archive::chunkKey(u"key-1"_qs, u"p0001.tif"_qs, 1) != a);
    QVERIFY(archive::chunkKey(u"key-1"_qs, u"p0002.tif"_qs, 0) != a);
    QVERIFY(archive::chunkKey(u"key-2"_qs, u"p0001.tif"_qs, 0) != a);
    // "a/b" + "1" and "a" + "b/1" must not meet: names cannot hold '/', so the joined text is unique
    QVERIFY(archive::chunkKey(u"k"_qs, u"a"_qs, 12) != archive::chunkKey(u"k"_qs, u"a1"_qs, 2));
}

void TestArchiveUploader::init()
{
    m_backend = FakeArchive();
    setUp([this](const Request &rq) { return m_backend.handle(rq); });
    m_input = {u"YW2026120400000009"_qs, u"openings.account"_qs, u"teller01"_qs, u"WS-01"_qs,
               QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC), true};
    startUploader();
}

void TestArchiveUploader::cleanup()
{
    delete m_uploader;
    m_uploader = nullptr;
    m_store.reset();
    tearDown();
}

void TestArchiveUploader::startUploader()
{
    m_store = std::make_unique<archive::CaptureStore>(m_db, &m_cipher);
    m_uploader = new archive::PackageUploader(m_db, &m_cipher, m_outbox, m_api, m_store.get());
    m_uploader->setInFlight(2);
}

void TestArchiveUploader::capturePages(int count)
{
    for (int i = 0; i < count; ++i) {
        capture::ScannedPage page;
        page.image = noisyPage(i);
        page.dpi = 300;
        page.mode = imaging::ColourMode::Grey;
        page.scannedAt = m_input.createdAt;
        QVERIFY(m_store->addScanned(u"teller01"_qs, m_input.serial, u"id_card"_qs, page, u"teller01"_qs).ok());
    }
}

qint64 TestArchiveUploader::packageBytes() const
{
    qint64 total = 0;
    for (const FakeArchive::Upload &u : m_backend.uploads) {
        for (const FakeArchive::File &f : u.files)
            total += f.size;
    }
    return total;
}

void TestArchiveUploader::uploadsAndCommits()
{
    capturePages(2);
    QVERIFY(m_uploader->prepare(u"teller01"_qs, m_input).ok());
    QCOMPARE(m_uploader->stage(m_input.serial), archive::PackageUploader::Stage::Built);
    QSignalSpy committed(m_uploader, &archive::PackageUploader::committed);
    QSignalSpy failed(m_uploader, &archive::PackageUploader::failed);
    QSignalSpy progress(m_uploader, &archive::PackageUploader::progress);
    m_uploader->start(m_input.serial);
    QVERIFY(committed.wait(20000) || !committed.isEmpty());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(m_backend.creates, 1);
    QCOMPARE(m_backend.commits, 1);
    QVERIFY(packageBytes() > 3 * 65536); // the test is about several chunks
    // every file arrived byte for byte (the commit checked each SM3); progress reached the total
    QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());
    QCOMPARE(m_uploader->stage(m_input.serial), archive::PackageUploader::Stage::Done);
    QVERIFY(m_store->list(m_input.serial).isEmpty()); // pages dropped after the commit
    const auto package = m_uploader->committedPackage(m_input.serial);
    QVERIFY(package.has_value());
    QCOMPARE(package->summary.archiveNumber, u"HPF-2026-GR-000001"_qs);
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM capture_files"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestArchiveUploader::resumesAfterLostConnectionAndRestart()
{
    capturePages(3);
    QVERIFY(m_uploader->prepare(u"teller01"_qs, m_input).ok());
    m_backend.dropChunksAfter = 3; // the link drops after three chunks
    {
        QSignalSpy waiting(m_uploader, &archive::PackageUploader::waiting);
        m_uploader->start(m_input.serial);
        QVERIFY(waiting.wait(20000) || !waiting.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_uploader->isActive(m_input.serial), 10000);
    }
    QCOMPARE(m_backend.creates, 1);
    QCOMPARE(m_uploader->stage(m_input.serial), archive::PackageUploader::Stage::Created);
    int stored = 0;
    for (const FakeArchive::File &f : m_backend.uploads.begin()->files)
        stored += int(f.chunks.size());
    QCOMPARE(stored, 3);

    // The client restarts (same database file) and the link is back.
    delete m_uploader;
    m_uploader = nullptr;
    m_store.reset();
    stop();
    start();
    startUploader();
    m_backend.dropChunksAfter = -1;
    const int postsBefore = m_backend.chunkPosts;
    QSignalSpy committed(m_uploader, &archive::PackageUploader::committed);
    QSignalSpy failed(m_uploader, &archive::PackageUploader::failed);
    m_uploader->resumeAll(u"teller01"_qs);
    QVERIFY(committed.wait(20000) || !committed.isEmpty());
    QVERIFY(failed.isEmpty());
    QCOMPARE(m_backend.creates, 1); // the same upload, not a second one
    QCOMPARE(m_backend.commits, 1);
    int chunks = 0;
    for (const FakeArchive::File &f : m_backend.uploads.begin()->files)
        chunks += f.chunkCount();
    // Only what the server lacked was sent after the restart: the chunks refused by the dropped
    // link (at most the ones in flight) are sent again, with the key they had the first time.
    QVERIFY(m_backend.chunkPosts - postsBefore <= chunks - 3);
    QVERIFY(!m_backend.keyChanged);
    QVERIFY(m_store->list(m_input.serial).isEmpty());
}

void TestArchiveUploader::offlineCreateWaitsInTheOutbox()
{
    capturePages(1);
    QVERIFY(m_uploader->prepare(u"teller01"_qs, m_input).ok());
    m_backend.offline = true;
    QSignalSpy waiting(m_uploader, &archive::PackageUploader::waiting);
    QSignalSpy committed(m_uploader, &archive::PackageUploader::committed);
    m_uploader->start(m_input.serial);
    QVERIFY(waiting.wait(20000) || !waiting.isEmpty());
    QCOMPARE(m_outbox->pendingCount(), 1);
    QCOMPARE(m_backend.creates, 0);

    // Back online: the outbox resends the create with its key, the uploader goes on by itself.
    m_backend.offline = false;
    m_outbox->resendPending();
    QVERIFY(committed.wait(20000) || !committed.isEmpty());
    QCOMPARE(m_backend.creates, 1);
    QCOMPARE(m_backend.commits, 1);
    QCOMPARE(m_outbox->pendingCount(), 0);
}

void TestArchiveUploader::expiredUploadStartsAgain()
{
    capturePages(1);
    QVERIFY(m_uploader->prepare(u"teller01"_qs, m_input).ok());
    m_backend.dropChunksAfter = 0; // created, but no chunk gets through
    QSignalSpy waiting(m_uploader, &archive::PackageUploader::waiting);
    m_uploader->start(m_input.serial);
    QVERIFY(waiting.wait(20000) || !waiting.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_uploader->isActive(m_input.serial), 10000);
    QCOMPARE(m_backend.creates, 1);

    // Seven days later the server has forgotten the upload: a new one with a new key.
    m_backend.dropChunksAfter = -1;
    m_backend.expireNextGet = true;
    QSignalSpy committed(m_uploader, &archive::PackageUploader::committed);
    m_uploader->start(m_input.serial);
    QVERIFY(committed.wait(20000) || !committed.isEmpty());
    QCOMPARE(m_backend.creates, 2);
    QCOMPARE(m_backend.commits, 1);
}

void TestArchiveUploader::prepareTwiceKeepsOnePackage()
{
    capturePages(1);
    QVERIFY(m_uploader->prepare(u"teller01"_qs, m_input).ok());
    QVERIFY(m_uploader->prepare(u"teller01"_qs, m_input).ok());
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM capture_uploads"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(m_uploader->discard(m_input.serial).ok());
    QCOMPARE(m_uploader->stage(m_input.serial), archive::PackageUploader::Stage::None);
    QCOMPARE(m_store->list(m_input.serial).size(), 1); // the pages stay
}

QTEST_MAIN(TestArchiveUploader)
#include "tst_archiveuploader.moc"
