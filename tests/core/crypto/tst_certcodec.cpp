#include "crypto/base45.h"
#include "crypto/certcodec.h"

#include <QCborArray>
#include <QCborStreamWriter>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace hpf::crypto;

Q_DECLARE_METATYPE(hpf::crypto::CertificateVerdict)

namespace {

const QDateTime kNow(QDate(2024, 3, 21), QTime(10, 0), QTimeZone::utc());
constexpr qint64 kDay = 86400;

// A realistic 缴存证明 (deposit certificate): what a bank or another city's center needs to see.
CertificateBody depositCertificate(qint64 issuedOffset = -3600, qint64 validity = 30 * kDay,
                                   const QString &number = u"ZM20240321000123"_qs)
{
    const qint64 issued = kNow.toSecsSinceEpoch() + issuedOffset;
    CertificateBody b;
    b.setInteger(CertificateField::Type, 1);
    b.setText(CertificateField::Number, number);
    b.setText(CertificateField::Center, u"320100"_qs);
    b.setText(CertificateField::MaskedName, u"张*明"_qs);
    b.setText(CertificateField::MaskedIdNumber, u"3201**********1234"_qs);
    b.setInteger(CertificateField::IssuedAt, issued);
    b.setInteger(CertificateField::ExpiresAt, issued + validity);
    b.setInteger(CertificateField::AccountState, 1);
    b.setInteger(CertificateField::BalanceFen, 12345678);
    b.setInteger(CertificateField::MonthlyDepositFen, 256000);
    b.setInteger(CertificateField::DepositFrom, 201507);
    b.setInteger(CertificateField::DepositTo, 202402);
    b.setInteger(CertificateField::LoanRecord, 0);
    return b;
}

QByteArray envelope(const QCborValue &version, const QCborValue &kid, const QCborValue &body,
                    const QCborValue &signature)
{
    return QCborArray{version, kid, body, signature}.toCborValue().toCbor();
}

QString text(const QByteArray &payload)
{
    return kCertificatePrefix + base45Encode(payload);
}

QByteArray flipped(QByteArray data, qsizetype index)
{
    data[index] = char(data[index] ^ 0x01);
    return data;
}

} // namespace

class TestCertCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void realisticSize();
    void verdicts_data();
    void verdicts();
    void payloadLimit_data();
    void payloadLimit();
    void fieldsOnlyAfterSignature_data();
    void fieldsOnlyAfterSignature();
    void verdictCodesDistinct();
    void encodeErrors_data();
    void encodeErrors();
    void extraFactsRoundTrip();
    void presentedCode_data();
    void presentedCode();
    void noCodeEndsInASpace();

private:
    CertificateCheck check(const QString &code) const { return verifyCertificate(code, m_trust, m_clock); }
    QByteArray signedEnvelope(const QByteArray &bodyBytes, const Sm2Key &signer) const;

    Sm2Key m_issuer;   // current signing key
    Sm2Key m_retired;  // previous key: signing period ended 30 days ago
    Sm2Key m_stranger; // not in the trust list
    TrustList m_trust;
    hpf::ManualClock m_clock{kNow};
};

void TestCertCodec::initTestCase()
{
    m_issuer = Sm2Key::generate().value();
    m_retired = Sm2Key::generate().value();
    m_stranger = Sm2Key::generate().value();
    QVERIFY(m_trust.add(m_issuer, kNow.addDays(-365)).ok());
    QVERIFY(m_trust.add(m_retired, kNow.addDays(-730), kNow.addDays(-30)).ok());
}

QByteArray TestCertCodec::signedEnvelope(const QByteArray &bodyBytes, const Sm2Key &signer) const
{
    return envelope(1, signer.keyId(), bodyBytes, signer.signRaw(bodyBytes).value());
}

