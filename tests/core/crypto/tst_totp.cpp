// TOTP (RFC 6238) and HOTP (RFC 4226) against the RFCs' test vectors, the ±1 step window and its
// edges, malformed codes, Base32 (RFC 4648 vectors, lower case, padding, bad input) and the
// otpauth:// URI authenticator apps scan.
#include "crypto/totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace hpf::crypto;

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void rfc6238_data();
    void rfc6238();
    void rfc4226_data();
    void rfc4226();
    void window_data();
    void window();
    void malformedCodes_data();
    void malformedCodes();
    void base32_data();
    void base32();
    void base32Errors_data();
    void base32Errors();
    void base32RoundTrip();
    void uri();
};

static const QByteArray kRfcKey("12345678901234567890");

void TestTotp::rfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("eightDigits");
    // RFC 6238 appendix B, SHA-1 rows.
    QTest::newRow("59") << qint64(59) << u"94287082"_qs;
    QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_qs;
    QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_qs;
    QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_qs;
    QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_qs;
    QTest::newRow("20000000000 (past 2038)") << qint64(20000000000) << u"65353130"_qs;
}

void TestTotp::rfc6238()
{
    QFETCH(qint64, time);
    QFETCH(QString, eightDigits);
    TotpParams eight;
    eight.digits = 8;
    QCOMPARE(totp(kRfcKey, time, eight), eightDigits);
    // Six digits are the last six of the same truncated value.
    QCOMPARE(totp(kRfcKey, time), eightDigits.right(6));
    QCOMPARE(matchTotp(kRfcKey, eightDigits.right(6), time), std::optional<qint64>(time / 30));
}

void TestTotp::rfc4226_data()
{
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("code");
    // RFC 4226 appendix D.
    const QStringList codes{u"755224"_qs, u"287082"_qs, u"359152"_qs, u"969429"_qs, u"338314"_qs,
                            u"254676"_qs, u"287922"_qs, u"162583"_qs, u"399871"_qs, u"520489"_qs};
    for (int i = 0; i < codes.size(); ++i)
        QTest::addRow("counter %d", i) << i << codes.at(i);
}

void TestTotp::rfc4226()
{
    QFETCH(int, counter);
    QFETCH(QString, code);
    QCOMPARE(hotp(kRfcKey, quint64(counter)), code);
}

void TestTotp::window_data()
{
    QTest::addColumn<qint64>("codeTime");
    QTest::addColumn<qint64>("checkTime");
    QTest::addColumn<bool>("accepted");
    const qint64 t = 1234567890; // step 41152263, 0 s into... 1234567890 % 30 = 0
    QTest::newRow("same step") << t << t + 29 << true;
    QTest::newRow("previous step") << t - 30 << t << true;
    QTest::newRow("next step (clock ahead)") << t + 30 << t << true;
    QTest::newRow("two steps old") << t - 60 << t << false;
    QTest::newRow("two steps ahead") << t + 60 << t << false;
    QTest::newRow("last second of the previous step") << t - 1 << t + 29 << true;
    QTest::newRow("last second two steps back") << t - 31 << t + 29 << false;
}

void TestTotp::window()
{
    QFETCH(qint64, codeTime);
    QFETCH(qint64, checkTime);
    QFETCH(bool, accepted);
    const QString code = totp(kRfcKey, codeTime);
    const auto step = matchTotp(kRfcKey, code, checkTime);
    QCOMPARE(step.has_value(), accepted);
    if (accepted)
        QCOMPARE(*step, codeTime / 30);
}

void TestTotp::malformedCodes_data()
{
    QTest::addColumn<QString>("code");
    const QString right = totp(kRfcKey, 59);
    QTest::newRow("empty") << QString();
    QTest::newRow("five digits") << right.left(5);
    QTest::newRow("seven digits") << right + u'0';
    QTest::newRow("spaces") << QString(right.left(3) + u' ' + right.mid(3));
    QTest::newRow("full-width digits") << u"２８７０８２"_qs;
    QTest::newRow("letters") << u"28708a"_qs;
    QTest::newRow("sign") << u"-87082"_qs;
    QTest::newRow("eight-digit code for six") << u"94287082"_qs;
}

void TestTotp::malformedCodes()
{
    QFETCH(QString, code);
    QVERIFY(!matchTotp(kRfcKey, code, 59).has_value());
}

void TestTotp::base32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("text");
    // RFC 4648 section 10.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << u"MY======"_qs;
    QTest::newRow("fo") << QByteArray("fo") << u"MZXQ===="_qs;
    QTest::newRow("foo") << QByteArray("foo") << u"MZXW6==="_qs;
    QTest::newRow("foob") << QByteArray("foob") << u"MZXW6YQ="_qs;
    QTest::newRow("fooba") << QByteArray("fooba") << u"MZXW6YTB"_qs;
    QTest::newRow("foobar") << QByteArray("foobar") << u"MZXW6YTBOI======"_qs;
    QTest::newRow("RFC 6238 key") << kRfcKey << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_qs;
}

void TestTotp::base32()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);
    QCOMPARE(base32Encode(data), text);
    QCOMPARE(base32Encode(data, false), QString(text).remove(u'='));
    QCOMPARE(base32Decode(text).value(), data);
    QCOMPARE(base32Decode(text.toLower()).value(), data);
    QCOMPARE(base32Decode(QString(text).remove(u'=')).value(), data);
}

void TestTotp::base32Errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digit 1") << u"MZXW1==="_qs;
    QTest::newRow("digit 8") << u"MZXW8"_qs;
    QTest::newRow("data after padding") << u"MY==MY=="_qs;
    QTest::newRow("one symbol") << u"M"_qs;
    QTest::newRow("three symbols") << u"MZX"_qs;
    QTest::newRow("six symbols") << u"MZXW6Y"_qs;
    QTest::newRow("non-ASCII") << u"MZXWÄ"_qs;
}

void TestTotp::base32Errors()
{
    QFETCH(QString, text);
    const auto r = base32Decode(text);
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"crypto.base32"_qs);
}

void TestTotp::base32RoundTrip()
{
    for (int n = 0; n < 41; ++n) {
        QByteArray data;
        for (int i = 0; i < n; ++i)
            data.append(char(i * 37 + n));
        QCOMPARE(base32Decode(base32Encode(data)).value(), data);
        QCOMPARE(base32Decode(base32Encode(data, false)).value(), data);
    }
}

void TestTotp::uri()
{
    const QString uri = otpauthUri(u"公积金中心 Training"_qs, u"supervisor1"_qs, kRfcKey);
    const QUrl url(uri);
    QCOMPARE(url.scheme(), u"otpauth"_qs);
    QCOMPARE(url.host(), u"totp"_qs);
    QCOMPARE(url.path(), u"/公积金中心 Training:supervisor1"_qs);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"secret"_qs), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_qs);
    QCOMPARE(query.queryItemValue(u"issuer"_qs, QUrl::FullyDecoded), u"公积金中心 Training"_qs);
    QCOMPARE(query.queryItemValue(u"algorithm"_qs), u"SHA1"_qs);
    QCOMPARE(query.queryItemValue(u"digits"_qs), u"6"_qs);
    QCOMPARE(query.queryItemValue(u"period"_qs), u"30"_qs);
    QVERIFY(uri.startsWith(u"otpauth://totp/"_qs));
    for (QChar c : uri)
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f, "the URI is printable ASCII");
}

QTEST_APPLESS_MAIN(TestTotp)
#include "tst_totp.moc"
