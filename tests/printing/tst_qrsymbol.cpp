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
    void darkRunsCoverExactlyTheDarkModules_data();
    void darkRunsCoverExactlyTheDarkModules();
    void paintedModulesMatchTheSymbol_data();
    void paintedModulesMatchTheSymbol();
};

// Base45 text of N binary bytes is ceil(N/2)*3 - (N odd) characters; the versions at level Q follow
// reference/certificates.md (120 B → v9, 160 B → v11, 200 B → v13, 240 B → v14).
static QString base45LikeText(int binaryBytes)
{
    const int chars = (binaryBytes / 2) * 3 + (binaryBytes % 2) * 2;
    return u"HPF1:"_qs + QString(chars, u'A');
}

// Symbols of every size the printouts meet, and some they should not: a one-character code,
// certificate codes of ~200 and ~290 signed bytes, the largest symbol (v40) and mixed content.
static void addSymbolRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("level");
    QTest::newRow("one character") << u"A"_qs << int(QrSymbol::Level::L);
    QTest::newRow("receipt number") << u"YW20261122000001"_qs << int(QrSymbol::Level::Q);
    QTest::newRow("200 B certificate") << base45LikeText(200) << int(QrSymbol::Level::Q);
    QTest::newRow("290 B certificate") << base45LikeText(290) << int(QrSymbol::Level::Q);
    QTest::newRow("CJK and symbols") << u"证明 ZM620100 ¥85,642.30 𠀀𪚥䶮 <>&\"\n"_qs
                                     << int(QrSymbol::Level::H);
    QTest::newRow("v40") << QString(1200, u'9').append(QString(1000, u'x')) << int(QrSymbol::Level::L);
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

void TestQrSymbol::darkRunsCoverExactlyTheDarkModules_data()
{
    addSymbolRows();
}

void TestQrSymbol::darkRunsCoverExactlyTheDarkModules()
{
    QFETCH(QString, text);
    QFETCH(int, level);
    const auto s = QrSymbol::encodeText(text, QrSymbol::Level(level));
    QVERIFY(s.ok());
    QList<int> cover(s->size() * s->size(), 0);
    for (const QRect &run : s->darkRuns()) {
        QCOMPARE(run.height(), 1);
        QVERIFY(run.width() >= 1);
        // Maximal runs: the modules either side are light (or outside).
        QVERIFY(run.left() == 0 || !s->isDark(run.left() - 1, run.top()));
        QVERIFY(run.right() == s->size() - 1 || !s->isDark(run.right() + 1, run.top()));
        for (int x = run.left(); x <= run.right(); ++x)
            ++cover[run.top() * s->size() + x];
    }
    for (int y = 0; y < s->size(); ++y)
        for (int x = 0; x < s->size(); ++x)
            QCOMPARE(cover.at(y * s->size() + x), s->isDark(x, y) ? 1 : 0);
}

void TestQrSymbol::paintedModulesMatchTheSymbol_data()
{
    addSymbolRows();
}

// Every module is painted as whole device dots, black exactly where the symbol is dark, inside a
// white quiet zone, at the resolutions of the preview, a 300 dpi printer and the 600 dpi PDF, from
// an origin between device dots.
void TestQrSymbol::paintedModulesMatchTheSymbol()
{
    QFETCH(QString, text);
    QFETCH(int, level);
    const auto s = QrSymbol::encodeText(text, QrSymbol::Level(level));
    QVERIFY(s.ok());
    for (const double dpi : {96.0, 300.0, 600.0}) {
        const int dots = hpf::printing::dotsPerModule(s->size(), dpi, 33);
        const int side = (s->size() + 2 * QrSymbol::kQuietZoneModules) * dots;
        QImage image(side + 40, side + 40, QImage::Format_RGB32);
        image.setDotsPerMeterX(int(dpi / 0.0254));
        image.setDotsPerMeterY(int(dpi / 0.0254));
        image.fill(Qt::gray);
        QPainter p(&image);
        p.translate(3.25, 0); // a transform the paint function must snap through
        const QRectF used = paintQrSymbol(p, s.value(), QPointF(16.4, 19.6), 33);
        p.end();
        QCOMPARE(int(used.width()), side);
        const QPoint origin(20, 20); // (16.4 + 3.25, 19.6) snapped
        for (int y = -1; y <= side; ++y) {
            for (int x = -1; x <= side; ++x) {
                const int mx = x / dots - QrSymbol::kQuietZoneModules;
                const int my = y / dots - QrSymbol::kQuietZoneModules;
                QColor expected = Qt::white;
                if (x < 0 || y < 0 || x >= side || y >= side)
                    expected = Qt::gray;
                else if (mx >= 0 && my >= 0 && mx < s->size() && my < s->size() && s->isDark(mx, my))
                    expected = Qt::black;
                const QColor actual = image.pixelColor(origin + QPoint(x, y));
                if (actual != expected)
                    QFAIL(qPrintable(
                        u"dpi %1: device dot (%2, %3) is %4, expected %5"_qs.arg(dpi).arg(x).arg(y).arg(
                            actual.name(), expected.name())));
            }
        }
    }
}

QTEST_MAIN(TestQrSymbol)
#include "tst_qrsymbol.moc"