void TestCertCodec::roundTrip()
{
    const CertificateBody body = depositCertificate();
    const auto code = encodeCertificate(body, m_issuer);
    QVERIFY(code.ok());
    QVERIFY(code->startsWith(u"HPF1:"_qs));

    const CertificateCheck result = check(code.value());
    QCOMPARE(result.code(), u"cert.valid"_qs);
    QVERIFY(result.ok());
    QVERIFY(result.signatureVerified());
    QVERIFY(result.body());
    QVERIFY(*result.body() == body);
    QCOMPARE(result.kid(), m_issuer.keyId());
    QCOMPARE(result.version(), kCertificateVersion);
    QCOMPARE(kCertificateVersion, 2);
    QCOMPARE(result.body()->text(CertificateField::MaskedName), u"张*明"_qs);
    QCOMPARE(result.issuedAt(), kNow.addSecs(-3600));
    QCOMPARE(result.expiresAt(), kNow.addSecs(-3600 + 30 * kDay));

    // The same through the binary payload.
    const auto payload = encodeCertificatePayload(body, m_issuer);
    QVERIFY(payload.ok());
    QVERIFY(verifyCertificatePayload(payload.value(), m_trust, m_clock).ok());
}

void TestCertCodec::realisticSize()
{
    const auto payload = encodeCertificatePayload(depositCertificate(), m_issuer);
    const auto code = encodeCertificate(depositCertificate(), m_issuer);
    QVERIFY(payload.ok());
    QVERIFY(code.ok());
    qInfo("deposit certificate: body %lld B, payload %lld B, QR text %lld characters",
          qlonglong(depositCertificate().toCbor().size()), qlonglong(payload->size()),
          qlonglong(code->size()));
    // <= 200 B binary keeps the symbol at version 13 or below at ECC level Q.
    QVERIFY(payload->size() <= 200);
    QCOMPARE(code->size(), kCertificatePrefix.size() + (payload->size() / 2) * 3 + (payload->size() % 2) * 2);
    // Alphanumeric QR mode: digits, upper-case letters, space and $%*+-./: only (the prefix too).
    static const QRegularExpression alphanumeric(u"^[0-9A-Z $%*+\\-./:]+$"_qs);
    QVERIFY(alphanumeric.match(code.value()).hasMatch());
}

