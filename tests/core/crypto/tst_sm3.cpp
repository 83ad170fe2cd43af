#include "crypto/sm3.h"

#include <QTest>

using namespace hpf::crypto;

class TestSm3 : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void incremental_data();
    void incremental();
    void hasherResetsAfterResult();
    void randomBytesSizes_data();
    void randomBytesSizes();
    void randomBytesDiffer();
};

void TestSm3::vectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digestHex");

    // GB/T 32905-2016, appendix A (examples 1 and 2), and the digest of the empty message.
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    QTest::newRow("abcd x16") << QByteArray("abcd").repeated(16)
                              << QByteArray(
                                     "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
}

void TestSm3::vectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digestHex);

    const QByteArray digest = sm3(message);
    QCOMPARE(digest.size(), 32);
    QCOMPARE(digest.toHex(), digestHex);
}

void TestSm3::incremental_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("chunk");

    QByteArray pseudoRandom;
    for (int i = 0; i < 1000; ++i)
        pseudoRandom += char((i * 131 + 7) & 0xFF);

    QTest::newRow("abc by 1") << QByteArray("abc") << 1;
    QTest::newRow("abcd x16 by 3") << QByteArray("abcd").repeated(16) << 3;
    QTest::newRow("abcd x16 by 64") << QByteArray("abcd").repeated(16) << 64;
    QTest::newRow("1000 bytes by 7") << pseudoRandom << 7;
    QTest::newRow("1000 bytes by 63") << pseudoRandom << 63;
    QTest::newRow("1000 bytes by 65") << pseudoRandom << 65;
    QTest::newRow("1000 bytes at once") << pseudoRandom << 1000;
}

void TestSm3::incremental()
{
    QFETCH(QByteArray, message);
    QFETCH(int, chunk);

    Sm3Hasher hasher;
    for (qsizetype i = 0; i < message.size(); i += chunk)
        hasher.addData(QByteArrayView(message).sliced(i, std::min<qsizetype>(chunk, message.size() - i)));
    QCOMPARE(hasher.result().toHex(), sm3(message).toHex());
}

void TestSm3::hasherResetsAfterResult()
{
    Sm3Hasher hasher;
    hasher.addData("abc");
    const QByteArray first = hasher.result();
    hasher.addData("abc");
    QCOMPARE(hasher.result(), first);
    QCOMPARE(hasher.result(), sm3(QByteArray())); // nothing added since the last result()
}

void TestSm3::randomBytesSizes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expected");

    QTest::newRow("zero") << 0 << 0;
    QTest::newRow("negative") << -5 << 0;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("key") << 32 << 32;
    QTest::newRow("large") << 4096 << 4096;
}

void TestSm3::randomBytesSizes()
{
    QFETCH(int, count);
    QFETCH(int, expected);
    QCOMPARE(randomBytes(count).size(), expected);
}

void TestSm3::randomBytesDiffer()
{
    const QByteArray a = randomBytes(32);
    const QByteArray b = randomBytes(32);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
}

QTEST_GUILESS_MAIN(TestSm3)
#include "tst_sm3.moc"
