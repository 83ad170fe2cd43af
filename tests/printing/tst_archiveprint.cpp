// printing/archivecopy and printing/tabledoc: the watermarked export copy (a page per image at its
// size, the watermark as text on every page: pdftotext reads it back) and the printed check tables
// (page count by rows, header on every page).
#include "archivecopy.h"
#include "tabledoc.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;

namespace {

QString runTool(const QString &tool, const QStringList &args)
{
    if (QStandardPaths::findExecutable(tool).isEmpty()) {
        if (test::componentsRequired())
            qFatal("%s is required (CI=true)", qPrintable(tool));
        return {};
    }
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestArchivePrint : public QObject
{
    Q_OBJECT
private slots:
    void pageCount_data();
    void pageCount();
    void tablePaintsEveryPage();
    void watermarkedCopy();
    void noPagesNoCopy();
};

void TestArchivePrint::pageCount_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("pages");
    const int per = printing::tableDocRowsPerPage(QRectF(0, 0, 2480, 3508));
    QVERIFY(per > 10);
    QTest::newRow("no rows: one page") << 0 << 1;
    QTest::newRow("one row") << 1 << 1;
    QTest::newRow("exactly a page") << per << 1;
    QTest::newRow("one more") << per + 1 << 2;
    QTest::newRow("three pages") << 3 * per << 3;
}

void TestArchivePrint::pageCount()
{
    QFETCH(int, rows);
    QFETCH(int, pages);
    printing::TableDoc doc;
    for (int i = 0; i < rows; ++i)
        doc.rows.append({QString::number(i)});
    QCOMPARE(printing::tableDocPageCount(doc, QRectF(0, 0, 2480, 3508)), pages);
    // Resolution does not change the layout.
    QCOMPARE(printing::tableDocPageCount(doc, QRectF(0, 0, 4960, 7016)), pages);
}

void TestArchivePrint::tablePaintsEveryPage()
{
    printing::TableDoc doc;
    doc.title = u"四性检测汇总"_qs;
    doc.header = {u"档号"_qs, u"检测时间"_qs, u"未通过项目"_qs};
    for (int i = 0; i < 100; ++i)
        doc.rows.append({u"HPF-2026-GR-%1"_qs.arg(i, 6, 10, QChar(u'0')), u"2026-12-04"_qs, u"file.sm3"_qs});
    const QRectF page(0, 0, 620, 877);
    const int pages = printing::tableDocPageCount(doc, page);
    QVERIFY(pages >= 2);
    for (int p = 0; p < pages; ++p) {
        QImage image(page.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        printing::paintTableDoc(painter, page, doc, p);
        painter.end();
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 128;
        }
        QVERIFY2(dark > 200, qPrintable(u"page %1 is empty"_qs.arg(p)));
    }
}

void TestArchivePrint::watermarkedCopy()
{
    QImage a(1240, 1754, QImage::Format_Grayscale8); // A4 at 150 dpi
    a.fill(Qt::white);
    a.setDotsPerMeterX(5906);
    a.setDotsPerMeterY(5906);
    QImage b(900, 600, QImage::Format_RGB32); // landscape, Qt's default 96 dpi
    b.fill(Qt::lightGray);
    const QString watermark = u"王芳 teller1 2026-12-04 16:00 HPF-2026-GR-000001"_qs;
    const QByteArray pdf = printing::watermarkedPdf({a, b}, watermark, u"HPF-2026-GR-000001"_qs);
    QVERIFY(pdf.startsWith("%PDF"));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"copy.pdf"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    const QString info = runTool(u"pdfinfo"_qs, {u"-f"_qs, u"1"_qs, u"-l"_qs, u"2"_qs, path});
    if (info.isEmpty())
        QSKIP("pdfinfo is not installed (outside CI)");
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+2"_qs)), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(u"Page\\s+1 size:\\s+595\\.\\d* x 841\\.\\d*"_qs)) ||
                 info.contains(QRegularExpression(u"Page\\s+1 size:\\s+59[45]\\.?\\d* x 84[12]\\.?\\d*"_qs)),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(u"Page\\s+2 size:\\s+675\\.?\\d* x 450\\.?\\d*"_qs)),
             qPrintable(info));
    for (int page = 1; page <= 2; ++page) {
        const QString text = runTool(u"pdftotext"_qs, {u"-f"_qs, QString::number(page), u"-l"_qs,
                                                       QString::number(page), path, u"-"_qs});
        QVERIFY2(text.contains(u"teller1"_qs) && text.contains(u"HPF-2026-GR-000001"_qs), qPrintable(text));
    }
}

void TestArchivePrint::noPagesNoCopy()
{
    QVERIFY(printing::watermarkedPdf({}, u"x"_qs, u"t"_qs).isEmpty());
}

QTEST_MAIN(TestArchivePrint)
#include "tst_archiveprint.moc"
