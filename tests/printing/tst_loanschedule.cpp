// printing/loanschedule (issue 18, part J): the 还款计划表 of a loan as printed — the facts, the rows
// in print order with their marks (已还, 部分已还, 逾期, 未还), money exact to the fen against hand
// values (domain.md §7: 500,000.00 at 2.6% over 360 months, 等额本息: 2,001.70 = 918.37 principal +
// 1,083.33 interest in month 1), the total row, pages for 360 instalments, and the PDF read back
// with pdftotext.
#include "loanschedule.h"
#include "pdfwriter.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;

namespace {

// 300.00 over three months at 2.0%, 等额本金 (hand-made): 100.00 principal a month, interest 0.50,
// 0.33, 0.17; instalment 1 paid, 2 has 0.33 paid, 3 open.
printing::LoanScheduleData small()
{
    printing::LoanScheduleData d;
    d.centerName = u"兰州住房公积金管理中心"_qs;
    d.contractNumber = u"DK2027010500000001"_qs;
    d.applicationSerial = u"YW2026120500000021"_qs;
    d.principalFen = 30000;
    d.outstandingFen = 20000;
    d.rate = u"2"_qs;
    d.method = u"equal_principal"_qs;
    d.termMonths = 3;
    d.disbursedOn = QDate(2026, 12, 5);
    d.lines = {{1, QDate(2027, 1, 5), 10000, 50, 10050, 0, true, 0},
               {2, QDate(2027, 2, 5), 10000, 33, 33, 0, false, 0},
               {3, QDate(2027, 3, 5), 10000, 17, 0, 0, false, 0}};
    d.today = QDate(2027, 1, 20);
    d.printedAt = QDateTime(QDate(2027, 1, 20), QTime(8, 0), Qt::UTC);
    d.printedBy = u"王芳"_qs;
    return d;
}

// The domain.md reference loan's first instalment and 359 more rows of the same shape (for pages).
printing::LoanScheduleData reference()
{
    printing::LoanScheduleData d = small();
    d.principalFen = 50000000;
    d.outstandingFen = 50000000;
    d.rate = u"2.6"_qs;
    d.method = u"equal_installment"_qs;
    d.termMonths = 360;
    d.lines.clear();
    d.lines.append({1, QDate(2027, 1, 5), 91837, 108333, 0, 0, false, 0});
    for (int i = 2; i <= 360; ++i)
        d.lines.append({i, QDate(2027, 1, 5).addMonths(i - 1), 100000, 100170, 0, 0, false, 0});
    d.today = QDate(2026, 12, 5);
    return d;
}

} // namespace

class TestLoanSchedule : public QObject
{
    Q_OBJECT
private slots:
    void marks_data();
    void marks();
    void rows();
    void pages();
    void pdfText();
};

void TestLoanSchedule::marks_data()
{
    QTest::addColumn<bool>("paid");
    QTest::addColumn<qint64>("paidFen");
    QTest::addColumn<int>("daysPastDue");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("mark");
    const QDate due(2027, 2, 5);
    QTest::newRow("paid") << true << qint64(10033) << 0 << due.addDays(40) << u"已还"_qs;
    QTest::newRow("open before due") << false << qint64(0) << 0 << due.addDays(-1) << u"未还"_qs;
    QTest::newRow("open on the due date") << false << qint64(0) << 0 << due << u"未还"_qs;
    QTest::newRow("open a day late") << false << qint64(0) << 0 << due.addDays(1) << u"逾期"_qs;
    QTest::newRow("partly paid, not due") << false << qint64(33) << 0 << due.addDays(-10) << u"部分已还"_qs;
    QTest::newRow("partly paid, late") << false << qint64(33) << 0 << due.addDays(3) << u"逾期"_qs;
    QTest::newRow("server's days past due") << false << qint64(0) << 4 << QDate() << u"逾期"_qs;
}

void TestLoanSchedule::marks()
{
    QFETCH(bool, paid);
    QFETCH(qint64, paidFen);
    QFETCH(int, daysPastDue);
    QFETCH(QDate, today);
    QFETCH(QString, mark);
    const printing::LoanScheduleData::Line line{2,    QDate(2027, 2, 5), 10000, 33, paidFen, 0,
                                                paid, daysPastDue};
    QCOMPARE(printing::loanScheduleMark(line, today), mark);
}

