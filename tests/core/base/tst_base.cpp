#include "base/clock.h"
#include "base/result.h"
#include "base/rounding.h"
#include "base/text.h"

#include <QTest>

using namespace hpf;

Q_DECLARE_METATYPE(hpf::RoundingMode)

class TestBase : public QObject
{
    Q_OBJECT

private slots:
    void divideRounded_data();
    void divideRounded();
    void halfWidth_data();
    void halfWidth();
    void normalizeCode_data();
    void normalizeCode();
    void controlCharacters_data();
    void controlCharacters();
    void manualClock();
    void resultAndStatus();
};

void TestBase::divideRounded_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("exact") << qint64(100) << qint64(10) << RoundingMode::HalfUp << qint64(10);
    QTest::newRow("half up .5") << qint64(25) << qint64(10) << RoundingMode::HalfUp << qint64(3);
    QTest::newRow("half up .49") << qint64(249) << qint64(100) << RoundingMode::HalfUp << qint64(2);
    QTest::newRow("half up negative .5") << qint64(-25) << qint64(10) << RoundingMode::HalfUp << qint64(-3);
    QTest::newRow("half even 2.5") << qint64(25) << qint64(10) << RoundingMode::HalfEven << qint64(2);
    QTest::newRow("half even 3.5") << qint64(35) << qint64(10) << RoundingMode::HalfEven << qint64(4);
    QTest::newRow("half even 2.51") << qint64(251) << qint64(100) << RoundingMode::HalfEven << qint64(3);
    QTest::newRow("down 2.9") << qint64(29) << qint64(10) << RoundingMode::Down << qint64(2);
    QTest::newRow("down negative") << qint64(-29) << qint64(10) << RoundingMode::Down << qint64(-2);
    QTest::newRow("up 2.1") << qint64(21) << qint64(10) << RoundingMode::Up << qint64(3);
    QTest::newRow("up exact") << qint64(20) << qint64(10) << RoundingMode::Up << qint64(2);
    // 8,888.88 yuan × 7 % in fen: 888888 × 70000 / 1,000,000 = 62222.16 → 62222.
    QTest::newRow("deposit figure") << qint64(888888LL * 70000) << qint64(1000000) << RoundingMode::HalfUp
                                    << qint64(62222);
}

void TestBase::divideRounded()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);
    QCOMPARE(hpf::divideRounded(numerator, denominator, mode), expected);
}

void TestBase::halfWidth_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("digits") << u"０１２３４５６７８９"_qs << u"0123456789"_qs;
    QTest::newRow("letters") << u"ＡＢｘｙ"_qs << u"ABxy"_qs;
    QTest::newRow("punctuation") << u"，．－"_qs << u",.-"_qs;
    QTest::newRow("ideographic space") << u"\u3000"_qs << u" "_qs;
    QTest::newRow("CJK untouched") << u"住房公积金"_qs << u"住房公积金"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestBase::halfWidth()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(text::toHalfWidth(input), expected);
}

void TestBase::normalizeCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower x") << u"11010519491231002x"_qs << u"11010519491231002X"_qs;
    QTest::newRow("spaces and tabs") << u" 1101 05\t19 "_qs << u"110105 19"_qs.remove(u' ');
    QTest::newRow("full-width lower") << u"ｍａ０１"_qs << u"MA01"_qs;
    QTest::newRow("non-ASCII letters untouched") << u"é"_qs << u"é"_qs;
}

void TestBase::normalizeCode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(text::normalizeCode(input), expected);
}

void TestBase::controlCharacters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("has");
    QTest::newRow("plain") << u"abc 123"_qs << false;
    QTest::newRow("CJK") << u"张三"_qs << false;
    QTest::newRow("surrogate pair") << u"\U00020000"_qs << false;
    QTest::newRow("NUL") << QString(QChar(0)) << true;
    QTest::newRow("newline") << u"a\nb"_qs << true;
    QTest::newRow("DEL") << u"a\u007f"_qs << true;
    QTest::newRow("C1") << u"\u0085"_qs << true;
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) << true;
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) << true;
}

void TestBase::controlCharacters()
{
    QFETCH(QString, input);
    QFETCH(bool, has);
    QCOMPARE(text::hasControlCharacters(input), has);
}

void TestBase::manualClock()
{
    ManualClock clock(QDateTime(QDate(2026, 6, 30), QTime(23, 59, 30)));
    QCOMPARE(clock.today(), QDate(2026, 6, 30));
    clock.advanceSeconds(31);
    QCOMPARE(clock.today(), QDate(2026, 7, 1));
    clock.advanceDays(365);
    QCOMPARE(clock.today(), QDate(2027, 7, 1));
    const QDateTime before = QDateTime::currentDateTime();
    QVERIFY(Clock::system().now() >= before);
}

void TestBase::resultAndStatus()
{
    Result<int> good(42);
    QVERIFY(good.ok());
    QCOMPARE(*good, 42);
    Result<int> bad(makeError(u"x.y"_qs, u"field"_qs));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, u"x.y"_qs);
    Status fine;
    QVERIFY(fine.ok());
    Status failed(makeError(u"a.b"_qs, QString()));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, u"a.b"_qs);
}

QTEST_GUILESS_MAIN(TestBase)
#include "tst_base.moc"
