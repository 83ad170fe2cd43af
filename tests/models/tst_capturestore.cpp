// The archive capture store (local schema 5): pages sealed the moment they are captured, found again
// after a crash, never in clear in the database file, refused without a key; reorder, replace,
// rotate, delete; blank and near-duplicate flags; bad imports refused with a clear code.
#include "archive/capturestore.h"
#include "capture/scanner.h"
#include "imaging/codec.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf::client;
namespace imaging = hpf::imaging;
using archive::CapturedPage;
using archive::CaptureStore;

namespace {

// A text-like page: black bars whose layout depends on `seed`, on white.
QImage page(int seed, QImage::Format format = QImage::Format_Grayscale8)
{
    QImage image(600, 800, format);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int line = 0; line < 20; ++line) {
        const int width = 100 + ((line * 37 + seed * 101) % 380);
        p.fillRect(60 + (seed * 13) % 40, 60 + line * 34, width, 14, Qt::black);
    }
    p.end();
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    return image;
}

capture::ScannedPage scanned(const QImage &image, imaging::ColourMode mode = imaging::ColourMode::Grey)
{
    capture::ScannedPage s;
    s.image = image;
    s.dpi = 300;
    s.mode = mode;
    s.scannerMake = u"Test Make"_qs;
    s.scannerModel = u"Frontend Tester"_qs;
    s.scannedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
    return s;
}

QByteArray pngWithText(const QImage &image, const QString &text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setText(u"Owner"_qs, text);
    writer.setCompression(0); // stored: the pixel rows appear as they are in the file
    writer.write(image);
    return bytes;
}

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), u"-wal"_qs}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestCaptureStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scannedPageIsStoredWithMetadata();
    void pagesSurviveACrash();
    void pagesAreSealedInTheFile();
    void noKeyNoCapture();
    void reorderReplaceRotateDelete();
    void flags();
    void badImports_data();
    void badImports();
    void importKeepsTheFile();
    void removeRecordDropsEverything();

private:
    void reopen();

    QTemporaryDir m_dir;
    QString m_path;
    FieldCipher m_cipher;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<CaptureStore> m_store;
    const QString m_serial = u"YW2026120400000001"_qs;
};

void TestCaptureStore::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_qs);
    m_cipher.setKey(QByteArray(16, '\x42'));
    reopen();
}

void TestCaptureStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestCaptureStore::reopen()
{
    m_store.reset();
    m_db = std::make_unique<LocalDatabase>();
    QVERIFY(m_db->open(m_path).ok());
    QCOMPARE(m_db->schemaVersion(), LocalDatabase::latestSchemaVersion());
    m_store = std::make_unique<CaptureStore>(m_db.get(), &m_cipher);
}

void TestCaptureStore::scannedPageIsStoredWithMetadata()
{
    auto grey =
        m_store->addScanned(u"teller1"_qs, m_serial, u"application"_qs, scanned(page(1)), u"teller1"_qs);
    QVERIFY2(grey.ok(), qPrintable(grey.ok() ? QString() : grey.error().code));
    auto bitonal = m_store->addScanned(u"teller1"_qs, m_serial, u"id_card"_qs,
                                       scanned(page(2), imaging::ColourMode::Bitonal), u"teller1"_qs);
    QVERIFY(bitonal.ok());
    const QList<CapturedPage> pages = m_store->list(m_serial);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).sequence, 1);
    QCOMPARE(pages.at(0).mediaType, u"image/jpeg"_qs);
    QCOMPARE(pages.at(0).material, u"application"_qs);
    QCOMPARE(pages.at(1).mediaType, u"image/tiff"_qs);
    QCOMPARE(pages.at(1).digitisation.compression, u"CCITT G4"_qs);
    QCOMPARE(pages.at(1).digitisation.colourMode, u"bitonal"_qs);
    const hpf::archive::Digitisation &d = pages.at(0).digitisation;
    QCOMPARE(d.form, u"scan"_qs);
    QCOMPARE(d.dpi, 300);
    QCOMPARE(d.colourMode, u"grey"_qs);
    QCOMPARE(d.compression, u"JPEG"_qs);
    QCOMPARE(d.scannerMake, u"Test Make"_qs);
    QCOMPARE(d.scannerModel, u"Frontend Tester"_qs);
    QCOMPARE(d.operatorId, u"teller1"_qs);
    QCOMPARE(d.capturedAt, QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
    auto bytes = m_store->data(pages.at(1).id);
    QVERIFY(bytes.ok());
    auto image = imaging::decodePage(*bytes, u"image/tiff"_qs);
    QVERIFY(image.ok());
    QCOMPARE(image->size(), QSize(600, 800));
    QCOMPARE(m_store->pendingSerials(u"teller1"_qs), QStringList{m_serial});
}

