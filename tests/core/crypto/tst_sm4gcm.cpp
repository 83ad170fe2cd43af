#include "crypto/gcm_p.h"
#include "crypto/sm4gcm.h"

#include <QRandomGenerator>
#include <QTest>
#include <openssl/evp.h>

using namespace hpf::crypto;

namespace {

// RFC 8998, appendix A.1 (SM4-GCM).
const QByteArray kKey = QByteArray::fromHex("0123456789ABCDEFFEDCBA9876543210");
const QByteArray kNonce = QByteArray::fromHex("00001234567800000000ABCD");
const QByteArray kAad = QByteArray::fromHex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
const QByteArray kPlaintext =
    QByteArray::fromHex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                        "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
const QByteArray kCiphertext =
    QByteArray::fromHex("17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
                        "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D");
const QByteArray kTag = QByteArray::fromHex("83DE3541E4C2B58177E065A9BF7B62EC");

QByteArray flipped(QByteArray data, qsizetype index)
{
    data[index] = char(data[index] ^ 0x01);
    return data;
}

QByteArray randomData(QRandomGenerator &rng, int size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

// OpenSSL's own AES-128-GCM, as the reference for the generic GCM code.
bool opensslAesGcm(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext,
                   const QByteArray &aad, QByteArray *ciphertext, QByteArray *tag)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    auto *iv = reinterpret_cast<const unsigned char *>(nonce.constData());
    int length = 0;
    *ciphertext = QByteArray(plaintext.size() + 16, '\0');
    *tag = QByteArray(16, '\0');
    bool ok = EVP_EncryptInit_ex2(ctx, EVP_aes_128_gcm(), k, iv, nullptr) == 1;
    if (ok && !aad.isEmpty())
        ok =
            EVP_EncryptUpdate(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(aad.constData()),
                              int(aad.size())) == 1;
    int written = 0;
    if (ok && !plaintext.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(ciphertext->data()), &written,
                               reinterpret_cast<const unsigned char *>(plaintext.constData()),
                               int(plaintext.size())) == 1;
    }
    int last = 0;
    ok = ok &&
         EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(ciphertext->data()) + written, &last) ==
             1 &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag->data()) == 1;
    ciphertext->truncate(written + last);
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}

} // namespace

class TestSm4Gcm : public QObject
{
    Q_OBJECT

private slots:
    void rfc8998Encrypt();
    void rfc8998Decrypt();
    void tampering_data();
    void tampering();
    void keySize_data();
    void keySize();
    void nonceSize_data();
    void nonceSize();
    void aesCrossCheck_data();
    void aesCrossCheck();
    void sealOpen_data();
    void sealOpen();
    void sealUsesFreshNonce();
    void openRejects_data();
    void openRejects();
};

void TestSm4Gcm::rfc8998Encrypt()
{
    const auto sealed = sm4GcmEncrypt(kKey, kNonce, kPlaintext, kAad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->ciphertext.toHex(), kCiphertext.toHex());
    QCOMPARE(sealed->tag.toHex(), kTag.toHex());
}

void TestSm4Gcm::rfc8998Decrypt()
{
    const auto plaintext = sm4GcmDecrypt(kKey, kNonce, kCiphertext, kTag, kAad);
    QVERIFY(plaintext.ok());
    QCOMPARE(plaintext.value().toHex(), kPlaintext.toHex());
}

void TestSm4Gcm::tampering_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("aad");

    QTest::newRow("first ciphertext byte") << kKey << kNonce << flipped(kCiphertext, 0) << kTag << kAad;
    QTest::newRow("last ciphertext byte") << kKey << kNonce << flipped(kCiphertext, 63) << kTag << kAad;
    QTest::newRow("ciphertext truncated") << kKey << kNonce << kCiphertext.left(48) << kTag << kAad;
    QTest::newRow("ciphertext extended") << kKey << kNonce << kCiphertext + '\0' << kTag << kAad;
    QTest::newRow("tag first byte") << kKey << kNonce << kCiphertext << flipped(kTag, 0) << kAad;
    QTest::newRow("tag last byte") << kKey << kNonce << kCiphertext << flipped(kTag, 15) << kAad;
    QTest::newRow("tag truncated") << kKey << kNonce << kCiphertext << kTag.left(12) << kAad;
    QTest::newRow("tag empty") << kKey << kNonce << kCiphertext << QByteArray() << kAad;
    QTest::newRow("aad changed") << kKey << kNonce << kCiphertext << kTag << flipped(kAad, 5);
    QTest::newRow("aad missing") << kKey << kNonce << kCiphertext << kTag << QByteArray();
    QTest::newRow("aad extended") << kKey << kNonce << kCiphertext << kTag << kAad + 'x';
    QTest::newRow("other nonce") << kKey << flipped(kNonce, 11) << kCiphertext << kTag << kAad;
    QTest::newRow("other key") << flipped(kKey, 3) << kNonce << kCiphertext << kTag << kAad;
}

void TestSm4Gcm::tampering()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, aad);

    const auto plaintext = sm4GcmDecrypt(key, nonce, ciphertext, tag, aad);
    QVERIFY(!plaintext.ok());
    QCOMPARE(plaintext.error().code, u"crypto.auth_failed"_qs);
}

void TestSm4Gcm::keySize_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("15") << 15;
    QTest::newRow("17") << 17;
    QTest::newRow("32 (AES-256 size)") << 32;
}

