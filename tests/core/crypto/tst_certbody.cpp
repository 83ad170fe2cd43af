#include "crypto/certbody.h"

#include <QCborMap>
#include <QCborStreamWriter>
#include <QTest>
#include <QTimeZone>

using namespace hpf::crypto;

namespace {

CertificateBody minimalBody()
{
    CertificateBody b;
    b.setInteger(CertificateField::Type, 1);
    b.setText(CertificateField::Number, u"A1"_qs);
    b.setInteger(CertificateField::IssuedAt, 1700000000);
    b.setInteger(CertificateField::ExpiresAt, 1700086400);
    return b;
}

// A CBOR map written exactly as given (order, duplicates and all), for non-canonical inputs.
QByteArray rawMap(const QList<std::pair<QCborValue, QCborValue>> &entries)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startMap(quint64(entries.size()));
    for (const auto &[k, v] : entries) {
        k.toCbor(w);
        v.toCbor(w);
    }
    w.endMap();
    return out;
}

QList<std::pair<QCborValue, QCborValue>> minimalEntries()
{
    return {{1, 1}, {2, u"A1"_qs}, {6, 1700000000}, {7, 1700086400}};
}

} // namespace

class TestCertBody : public QObject
{
    Q_OBJECT

private slots:
    void canonicalEncoding_data();
    void canonicalEncoding();
    void roundTrip();
    void validate_data();
    void validate();
    void fromCborRejects_data();
    void fromCborRejects();
    void accessors();
    void keysByVersion_data();
    void keysByVersion();
};

void TestCertBody::canonicalEncoding_data()
{
    QTest::addColumn<CertificateBody>("body");
    QTest::addColumn<QByteArray>("hex");

    // Hand-assembled RFC 8949 encodings: a4 = map(4); 62 = text(2); 1a = uint32; 19 = uint16 key;
    // 38 63 = -100; 43 = bytes(3).
    QTest::newRow("minimal") << minimalBody()
                             << QByteArray("a4"
                                           "0101"
                                           "02624131"
                                           "061a6553f100"
                                           "071a65554280");
    CertificateBody withFacts = minimalBody();
    withFacts.setBytes(300, QByteArray("\x01\x02\x03", 3));
    withFacts.setInteger(64, -100);
    withFacts.setText(CertificateField::MaskedName, u"张*"_qs);
    QTest::newRow("facts and UTF-8") << withFacts
                                     << QByteArray("a7"
                                                   "0101"
                                                   "02624131"
                                                   "0464e5bca02a"
                                                   "061a6553f100"
                                                   "071a65554280"
                                                   "18403863"
                                                   "19012c43010203");
    CertificateBody inserted; // insertion order does not matter
    inserted.setInteger(CertificateField::ExpiresAt, 1700086400);
    inserted.setInteger(CertificateField::IssuedAt, 1700000000);
    inserted.setText(CertificateField::Number, u"A1"_qs);
    inserted.setInteger(CertificateField::Type, 1);
    QTest::newRow("inserted backwards") << inserted
                                        << QByteArray("a4"
                                                      "0101"
                                                      "02624131"
                                                      "061a6553f100"
                                                      "071a65554280");
}

void TestCertBody::canonicalEncoding()
{
    QFETCH(CertificateBody, body);
    QFETCH(QByteArray, hex);
    QCOMPARE(body.toCbor().toHex(), hex);
}

void TestCertBody::roundTrip()
{
    CertificateBody body = minimalBody();
    body.setText(CertificateField::UnitName, u"南京市某某科技有限公司"_qs);
    body.setInteger(CertificateField::BalanceFen, 0);
    body.setInteger(CertificateField::DepositFrom, 201507);
    body.setInteger(kLastCertificateKey, std::numeric_limits<qint64>::min());
    body.setBytes(kFirstExtraFactKey, QByteArray());
    const auto decoded = CertificateBody::fromCbor(body.toCbor());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().detail));
    QVERIFY(decoded.value() == body);
    QCOMPARE(decoded->toCbor(), body.toCbor());
}

