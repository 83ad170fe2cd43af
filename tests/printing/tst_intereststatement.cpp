// printing/intereststatement: the unit's 结息对账单 as printed — the facts and rows in print order
// (money exact to the fen, the total row), pages when the unit is large (header on each page), and
// the PDF the page writes read back with pdftotext.
#include "intereststatement.h"
#include "pdfwriter.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hpf;

namespace {

printing::InterestStatementData sample(int people)
{
    printing::InterestStatementData d;
    d.centerName = u"兰州住房公积金管理中心"_qs;
    d.unitAccount = u"62010001"_qs;
    d.unitName = u"兰州甲公司"_qs;
    d.year = 2026;
    d.settlementDate = QDate(2026, 6, 30);
    d.periodFrom = QDate(2025, 7, 1);
    d.periodTo = QDate(2026, 6, 30);
    d.rates = {{QDate(2025, 7, 1), u"1.5%"_qs}};
    for (int i = 0; i < people; ++i) {
        const qint64 opening = 100000 * (i + 1); // 1,000.00 × (i+1)
        const qint64 interest = 1500 * (i + 1);  // 1.5% of it for the whole year
        d.lines.append({u"6201000%1"_qs.arg(i, 5, 10, QLatin1Char('0')), u"职工%1"_qs.arg(i + 1), opening,
                        interest, opening + interest});
        d.totalInterestFen += interest;
    }
    d.serial = u"YW2026070100000001"_qs;
    d.printedAt = QDateTime(QDate(2026, 12, 4), QTime(8, 0), Qt::UTC);
    d.printedBy = u"王芳"_qs;
    return d;
}

} // namespace

class TestInterestStatement : public QObject
{
    Q_OBJECT
private slots:
    void rows_data();
    void rows();
    void pages();
    void pdfText();
};

void TestInterestStatement::rows_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<QString>("total");   // the total row's interest
    QTest::addColumn<QString>("opening"); // the total row's balance before
    QTest::newRow("none") << 0 << u"0.00"_qs << u"0.00"_qs;
    QTest::newRow("one") << 1 << u"15.00"_qs << u"1,000.00"_qs;
    // 1,000 × (1+…+3) = 6,000.00; 15 × 6 = 90.00
    QTest::newRow("three") << 3 << u"90.00"_qs << u"6,000.00"_qs;
}

void TestInterestStatement::rows()
{
    QFETCH(int, people);
    QFETCH(QString, total);
    QFETCH(QString, opening);
    const auto d = sample(people);
    const QList<QStringList> rows = printing::interestStatementRows(d);
    QCOMPARE(rows.size(), people + 1);
    const QStringList last = rows.last();
    QCOMPARE(last.at(0), u"合计"_qs);
    QCOMPARE(last.at(2), u"%1人"_qs.arg(people));
    QCOMPARE(last.at(3), opening);
    QCOMPARE(last.at(4), total);
    if (people > 0) {
        QCOMPARE(rows.at(0), (QStringList{u"1"_qs, u"620100000000"_qs, u"职工1"_qs, u"1,000.00"_qs,
                                          u"15.00"_qs, u"1,015.00"_qs}));
    }
    const QStringList facts = printing::interestStatementFacts(d);
    QVERIFY(facts.at(0).contains(u"62010001"_qs) && facts.at(0).contains(u"兰州甲公司"_qs));
    QVERIFY2(facts.at(1).contains(u"2025年7月1日至2026年6月30日"_qs), qPrintable(facts.at(1)));
    QVERIFY(facts.at(2).contains(u"1.5%"_qs));
    QVERIFY(facts.at(3).contains(total + u"元"_qs));
}

void TestInterestStatement::pages()
{
    const QRectF a4(0, 0, 2480, 3508);
    QCOMPARE(printing::interestStatementPageCount(sample(0), a4), 1);
    QCOMPARE(printing::interestStatementPageCount(sample(10), a4), 1);
    const int many = printing::interestStatementPageCount(sample(300), a4);
    QVERIFY2(many >= 3, qPrintable(QString::number(many))); // 301 rows do not fit on two pages
}

void TestInterestStatement::pdfText()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
        QFAIL("pdftotext is missing (poppler-utils)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"statement.pdf"_qs);
    auto d = sample(3);
    d.training = true;
    const QRectF a4(0, 0, 4960, 7016);
    const Status s = printing::writePdf(
        path, QPageSize(QPageSize::A4), printing::interestStatementPageCount(d, a4),
        [&d](QPainter &painter, const QRectF &page, int index) {
            printing::paintInterestStatement(painter, page, d, index);
        },
        {}, u"结息对账单"_qs);
    QVERIFY2(s.ok(), qPrintable(s.error().code));
    QProcess p;
    p.start(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(u"\\s"_qs));
    QVERIFY2(text.contains(u"结息对账单"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"62010001"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"620100000002"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"3,045.00"_qs), qPrintable(text)); // 3,000.00 + 45.00
    QVERIFY2(text.contains(u"90.00"_qs), qPrintable(text));    // the total interest
    QVERIFY2(text.contains(u"1.5%"_qs), qPrintable(text));
}

QTEST_MAIN(TestInterestStatement)
#include "tst_intereststatement.moc"
