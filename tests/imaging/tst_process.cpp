// Clean-up of scanned pages on synthetic pages whose truth is known: skew of text pages rotated
// by known angles, rotation, crop margins, blank pages (white, scanner noise, grey paper; a page
// with one short line is not blank), near-duplicates (the same page rescanned with noise or a
// slight shift; a different page is not one) and Otsu on grey pages.
#include "imaging/process.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

using namespace hpf::imaging;

namespace {

// A text-like page at `dpi` (A4): lines of "words" (dark bars) of random widths, paragraphs with
// ragged ends, as a form or letter looks from afar. Different seeds give different pages.
QImage textPage(int dpi, quint32 seed, int lines = 30)
{
    const int w = qRound(8.27 * dpi), h = qRound(11.69 * dpi);
    QImage page(w, h, QImage::Format_Grayscale8);
    page.fill(255);
    QRandomGenerator rng(seed);
    QPainter p(&page);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(30, 30, 30));
    const int margin = dpi, lineHeight = dpi / 6, glyph = dpi / 12;
    int y = margin + int(rng.bounded(dpi / 2));
    for (int line = 0; line < lines && y < h - margin; ++line, y += lineHeight) {
        if (rng.bounded(8) == 0) { // paragraph break
            y += lineHeight;
            continue;
        }
        int x = margin + (rng.bounded(4) == 0 ? dpi / 3 : 0);
        const int end = w - margin - int(rng.bounded(w / 3));
        while (x < end) {
            const int word = glyph * int(2 + rng.bounded(6));
            p.drawRect(x, y, qMin(word, end - x), glyph);
            x += word + glyph / 2;
        }
    }
    p.end();
    return page;
}

// The page turned by `degrees` clockwise about its centre, on white, same size.
QImage skewed(const QImage &page, double degrees)
{
    QImage out(page.size(), QImage::Format_Grayscale8);
    out.fill(255);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(page.width() / 2.0, page.height() / 2.0);
    p.rotate(degrees);
    p.translate(-page.width() / 2.0, -page.height() / 2.0);
    p.drawImage(0, 0, page);
    p.end();
    return out;
}

// Scanner noise: every pixel jitters by ±amplitude, and a fraction of pixels are dark specks.
QImage noisy(const QImage &page, quint32 seed, int amplitude, double speckRate)
{
    QImage out = page.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator rng(seed);
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            int v = line[x] + int(rng.bounded(2 * amplitude + 1)) - amplitude;
            if (speckRate > 0 && rng.generateDouble() < speckRate)
                v = 40;
            line[x] = uchar(qBound(0, v, 255));
        }
    }
    return out;
}

QImage shifted(const QImage &page, int dx, int dy)
{
    QImage out(page.size(), QImage::Format_Grayscale8);
    out.fill(255);
    QPainter p(&out);
    p.drawImage(dx, dy, page);
    p.end();
    return out;
}

QImage white(int dpi, int level = 255)
{
    QImage page(qRound(8.27 * dpi), qRound(11.69 * dpi), QImage::Format_Grayscale8);
    page.fill(level);
    return page;
}

} // namespace

class TestProcess : public QObject
{
    Q_OBJECT

private slots:
    void skew_data()
    {
        QTest::addColumn<double>("degrees");
        QTest::addColumn<int>("dpi");
        for (double d :
             {-7.0, -6.0, -4.5, -3.0, -2.0, -1.2, -0.5, 0.0, 0.3, 0.8, 1.5, 2.7, 3.5, 5.0, 6.4, 7.0})
            QTest::addRow("%+.1f° 150 dpi", d) << d << 150;
        QTest::newRow("-2.4° 300 dpi") << -2.4 << 300;
        QTest::newRow("+6.1° 300 dpi") << 6.1 << 300;
        QTest::newRow("+1.1° 200 dpi") << 1.1 << 200;
    }
    void skew()
    {
        QFETCH(double, degrees);
        QFETCH(int, dpi);
        const QImage page = skewed(textPage(dpi, 7), degrees);
        const double found = estimateSkew(page);
        QVERIFY2(qAbs(found - degrees) <= 0.3, qPrintable(QString::number(found)));
        // The same through a noisy grey scan and as a bitonal page.
        const double noisyFound = estimateSkew(noisy(page, 3, 12, 0.0005));
        QVERIFY2(qAbs(noisyFound - degrees) <= 0.3, qPrintable(QString::number(noisyFound)));
        const double monoFound = estimateSkew(toBitonal(page));
        QVERIFY2(qAbs(monoFound - degrees) <= 0.3, qPrintable(QString::number(monoFound)));
    }