void TestCertBody::validate_data()
{
    QTest::addColumn<CertificateBody>("body");
    QTest::addColumn<QString>("field"); // empty: valid

    QTest::newRow("minimal") << minimalBody() << QString();
    auto without = [](CertificateField f) {
        CertificateBody b = minimalBody();
        b.remove(f);
        return b;
    };
    QTest::newRow("no type") << without(CertificateField::Type) << u"type"_qs;
    QTest::newRow("no number") << without(CertificateField::Number) << u"number"_qs;
    QTest::newRow("no issue time") << without(CertificateField::IssuedAt) << u"issuedAt"_qs;
    QTest::newRow("no expiry") << without(CertificateField::ExpiresAt) << u"expiresAt"_qs;
    auto with = [](quint16 key, const QCborValue &v) {
        CertificateBody b = minimalBody();
        if (v.isInteger())
            b.setInteger(key, v.toInteger());
        else if (v.isString())
            b.setText(key, v.toString());
        else
            b.setBytes(key, v.toByteArray());
        return b;
    };
    QTest::newRow("empty number") << with(2, u""_qs) << u"number"_qs;
    QTest::newRow("number as integer") << with(2, 42) << u"number"_qs;
    QTest::newRow("type as text") << with(1, u"1"_qs) << u"type"_qs;
    QTest::newRow("negative type") << with(1, -1) << u"type"_qs;
    QTest::newRow("expiry equals issue") << with(7, 1700000000) << u"expiresAt"_qs;
    QTest::newRow("expiry before issue") << with(7, 1600000000) << u"expiresAt"_qs;
    // found by fuzz_certdecode: a time no date can hold (QDateTime turns it invalid)
    QTest::newRow("expiry past 9999") << with(7, Q_INT64_C(1880000000000000000)) << u"expiresAt"_qs;
    QTest::newRow("expiry at the last second") << with(7, Q_INT64_C(253402300799)) << QString();
    QTest::newRow("issue before 1970") << with(6, -1) << u"issuedAt"_qs;
    QTest::newRow("loan record 2") << with(13, 2) << QString();
    QTest::newRow("loan record 3") << with(13, 3) << u"loanRecord"_qs;
    QTest::newRow("loan record -1") << with(13, -1) << u"loanRecord"_qs;
    QTest::newRow("month 202403") << with(11, 202403) << QString();
    QTest::newRow("month 13") << with(11, 202413) << u"depositFrom"_qs;
    QTest::newRow("month 0") << with(12, 202400) << u"depositTo"_qs;
    QTest::newRow("date not month") << with(12, 20240321) << u"depositTo"_qs;
    QTest::newRow("negative balance") << with(9, -1) << u"balanceFen"_qs;
    QTest::newRow("negative deposit") << with(10, -500) << u"monthlyDepositFen"_qs;
    QTest::newRow("name as bytes") << with(4, QByteArray("x")) << u"maskedName"_qs;
    QTest::newRow("control character") << with(16, u"Unit\u0007"_qs) << u"unitName"_qs;
    QTest::newRow("lone surrogate") << with(16, QString(QChar(0xD800))) << u"unitName"_qs;
    QTest::newRow("reserved key 20") << with(20, 1) << u"fact20"_qs;
    QTest::newRow("reserved key 63") << with(63, 1) << u"fact63"_qs;
    QTest::newRow("key 0") << with(0, 1) << u"fact0"_qs;
    QTest::newRow("extra fact text") << with(64, u"x"_qs) << QString();
    QTest::newRow("extra fact bytes") << with(1000, QByteArray("\0", 1)) << QString();
}

