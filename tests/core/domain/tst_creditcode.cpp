#include "domain/creditcode.h"

#include <QTest>

using namespace hpf;

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void checkCharacter_data();
    void checkCharacter();
};

void TestCreditCode::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("innerWarning");

    // Worked examples (reference/domain.md §2); all three pass the inner GB 11714 check.
    QTest::newRow("worked example") << u"91350100M000100Y43"_qs << u"91350100M000100Y43"_qs << false;
    QTest::newRow("Shenzhen company") << u"91440300708461136T"_qs << u"91440300708461136T"_qs << false;
    QTest::newRow("Beijing company") << u"91110108551385082Q"_qs << u"91110108551385082Q"_qs << false;
    QTest::newRow("lower case") << u"91350100m000100y43"_qs << u"91350100M000100Y43"_qs << false;
    QTest::newRow("full-width, spaces")
        << u" ９１３５０１００Ｍ０００１００Ｙ４３ "_qs << u"91350100M000100Y43"_qs << false;
    // Valid outer check, failing inner organisation-code check: accepted with a warning.
    QTest::newRow("inner check fails (机关)") << u"12100000400000000W"_qs << u"12100000400000000W"_qs << true;
    QTest::newRow("department Y") << u"Y1620100MA0000001R"_qs << u"Y1620100MA0000001R"_qs << true;
    QTest::newRow("民非 52") << u"52620100MJ1234567M"_qs << u"52620100MJ1234567M"_qs << true;
}

void TestCreditCode::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(bool, innerWarning);
    const auto r = creditcode::parse(input, u"unitCreditCode"_qs);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().code));
    QCOMPARE(r->code, code);
    QCOMPARE(r->original, input);
    QCOMPARE(r->regionCode, code.mid(2, 6));
    QCOMPARE(r->organisationCode, code.mid(8, 9));
    QCOMPARE(r->warnings.contains(u"credit_code.inner_checksum"_qs), innerWarning);
}

void TestCreditCode::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("widely reproduced wrong …Y4Z") << u"91350100M000100Y4Z"_qs << u"credit_code.characters"_qs;
    QTest::newRow("wrong check") << u"91350100M000100Y44"_qs << u"credit_code.checksum"_qs;
    QTest::newRow("transposed") << u"91350100M000010Y43"_qs << u"credit_code.checksum"_qs;
    QTest::newRow("letter I") << u"91350100I000100Y43"_qs << u"credit_code.characters"_qs;
    QTest::newRow("letter O") << u"9135O100M000100Y43"_qs << u"credit_code.characters"_qs;
    QTest::newRow("letter S") << u"S1350100M000100Y43"_qs << u"credit_code.characters"_qs;
    QTest::newRow("letter V") << u"91350100V000100Y43"_qs << u"credit_code.characters"_qs;
    QTest::newRow("symbol") << u"91350100-000100Y43"_qs << u"credit_code.characters"_qs;
    QTest::newRow("17 chars") << u"91350100M000100Y4"_qs << u"credit_code.length"_qs;
    QTest::newRow("19 chars") << u"91350100M000100Y433"_qs << u"credit_code.length"_qs;
    QTest::newRow("empty") << QString() << u"credit_code.empty"_qs;
    QTest::newRow("blank") << u" \u3000"_qs << u"credit_code.empty"_qs;
    QTest::newRow("oversized") << QString(500, u'9') << u"credit_code.too_long"_qs;
    QTest::newRow("15-digit business licence number") << u"110108001234567"_qs << u"credit_code.length"_qs;
}

void TestCreditCode::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto r = creditcode::parse(input, u"unitCreditCode"_qs);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"unitCreditCode"_qs);
}

void TestCreditCode::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("check");
    QTest::newRow("worked example") << u"91350100M000100Y4"_qs << u"3"_qs;
    QTest::newRow("T") << u"91440300708461136"_qs << u"T"_qs;
    QTest::newRow("Q") << u"91110108551385082"_qs << u"Q"_qs;
    QTest::newRow("weighted sum a multiple of 31 gives 0") << u"00000000000000000"_qs << u"0"_qs;
    QTest::newRow("bad character") << u"9135010OM000100Y4"_qs << QString();
}

void TestCreditCode::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QString, check);
    const QChar c = creditcode::checkCharacter(first17);
    QCOMPARE(c.isNull() ? QString() : QString(c), check);
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
