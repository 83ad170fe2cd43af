#include "paintkit.h"
#include "qrsymbol.h"

#include <QImage>
#include <QTest>

using namespace hpf::printing;

class TestQrSymbol : public QObject
{
    Q_OBJECT
private slots:
    void versionForLength_data();
    void versionForLength();
    void refusesWhatCannotFit();
    void caseIsPreserved();
    void dotsPerModule_data();
    void dotsPerModule();
    void paintsWholeDotsWithQuietZone();
};

// Base45 text of N binary bytes is ceil(N/2)*3 - (N odd) characters; the versions at level Q follow
// reference/certificates.md (120 B → v9, 160 B → v11, 200 B → v13, 240 B → v14).
static QString base45LikeText(int binaryBytes)
{
    const int chars = (binaryBytes / 2) * 3 + (binaryBytes % 2) * 2;
    return u"HPF1:"_qs + QString(chars, u'A');
}

void TestQrSymbol::versionForLength_data()
{
    QTest::addColumn<int>("binaryBytes");
    QTest::addColumn<int>("maxVersion");
    QTest::newRow("120 B") << 120 << 9;
    QTest::newRow("160 B") << 160 << 11;
    QTest::newRow("200 B") << 200 << 13;
    QTest::newRow("240 B") << 240 << 14;
}

void TestQrSymbol::versionForLength()
{
    QFETCH(int, binaryBytes);
    QFETCH(int, maxVersion);
    // Byte mode costs more than the alphanumeric mode the certificate text will use, so these are
    // upper bounds: the symbol must not be larger.
    const auto s = QrSymbol::encodeText(base45LikeText(binaryBytes), QrSymbol::Level::Q);
    QVERIFY(s.ok());
    QVERIFY2(s->version() <= maxVersion + 3, qPrintable(QString::number(s->version())));
    QCOMPARE(s->size(), 17 + 4 * s->version());
}

void TestQrSymbol::refusesWhatCannotFit()
{
    QCOMPARE(QrSymbol::encodeText(QString(4000, u'x'), QrSymbol::Level::H).error().code, u"qr.encode"_qs);
    QCOMPARE(QrSymbol::encodeText(QString()).error().code, u"qr.encode"_qs);
    QCOMPARE(QrSymbol::encodeBytes(QByteArray()).error().code, u"qr.encode"_qs);
    QVERIFY(QrSymbol::encodeBytes(QByteArray("\x00\x01\x02", 3)).ok());
}

void TestQrSymbol::caseIsPreserved()
{
    // casesensitive=0 would upper-case; the two symbols must differ.
    const auto lower = QrSymbol::encodeText(u"hpf1:abc"_qs);
    const auto upper = QrSymbol::encodeText(u"HPF1:ABC"_qs);
    QVERIFY(lower.ok() && upper.ok());
    bool differ = lower->size() != upper->size();
    for (int y = 0; !differ && y < lower->size(); ++y)
        for (int x = 0; !differ && x < lower->size(); ++x)
            differ = lower->isDark(x, y) != upper->isDark(x, y);
    QVERIFY(differ);
}

void TestQrSymbol::dotsPerModule_data()
{
    QTest::addColumn<int>("modules");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<int>("dots");
    QTest::newRow("v13 at 600 dpi, 30 mm") << 69 << 600.0 << 30.0 << 9;
    QTest::newRow("v13 at 300 dpi, 30 mm") << 69 << 300.0 << 30.0 << 4;
    QTest::newRow("minimum module at 300 dpi") << 177 << 300.0 << 30.0 << 4;
    QTest::newRow("minimum module at 600 dpi") << 177 << 600.0 << 30.0 << 8;
    QTest::newRow("150 dpi") << 41 << 150.0 << 30.0 << 3;
}

void TestQrSymbol::dotsPerModule()
{
    QFETCH(int, modules);
    QFETCH(double, dpi);
    QFETCH(double, widthMm);
    QFETCH(int, dots);
    QCOMPARE(hpf::printing::dotsPerModule(modules, dpi, widthMm), dots);
    QVERIFY(dots * 25.4 / dpi >= kMinimumModuleMm);
}

void TestQrSymbol::paintsWholeDotsWithQuietZone()
{
    const auto s = QrSymbol::encodeText(u"YW20261122000001"_qs);
    QVERIFY(s.ok());
    QImage image(600, 600, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(300 / 0.0254));
    image.setDotsPerMeterY(int(300 / 0.0254));
    image.fill(Qt::gray);
    QPainter p(&image);
    const QRectF used = paintQrSymbol(p, s.value(), QPointF(10.3, 10.7), 30);
    p.end();
    const int dots = hpf::printing::dotsPerModule(s->size(), 300, 30);
    QCOMPARE(int(used.width()), (s->size() + 8) * dots);
    // Quiet zone is white, the finder pattern's corner module is black, all on whole dots.
    // (10.3, 10.7) snaps to the device dot (10, 11).
    QCOMPARE(image.pixelColor(10, 11), QColor(Qt::white));
    QCOMPARE(image.pixelColor(10, 10), QColor(Qt::gray));
    QCOMPARE(image.pixelColor(10 + 4 * dots, 11 + 4 * dots), QColor(Qt::black));
    QCOMPARE(image.pixelColor(10 + 4 * dots - 1, 11 + 4 * dots), QColor(Qt::white));
    QCOMPARE(image.pixelColor(9, 9), QColor(Qt::gray));
}

QTEST_MAIN(TestQrSymbol)
#include "tst_qrsymbol.moc"
