#include "crypto/trustlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace hpf::crypto;

namespace {

const QDateTime kStart(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
const QDateTime kEnd(QDate(2024, 12, 31), QTime(23, 59, 59), QTimeZone::utc());

QByteArray p256PublicPem()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, n);
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

} // namespace

class TestTrustList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonRoundTrip();
    void holdsPublicKeysOnly();
    void addErrors();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void signingPeriod_data();
    void signingPeriod();

private:
    QJsonObject validDocument() const;

    Sm2Key m_current;
    Sm2Key m_retired;
};

void TestTrustList::initTestCase()
{
    m_current = Sm2Key::generate().value();
    m_retired = Sm2Key::generate().value();
}

QJsonObject TestTrustList::validDocument() const
{
    TrustList list;
    list.setPublishedAt(kEnd);
    if (!list.add(m_current, kStart).ok() || !list.add(m_retired, kStart.addYears(-1), kStart).ok())
        qFatal("fixture");
    return QJsonDocument::fromJson(list.toJson()).object();
}

void TestTrustList::jsonRoundTrip()
{
    TrustList list;
    list.setPublishedAt(QDateTime(QDate(2024, 3, 21), QTime(8, 0), QTimeZone(8 * 3600)));
    QVERIFY(list.add(m_current, kStart).ok());
    QVERIFY(list.addPem(m_retired.publicKeyPem(), kStart.addYears(-1), kEnd).ok());

    const QByteArray json = list.toJson();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"format"_qs).toString(), u"hpf-trust-list"_qs);
    QCOMPARE(root.value(u"publishedAt"_qs).toString(), u"2024-03-21T00:00:00Z"_qs);
    const QJsonObject first = root.value(u"keys"_qs).toArray().at(0).toObject();
    QCOMPARE(first.value(u"kid"_qs).toString(), QString::fromLatin1(m_current.keyId().toHex()));
    QVERIFY(first.value(u"notAfter"_qs).isNull());
    QVERIFY(first.value(u"publicKey"_qs).toString().startsWith(u"-----BEGIN PUBLIC KEY-----"_qs));

    const auto loaded = TrustList::fromJson(json);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail));
    QCOMPARE(loaded->publishedAt(), list.publishedAt());
    QCOMPARE(loaded->keys().size(), size_t(2));
    const TrustedKey *current = loaded->find(m_current.keyId());
    QVERIFY(current);
    QCOMPARE(current->notBefore, kStart);
    QVERIFY(!current->notAfter.isValid());
    QVERIFY(current->key->verifyRaw("m", m_current.signRaw("m").value()));
    const TrustedKey *retired = loaded->find(m_retired.keyId());
    QVERIFY(retired);
    QCOMPARE(retired->notAfter, kEnd);
    QVERIFY(!loaded->find(QByteArray(8, '\0')));
    QCOMPARE(loaded->toJson(), json);
}

void TestTrustList::holdsPublicKeysOnly()
{
    TrustList list;
    QVERIFY(list.add(m_current, kStart).ok());
    QVERIFY(!list.keys().front().key->hasPrivateKey());
    QVERIFY(!list.toJson().contains("PRIVATE"));
}

void TestTrustList::addErrors()
{
    TrustList list;
    QCOMPARE(list.add(Sm2Key(), kStart).error().code, u"trust.key"_qs);
    QCOMPARE(list.addPem("not a key", kStart).error().code, u"trust.key"_qs);
    QCOMPARE(list.addPem(p256PublicPem(), kStart).error().code, u"trust.key"_qs);
    QCOMPARE(list.add(m_current, QDateTime()).error().code, u"trust.period"_qs);
    QCOMPARE(list.add(m_current, kEnd, kStart).error().code, u"trust.period"_qs);
    QVERIFY(list.isEmpty());
    QVERIFY(list.add(m_current, kStart).ok());
    QCOMPARE(list.add(m_current, kStart).error().code, u"trust.duplicate_kid"_qs);
    QCOMPARE(list.keys().size(), size_t(1));
}