void TestCaptureStore::pagesSurviveACrash()
{
    QVERIFY(m_store->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(page(1)), u"t"_qs).ok());
    QVERIFY(m_store->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(page(2)), u"t"_qs).ok());
    // A crash: the process dies right after the page was captured. Copy the files as they are on
    // disk now (database and WAL, not closed or checkpointed) and open the copy.
    const QString crashed = m_dir.filePath(u"crashed.sqlite"_qs);
    for (const QString &suffix : {QString(), u"-wal"_qs}) {
        QFile::remove(crashed + suffix);
        if (QFile::exists(m_path + suffix))
            QVERIFY(QFile::copy(m_path + suffix, crashed + suffix));
    }
    LocalDatabase db;
    QVERIFY(db.open(crashed).ok());
    CaptureStore store(&db, &m_cipher);
    const QList<CapturedPage> pages = store.list(m_serial);
    QCOMPARE(pages.size(), 2);
    for (const CapturedPage &p : pages) {
        auto bytes = store.data(p.id);
        QVERIFY(bytes.ok());
        QVERIFY(imaging::decodePage(*bytes, p.mediaType).ok());
    }
}

void TestCaptureStore::pagesAreSealedInTheFile()
{
    const QString name = u"张三丰测试姓名"_qs;
    QImage image = page(3, QImage::Format_RGB32);
    // A run of pixels no page would have by chance.
    for (int x = 0; x < 64; ++x)
        image.setPixel(x, 0, qRgb(0x12, 0x34, (0x56 + x) & 0xff));
    const QByteArray png = pngWithText(image, name);
    QVERIFY(png.contains(name.toUtf8()));
    auto imported = m_store->addImported(u"t"_qs, m_serial, u"application"_qs, png, u"t"_qs);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().code));
    QVERIFY(m_store
                ->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(image, imaging::ColourMode::Colour),
                             u"t"_qs)
                .ok());
    const QByteArray onDisk = fileBytes(m_path);
    QVERIFY(!onDisk.isEmpty());
    QVERIFY(!onDisk.contains(name.toUtf8()));
    // the first pixel rows as they are in the PNG's image data (they hold the run above)
    const qsizetype idat = png.indexOf("IDAT");
    QVERIFY(idat > 0);
    const QByteArray rows = png.mid(idat + 4, 160);
    QVERIFY(rows.count(char(0xff)) < rows.size() / 2);
    QVERIFY(!onDisk.contains(rows));
    // and a wrong key does not open it
    FieldCipher other;
    other.setKey(QByteArray(16, '\x07'));
    CaptureStore foreign(m_db.get(), &other);
    auto opened = foreign.data(imported->id);
    QVERIFY(!opened.ok());
}

void TestCaptureStore::noKeyNoCapture()
{
    m_cipher.clear();
    auto s = m_store->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(page(1)), u"t"_qs);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, u"crypto.no_key"_qs);
    auto i = m_store->addImported(u"t"_qs, m_serial, u"id_card"_qs, pngWithText(page(1), u"x"_qs), u"t"_qs);
    QVERIFY(!i.ok());
    QCOMPARE(i.error().code, u"crypto.no_key"_qs);
    QVERIFY(!m_store->canCapture());
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM capture_pages"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestCaptureStore::reorderReplaceRotateDelete()
{
    QStringList ids;
    for (int i = 1; i <= 4; ++i) {
        auto p = m_store->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(page(i * 7)), u"t"_qs);
        QVERIFY(p.ok());
        ids.append(p->id);
    }
    auto order = [&] {
        QStringList seen;
        for (const CapturedPage &p : m_store->list(m_serial))
            seen.append(p.id);
        return seen;
    };
    QVERIFY(m_store->move(ids.at(3), 1).ok());
    QCOMPARE(order(), (QStringList{ids.at(3), ids.at(0), ids.at(1), ids.at(2)}));
    QVERIFY(m_store->move(ids.at(3), 99).ok()); // past the end: last
    QCOMPARE(order(), ids);

    // rescan page 2: same place, new image
    auto replaced = m_store->replace(ids.at(1), scanned(page(99), imaging::ColourMode::Bitonal), u"t2"_qs);
    QVERIFY(replaced.ok());
    QCOMPARE(replaced->sequence, 2);
    QCOMPARE(m_store->list(m_serial).at(1).mediaType, u"image/tiff"_qs);
    QCOMPARE(m_store->list(m_serial).at(1).digitisation.operatorId, u"t2"_qs);

    // rotate: re-encoded, width and height swap
    QVERIFY(m_store->rotate(ids.at(0), 1).ok());
    auto rotated = imaging::decodePage(*m_store->data(ids.at(0)), u"image/jpeg"_qs);
    QVERIFY(rotated.ok());
    QCOMPARE(rotated->size(), QSize(800, 600));

    QVERIFY(m_store->remove(ids.at(1)).ok());
    const QList<CapturedPage> pages = m_store->list(m_serial);
    QCOMPARE(pages.size(), 3);
    for (int i = 0; i < pages.size(); ++i)
        QCOMPARE(pages.at(i).sequence, i + 1);
    QCOMPARE(m_store->remove(u"nope"_qs).error().code, u"capture.unknown_page"_qs);
    QVERIFY(m_store->setMaterial(ids.at(0), u"application"_qs).ok());
    QCOMPARE(m_store->list(m_serial).at(0).material, u"application"_qs);
}

