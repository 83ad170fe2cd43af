// The page codecs: round trips, an independent reader (libtiff's tiffinfo / poppler's pdfinfo when
// the test scripts provide them) and the ugly inputs.
#include "imaging/codec.h"
#include "imaging/probe.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::imaging;

namespace {

QImage testPage(int w = 240, int h = 320)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(20, 20, 100, 40, Qt::black);
    p.fillRect(40, 200, 160, 12, Qt::black);
    return image;
}

QByteArray pdfOf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter p(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.drawText(100, 100, QStringLiteral("page %1").arg(i + 1));
    }
    p.end();
    return bytes;
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT
private slots:
    void bitonalRoundTrip()
    {
        const QImage page = testPage();
        auto encoded = encodePage(page, ColourMode::Bitonal, 300);
        QVERIFY2(encoded.ok(), qPrintable(encoded.ok() ? QString() : encoded.error().detail));
        QCOMPARE(encoded->mediaType, QStringLiteral("image/tiff"));
        QCOMPARE(encoded->compression, QStringLiteral("CCITT G4"));
        QCOMPARE(sniffMediaType(encoded->bytes), QStringLiteral("image/tiff"));
        auto decoded = decodePage(encoded->bytes, encoded->mediaType);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->size(), page.size());
        QCOMPARE(qRound(decoded->dotsPerMeterX() * 0.0254), 300);
        // Every pixel survives (the page is already black and white).
        const QImage a = page.convertToFormat(QImage::Format_Grayscale8);
        const QImage b = decoded->convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(a, b);
    }

    void bitonalReadByLibtiff()
    {
        const QString tiffinfo = QStandardPaths::findExecutable(QStringLiteral("tiffinfo"));
        if (tiffinfo.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("tiffinfo (libtiff-tools) is missing; scripts/install-deps.sh installs it");
            QSKIP("tiffinfo not installed");
        }
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("page.tif")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encodePage(testPage(), ColourMode::Bitonal, 300)->bytes);
        file.close();
        QProcess info;
        info.start(tiffinfo, {file.fileName()});
        QVERIFY(info.waitForFinished());
        const QByteArray out = info.readAllStandardOutput();
        QVERIFY2(out.contains("CCITT Group 4"), out.constData());
        QVERIFY2(out.contains("Resolution: 300, 300 pixels/inch"), out.constData());
    }

    void greyAndColourAreJpeg_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("grey") << int(ColourMode::Grey);
        QTest::newRow("colour") << int(ColourMode::Colour);
    }
    void greyAndColourAreJpeg()
    {
        QFETCH(int, mode);
        auto encoded = encodePage(testPage(), ColourMode(mode), 200);
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->mediaType, QStringLiteral("image/jpeg"));
        QCOMPARE(sniffMediaType(encoded->bytes), QStringLiteral("image/jpeg"));
        auto decoded = decodePage(encoded->bytes, encoded->mediaType);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->size(), QSize(240, 320));
        if (ColourMode(mode) == ColourMode::Grey)
            QVERIFY(decoded->isGrayscale());
    }

    void pdfPagesRender()
    {
        const QByteArray pdf = pdfOf(3);
        QCOMPARE(sniffMediaType(pdf), QStringLiteral("application/pdf"));
        QCOMPARE(pageCount(pdf, QStringLiteral("application/pdf")).value(), 3);
        auto page = decodePage(pdf, QStringLiteral("application/pdf"), 2, 50);
        QVERIFY(page.ok());
        QVERIFY(!page->isNull());
        auto result = probe(pdf, QStringLiteral("application/pdf"));
        QVERIFY(result.ok());
        QCOMPARE(result->pages, 3);
        QCOMPARE(decodePage(pdf, QStringLiteral("application/pdf"), 3).error().code,
                 QStringLiteral("imaging.page_range"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QString>("code");
        const QByteArray tiff = encodePage(testPage(), ColourMode::Bitonal, 300)->bytes;
        const QByteArray jpeg = encodePage(testPage(), ColourMode::Grey, 300)->bytes;
        const QByteArray pdf = pdfOf(1);
        QTest::newRow("empty tiff") << QByteArray() << "image/tiff"
                                    << "imaging.empty";
        QTest::newRow("empty pdf") << QByteArray() << "application/pdf"
                                   << "imaging.empty";
        QTest::newRow("truncated tiff") << tiff.left(12) << "image/tiff"
                                        << "imaging.corrupt";
        QTest::newRow("truncated jpeg") << jpeg.left(40) << "image/jpeg"
                                        << "imaging.corrupt";
        QTest::newRow("garbage pdf") << QByteArray("%PDF-1.4 nothing") << "application/pdf"
                                     << "imaging.corrupt";
        QTest::newRow("text as png") << QByteArray("hello") << "image/png"
                                     << "imaging.corrupt";
        QTest::newRow("gif") << QByteArray("GIF89a....") << "image/gif"
                             << "imaging.unsupported_format";
        QTest::newRow("pdf named jpeg") << pdf << "image/jpeg"
                                        << "imaging.corrupt";
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        QFETCH(QString, code);
        auto result = probe(bytes, mediaType);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
    }
};

QTEST_MAIN(TestCodec)
#include "tst_codec.moc"
