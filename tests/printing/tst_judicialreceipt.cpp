// 协助执行回执 (printing/judicialreceipt): the rows a court reads (requested vs achieved, the shortfall,
// the whole balance, the queue position), the note sentences, a layout that keeps long court names
// inside the page, and a QR that an independent reader (zbarimg, after poppler rasterised the PDF)
// decodes to the receipt number.
#include "domain/money.h"
#include "judicialreceipt.h"
#include "pdfwriter.h"
#include "testsupport.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::printing;

namespace {

JudicialReceiptData sample()
{
    JudicialReceiptData d;
    d.number = u"YW2026120400000041"_qs;
    d.centerName = u"北京住房公积金管理中心"_qs;
    d.branchName = u"朝阳管理部"_qs;
    d.action = u"freeze"_qs;
    d.courtName = u"北京市朝阳区人民法院"_qs;
    d.caseNumber = u"（2026）京0105执1234号"_qs;
    d.noticeNumber = u"（2026）京0105执1234号之一"_qs;
    d.accountNumber = u"110000000001"_qs;
    d.personName = u"张三"_qs;
    d.requestedFen = 300000;
    d.achievedFen = 250000;
    d.shortfallFen = 50000;
    d.state = u"active"_qs;
    d.startDate = QDate(2026, 12, 4);
    d.endDate = QDate(2029, 12, 3);
    d.notes = {u"shortfall"_qs};
    d.at = QDateTime(QDate(2026, 12, 4), QTime(8, 0), Qt::UTC);
    d.teller = u"judicial1"_qs;
    d.supervisor = u"supervisor1"_qs;
    return d;
}

QString rowValue(const QList<JudicialReceiptRow> &rows, const QString &label)
{
    for (const auto &r : rows) {
        if (r.label == label)
            return r.value;
    }
    return u"<missing>"_qs;
}

bool haveTool(const QString &tool)
{
    return !QStandardPaths::findExecutable(tool).isEmpty();
}

// The darkest column on the page, right of the text area: a text that ran off the page would
// leave ink in the right margin.
bool inkInRightMargin(const QImage &image, double marginMm, double dpi)
{
    const int from = image.width() - int(marginMm / 25.4 * dpi) + 2;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = from; x < image.width(); ++x) {
            if (line[x] < 128)
                return true;
        }
    }
    return false;
}

} // namespace

class TestJudicialReceipt : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rows_data();
    void rows();
    void noteSentences();
    void longCourtNamesStayOnThePage_data();
    void longCourtNamesStayOnThePage();
    void qrDecodesToTheNumber_data();
    void qrDecodesToTheNumber();

private:
    QTemporaryDir m_dir;
};

void TestJudicialReceipt::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIntValue("HPF_KEEP_TEST_OUTPUT") == 1) { // to look at the PDFs
        m_dir.setAutoRemove(false);
        qInfo("output kept in %s", qPrintable(m_dir.path()));
    }
    for (const QString &tool : {u"pdftoppm"_qs, u"zbarimg"_qs}) {
        if (!haveTool(tool) && hpf::test::componentsRequired())
            QFAIL(qPrintable(tool + u" is missing (poppler-utils / zbar-tools)"_qs));
    }
}

void TestJudicialReceipt::rows_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("wholeBalance");
    QTest::addColumn<qint64>("achieved");
    QTest::addColumn<qint64>("shortfall");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("queue");
    QTest::addColumn<QString>("requestedText");
    QTest::addColumn<QString>("achievedLabel");
    QTest::addColumn<QString>("shortfallText"); // "<missing>": no row
    QTest::addColumn<QString>("resultText");
    QTest::newRow("freeze with a shortfall")
        << u"freeze"_qs << false << qint64(250000) << qint64(50000) << u"active"_qs << 0 << u"3,000.00 元"_qs
        << u"实际冻结金额"_qs << u"500.00 元"_qs << u"冻结生效"_qs;
    QTest::newRow("whole balance") << u"freeze"_qs << true << qint64(123456) << qint64(0) << u"active"_qs << 0
                                   << u"账户全部余额"_qs << u"实际冻结金额"_qs << u"<missing>"_qs
                                   << u"冻结生效"_qs;
    QTest::newRow("whole balance of an empty account")
        << u"freeze"_qs << true << qint64(0) << qint64(0) << u"active"_qs << 0 << u"账户全部余额"_qs
        << u"实际冻结金额"_qs << u"<missing>"_qs << u"冻结生效"_qs;
    QTest::newRow("queued second") << u"freeze"_qs << false << qint64(0) << qint64(0) << u"waiting"_qs << 2
                                   << u"3,000.00 元"_qs << u"实际冻结金额"_qs << u"<missing>"_qs
                                   << u"轮候冻结（轮候第 2 位）"_qs;
    QTest::newRow("renew") << u"renew"_qs << false << qint64(250000) << qint64(0) << u"active"_qs << 0
                           << u"3,000.00 元"_qs << u"续行冻结金额"_qs << u"<missing>"_qs << u"冻结生效"_qs;
    QTest::newRow("partial unfreeze")
        << u"unfreeze"_qs << false << qint64(100000) << qint64(0) << u"active"_qs << 0 << u"3,000.00 元"_qs
        << u"解除冻结金额"_qs << u"<missing>"_qs << u"冻结生效"_qs;
    QTest::newRow("deduct all") << u"deduct"_qs << false << qint64(300000) << qint64(0) << u"deducted"_qs << 0
                                << u"3,000.00 元"_qs << u"实际扣划金额"_qs << u"<missing>"_qs
                                << u"已全部扣划"_qs;
}