void TestTrustList::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");

    const QJsonObject valid = validDocument();
    auto withKey = [&](const QString &name, const QJsonValue &value) {
        QJsonObject root = valid;
        QJsonArray keys = root.value(u"keys"_qs).toArray();
        QJsonObject key = keys.at(0).toObject();
        if (value.isUndefined())
            key.remove(name);
        else
            key.insert(name, value);
        keys.replace(0, key);
        root.insert(u"keys"_qs, keys);
        return QJsonDocument(root).toJson();
    };
    auto withRoot = [&](const QString &name, const QJsonValue &value) {
        QJsonObject root = valid;
        root.insert(name, value);
        return QJsonDocument(root).toJson();
    };

    QTest::newRow("valid (control)") << QJsonDocument(valid).toJson() << QString();
    QTest::newRow("not JSON") << QByteArray("{\"keys\": [") << u"trust.json"_qs;
    QTest::newRow("array") << QByteArray("[]") << u"trust.json"_qs;
    QTest::newRow("other format") << withRoot(u"format"_qs, u"x"_qs) << u"trust.json"_qs;
    QTest::newRow("version 2") << withRoot(u"version"_qs, 2) << u"trust.json"_qs;
    QTest::newRow("keys not array") << withRoot(u"keys"_qs, u"x"_qs) << u"trust.json"_qs;
    QTest::newRow("publishedAt without zone")
        << withRoot(u"publishedAt"_qs, u"2024-03-21T00:00:00"_qs) << u"trust.json"_qs;
    QTest::newRow("kid of another key")
        << withKey(u"kid"_qs, QString::fromLatin1(m_retired.keyId().toHex())) << u"trust.kid_mismatch"_qs;
    QJsonObject duplicated = valid;
    QJsonArray keys = duplicated.value(u"keys"_qs).toArray();
    keys.append(keys.at(0));
    duplicated.insert(u"keys"_qs, keys);
    QTest::newRow("same key twice") << QJsonDocument(duplicated).toJson() << u"trust.duplicate_kid"_qs;
    QTest::newRow("kid mismatch") << withKey(u"kid"_qs, u"0011223344556677"_qs) << u"trust.kid_mismatch"_qs;
    QTest::newRow("kid not hex") << withKey(u"kid"_qs, u"00112233445566zz"_qs) << u"trust.json"_qs;
    QTest::newRow("kid too short") << withKey(u"kid"_qs, u"00112233"_qs) << u"trust.json"_qs;
    QTest::newRow("no kid") << withKey(u"kid"_qs, QJsonValue::Undefined) << u"trust.json"_qs;
    QTest::newRow("no public key") << withKey(u"publicKey"_qs, QJsonValue::Undefined) << u"trust.key"_qs;
    QTest::newRow("P-256 key") << withKey(u"publicKey"_qs, QString::fromLatin1(p256PublicPem()))
                               << u"trust.key"_qs;
    QTest::newRow("no notBefore") << withKey(u"notBefore"_qs, QJsonValue::Undefined) << u"trust.period"_qs;
    QTest::newRow("notBefore without zone")
        << withKey(u"notBefore"_qs, u"2024-01-01T00:00:00"_qs) << u"trust.period"_qs;
    QTest::newRow("notBefore with offset")
        << withKey(u"notBefore"_qs, u"2024-01-01T08:00:00+08:00"_qs) << QString();
    QTest::newRow("notAfter garbage") << withKey(u"notAfter"_qs, u"soon"_qs) << u"trust.period"_qs;
    QTest::newRow("notAfter before notBefore")
        << withKey(u"notAfter"_qs, u"2023-01-01T00:00:00Z"_qs) << u"trust.period"_qs;
}

void TestTrustList::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);

    const auto list = TrustList::fromJson(json);
    if (code.isEmpty()) {
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().detail));
        return;
    }
    QVERIFY(!list.ok());
    QCOMPARE(list.error().code, code);
}

void TestTrustList::signingPeriod_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<bool>("boundedCovers");
    QTest::addColumn<bool>("openCovers");

    QTest::newRow("before start") << kStart.addSecs(-1) << false << false;
    QTest::newRow("at start") << kStart << true << true;
    QTest::newRow("inside") << kStart.addDays(100) << true << true;
    QTest::newRow("at end") << kEnd << true << true;
    QTest::newRow("after end") << kEnd.addSecs(1) << false << true;
    QTest::newRow("same instant, other zone") << kStart.toTimeZone(QTimeZone(8 * 3600)) << true << true;
    QTest::newRow("invalid time") << QDateTime() << false << false;
}

void TestTrustList::signingPeriod()
{
    QFETCH(QDateTime, when);
    QFETCH(bool, boundedCovers);
    QFETCH(bool, openCovers);

    TrustList list;
    QVERIFY(list.add(m_current, kStart, kEnd).ok());
    QVERIFY(list.add(m_retired, kStart).ok());
    QCOMPARE(list.find(m_current.keyId())->coversSigningTime(when), boundedCovers);
    QCOMPARE(list.find(m_retired.keyId())->coversSigningTime(when), openCovers);
}

QTEST_GUILESS_MAIN(TestTrustList)
#include "tst_trustlist.moc"
