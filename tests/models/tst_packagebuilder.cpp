// The package builder: the files of a record's package as captured, the use copy as one PDF with
// every page at its size, and the draft manifest whose digests independent tools (sha256sum,
// openssl dgst -sm3) compute the same from the written files; pdfinfo opens the use copy.
#include "archive/capturestore.h"
#include "archive/packagebuilder.h"
#include "capture/scanner.h"
#include "imaging/codec.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf::client;
namespace imaging = hpf::imaging;

namespace {

QImage page(int seed, QSize size = QSize(600, 800))
{
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int line = 0; line < 12; ++line)
        p.fillRect(40, 40 + line * 40, 100 + (line * 53 + seed * 31) % 300, 16, Qt::black);
    p.end();
    return image;
}

capture::ScannedPage scanned(const QImage &image, imaging::ColourMode mode, int dpi)
{
    capture::ScannedPage s;
    s.image = image;
    s.dpi = dpi;
    s.mode = mode;
    s.scannerMake = u"Make"_qs;
    s.scannerModel = u"Model"_qs;
    s.scannedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
    return s;
}

// Runs a tool; the test fails (never skips) in CI when it is missing.
QString run(const QString &tool, const QStringList &args, bool *ran)
{
    *ran = false;
    if (QStandardPaths::findExecutable(tool).isEmpty()) {
        if (hpf::test::componentsRequired())
            qFatal("%s is required (CI=true)", qPrintable(tool));
        return {};
    }
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"failed: "_qs + QString::fromUtf8(p.readAllStandardError());
    *ran = true;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPackageBuilder : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fileNames_data();
    void fileNames();
    void buildsFilesAndManifest();
    void digestsMatchIndependentTools();
    void useCopyHasEveryPageAtItsSize();
    void emptyRecordIsRefused();

private:
    void capture();

    QTemporaryDir m_dir;
    FieldCipher m_cipher;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<archive::CaptureStore> m_store;
    archive::PackageInput m_input;
};

void TestPackageBuilder::init()
{
    m_cipher.setKey(QByteArray(16, '\x11'));
    m_db = std::make_unique<LocalDatabase>();
    QVERIFY(
        m_db->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_qs)).ok());
    m_store = std::make_unique<archive::CaptureStore>(m_db.get(), &m_cipher);
    m_input = {u"YW2026120400000007"_qs,
               u"openings.account"_qs,
               u"teller1"_qs,
               u"WS-01"_qs,
               QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC),
               true};
}

void TestPackageBuilder::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestPackageBuilder::capture()
{
    // A4-ish bitonal page at 200 dpi, a grey page at 300 dpi and a small landscape colour page.
    QVERIFY(m_store
                ->addScanned(u"t"_qs, m_input.serial, u"id_card"_qs,
                             scanned(page(1, QSize(1654, 2339)), imaging::ColourMode::Bitonal, 200), u"t"_qs)
                .ok());
    QVERIFY(m_store
                ->addScanned(u"t"_qs, m_input.serial, u"id_card"_qs,
                             scanned(page(2), imaging::ColourMode::Grey, 300), u"t"_qs)
                .ok());
    QImage colour = page(3, QSize(900, 600)).convertToFormat(QImage::Format_RGB32);
    QVERIFY(m_store
                ->addScanned(u"t"_qs, m_input.serial, u"application"_qs,
                             scanned(colour, imaging::ColourMode::Colour, 150), u"t"_qs)
                .ok());
}

void TestPackageBuilder::fileNames_data()
{
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("name");
    QTest::newRow("tiff") << 1 << u"image/tiff"_qs << u"p0001.tif"_qs;
    QTest::newRow("jpeg") << 12 << u"image/jpeg"_qs << u"p0012.jpg"_qs;
    QTest::newRow("png") << 500 << u"image/png"_qs << u"p0500.png"_qs;
    QTest::newRow("pdf") << 9999 << u"application/pdf"_qs << u"p9999.pdf"_qs;
    QTest::newRow("unknown type") << 3 << u"image/gif"_qs << u"p0003.bin"_qs;
}

void TestPackageBuilder::fileNames()
{
    QFETCH(int, sequence);
    QFETCH(QString, mediaType);
    QFETCH(QString, name);
    QCOMPARE(archive::pageFileName(sequence, mediaType), name);
}