void TestCertBody::validate()
{
    QFETCH(CertificateBody, body);
    QFETCH(QString, field);

    const hpf::Status status = body.validate();
    if (field.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().detail));
        return;
    }
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"cert.body"_qs);
    QCOMPARE(status.error().field, field);
}

void TestCertBody::fromCborRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");

    const QByteArray canonical = minimalBody().toCbor();
    QTest::newRow("canonical (control)") << canonical << QString();
    QTest::newRow("empty") << QByteArray() << u"cert.cbor"_qs;
    QTest::newRow("truncated") << canonical.chopped(1) << u"cert.cbor"_qs;
    QTest::newRow("trailing byte") << canonical + '\0' << u"cert.cbor"_qs;
    QTest::newRow("array") << QByteArray::fromHex("8101") << u"cert.cbor"_qs;
    QTest::newRow("indefinite map") << QByteArray("\xbf" + canonical.mid(1) + "\xff") << u"cert.cbor"_qs;
    QTest::newRow("non-shortest value")
        << QByteArray("\xa4\x01\x18\x01" + canonical.mid(3)) << u"cert.cbor"_qs;
    QTest::newRow("non-shortest key") << QByteArray("\xa4\x18\x01\x01" + canonical.mid(3)) << u"cert.cbor"_qs;
    auto entries = minimalEntries();
    std::swap(entries[0], entries[1]);
    QTest::newRow("unsorted keys") << rawMap(entries) << u"cert.cbor"_qs;
    entries = minimalEntries();
    entries.insert(1, {1, 1});
    QTest::newRow("duplicate key") << rawMap(entries) << u"cert.cbor"_qs;
    entries = minimalEntries();
    entries.prepend({0, 1});
    QTest::newRow("key 0") << rawMap(entries) << u"cert.cbor"_qs;
    entries = minimalEntries();
    entries.prepend({-1, 1});
    QTest::newRow("negative key") << rawMap(entries) << u"cert.cbor"_qs;
    entries = minimalEntries();
    entries.append({70000, 1});
    QTest::newRow("key above 65535") << rawMap(entries) << u"cert.cbor"_qs;
    entries = minimalEntries();
    entries.prepend({u"type"_qs, 1});
    QTest::newRow("text key") << rawMap(entries) << u"cert.cbor"_qs;
    for (const auto &[name, value] :
         {std::pair{"float", QCborValue(1.5)}, std::pair{"bool", QCborValue(true)},
          std::pair{"null", QCborValue(nullptr)}, std::pair{"nested map", QCborValue(QCborMap{{1, 2}})},
          std::pair{"tag", QCborValue(QCborKnownTags::DateTimeString, u"x"_qs)}}) {
        entries = minimalEntries();
        entries.append({100, value});
        QTest::addRow("%s value", name) << rawMap(entries) << u"cert.cbor"_qs;
    }
    entries = minimalEntries();
    entries.removeLast();
    QTest::newRow("canonical but no expiry") << rawMap(entries) << u"cert.body"_qs;
    QTest::newRow("invalid UTF-8") << QByteArray::fromHex("a4"
                                                          "0101"
                                                          "0262ff31"
                                                          "061a6553f100"
                                                          "071a65554280")
                                   << u"cert.cbor"_qs;
}

void TestCertBody::fromCborRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);

    const auto body = CertificateBody::fromCbor(bytes);
    if (code.isEmpty()) {
        QVERIFY(body.ok());
        return;
    }
    QVERIFY(!body.ok());
    QCOMPARE(body.error().code, code);
}