void TestJudicialReceipt::rows()
{
    QFETCH(QString, action);
    QFETCH(bool, wholeBalance);
    QFETCH(qint64, achieved);
    QFETCH(qint64, shortfall);
    QFETCH(QString, state);
    QFETCH(int, queue);
    JudicialReceiptData d = sample();
    d.action = action;
    if (wholeBalance)
        d.requestedFen.reset();
    d.achievedFen = achieved;
    d.shortfallFen = shortfall;
    d.state = state;
    d.queuePosition = queue;
    const auto rows = judicialReceiptRows(d);
    QTEST(rowValue(rows, u"要求金额"_qs), "requestedText");
    QFETCH(QString, achievedLabel);
    QCOMPARE(rowValue(rows, achievedLabel), money::format(achieved) + u" 元"_qs);
    QTEST(rowValue(rows, u"未能冻结金额"_qs), "shortfallText");
    QTEST(rowValue(rows, u"办理结果"_qs), "resultText");
    QCOMPARE(rowValue(rows, u"执行法院"_qs), d.courtName);
    QCOMPARE(rowValue(rows, u"案号"_qs), d.caseNumber);
    QCOMPARE(rowValue(rows, u"冻结期限"_qs), u"2026年12月4日 至 2029年12月3日"_qs);
    QVERIFY(rowValue(rows, u"金额（大写）"_qs).endsWith(u"整"_qs) || achieved % 100 != 0);
}

void TestJudicialReceipt::noteSentences()
{
    QCOMPARE(judicialNoteText(u"shortfall"_qs), u"余额不足部分在账户今后入账时继续冻结，以冻结金额为限。"_qs);
    QVERIFY(judicialNoteText(u"queued"_qs).contains(u"轮候"_qs));
    QVERIFY(judicialNoteText(u"promoted"_qs).contains(u"生效"_qs));
    QVERIFY(judicialNoteText(u"fully_deducted"_qs).contains(u"全部扣划"_qs));
    // A code this client does not know yet is printed, not dropped.
    QVERIFY(judicialNoteText(u"new_code"_qs).contains(u"new_code"_qs));
    QCOMPARE(judicialActionName(u"unfreeze"_qs), u"解除冻结"_qs);
}

void TestJudicialReceipt::longCourtNamesStayOnThePage_data()
{
    QTest::addColumn<QString>("court");
    QTest::newRow("short") << u"北京市朝阳区人民法院"_qs;
    QTest::newRow("long") << u"新疆维吾尔自治区高级人民法院生产建设兵团分院第八师中级人民法院执行局"_qs;
    QTest::newRow("very long, no break") << QString(90, u'院');
}

void TestJudicialReceipt::longCourtNamesStayOnThePage()
{
    QFETCH(QString, court);
    JudicialReceiptData d = sample();
    d.courtName = court;
    d.notes = {u"shortfall"_qs, u"queued"_qs};
    const double dpi = 100;
    QImage image(int(210 / 25.4 * dpi), int(297 / 25.4 * dpi), QImage::Format_Grayscale8);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter p(&image);
        paintJudicialReceipt(p, QRectF(image.rect()), d);
    }
    QVERIFY2(!inkInRightMargin(image, 18, dpi), "text ran into the right margin");
    // The bottom margin stays clean too: nothing was pushed off the page.
    const int bottom = image.height() - int(12 / 25.4 * dpi);
    for (int y = bottom; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            QVERIFY2(line[x] >= 128, "ink in the bottom margin");
    }
}

void TestJudicialReceipt::qrDecodesToTheNumber_data()
{
    QTest::addColumn<bool>("training");
    QTest::addColumn<int>("dpi");
    QTest::newRow("original, 150 dpi") << false << 150;
    QTest::newRow("training watermark, 150 dpi") << true << 150;
    QTest::newRow("original, 300 dpi") << false << 300;
}

void TestJudicialReceipt::qrDecodesToTheNumber()
{
    if (!haveTool(u"pdftoppm"_qs) || !haveTool(u"zbarimg"_qs))
        QSKIP("pdftoppm/zbarimg not installed (scripts/install-deps.sh installs them)");
    QFETCH(bool, training);
    QFETCH(int, dpi);
    JudicialReceiptData d = sample();
    d.training = training;
    const QString pdf = m_dir.filePath(u"judicial-%1-%2.pdf"_qs.arg(training).arg(dpi));
    QVERIFY(writePdf(pdf, QPageSize(QPageSize::A4), 1, [&](QPainter &p, const QRectF &page, int) {
                paintJudicialReceipt(p, page, d);
            }).ok());
    const QString prefix = pdf.chopped(4);
    QCOMPARE(hpf::test::runProgram(u"pdftoppm"_qs, {u"-r"_qs, QString::number(dpi), u"-png"_qs,
                                                    u"-singlefile"_qs, pdf, prefix}),
             0);
    QByteArray out;
    QCOMPARE(hpf::test::readQrWithZbar(prefix + u".png"_qs, &out), 0);
    QCOMPARE(QString::fromUtf8(out).trimmed(), d.number);
}

QTEST_MAIN(TestJudicialReceipt)
#include "tst_judicialreceipt.moc"