    void deskewStraightensThePage_data()
    {
        QTest::addColumn<double>("degrees");
        QTest::addColumn<int>("format");
        QTest::newRow("grey +4") << 4.0 << int(QImage::Format_Grayscale8);
        QTest::newRow("grey -6") << -6.0 << int(QImage::Format_Grayscale8);
        QTest::newRow("colour +2") << 2.0 << int(QImage::Format_RGB32);
        QTest::newRow("bitonal -3") << -3.0 << int(QImage::Format_Mono);
    }
    void deskewStraightensThePage()
    {
        QFETCH(double, degrees);
        QFETCH(int, format);
        QImage page = skewed(textPage(150, 11), degrees);
        page = format == QImage::Format_Mono ? toBitonal(page) : page.convertToFormat(QImage::Format(format));
        const QImage straight = deskew(page, estimateSkew(page));
        QCOMPARE(straight.size(), page.size());
        QCOMPARE(int(straight.format()), format);
        QVERIFY2(qAbs(estimateSkew(straight)) <= 0.3, qPrintable(QString::number(estimateSkew(straight))));
        QCOMPARE(deskew(page, 0.0), page); // nothing to do: the same image
    }

    void blankPageHasNoSkew()
    {
        QCOMPARE(estimateSkew(white(150)), 0.0);
        QCOMPARE(estimateSkew(noisy(white(150), 5, 10, 0.0005)), 0.0);
    }

    void rotate_data()
    {
        QTest::addColumn<int>("turns");
        QTest::addColumn<QPoint>("marker"); // where the top-left marker ends up (as a corner)
        QTest::addColumn<bool>("swapped");
        QTest::newRow("none") << 0 << QPoint(0, 0) << false;
        QTest::newRow("clockwise") << 1 << QPoint(1, 0) << true;
        QTest::newRow("half") << 2 << QPoint(1, 1) << false;
        QTest::newRow("anticlockwise") << -1 << QPoint(0, 1) << true;
        QTest::newRow("three clockwise") << 3 << QPoint(0, 1) << true;
        QTest::newRow("full turn") << 4 << QPoint(0, 0) << false;
        QTest::newRow("five") << 5 << QPoint(1, 0) << true;
        QTest::newRow("minus six") << -6 << QPoint(1, 1) << false;
    }
    void rotate()
    {
        QFETCH(int, turns);
        QFETCH(QPoint, marker);
        QFETCH(bool, swapped);
        QImage page(300, 200, QImage::Format_Grayscale8);
        page.fill(255);
        QPainter(&page).fillRect(0, 0, 20, 20, Qt::black);
        const QImage out = hpf::imaging::rotate(page, turns);
        QCOMPARE(out.size(), swapped ? page.size().transposed() : page.size());
        const int x = marker.x() ? out.width() - 10 : 10, y = marker.y() ? out.height() - 10 : 10;
        QCOMPARE(qGray(out.pixel(x, y)), 0);
        QCOMPARE(qGray(out.pixel(out.width() / 2, out.height() / 2)), 255);
        // Bitonal pages stay bitonal.
        QCOMPARE(hpf::imaging::rotate(toBitonal(page), turns).format(), QImage::Format_Mono);
    }

    void crop_data()
    {
        QTest::addColumn<QRect>("content");
        QTest::addColumn<int>("margin");
        QTest::addColumn<double>("speckRate");
        QTest::addColumn<QRect>("expected");
        const QRect image(0, 0, 1240, 1754);
        QTest::newRow("centre block") << QRect(200, 300, 600, 800) << 20 << 0.0 << QRect(180, 280, 640, 840);
        QTest::newRow("no margin") << QRect(200, 300, 600, 800) << 0 << 0.0 << QRect(200, 300, 600, 800);
        QTest::newRow("margin clipped at the edges")
            << QRect(5, 10, 1230, 100) << 40 << 0.0 << QRect(0, 0, 1240, 150);
        QTest::newRow("scanner specks ignored")
            << QRect(200, 300, 600, 800) << 20 << 0.0003 << QRect(180, 280, 640, 840);
        QTest::newRow("blank page: all of it") << QRect() << 20 << 0.0 << image;
    }
    void crop()
    {
        QFETCH(QRect, content);
        QFETCH(int, margin);
        QFETCH(double, speckRate);
        QFETCH(QRect, expected);
        QImage page = white(150);
        if (!content.isNull())
            QPainter(&page).fillRect(content, QColor(20, 20, 20));
        if (speckRate > 0)
            page = noisy(page, 9, 0, speckRate);
        const QRect bounds = contentBounds(page, margin);
        QVERIFY2(
            qAbs(bounds.left() - expected.left()) <= 1 && qAbs(bounds.top() - expected.top()) <= 1 &&
                qAbs(bounds.right() - expected.right()) <= 1 &&
                qAbs(bounds.bottom() - expected.bottom()) <= 1,
            qPrintable(
                u"%1,%2 %3x%4"_qs.arg(bounds.x()).arg(bounds.y()).arg(bounds.width()).arg(bounds.height())));
        QCOMPARE(autoCrop(page, margin).size(), bounds.size());
    }