void TestSm4Gcm::keySize()
{
    QFETCH(int, size);
    const QByteArray key(size, 'k');
    const auto sealed = sm4GcmEncrypt(key, kNonce, kPlaintext);
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error().code, u"crypto.key_size"_qs);
    const auto opened = sm4GcmDecrypt(key, kNonce, kCiphertext, kTag, kAad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"crypto.key_size"_qs);
    const auto sealedEnvelope = sm4GcmSeal(key, kPlaintext);
    QVERIFY(!sealedEnvelope.ok());
    QCOMPARE(sealedEnvelope.error().code, u"crypto.key_size"_qs);
}

void TestSm4Gcm::nonceSize_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("8") << 8;
    QTest::newRow("11") << 11;
    QTest::newRow("13") << 13;
    QTest::newRow("16") << 16;
}

void TestSm4Gcm::nonceSize()
{
    QFETCH(int, size);
    const QByteArray nonce(size, 'n');
    const auto sealed = sm4GcmEncrypt(kKey, nonce, kPlaintext);
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error().code, u"crypto.nonce_size"_qs);
    const auto opened = sm4GcmDecrypt(kKey, nonce, kCiphertext, kTag, kAad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"crypto.nonce_size"_qs);
}

void TestSm4Gcm::aesCrossCheck_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("aadLength");

    for (int length : {0, 1, 15, 16, 17, 100, 1500, 5000}) {
        for (int aadLength : {0, 13, 32}) {
            QTest::addRow("text %d, aad %d", length, aadLength) << length << aadLength;
        }
    }
}

void TestSm4Gcm::aesCrossCheck()
{
    QFETCH(int, length);
    QFETCH(int, aadLength);

    QRandomGenerator rng(quint32(length * 1000 + aadLength));
    const QByteArray key = randomData(rng, 16);
    const QByteArray nonce = randomData(rng, 12);
    const QByteArray plaintext = randomData(rng, length);
    const QByteArray aad = randomData(rng, aadLength);

    QByteArray expectedCiphertext;
    QByteArray expectedTag;
    QVERIFY(opensslAesGcm(key, nonce, plaintext, aad, &expectedCiphertext, &expectedTag));

    auto cipher = detail::EcbBlockCipher::create("AES-128-ECB", key);
    QVERIFY(cipher.ok());
    const auto sealed = detail::gcmEncrypt(cipher.value(), nonce, plaintext, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->ciphertext.toHex(), expectedCiphertext.toHex());
    QCOMPARE(sealed->tag.toHex(), expectedTag.toHex());

    const auto opened = detail::gcmDecrypt(cipher.value(), nonce, expectedCiphertext, expectedTag, aad);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), plaintext);
    if (length > 0) {
        const auto forged = detail::gcmDecrypt(cipher.value(), nonce, flipped(expectedCiphertext, length / 2),
                                               expectedTag, aad);
        QVERIFY(!forged.ok());
        QCOMPARE(forged.error().code, u"crypto.auth_failed"_qs);
    }
}

void TestSm4Gcm::sealOpen_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("id number") << QByteArray("320102199001011234") << QByteArray("person.idNumber");
    QTest::newRow("no aad") << QByteArray("13800138000") << QByteArray();
    QTest::newRow("long") << QByteArray("x").repeated(3000) << QByteArray("blob");
}

void TestSm4Gcm::sealOpen()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);

    const auto sealed = sm4GcmSeal(kKey, plaintext, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed.value().size(), 12 + plaintext.size() + 16);
    const auto opened = sm4GcmOpen(kKey, sealed.value(), aad);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), plaintext);

    const auto wrongAad = sm4GcmOpen(kKey, sealed.value(), QByteArray(aad + "!"));
    QVERIFY(!wrongAad.ok());
    QCOMPARE(wrongAad.error().code, u"crypto.auth_failed"_qs);
}

void TestSm4Gcm::sealUsesFreshNonce()
{
    const QByteArray a = sm4GcmSeal(kKey, "same").value();
    const QByteArray b = sm4GcmSeal(kKey, "same").value();
    QVERIFY(a.left(12) != b.left(12));
    QVERIFY(a != b);
}

void TestSm4Gcm::openRejects_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<QString>("code");

    const QByteArray good = sm4GcmSeal(kKey, "payload").value();
    QTest::newRow("empty") << kKey << QByteArray() << u"crypto.auth_failed"_qs;
    QTest::newRow("shorter than nonce and tag") << kKey << good.left(27) << u"crypto.auth_failed"_qs;
    QTest::newRow("nonce changed") << kKey << flipped(good, 0) << u"crypto.auth_failed"_qs;
    QTest::newRow("ciphertext changed") << kKey << flipped(good, 13) << u"crypto.auth_failed"_qs;
    QTest::newRow("tag changed") << kKey << flipped(good, good.size() - 1) << u"crypto.auth_failed"_qs;
    QTest::newRow("wrong key size") << kKey.left(8) << good << u"crypto.key_size"_qs;
    QTest::newRow("wrong key size, short data") << kKey.left(8) << QByteArray() << u"crypto.key_size"_qs;
}

void TestSm4Gcm::openRejects()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, sealed);
    QFETCH(QString, code);

    const auto opened = sm4GcmOpen(key, sealed);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code);
}

QTEST_GUILESS_MAIN(TestSm4Gcm)
#include "tst_sm4gcm.moc"