void TestPackageBuilder::buildsFilesAndManifest()
{
    capture();
    auto built = archive::buildPackage(*m_store, m_input);
    QVERIFY2(built.ok(),
             qPrintable(built.ok() ? QString() : built.error().code + u' ' + built.error().field));
    const hpf::archive::Manifest &m = built->manifest;
    QCOMPARE(m.files.size(), 4);
    QCOMPARE(built->files.size(), 4);
    QCOMPARE(m.serial, m_input.serial);
    QCOMPARE(m.business, u"openings.account"_qs);
    QCOMPARE(m.files.at(0).name, u"p0001.tif"_qs);
    QCOMPARE(m.files.at(1).name, u"p0002.jpg"_qs);
    QCOMPARE(m.files.at(2).material, u"application"_qs);
    QCOMPARE(m.files.at(3).role, u"use-copy"_qs);
    QCOMPARE(m.files.at(3).name, u"usecopy.pdf"_qs);
    QVERIFY(!m.files.at(3).digitisation.has_value());
    QCOMPARE(m.files.at(0).digitisation->dpi, 200);
    QVERIFY(hpf::archive::validateDraft(m).ok());
    // The canonical bytes read back to the same manifest.
    auto back = hpf::archive::fromJson(hpf::archive::toJson(m));
    QVERIFY(back.ok());
    QCOMPARE(*back, m);
    // The page files are the captured bytes.
    const QList<archive::CapturedPage> pages = m_store->list(m_input.serial);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(built->files.at(i).bytes, *m_store->data(pages.at(i).id));
}

void TestPackageBuilder::digestsMatchIndependentTools()
{
    capture();
    auto built = archive::buildPackage(*m_store, m_input);
    QVERIFY(built.ok());
    const QDir out(m_dir.filePath(u"package"_qs));
    QVERIFY(QDir().mkpath(out.path()));
    for (const archive::PackageFileBytes &f : built->files) {
        QFile file(out.filePath(f.name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(f.bytes), f.bytes.size());
    }
    for (const hpf::archive::ManifestFile &f : built->manifest.files) {
        const QString path = out.filePath(f.name);
        QCOMPARE(QFileInfo(path).size(), f.size);
        bool ran = false;
        const QString sha = run(u"sha256sum"_qs, {path}, &ran);
        if (ran)
            QCOMPARE(sha.section(u' ', 0, 0), f.sha256);
        const QString sm3 = run(u"openssl"_qs, {u"dgst"_qs, u"-sm3"_qs, u"-r"_qs, path}, &ran);
        if (ran)
            QCOMPARE(sm3.section(u' ', 0, 0), f.sm3);
        else if (!hpf::test::componentsRequired())
            QWARN("openssl is missing: SM3 not checked independently");
    }
}

void TestPackageBuilder::useCopyHasEveryPageAtItsSize()
{
    capture();
    auto built = archive::buildPackage(*m_store, m_input);
    QVERIFY(built.ok());
    const QByteArray pdf = built->files.last().bytes;
    auto pages = imaging::pageCount(pdf, u"application/pdf"_qs);
    QVERIFY(pages.ok());
    QCOMPARE(*pages, 3);
    const QString path = m_dir.filePath(u"usecopy.pdf"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    bool ran = false;
    const QString info = run(u"pdfinfo"_qs, {u"-f"_qs, u"1"_qs, u"-l"_qs, u"3"_qs, path}, &ran);
    if (!ran)
        QSKIP("pdfinfo is not installed (outside CI)");
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+3"_qs)), qPrintable(info));
    // Page sizes in points: pixels / dpi * 72.
    const QList<QSizeF> expected{{1654 / 200.0 * 72, 2339 / 200.0 * 72},
                                 {600 / 300.0 * 72, 800 / 300.0 * 72},
                                 {900 / 150.0 * 72, 600 / 150.0 * 72}};
    const QRegularExpression size(u"Page\\s+(\\d+) size:\\s+([\\d.]+) x ([\\d.]+) pts"_qs);
    auto it = size.globalMatch(info);
    int n = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        const int index = m.captured(1).toInt() - 1;
        QVERIFY(index >= 0 && index < 3);
        QVERIFY2(qAbs(m.captured(2).toDouble() - expected.at(index).width()) < 1.5,
                 qPrintable(m.captured(0)));
        QVERIFY2(qAbs(m.captured(3).toDouble() - expected.at(index).height()) < 1.5,
                 qPrintable(m.captured(0)));
        ++n;
    }
    QCOMPARE(n, 3);
}

void TestPackageBuilder::emptyRecordIsRefused()
{
    auto built = archive::buildPackage(*m_store, m_input);
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, u"capture.no_pages"_qs);
}

QTEST_MAIN(TestPackageBuilder)
#include "tst_packagebuilder.moc"
