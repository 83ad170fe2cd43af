#include "domain/money.h"

#include <QTest>

using namespace hpf;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseOptions();
    void format_data();
    void format();
    void chineseUpper_data();
    void chineseUpper();
    void chineseUpperRejectsTooLarge();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("grouped") << u"1,234.56"_qs << qint64(123456) << QString();
    QTest::newRow("one decimal") << u"1234.5"_qs << qint64(123450) << QString();
    QTest::newRow("integer") << u"100"_qs << qint64(10000) << QString();
    QTest::newRow("zero") << u"0"_qs << qint64(0) << QString();
    QTest::newRow("leading zeros") << u"000012.30"_qs << qint64(1230) << QString();
    QTest::newRow("full-width") << u"１，２３４．５６"_qs << qint64(123456) << QString();
    QTest::newRow("stray spaces") << u"  12 34.5 "_qs << qint64(123450) << QString();
    QTest::newRow("ideographic space") << u"\u30001234\u3000"_qs << qint64(123400) << QString();
    QTest::newRow("yen sign") << u"¥1,000"_qs << qint64(100000) << QString();
    QTest::newRow("full-width yen") << u"￥88.8"_qs << qint64(8880) << QString();
    QTest::newRow("yuan suffix") << u"1000元"_qs << qint64(100000) << QString();
    QTest::newRow("maximum") << u"9,999,999,999.99"_qs << qint64(999999999999) << QString();
    QTest::newRow("plus sign") << u"+5"_qs << qint64(500) << QString();
    QTest::newRow("negative zero") << u"-0.00"_qs << qint64(0) << QString();

    QTest::newRow("empty") << QString() << qint64(0) << u"money.empty"_qs;
    QTest::newRow("blank") << u"   "_qs << qint64(0) << u"money.empty"_qs;
    QTest::newRow("three decimals") << u"1.234"_qs << qint64(0) << u"money.decimals"_qs;
    QTest::newRow("letters") << u"12a.50"_qs << qint64(0) << u"money.format"_qs;
    QTest::newRow("letter suffix") << u"12.5x"_qs << qint64(0) << u"money.format"_qs;
    QTest::newRow("bad grouping") << u"12,34.00"_qs << qint64(0) << u"money.format"_qs;
    QTest::newRow("leading group too long") << u"1234,567"_qs << qint64(0) << u"money.format"_qs;
    QTest::newRow("two dots") << u"1.2.3"_qs << qint64(0) << u"money.format"_qs;
    QTest::newRow("trailing dot") << u"1."_qs << qint64(0) << u"money.format"_qs;
    QTest::newRow("leading dot") << u".5"_qs << qint64(0) << u"money.format"_qs;
    QTest::newRow("only sign") << u"-"_qs << qint64(0) << u"money.format"_qs;
    QTest::newRow("negative") << u"-1.00"_qs << qint64(0) << u"money.negative"_qs;
    QTest::newRow("above maximum") << u"10000000000"_qs << qint64(0) << u"money.too_large"_qs;
    QTest::newRow("overflow") << u"99999999999999999999999999"_qs << qint64(0) << u"money.too_large"_qs;
    QTest::newRow("exponent") << u"1e5"_qs << qint64(0) << u"money.format"_qs;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_qs << qint64(0) << u"money.format"_qs;
}

void TestMoney::parse()
{
    QFETCH(QString, input);
    QFETCH(qint64, fen);
    QFETCH(QString, errorCode);

    const auto result = money::parse(input, u"wage"_qs);
    if (errorCode.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QCOMPARE(result.value(), fen);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, errorCode);
        QCOMPARE(result.error().field, u"wage"_qs);
    }
}