    void blank_data()
    {
        QTest::addColumn<QImage>("page");
        QTest::addColumn<bool>("blank");
        QTest::newRow("white") << white(150) << true;
        QTest::newRow("white 300 dpi") << white(300) << true;
        QTest::newRow("scanner noise") << noisy(white(150), 1, 12, 0.0) << true;
        QTest::newRow("noise and dust specks") << noisy(white(150), 2, 10, 0.001) << true;
        QTest::newRow("grey recycled paper") << noisy(white(150, 200), 3, 15, 0.0005) << true;
        QTest::newRow("bitonal white") << toBitonal(white(150)) << true;
        QImage line = white(300);
        QPainter(&line).fillRect(900, 1600, 420, 30, QColor(30, 30, 30)); // one short line of text
        QTest::newRow("one short line") << line << false;
        QTest::newRow("one short line, noisy") << noisy(line, 4, 12, 0.0005) << false;
        QImage signature = white(150);
        {
            QPainter p(&signature);
            p.setPen(QPen(QColor(40, 40, 90), 3));
            p.drawLine(700, 1500, 820, 1480); // a signature stroke at the bottom
        }
        QTest::newRow("a signature stroke") << signature << false;
        QTest::newRow("text page") << textPage(150, 5) << false;
        QTest::newRow("bitonal text page") << toBitonal(textPage(150, 5)) << false;
        QImage empty;
        QTest::newRow("null image") << empty << true;
    }
    void blank()
    {
        QFETCH(QImage, page);
        QFETCH(bool, blank);
        QCOMPARE(isBlank(page), blank);
    }

    void nearDuplicate_data()
    {
        QTest::addColumn<QImage>("a");
        QTest::addColumn<QImage>("b");
        QTest::addColumn<bool>("duplicate");
        const QImage page = textPage(150, 21);
        QTest::newRow("identical") << page << page << true;
        QTest::newRow("rescanned with noise") << page << noisy(page, 8, 15, 0.0005) << true;
        QTest::newRow("shifted 5 px") << page << shifted(page, 5, -4) << true;
        QTest::newRow("slightly skewed") << page << skewed(page, 0.6) << true;
        QTest::newRow("bitonal copy")
            << page << toBitonal(page).convertToFormat(QImage::Format_Grayscale8) << true;
        QTest::newRow("another page") << page << textPage(150, 22) << false;
        QTest::newRow("another page, same layout seed+1000") << page << textPage(150, 1021) << false;
        QTest::newRow("short page vs full page") << textPage(150, 23, 8) << textPage(150, 23, 40) << false;
        QTest::newRow("blank vs text") << white(150) << page << false;
        QTest::newRow("same line pitch, text aligned right") << page << page.mirrored(true, false) << false;
        for (quint32 seed : {31u, 32u, 33u, 34u, 35u})
            QTest::addRow("another page (seed %u)", seed) << page << textPage(150, seed) << false;
        const QImage fine = textPage(300, 40);
        QTest::newRow("300 dpi rescan, noisy and shifted")
            << fine << shifted(noisy(fine, 41, 12, 0.0003), 8, 6) << true;
        QTest::newRow("300 dpi vs the same scanned at 150 dpi")
            << fine << fine.scaled(fine.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation) << true;
    }
    void nearDuplicate()
    {
        QFETCH(QImage, a);
        QFETCH(QImage, b);
        QFETCH(bool, duplicate);
        const quint64 ha = perceptualHash(a), hb = perceptualHash(b);
        QVERIFY2(isNearDuplicate(ha, hb) == duplicate,
                 qPrintable(u"distance %1"_qs.arg(hashDistance(ha, hb))));
        QCOMPARE(hashDistance(ha, ha), 0);
    }

    void otsu_data()
    {
        QTest::addColumn<int>("background");
        QTest::addColumn<int>("ink");
        QTest::addColumn<int>("noise");
        QTest::newRow("black on white") << 250 << 20 << 8;
        QTest::newRow("grey paper") << 200 << 60 << 10;
        QTest::newRow("faint pencil") << 235 << 150 << 6;
        QTest::newRow("dark paper") << 140 << 40 << 8;
    }
    void otsu()
    {
        QFETCH(int, background);
        QFETCH(int, ink);
        QFETCH(int, noise);
        const QImage truth = textPage(100, 31);
        QImage grey(truth.size(), QImage::Format_Grayscale8);
        for (int y = 0; y < truth.height(); ++y) {
            const uchar *t = truth.constScanLine(y);
            uchar *g = grey.scanLine(y);
            for (int x = 0; x < truth.width(); ++x)
                g[x] = uchar(t[x] < 128 ? ink : background);
        }
        grey = noisy(grey, 12, noise, 0.0);
        const QImage mono = toBitonal(grey);
        QCOMPARE(mono.format(), QImage::Format_Mono);
        QCOMPARE(mono.size(), grey.size());
        qint64 wrong = 0;
        for (int y = 0; y < truth.height(); ++y) {
            const uchar *t = truth.constScanLine(y);
            for (int x = 0; x < truth.width(); ++x)
                wrong += (t[x] < 128) != (qGray(mono.pixel(x, y)) < 128) ? 1 : 0;
        }
        QVERIFY2(wrong < qint64(truth.width()) * truth.height() / 1000, qPrintable(QString::number(wrong)));
    }
};

QTEST_GUILESS_MAIN(TestProcess)
#include "tst_process.moc"
