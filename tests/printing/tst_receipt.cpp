#include "pdfwriter.h"
#include "receipt.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::printing;

// Receipts are rendered to PDF by the product code, rasterised by poppler (pdftoppm) and decoded by
// an independent reader (zbarimg); the layout is compared with a checked-in golden image.
// Refresh the golden images with HPF_UPDATE_GOLDEN=1 (see tests/data/golden/README.md).
class TestReceipt : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void qrDecodesToTheSerial_data();
    void qrDecodesToTheSerial();
    void goldenLayout_data();
    void goldenLayout();
    void pdfErrors();

private:
    static ReceiptData sample(int reprints, bool training);
    bool haveTool(const QString &tool);
    QTemporaryDir m_dir;
};

ReceiptData TestReceipt::sample(int reprints, bool training)
{
    ReceiptData d;
    d.centerName = u"兰州住房公积金管理中心"_qs;
    d.branchName = u"城关营业部"_qs;
    d.title = u"个人开户业务回单"_qs;
    d.serial = u"YW202611220000123"_qs;
    d.time = QDateTime(QDate(2026, 11, 22), QTime(10, 15, 30));
    d.teller = u"teller01 王*"_qs;
    d.fields = {{u"姓名"_qs, u"张*"_qs},
                {u"证件号码"_qs, u"1101**********002X"_qs},
                {u"个人账号"_qs, u"620100000123"_qs},
                {u"单位名称"_qs, u"兰州某某科技有限公司"_qs},
                {u"缴存基数"_qs, u"8,888.88"_qs}};
    d.amountFen = 124444;
    d.amountLabel = u"月缴存额合计"_qs;
    d.qrText = u"HPFR:"_qs + d.serial;
    d.reprintCount = reprints;
    d.training = training;
    return d;
}

bool TestReceipt::haveTool(const QString &tool)
{
    return !QStandardPaths::findExecutable(tool).isEmpty();
}

void TestReceipt::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString &tool : {u"pdftoppm"_qs, u"zbarimg"_qs}) {
        if (!haveTool(tool) && hpf::test::componentsRequired())
            QFAIL(qPrintable(tool + u" is missing (poppler-utils / zbar-tools)"_qs));
    }
}

void TestReceipt::qrDecodesToTheSerial_data()
{
    QTest::addColumn<int>("reprints");
    QTest::addColumn<bool>("training");
    QTest::addColumn<int>("dpi");
    QTest::newRow("original, 150 dpi") << 0 << false << 150;
    QTest::newRow("reprint, 150 dpi") << 2 << false << 150;
    QTest::newRow("training watermark, 150 dpi") << 0 << true << 150;
    QTest::newRow("original, 300 dpi") << 0 << false << 300;
}

void TestReceipt::qrDecodesToTheSerial()
{
    if (!haveTool(u"pdftoppm"_qs) || !haveTool(u"zbarimg"_qs))
        QSKIP("pdftoppm/zbarimg not installed (scripts/install-deps.sh installs them)");
    QFETCH(int, reprints);
    QFETCH(bool, training);
    QFETCH(int, dpi);
    const ReceiptData data = sample(reprints, training);
    const QString pdf = m_dir.filePath(u"receipt-%1-%2-%3.pdf"_qs.arg(reprints).arg(training).arg(dpi));
    QVERIFY(writePdf(pdf, QPageSize(QPageSize::A5), 1, [&](QPainter &p, const QRectF &page, int) {
                paintReceipt(p, page, data);
            }).ok());
    const QString prefix = pdf.chopped(4);
    QCOMPARE(hpf::test::runProgram(u"pdftoppm"_qs, {u"-r"_qs, QString::number(dpi), u"-png"_qs,
                                                    u"-singlefile"_qs, pdf, prefix}),
             0);
    QByteArray out;
    QCOMPARE(hpf::test::readQrWithZbar(prefix + u".png"_qs, &out), 0);
    QCOMPARE(QString::fromUtf8(out).trimmed(), data.qrText);
}

void TestReceipt::goldenLayout_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("reprints");
    QTest::addColumn<bool>("training");
    QTest::newRow("receipt") << u"receipt"_qs << 0 << false;
    QTest::newRow("receipt reprint training") << u"receipt-reprint-training"_qs << 3 << true;
}

void TestReceipt::goldenLayout()
{
    QFETCH(QString, name);
    QFETCH(int, reprints);
    QFETCH(bool, training);
    // A5 at 100 dpi, fixed fonts (Noto CJK) and locale: deterministic on a Debian 12 machine.
    const double dpi = 100;
    QImage image(int(148 / 25.4 * dpi), int(210 / 25.4 * dpi), QImage::Format_Grayscale8);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter p(&image);
        paintReceipt(p, QRectF(image.rect()), sample(reprints, training));
    }
    const QString goldenPath = hpf::test::sourcePath(u"tests/data/golden/%1.png"_qs.arg(name));
    if (QProcessEnvironment::systemEnvironment().value(u"HPF_UPDATE_GOLDEN"_qs) == u"1") {
        QVERIFY(image.save(goldenPath));
        qInfo("golden image refreshed: %s", qPrintable(goldenPath));
    }
    QImage golden(goldenPath);
    QVERIFY2(!golden.isNull(), qPrintable(u"missing golden image "_qs + goldenPath));
    golden = golden.convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(golden.size(), image.size());
    // Tolerance: antialiased glyph edges may differ by a little; the layout may not.
    qint64 differing = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *a = image.constScanLine(y);
        const uchar *b = golden.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            differing += std::abs(int(a[x]) - int(b[x])) > 64;
    }
    const double share = double(differing) / (image.width() * image.height());
    if (share > 0.002)
        image.save(m_dir.filePath(name + u"-actual.png"_qs));
    QVERIFY2(share <= 0.002,
             qPrintable(u"%1 % of pixels differ from %2"_qs.arg(share * 100).arg(goldenPath)));
}

void TestReceipt::pdfErrors()
{
    const auto painter = [](QPainter &, const QRectF &, int) {};
    QCOMPARE(writePdf(u"/nonexistent-dir/x.pdf"_qs, QPageSize(QPageSize::A4), 1, painter).error().code,
             u"pdf.open"_qs);
    const QString path = m_dir.filePath(u"cancelled.pdf"_qs);
    int pagesPainted = 0;
    const Status s = writePdf(
        path, QPageSize(QPageSize::A4), 10, [&](QPainter &, const QRectF &, int) { ++pagesPainted; },
        [&] { return pagesPainted == 3; });
    QCOMPARE(s.error().code, u"pdf.cancelled"_qs);
    QCOMPARE(pagesPainted, 3);
    QVERIFY(!QFile::exists(path)); // no partial file left behind
}

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
