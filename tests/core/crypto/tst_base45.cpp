#include "crypto/base45.h"

#include <QRandomGenerator>
#include <QTest>

using namespace hpf::crypto;

class TestBase45 : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void decodeErrors_data();
    void decodeErrors();
    void roundTripAllLengths();
    void alphabet_data();
    void alphabet();
};

void TestBase45::encode_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("text");

    // RFC 9285, sections 4.3 and 4.4.
    QTest::newRow("AB") << QByteArray("AB") << u"BB8"_qs;
    QTest::newRow("Hello!!") << QByteArray("Hello!!") << u"%69 VD92EX0"_qs;
    QTest::newRow("base-45") << QByteArray("base-45") << u"UJCLQE7W581"_qs;
    QTest::newRow("ietf!") << QByteArray("ietf!") << u"QED8WEX0"_qs;
    // Edges: empty, the largest 2-byte group (65535) and the largest single byte (255).
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("ffff") << QByteArray("\xff\xff") << u"FGW"_qs;
    QTest::newRow("ff") << QByteArray("\xff") << u"U5"_qs;
    QTest::newRow("zero bytes") << QByteArray(3, '\0') << u"00000"_qs;
}

void TestBase45::encode()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);

    QCOMPARE(base45Encode(data), text);
    const auto decoded = base45Decode(text);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().detail));
    QCOMPARE(decoded.value(), data);
}

void TestBase45::decodeErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("group above 65535") << u"GGW"_qs << u"base45.out_of_range"_qs;
    QTest::newRow("largest group") << u":::"_qs << u"base45.out_of_range"_qs;
    QTest::newRow("final pair above 255") << u"V5"_qs << u"base45.out_of_range"_qs;
    QTest::newRow("final pair maximum") << u"BB8::"_qs << u"base45.out_of_range"_qs;
    QTest::newRow("four characters") << u"ZZZZ"_qs << u"base45.invalid_length"_qs;
    QTest::newRow("one character") << u"A"_qs << u"base45.invalid_length"_qs;
    QTest::newRow("seven characters") << u"BB8BB8B"_qs << u"base45.invalid_length"_qs;
    QTest::newRow("lower case") << u"bb8"_qs << u"base45.invalid_character"_qs;
    QTest::newRow("newline") << u"BB8\n"_qs << u"base45.invalid_character"_qs;
    QTest::newRow("equals sign") << u"BB="_qs << u"base45.invalid_character"_qs;
    QTest::newRow("full-width letter") << u"BB\uFF38"_qs << u"base45.invalid_character"_qs;
    QTest::newRow("chinese") << u"公积金"_qs << u"base45.invalid_character"_qs;
    QTest::newRow("NUL") << QString(QChar(0)) + u"B8"_qs << u"base45.invalid_character"_qs;
}

void TestBase45::decodeErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const auto decoded = base45Decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, code);
    QCOMPARE(decoded.error().field, u"text"_qs);
}

void TestBase45::roundTripAllLengths()
{
    QRandomGenerator rng(45);
    for (int length = 0; length <= 64; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        const QString text = base45Encode(data);
        QCOMPARE(text.size(), length / 2 * 3 + (length % 2) * 2);
        QVERIFY(isBase45Text(text));
        const auto decoded = base45Decode(text);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), data);
    }
}

void TestBase45::alphabet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("inAlphabet");

    QTest::newRow("whole alphabet") << QString::fromLatin1(kBase45Alphabet) << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("space is a symbol") << u"A B"_qs << true;
    QTest::newRow("lower case") << u"aB"_qs << false;
    QTest::newRow("comma") << u"A,B"_qs << false;
    QTest::newRow("latin-1 letter") << u"\u00C4"_qs << false;
}

void TestBase45::alphabet()
{
    QFETCH(QString, text);
    QFETCH(bool, inAlphabet);
    QCOMPARE(isBase45Text(text), inAlphabet);
}

QTEST_GUILESS_MAIN(TestBase45)
#include "tst_base45.moc"