void TestCertCodec::verdicts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<CertificateVerdict>("verdict");
    using V = CertificateVerdict;

    const CertificateBody body = depositCertificate();
    const QByteArray bodyBytes = body.toCbor();
    const QByteArray good = encodeCertificatePayload(body, m_issuer).value();
    const QString goodText = text(good);
    const QByteArray kid = m_issuer.keyId();
    const QByteArray sig = m_issuer.signRaw(bodyBytes).value();

    QTest::newRow("valid") << goodText << V::Valid;
    QTest::newRow("scanner Enter") << goodText + u"\r\n"_qs << V::Valid;

    // Prefix
    QTest::newRow("empty") << QString() << V::NotOurPrefix;
    QTest::newRow("EU DCC prefix") << u"HC1:"_qs + base45Encode(good) << V::NotOurPrefix;
    QTest::newRow("lower-case prefix") << u"hpf1:"_qs + base45Encode(good) << V::NotOurPrefix;
    QTest::newRow("other version prefix") << u"HPF2:"_qs + base45Encode(good) << V::NotOurPrefix;
    QTest::newRow("leading space") << u" "_qs + goodText << V::NotOurPrefix;
    QTest::newRow("URL") << u"https://example.org/verify"_qs << V::NotOurPrefix;

    // Base45
    QTest::newRow("lower-case letter")
        << QString(goodText).replace(goodText.size() - 3, 1, u"a"_qs) << V::Base45;
    QTest::newRow("group above 65535") << u"HPF1:GGW"_qs << V::Base45;
    QString dangling = goodText;
    while ((dangling.size() - kCertificatePrefix.size()) % 3 != 1)
        dangling += u'0';
    QTest::newRow("dangling character") << dangling << V::Base45;
    QTest::newRow("trailing hash") << goodText + u"#"_qs << V::Base45;

    // Size limits (text length with the prefix; 1199 characters is the largest valid length)
    QTest::newRow("1199 characters") << text(QByteArray(796, '\0')) << V::Cbor;
    QTest::newRow("1202 characters") << text(QByteArray(798, '\0')) << V::TooLarge;
    QTest::newRow("huge") << text(QByteArray(100000, 'x')) << V::TooLarge;

    // CBOR: malformed, non-canonical, wrong shape, wrong types
    QTest::newRow("empty payload") << u"HPF1:"_qs << V::Cbor;
    QTest::newRow("truncated") << text(good.chopped(10)) << V::Cbor;
    QTest::newRow("garbage") << text("\xff\xfe\xfd garbage") << V::Cbor;
    QTest::newRow("trailing byte") << text(good + '\0') << V::Cbor;
    QTest::newRow("indefinite array") << text("\x9f" + good.mid(1) + "\xff") << V::Cbor;
    QTest::newRow("non-shortest version") << text("\x84\x18\x01" + good.mid(2)) << V::Cbor;
    QTest::newRow("map, not array") << text(QCborMap{{1, 1}}.toCborValue().toCbor()) << V::Cbor;
    QTest::newRow("negative version") << text(envelope(-1, kid, bodyBytes, sig)) << V::Cbor;
    QTest::newRow("three elements") << text(QCborArray{1, kid, bodyBytes}.toCborValue().toCbor()) << V::Cbor;
    QTest::newRow("five elements") << text(QCborArray{1, kid, bodyBytes, sig, 0}.toCborValue().toCbor())
                                   << V::Cbor;
    QTest::newRow("kid of 7 bytes") << text(envelope(1, kid.left(7), bodyBytes, sig)) << V::Cbor;
    QTest::newRow("kid as text") << text(envelope(1, QString::fromLatin1(kid.toHex()), bodyBytes, sig))
                                 << V::Cbor;
    QTest::newRow("body as map") << text(envelope(1, kid, QCborValue::fromCbor(bodyBytes), sig)) << V::Cbor;
    QTest::newRow("signature of 63 bytes") << text(envelope(1, kid, bodyBytes, sig.left(63))) << V::Cbor;
    QTest::newRow("DER signature") << text(envelope(1, kid, bodyBytes, signatureRawToDer(sig))) << V::Cbor;
    // Signed by the trusted key, so only the canonical-form check can refuse them.
    QTest::newRow("signed non-shortest integer")
        << text(signedEnvelope(bodyBytes.left(2) + "\x18\x01" + bodyBytes.mid(3), m_issuer)) << V::Cbor;
    QTest::newRow("signed indefinite map")
        << text(signedEnvelope("\xbf" + bodyBytes.mid(1) + "\xff", m_issuer)) << V::Cbor;
    QTest::newRow("signed trailing byte") << text(signedEnvelope(bodyBytes + '\0', m_issuer)) << V::Cbor;
    QTest::newRow("signed duplicate key")
        << text(signedEnvelope(char(bodyBytes[0] + 1) + bodyBytes.mid(1, 2) + bodyBytes.mid(1), m_issuer))
        << V::Cbor;
    CertificateBody noExpiry = body;
    noExpiry.remove(CertificateField::ExpiresAt);
    QTest::newRow("signed body without expiry")
        << text(signedEnvelope(noExpiry.toCbor(), m_issuer)) << V::Cbor;

    // Version: 1 (codes already issued, any key in the body) and 2 (what is issued now).
    QTest::newRow("version 1 (already issued)") << text(envelope(1, kid, bodyBytes, sig)) << V::Valid;
    QTest::newRow("version 2") << text(envelope(2, kid, bodyBytes, sig)) << V::Valid;
    QTest::newRow("version 3") << text(envelope(3, kid, bodyBytes, sig)) << V::UnsupportedVersion;
    QTest::newRow("version 0") << text(envelope(0, kid, bodyBytes, sig)) << V::UnsupportedVersion;
    QTest::newRow("version 3, other shape")
        << text(QCborArray{3, u"future"_qs}.toCborValue().toCbor()) << V::UnsupportedVersion;
    CertificateBody oldBody = body;
    oldBody.setText(CertificateField::AccountNumber, u"1000000000012"_qs);
    oldBody.setText(CertificateField::UnitName, u"兰州示例科技有限公司"_qs);
    oldBody.setInteger(65, 888888);
    const QByteArray oldBytes = oldBody.toCbor();
    const QByteArray oldSig = m_issuer.signRaw(oldBytes).value();
    QTest::newRow("version 1 with the full account number (already issued)")
        << text(envelope(1, kid, oldBytes, oldSig)) << V::Valid;
    QTest::newRow("version 2 with the full account number")
        << text(envelope(2, kid, oldBytes, oldSig)) << V::Cbor;

    // Trust list and signature
    QTest::newRow("unknown kid") << encodeCertificate(body, m_stranger).value() << V::UnknownKid;
    QTest::newRow("signature by another key")
        << text(envelope(1, kid, bodyBytes, m_stranger.signRaw(bodyBytes).value())) << V::BadSignature;
    QTest::newRow("signature by the retired key")
        << text(envelope(1, kid, bodyBytes, m_retired.signRaw(bodyBytes).value())) << V::BadSignature;
    const qsizetype numberAt = bodyBytes.indexOf("ZM2024");
    QVERIFY(numberAt > 0);
    QByteArray changedBody = bodyBytes;
    changedBody[numberAt + 15] = '9'; // ZM20240321000123 -> ZM20240321000129, still canonical
    QVERIFY(CertificateBody::fromCbor(changedBody).ok());
    QTest::newRow("changed byte in body") << text(envelope(1, kid, changedBody, sig)) << V::BadSignature;
    const QByteArray otherBody = depositCertificate(-3600, 30 * kDay, u"ZM20240321000999"_qs).toCbor();
    QTest::newRow("body swapped from another certificate")
        << text(envelope(1, kid, otherBody, sig)) << V::BadSignature;
    QTest::newRow("signature bit flipped")
        << text(envelope(1, kid, bodyBytes, flipped(sig, 40))) << V::BadSignature;
    QTest::newRow("signature zero") << text(envelope(1, kid, bodyBytes, QByteArray(64, '\0')))
                                    << V::BadSignature;

    // Time (the clock stands at kNow)
    auto issued = [&](qint64 offset, qint64 validity, const Sm2Key &key) {
        return encodeCertificate(depositCertificate(offset, validity), key).value();
    };
    QTest::newRow("issued in an hour") << issued(3600, 30 * kDay, m_issuer) << V::NotYetValid;
    QTest::newRow("issued a minute ahead (clock skew)") << issued(60, 30 * kDay, m_issuer) << V::Valid;
    QTest::newRow("expired yesterday") << issued(-31 * kDay, 30 * kDay, m_issuer) << V::Expired;
    QTest::newRow("expires now") << issued(-kDay, kDay, m_issuer) << V::Expired;
    QTest::newRow("expires in a second") << issued(-kDay, kDay + 1, m_issuer) << V::Valid;
    QTest::newRow("issued before the key's period")
        << issued(-400 * kDay, 401 * kDay, m_issuer) << V::KeyNotValidAtIssue;
    // Retired key: what it signed in its period stays valid until it expires; nothing after.
    QTest::newRow("retired key, signed in its period")
        << issued(-60 * kDay, 90 * kDay, m_retired) << V::Valid;
    QTest::newRow("retired key, signed after its period")
        << issued(-10 * kDay, 30 * kDay, m_retired) << V::KeyNotValidAtIssue;
    QTest::newRow("retired key, certificate expired")
        << issued(-60 * kDay, 30 * kDay, m_retired) << V::Expired;
}