void TestMoney::parseOptions()
{
    money::ParseOptions signedAmounts;
    signedAmounts.allowNegative = true;
    QCOMPARE(money::parse(u"-1,000.5", u"x"_qs, signedAmounts).value(), qint64(-100050));

    money::ParseOptions capped;
    capped.maximumFen = 10000;
    QCOMPARE(money::parse(u"100", u"x"_qs, capped).value(), qint64(10000));
    QCOMPARE(money::parse(u"100.01", u"x"_qs, capped).error().code, u"money.too_large"_qs);
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("grouped");
    QTest::addColumn<QString>("plain");

    QTest::newRow("zero") << qint64(0) << u"0.00"_qs << u"0.00"_qs;
    QTest::newRow("cents") << qint64(5) << u"0.05"_qs << u"0.05"_qs;
    QTest::newRow("hundreds") << qint64(12345) << u"123.45"_qs << u"123.45"_qs;
    QTest::newRow("thousands") << qint64(123456) << u"1,234.56"_qs << u"1234.56"_qs;
    QTest::newRow("millions") << qint64(123456789012) << u"1,234,567,890.12"_qs << u"1234567890.12"_qs;
    QTest::newRow("negative") << qint64(-100050) << u"-1,000.50"_qs << u"-1000.50"_qs;
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << u"-92,233,720,368,547,758.08"_qs
                               << u"-92233720368547758.08"_qs;
}

void TestMoney::format()
{
    QFETCH(qint64, fen);
    QFETCH(QString, grouped);
    QFETCH(QString, plain);
    QCOMPARE(money::format(fen), grouped);
    QCOMPARE(money::formatPlain(fen), plain);
}

void TestMoney::chineseUpper_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("expected");

    // The figures from the People's Bank rules quoted in the foundation issue.
    QTest::newRow("1409.50") << qint64(140950) << u"壹仟肆佰零玖元伍角"_qs;
    QTest::newRow("6007.14") << qint64(600714) << u"陆仟零柒元壹角肆分"_qs;
    QTest::newRow("16409.02") << qint64(1640902) << u"壹万陆仟肆佰零玖元零贰分"_qs;
    QTest::newRow("325.04") << qint64(32504) << u"叁佰贰拾伍元零肆分"_qs;
    QTest::newRow("100.00") << qint64(10000) << u"壹佰元整"_qs;
    // Where a 零 may be written or left out, it is written.
    QTest::newRow("1680.32") << qint64(168032) << u"壹仟陆佰捌拾元零叁角贰分"_qs;
    QTest::newRow("107000.53") << qint64(10700053) << u"壹拾万零柒仟元零伍角叁分"_qs;
    QTest::newRow("10.00 writes 壹拾") << qint64(1000) << u"壹拾元整"_qs;
    QTest::newRow("15.00") << qint64(1500) << u"壹拾伍元整"_qs;
    QTest::newRow("zero") << qint64(0) << u"零元整"_qs;
    QTest::newRow("0.50") << qint64(50) << u"伍角"_qs;
    QTest::newRow("0.05") << qint64(5) << u"伍分"_qs;
    QTest::newRow("0.55") << qint64(55) << u"伍角伍分"_qs;
    QTest::newRow("1.05") << qint64(105) << u"壹元零伍分"_qs;
    QTest::newRow("10007") << qint64(1000700) << u"壹万零柒元整"_qs;
    QTest::newRow("1 亿 + 1") << qint64(10000000100) << u"壹亿零壹元整"_qs;
    QTest::newRow("10 亿 + 1 万") << qint64(100001000000) << u"壹拾亿零壹万元整"_qs;
    QTest::newRow("1 亿") << qint64(10000000000) << u"壹亿元整"_qs;
    QTest::newRow("maximum") << money::kMaximumFen << u"玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"_qs;
    QTest::newRow("622.22") << qint64(62222) << u"陆佰贰拾贰元贰角贰分"_qs;
    QTest::newRow("negative") << qint64(-1000) << u"负壹拾元整"_qs;
}

void TestMoney::chineseUpper()
{
    QFETCH(qint64, fen);
    QFETCH(QString, expected);
    const auto upper = money::toChineseUpper(fen);
    QVERIFY(upper.ok());
    QCOMPARE(upper.value(), expected);
}

void TestMoney::chineseUpperRejectsTooLarge()
{
    QCOMPARE(money::toChineseUpper(money::kMaximumFen + 1).error().code, u"money.too_large"_qs);
    QCOMPARE(money::toChineseUpper(std::numeric_limits<qint64>::min()).error().code, u"money.too_large"_qs);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