void TestCertBody::accessors()
{
    CertificateBody b = minimalBody();
    QCOMPARE(b.type(), 1);
    QCOMPARE(b.number(), u"A1"_qs);
    QCOMPARE(b.issuedAt(), QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc()));
    QCOMPARE(b.expiresAt().toSecsSinceEpoch(), 1700086400);
    QCOMPARE(b.keys(), (QList<quint16>{1, 2, 6, 7}));
    QVERIFY(!b.integer(CertificateField::BalanceFen).has_value());
    QVERIFY(b.text(CertificateField::Type).isNull()); // wrong type reads as absent
    QVERIFY(b.value(99).isUndefined());
    b.setIssuedAt(QDateTime::fromSecsSinceEpoch(1710000000, QTimeZone::utc()));
    QCOMPARE(b.integer(CertificateField::IssuedAt), std::optional<qint64>(1710000000));
    QCOMPARE(certificateFieldName(CertificateField::MaskedIdNumber), u"maskedIdNumber"_qs);
}

// What a version 2 body (what is issued now) may carry: nothing that identifies the person or
// the employer in clear; version 1 bodies (codes already issued) keep verifying with anything.
void TestCertBody::keysByVersion_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QCborValue>("value");
    QTest::addColumn<bool>("inV1");
    QTest::addColumn<bool>("inV2");

    using F = CertificateField;
    QTest::newRow("full account number")
        << int(F::AccountNumber) << QCborValue(u"1000000000012"_qs) << true << false;
    QTest::newRow("unit name") << int(F::UnitName) << QCborValue(u"兰州示例科技有限公司"_qs) << true << false;
    QTest::newRow("opened on") << 64 << QCborValue(20150301) << true << false;
    QTest::newRow("deposit base") << 65 << QCborValue(888888) << true << false;
    QTest::newRow("unit ratio") << 66 << QCborValue(120000) << true << false;
    QTest::newRow("personal ratio") << 67 << QCborValue(120000) << true << false;
    QTest::newRow("masked account number")
        << int(F::MaskedAccountNumber) << QCborValue(u"1000*****0012"_qs) << true << true;
    QTest::newRow("masked name") << int(F::MaskedName) << QCborValue(u"欧阳**"_qs) << true << true;
    QTest::newRow("masked id") << int(F::MaskedIdNumber) << QCborValue(u"6201**********1234"_qs) << true
                               << true;
    QTest::newRow("account state") << int(F::AccountState) << QCborValue(1) << true << true;
    QTest::newRow("deposit from") << int(F::DepositFrom) << QCborValue(202001) << true << true;
    QTest::newRow("loan record") << int(F::LoanRecord) << QCborValue(2) << true << true;
    QTest::newRow("loan count") << 68 << QCborValue(3) << true << true;
    QTest::newRow("last settled on") << 69 << QCborValue(20241231) << true << true;
    QTest::newRow("an extra fact of a type") << 300 << QCborValue(QByteArray("\x01", 1)) << true << true;
}

void TestCertBody::keysByVersion()
{
    QFETCH(int, key);
    QFETCH(QCborValue, value);
    QFETCH(bool, inV1);
    QFETCH(bool, inV2);

    QCOMPARE(certificateKeyAllowed(kCertificateBodyV1, quint16(key)), inV1);
    QCOMPARE(certificateKeyAllowed(kCertificateBodyV2, quint16(key)), inV2);
    CertificateBody b = minimalBody();
    if (value.isInteger())
        b.setInteger(quint16(key), value.toInteger());
    else if (value.isString())
        b.setText(quint16(key), value.toString());
    else
        b.setBytes(quint16(key), value.toByteArray());
    QVERIFY(b.validate().ok());
    QCOMPARE(b.validate(kCertificateBodyV1).ok(), inV1);
    const hpf::Status v2 = b.validate(kCertificateBodyV2);
    QCOMPARE(v2.ok(), inV2);
    if (!inV2) {
        QCOMPARE(v2.error().code, u"cert.body"_qs);
        QCOMPARE(CertificateBody::fromCbor(b.toCbor(), kCertificateBodyV2).error().code, u"cert.body"_qs);
    }
    QVERIFY(CertificateBody::fromCbor(b.toCbor(), kCertificateBodyV1).ok());
}

QTEST_GUILESS_MAIN(TestCertBody)
#include "tst_certbody.moc"
