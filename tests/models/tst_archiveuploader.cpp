// The archive uploader against a scripted back end that keeps the contract of routes 3–6 (create
// with idempotency replay, upload state, chunks checked by SM3 and length, commit assembling and
// checking every file): a whole upload, a connection lost mid-upload and a client restart (resumed
// from GET /uploads/{id}, nothing sent twice with another key, nothing lost), an offline create
// that waits in the outbox, an expired upload started again; and the pure resume helpers.
#include "archive/capturestore.h"
#include "archive/uploader.h"
#include "capture/scanner.h"
#include "crypto/sm3.h"
#include "fakearchive.h"
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

    hpf::test::FakeArchive m_backend;
    std::unique_ptr<archive::CaptureStore> m_store;
    archive::PackageUploader *m_uploader = nullptr;
    archive::PackageInput m_input;
};

void TestArchiveUploader::missingChunks_data()
{
    QTest::addColumn<QByteArray>("upload");
    QTest::addColumn<QStringList>("expected"); // "file/k/offset/length"
    QTest::newRow("nothing received")
        << QByteArray(
               R"({"uploadId":"u","serial":"s","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z","complete":false,
        "files":[{"name":"a","size":131073,"chunks":3,"received":[]}]})")
        << QStringList{u"a/0/0/65536"_qs, u"a/1/65536/65536"_qs, u"a/2/131072/1"_qs};
    QTest::newRow("middle chunk missing, second file complete")
        << QByteArray(
               R"({"uploadId":"u","serial":"s","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z","complete":false,
        "files":[{"name":"a","size":131073,"chunks":3,"received":[2,0]},{"name":"b","size":10,"chunks":1,"received":[0]}]})")
        << QStringList{u"a/1/65536/65536"_qs};
    QTest::newRow("empty file is one empty chunk")
        << QByteArray(
               R"({"uploadId":"u","serial":"s","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z","complete":false,
        "files":[{"name":"e","size":0,"chunks":1,"received":[]}]})")
        << QStringList{u"e/0/0/0"_qs};
    QTest::newRow("all received")
        << QByteArray(
               R"({"uploadId":"u","serial":"s","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z","complete":true,
        "files":[{"name":"a","size":65536,"chunks":1,"received":[0]}]})")
        << QStringList{};
    QTest::newRow("other chunk size")
        << QByteArray(
               R"({"uploadId":"u","serial":"s","chunkBytes":1000,"expiresAt":"2026-12-11T08:00:00Z","complete":false,
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
    m_backend = hpf::test::FakeArchive();
    setUp([this](const Request &rq) { return m_backend.handle(rq); });
    m_input = {u"YW2026120400000009"_qs,
               u"openings.account"_qs,
               u"teller01"_qs,
               u"WS-01"_qs,
               QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC),
               true};
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
        QVERIFY(
            m_store->addScanned(u"teller01"_qs, m_input.serial, u"id_card"_qs, page, u"teller01"_qs).ok());
    }
}

qint64 TestArchiveUploader::packageBytes() const
{
    qint64 total = 0;
    for (const hpf::test::FakeArchive::Upload &u : m_backend.uploads) {
        for (const hpf::test::FakeArchive::File &f : u.files)
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
    for (const hpf::test::FakeArchive::File &f : m_backend.uploads.begin()->files)
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
    for (const hpf::test::FakeArchive::File &f : m_backend.uploads.begin()->files)
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