void TestCertCodec::verdicts()
{
    QFETCH(QString, code);
    QFETCH(CertificateVerdict, verdict);

    const CertificateCheck result = check(code);
    QCOMPARE(result.code(), certificateVerdictCode(verdict));
    QCOMPARE(result.verdict(), verdict);
    if (QByteArray(QTest::currentDataTag()).startsWith("version 1"))
        QCOMPARE(result.version(), 1);
    QCOMPARE(result.ok(), verdict == CertificateVerdict::Valid);
    if (!result.ok())
        QVERIFY(!result.detail().isEmpty());
}

void TestCertCodec::payloadLimit_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<CertificateVerdict>("verdict");
    QTest::newRow("900 bytes") << 900 << CertificateVerdict::Cbor;
    QTest::newRow("901 bytes") << 901 << CertificateVerdict::TooLarge;
}

void TestCertCodec::payloadLimit()
{
    QFETCH(int, size);
    QFETCH(CertificateVerdict, verdict);
    QCOMPARE(verifyCertificatePayload(QByteArray(size, '\0'), m_trust, m_clock).code(),
             certificateVerdictCode(verdict));
}

void TestCertCodec::fieldsOnlyAfterSignature_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("signatureVerified");

    const QByteArray bodyBytes = depositCertificate().toCbor();
    QTest::newRow("bad signature") << text(envelope(1, m_issuer.keyId(), bodyBytes, QByteArray(64, '\1')))
                                   << false;
    QTest::newRow("unknown kid") << encodeCertificate(depositCertificate(), m_stranger).value() << false;
    QTest::newRow("expired") << encodeCertificate(depositCertificate(-40 * kDay), m_issuer).value() << true;
    QTest::newRow("not yet valid") << encodeCertificate(depositCertificate(kDay), m_issuer).value() << true;
}

