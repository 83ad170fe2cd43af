#include "finance/rate.h"

#include <QTest>

using namespace hpf;
using namespace hpf::finance;

class TestRate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void roundTrip();
    void ordering();
};

void TestRate::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("seven") << u"7"_qs << qint64(70000) << QString();
    QTest::newRow("3.075") << u"3.075"_qs << qint64(30750) << QString();
    QTest::newRow("1.50") << u"1.50"_qs << qint64(15000) << QString();
    QTest::newRow("four decimals") << u"0.0001"_qs << qint64(1) << QString();
    QTest::newRow("percent sign") << u"12%"_qs << qint64(120000) << QString();
    QTest::newRow("zero") << u"0"_qs << qint64(0) << QString();
    QTest::newRow("zero decimals") << u"0.00"_qs << qint64(0) << QString();
    QTest::newRow("hundred") << u"100"_qs << qint64(1000000) << QString();
    QTest::newRow("leading zeros") << u"007.5"_qs << qint64(75000) << QString();
    QTest::newRow("thousand") << u"1000"_qs << qint64(10000000) << QString();

    QTest::newRow("empty") << QString() << qint64(0) << u"rate.empty"_qs;
    QTest::newRow("only percent") << u"%"_qs << qint64(0) << u"rate.empty"_qs;
    QTest::newRow("five decimals") << u"3.07501"_qs << qint64(0) << u"rate.decimals"_qs;
    QTest::newRow("negative") << u"-1"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("plus") << u"+1"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("letters") << u"abc"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("trailing dot") << u"3."_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("leading dot") << u".5"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("two dots") << u"1.2.3"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("space") << u" 3"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("exponent") << u"1e2"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("comma decimal") << u"3,5"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("full-width digits") << u"３"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("double percent") << u"5%%"_qs << qint64(0) << u"rate.format"_qs;
    QTest::newRow("above 1000") << u"1000.0001"_qs << qint64(0) << u"rate.too_large"_qs;
    QTest::newRow("huge") << u"99999999999999999999999"_qs << qint64(0) << u"rate.too_large"_qs;
}

void TestRate::parse()
{
    QFETCH(QString, input);
    QFETCH(qint64, ppm);
    QFETCH(QString, errorCode);

    const Result<Rate> r = parsePercent(input, u"ratio"_qs);
    if (errorCode.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->ppm, ppm);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, errorCode);
        QCOMPARE(r.error().field, u"ratio"_qs);
    }
}

void TestRate::format_data()
{
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<QString>("text");

    QTest::newRow("3.075") << qint64(30750) << u"3.075"_qs;
    QTest::newRow("1.50") << qint64(15000) << u"1.50"_qs;
    QTest::newRow("12.00") << qint64(120000) << u"12.00"_qs;
    QTest::newRow("0.0001") << qint64(1) << u"0.0001"_qs;
    QTest::newRow("zero") << qint64(0) << u"0.00"_qs;
    QTest::newRow("2.525") << qint64(25250) << u"2.525"_qs;
    QTest::newRow("negative") << qint64(-15000) << u"-1.50"_qs;
}

void TestRate::format()
{
    QFETCH(qint64, ppm);
    QFETCH(QString, text);
    QCOMPARE(toPercentString(Rate{ppm}), text);
}

void TestRate::roundTrip()
{
    // Every rate with four decimals up to 30% survives format → parse unchanged.
    for (qint64 ppm = 0; ppm <= 300000; ppm += 7) {
        const Result<Rate> back = parsePercent(toPercentString(Rate{ppm}));
        QVERIFY(back.ok());
        QCOMPARE(back->ppm, ppm);
    }
}

void TestRate::ordering()
{
    QVERIFY(Rate{30750} > Rate{26000});
    QVERIFY(Rate{1} != Rate{0});
    QVERIFY(Rate{}.isZero());
    QCOMPARE(Rate::fromPpm(42).ppm, qint64(42));
}

QTEST_GUILESS_MAIN(TestRate)
#include "tst_rate.moc"