void TestCaptureStore::flags()
{
    QImage blank(600, 800, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    auto b = m_store->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(blank), u"t"_qs);
    QVERIFY(b.ok());
    QVERIFY(b->isBlank());
    QVERIFY(!b->isNearDuplicate());
    auto first = m_store->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(page(5)), u"t"_qs);
    QVERIFY(first.ok());
    QCOMPARE(first->flags, 0);
    auto again = m_store->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(page(5)), u"t"_qs);
    QVERIFY(again.ok());
    QVERIFY(again->isNearDuplicate());
    QVERIFY(!again->isBlank());
    auto other = m_store->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(page(6).mirrored(true, false)),
                                     u"t"_qs);
    QVERIFY(other.ok());
    QVERIFY(!other->isNearDuplicate());
    // another record's pages are not compared
    auto elsewhere = m_store->addScanned(u"t"_qs, u"YW2"_qs, u"id_card"_qs, scanned(page(5)), u"t"_qs);
    QVERIFY(elsewhere.ok());
    QCOMPARE(elsewhere->flags, 0);
}

void TestCaptureStore::badImports_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QByteArray jpeg;
    {
        QBuffer b(&jpeg);
        b.open(QIODevice::WriteOnly);
        page(1).save(&b, "JPEG");
    }
    QTest::newRow("0 bytes") << QByteArray() << u"capture.empty_file"_qs;
    QTest::newRow("text file") << QByteArray("name,id\n张三,1\n") << u"imaging.unsupported_format"_qs;
    QTest::newRow("GIF") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 19)
                         << u"imaging.unsupported_format"_qs;
    QTest::newRow("JPEG cut after the header") << jpeg.left(40) << u"imaging.corrupt"_qs;
    QTest::newRow("PDF header only") << QByteArray("%PDF-1.4\n%%EOF\n") << u"imaging.corrupt"_qs;
}

void TestCaptureStore::badImports()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    auto r = m_store->addImported(u"t"_qs, m_serial, u"id_card"_qs, bytes, u"t"_qs);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(m_store->list(m_serial).isEmpty());
}

void TestCaptureStore::importKeepsTheFile()
{
    const QByteArray png = pngWithText(page(2), u"x"_qs);
    auto r = m_store->addImported(u"t"_qs, m_serial, u"application"_qs, png, u"t"_qs);
    QVERIFY(r.ok());
    QCOMPARE(r->mediaType, u"image/png"_qs);
    QCOMPARE(r->digitisation.form, u"import"_qs);
    QCOMPARE(r->digitisation.compression, u"PNG"_qs);
    QCOMPARE(*m_store->data(r->id), png); // byte for byte as imported
}

void TestCaptureStore::removeRecordDropsEverything()
{
    QVERIFY(m_store->addScanned(u"t"_qs, m_serial, u"id_card"_qs, scanned(page(1)), u"t"_qs).ok());
    QVERIFY(m_store->addScanned(u"t"_qs, u"YW-other"_qs, u"id_card"_qs, scanned(page(2)), u"t"_qs).ok());
    QVERIFY(m_store->removeRecord(m_serial).ok());
    QVERIFY(m_store->list(m_serial).isEmpty());
    QCOMPARE(m_store->list(u"YW-other"_qs).size(), 1);
    reopen();
    QVERIFY(m_store->list(m_serial).isEmpty());
}

QTEST_MAIN(TestCaptureStore)
#include "tst_capturestore.moc"