void TestCertCodec::fieldsOnlyAfterSignature()
{
    QFETCH(QString, code);
    QFETCH(bool, signatureVerified);

    const CertificateCheck result = check(code);
    QVERIFY(!result.ok());
    QVERIFY(result.body() == nullptr); // fields are shown only for a valid certificate
    QCOMPARE(result.signatureVerified(), signatureVerified);
    QCOMPARE(result.expiresAt().isValid(), signatureVerified); // "expired on ..." only when signed
}

void TestCertCodec::verdictCodesDistinct()
{
    QSet<QString> codes;
    for (int v = int(CertificateVerdict::Valid); v <= int(CertificateVerdict::Expired); ++v) {
        const QString code = certificateVerdictCode(CertificateVerdict(v));
        QVERIFY(code.startsWith(u"cert."_qs));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), 11);
}

void TestCertCodec::encodeErrors_data()
{
    QTest::addColumn<CertificateBody>("body");
    QTest::addColumn<bool>("publicKeyOnly");
    QTest::addColumn<QString>("code");

    CertificateBody noNumber = depositCertificate();
    noNumber.remove(CertificateField::Number);
    QTest::newRow("no number") << noNumber << false << u"cert.body"_qs;
    CertificateBody badLoan = depositCertificate();
    badLoan.setInteger(CertificateField::LoanRecord, 7);
    QTest::newRow("loan record 7") << badLoan << false << u"cert.body"_qs;
    CertificateBody huge = depositCertificate();
    huge.setText(CertificateField::LoanCity, QString(300, QChar(u'市')));
    QTest::newRow("too large") << huge << false << u"cert.too_large"_qs;
    // What stays on the server is refused in a code (version 2).
    CertificateBody withAccount = depositCertificate();
    withAccount.setText(CertificateField::AccountNumber, u"1000000000012"_qs);
    QTest::newRow("full account number") << withAccount << false << u"cert.body"_qs;
    CertificateBody withUnit = depositCertificate();
    withUnit.setText(CertificateField::UnitName, u"兰州示例科技有限公司"_qs);
    QTest::newRow("unit name") << withUnit << false << u"cert.body"_qs;
    CertificateBody withBase = depositCertificate();
    withBase.setInteger(65, 888888);
    QTest::newRow("deposit base") << withBase << false << u"cert.body"_qs;
    QTest::newRow("public key only") << depositCertificate() << true << u"crypto.no_private_key"_qs;
}

