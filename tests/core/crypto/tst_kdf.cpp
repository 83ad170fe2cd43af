#include "crypto/kdf.h"

#include <QTest>

using namespace hpf::crypto;

class TestKdf : public QObject
{
    Q_OBJECT

private slots:
    void rfc7914_data();
    void rfc7914();
    void defaultParameters();
    void inputsMatter();
    void invalidParameters_data();
    void invalidParameters();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void TestKdf::rfc7914_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expectedHex");

    // RFC 7914, section 12.
    QTest::newRow("empty") << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
                           << QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                         "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("password/NaCl") << QByteArray("password") << QByteArray("NaCl") << quint64(1024)
                                   << quint32(8) << quint32(16)
                                   << QByteArray(
                                          "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                          "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
}

void TestKdf::rfc7914()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expectedHex);

    const auto key = scrypt(password, salt, ScryptParams{n, r, p, 64});
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().detail));
    QCOMPARE(key.value().toHex(), expectedHex);
}

void TestKdf::defaultParameters()
{
    // N = 2^15, r = 8 needs more memory than OpenSSL's default scrypt limit: must still work.
    const auto key = scrypt("correct horse", "0123456789abcdef");
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().detail));
    QCOMPARE(key.value().size(), ScryptParams{}.length);
}

void TestKdf::inputsMatter()
{
    const ScryptParams fast{1024, 8, 1, 32};
    const QByteArray base = scrypt("pw", "salt", fast).value();
    QVERIFY(scrypt("pw", "salt", fast).value() == base);
    QVERIFY(scrypt("pW", "salt", fast).value() != base);
    QVERIFY(scrypt("pw", "salT", fast).value() != base);
    QVERIFY(scrypt("pw", "salt", ScryptParams{2048, 8, 1, 32}).value() != base);
    QVERIFY(scrypt("pw", "salt", ScryptParams{1024, 8, 2, 32}).value() != base);
}

void TestKdf::invalidParameters_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<int>("length");

    QTest::newRow("N not a power of two") << quint64(1000) << quint32(8) << quint32(1) << 32;
    QTest::newRow("N = 1") << quint64(1) << quint32(8) << quint32(1) << 32;
    QTest::newRow("N = 0") << quint64(0) << quint32(8) << quint32(1) << 32;
    QTest::newRow("r = 0") << quint64(1024) << quint32(0) << quint32(1) << 32;
    QTest::newRow("p = 0") << quint64(1024) << quint32(8) << quint32(0) << 32;
    QTest::newRow("length 0") << quint64(1024) << quint32(8) << quint32(1) << 0;
    QTest::newRow("negative length") << quint64(1024) << quint32(8) << quint32(1) << -1;
    QTest::newRow("too much memory") << (quint64(1) << 24) << quint32(8) << quint32(1) << 32;
    QTest::newRow("huge r") << quint64(1024) << quint32(0xFFFFFFFF) << quint32(1) << 32;
}

void TestKdf::invalidParameters()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(int, length);

    const auto key = scrypt("pw", "salt", ScryptParams{n, r, p, length});
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, u"crypto.kdf"_qs);
}

void TestKdf::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same") << QByteArray("secret") << QByteArray("secret") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte differs") << QByteArray("secret") << QByteArray("secreT") << false;
    QTest::newRow("first byte differs") << QByteArray("secret") << QByteArray("Secret") << false;
    QTest::newRow("prefix") << QByteArray("secret") << QByteArray("secre") << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("x") << false;
    QTest::newRow("embedded NUL") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestKdf::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(hpf::crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(hpf::crypto::constantTimeEquals(b, a), equal);
}

QTEST_GUILESS_MAIN(TestKdf)
#include "tst_kdf.moc"