void TestLoanSchedule::rows()
{
    const auto d = small();
    const QList<QStringList> rows = printing::loanScheduleRows(d);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), (QStringList{u"1"_qs, u"2027-01-05"_qs, u"100.50"_qs, u"100.00"_qs, u"0.50"_qs,
                                      u"100.50"_qs, u"已还"_qs}));
    QCOMPARE(rows.at(1), (QStringList{u"2"_qs, u"2027-02-05"_qs, u"100.33"_qs, u"100.00"_qs, u"0.33"_qs,
                                      u"0.33"_qs, u"部分已还"_qs}));
    QCOMPARE(rows.at(2).last(), u"未还"_qs);
    // 300.00 + 1.00 interest; 100.50 + 0.33 paid
    QCOMPARE(rows.at(3), (QStringList{u"合计"_qs, u"3期"_qs, u"301.00"_qs, u"300.00"_qs, u"1.00"_qs,
                                      u"100.83"_qs, QString()}));
    const QStringList facts = printing::loanScheduleFacts(d);
    QVERIFY(facts.at(0).contains(u"DK2027010500000001"_qs) && facts.at(0).contains(u"YW2026120500000021"_qs));
    QVERIFY2(facts.at(1).contains(u"300.00元"_qs) && facts.at(1).contains(u"200.00元"_qs),
             qPrintable(facts.at(1)));
    QVERIFY2(facts.at(2).contains(u"等额本金"_qs) && facts.at(2).contains(u"3个月"_qs),
             qPrintable(facts.at(2)));
    QVERIFY(facts.join(u'\n').contains(u"2027年1月20日"_qs));
    QVERIFY(!facts.join(u'\n').contains(u"结清日"_qs));
    auto settled = d;
    settled.settledOn = QDate(2027, 1, 20);
    QVERIFY(printing::loanScheduleFacts(settled).join(u'\n').contains(u"结清日：2027年1月20日"_qs));

    const QList<QStringList> ref = printing::loanScheduleRows(reference());
    QCOMPARE(ref.at(0).mid(2, 3), (QStringList{u"2,001.70"_qs, u"918.37"_qs, u"1,083.33"_qs}));
}

void TestLoanSchedule::pages()
{
    const QRectF a4(0, 0, 2480, 3508);
    QCOMPARE(printing::loanSchedulePageCount(small(), a4), 1);
    const int many = printing::loanSchedulePageCount(reference(), a4);
    QVERIFY2(many >= 4, qPrintable(QString::number(many))); // 361 rows
}

void TestLoanSchedule::pdfText()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
        QFAIL("pdftotext is missing (poppler-utils)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"schedule.pdf"_qs);
    auto d = small();
    d.training = true;
    const QRectF a4(0, 0, 4960, 7016);
    const Status s = printing::writePdf(
        path, QPageSize(QPageSize::A4), printing::loanSchedulePageCount(d, a4),
        [&d](QPainter &painter, const QRectF &page, int index) {
            printing::paintLoanSchedule(painter, page, d, index);
        },
        {}, u"还款计划表"_qs);
    QVERIFY2(s.ok(), qPrintable(s.error().code));
    QProcess p;
    p.start(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(u"\\s"_qs));
    QVERIFY2(text.contains(u"还款计划表"_qs), qPrintable(text));
    // pdftotext loses the text mapping of some repeated digit glyphs of Qt's PDFs (see
    // tst_contractdoc), so the long contract number is checked by its label and prefix only.
    QVERIFY2(text.contains(u"合同编号：DK"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"100.50"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"301.00"_qs), qPrintable(text)); // the total
    QVERIFY2(text.contains(u"100.83"_qs), qPrintable(text)); // paid in total
    QVERIFY2(text.contains(u"部分已还"_qs), qPrintable(text));
}

QTEST_MAIN(TestLoanSchedule)
#include "tst_loanschedule.moc"