void TestCertCodec::encodeErrors()
{
    QFETCH(CertificateBody, body);
    QFETCH(bool, publicKeyOnly);
    QFETCH(QString, code);

    const Sm2Key publicKey = Sm2Key::fromPublicPem(m_issuer.publicKeyPem()).value();
    const auto encoded = encodeCertificate(body, publicKeyOnly ? publicKey : m_issuer);
    QVERIFY(!encoded.ok());
    QCOMPARE(encoded.error().code, code);
}

void TestCertCodec::extraFactsRoundTrip()
{
    // Certificate types are data: a type may carry facts with keys of its own (>= 64; 64..67 are
    // the facts a version 2 code no longer carries, certbody.h).
    CertificateBody body = depositCertificate();
    body.setText(CertificateField::LoanCity, u"苏州市"_qs);
    body.setInteger(70, 3);
    body.setText(200, u"异地贷款缴存使用证明"_qs);
    body.setBytes(kLastCertificateKey, QByteArray::fromHex("00ff10"));
    const CertificateCheck result = check(encodeCertificate(body, m_issuer).value());
    QVERIFY(result.ok());
    QCOMPARE(result.body()->integer(70), std::optional<qint64>(3));
    QCOMPARE(result.body()->text(200), u"异地贷款缴存使用证明"_qs);
    QCOMPARE(result.body()->value(kLastCertificateKey).toByteArray(), QByteArray::fromHex("00ff10"));
    QCOMPARE(result.body()->text(CertificateField::LoanCity), u"苏州市"_qs);
}

// Typed, scanned or pasted codes: what a scanner or a paste adds is dropped.
void TestCertCodec::presentedCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code"); // what was verified
    QTest::addColumn<CertificateVerdict>("verdict");

    const QString plain = encodeCertificate(depositCertificate(), m_issuer).value();
    using V = CertificateVerdict;
    QTest::newRow("as issued") << plain << plain << V::Valid;
    QTest::newRow("scanner Enter") << plain + u"\r\n"_qs << plain << V::Valid;
    QTest::newRow("pasted with spaces and line breaks")
        << u" \r\n\t "_qs + plain + u"  \r\n "_qs << plain << V::Valid;
    QTest::newRow("folded over lines")
        << plain.left(50) + u"\r\n"_qs + plain.mid(50, 50) + u"\n"_qs + plain.mid(100) << plain << V::Valid;
    QTest::newRow("tab inside") << plain.left(30) + u"\t"_qs + plain.mid(30) << plain << V::Valid;
    // 177 bytes are 266 Base45 characters: one lost leaves a length no Base45 text has.
    QTest::newRow("a character lost")
        << QString(plain).remove(10, 1) << QString(plain).remove(10, 1) << V::Base45;
    QTest::newRow("empty") << QString() << QString() << V::NotOurPrefix;
    QTest::newRow("white space only") << u" \r\n"_qs << QString() << V::NotOurPrefix;
}

void TestCertCodec::presentedCode()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(CertificateVerdict, verdict);

    QString used;
    const CertificateCheck result = verifyPresentedCode(typed, m_trust, m_clock, &used);
    QCOMPARE(result.verdict(), verdict);
    QCOMPARE(used, code);
}

// Trimming a presented code is safe: no Base45 text ends in a space (the last character of a
// three-character group is at most 65535 / 2025 = 32 ('W'), of a final pair at most 255 / 45 = 5).
void TestCertCodec::noCodeEndsInASpace()
{
    for (int a = 0; a < 256; ++a) {
        QVERIFY(!base45Encode(QByteArray(1, char(a))).endsWith(u' '));
        for (int b = 0; b < 256; ++b) {
            QByteArray pair;
            pair.append(char(a)).append(char(b));
            QVERIFY(!base45Encode(pair).endsWith(u' '));
        }
    }
}

QTEST_GUILESS_MAIN(TestCertCodec)
#include "tst_certcodec.moc"
