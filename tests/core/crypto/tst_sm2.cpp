#include "crypto/sm2.h"
#include "crypto/sm2_p.h"
#include "crypto/sm3.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace hpf::crypto;

namespace {

QByteArray flipped(QByteArray data, qsizetype index)
{
    data[index] = char(data[index] ^ 0x01);
    return data;
}

// A PEM private key of another algorithm, made directly with OpenSSL (not through Sm2Key).
QByteArray foreignPrivatePem(const char *algorithm, const char *group)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr);
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx) != 1)
        return {};
    if (group) {
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char *>(group), 0),
            OSSL_PARAM_construct_end()};
        EVP_PKEY_CTX_set_params(ctx, params);
    }
    EVP_PKEY_generate(ctx, &key);
    EVP_PKEY_CTX_free(ctx);
    if (!key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, n);
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

QByteArray publicPemOf(const QByteArray &privatePem)
{
    BIO *in = BIO_new_mem_buf(privatePem.constData(), int(privatePem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(in, nullptr, nullptr, nullptr);
    BIO_free(in);
    BIO *out = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(out, key);
    char *data = nullptr;
    const long n = BIO_get_mem_data(out, &data);
    QByteArray pem(data, n);
    BIO_free(out);
    EVP_PKEY_free(key);
    return pem;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSm2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signVerifyRoundTrip_data();
    void signVerifyRoundTrip();
    void tamperedFails_data();
    void tamperedFails();
    void rawDerConversion();
    void malformedSignatures_data();
    void malformedSignatures();
    void pemRoundTrip();
    void encryptedPkcs8_data();
    void encryptedPkcs8();
    void keyFormatErrors_data();
    void keyFormatErrors();
    void notSm2Refused_data();
    void notSm2Refused();
    void ecKeyOnSm2CurveSignsSm2();
    void inMemoryEcKeyConverted();
    void publicKeyCannotSign();
    void nullKey();
    void keyId();
    void opensslCli();

private:
    bool findOpenssl();

    Sm2Key m_key;
    QString m_openssl;
};

void TestSm2::initTestCase()
{
    auto key = Sm2Key::generate();
    QVERIFY(key.ok());
    m_key = std::move(key.value());
    QVERIFY(m_key.hasPrivateKey());
}

void TestSm2::signVerifyRoundTrip_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short") << QByteArray("message digest");
    QTest::newRow("binary") << QByteArray("\x00\xff\x01\xfe", 4);
    QTest::newRow("long") << QByteArray("0123456789").repeated(1000);
}

void TestSm2::signVerifyRoundTrip()
{
    QFETCH(QByteArray, message);

    const auto raw = m_key.signRaw(message);
    QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().detail));
    QCOMPARE(raw.value().size(), 64);
    QVERIFY(m_key.verifyRaw(message, raw.value()));

    const auto der = m_key.signDer(message);
    QVERIFY(der.ok());
    QVERIFY(der.value().size() <= 72);
    QVERIFY(m_key.verifyDer(message, der.value()));
    // SM2 signatures are randomised: two signatures of one message differ, both verify.
    QVERIFY(signatureDerToRaw(der.value()) != raw.value());
}

void TestSm2::tamperedFails_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<bool>("useOtherKey");

    const QByteArray message("HPF certificate body");
    const QByteArray signature = m_key.signRaw(message).value();
    QTest::newRow("untouched (control)") << message << signature << false;
    QTest::newRow("message bit") << flipped(message, 3) << signature << false;
    QTest::newRow("message extended") << message + '.' << signature << false;
    QTest::newRow("message empty") << QByteArray() << signature << false;
    QTest::newRow("r bit") << message << flipped(signature, 0) << false;
    QTest::newRow("s bit") << message << flipped(signature, 63) << false;
    QTest::newRow("r and s swapped") << message << signature.mid(32) + signature.left(32) << false;
    QTest::newRow("signature truncated") << message << signature.left(63) << false;
    QTest::newRow("signature zero") << message << QByteArray(64, '\0') << false;
    QTest::newRow("other key") << message << signature << true;
}

void TestSm2::tamperedFails()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    QFETCH(bool, useOtherKey);

    const bool control = QByteArray(QTest::currentDataTag()).startsWith("untouched");
    if (useOtherKey) {
        const Sm2Key other = Sm2Key::generate().value();
        QVERIFY(!other.verifyRaw(message, signature));
        return;
    }
    QCOMPARE(m_key.verifyRaw(message, signature), control);
    QCOMPARE(m_key.verifyDer(message, signatureRawToDer(signature)), control);
}

void TestSm2::rawDerConversion()
{
    // SEQUENCE { INTEGER 1, INTEGER 0x80 (needs a leading zero in DER) }
    const QByteArray der = QByteArray::fromHex("3007020101020200"
                                               "80");
    QByteArray raw(64, '\0');
    raw[31] = 0x01;
    raw[63] = char(0x80);
    QCOMPARE(signatureDerToRaw(der).toHex(), raw.toHex());
    QCOMPARE(signatureRawToDer(raw).toHex(), der.toHex());

    for (int i = 0; i < 20; ++i) {
        const QByteArray sig = m_key.signDer("round trip").value();
        const QByteArray r = signatureDerToRaw(sig);
        QCOMPARE(r.size(), 64);
        QCOMPARE(signatureRawToDer(r), sig);
    }
}

void TestSm2::malformedSignatures_data()
{
    QTest::addColumn<QByteArray>("der");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("not a signature");
    QTest::newRow("trailing byte") << QByteArray::fromHex("300602010102010200");
    QTest::newRow("non-minimal integer") << QByteArray::fromHex("30070202000102010"
                                                                "1");
    QTest::newRow("negative integer") << QByteArray::fromHex("3006020181020101");
    QTest::newRow("r of 33 bytes") << QByteArray::fromHex("302502210101010101010101010101010101010101010101"
                                                          "01010101010101010101010101020101");
    QTest::newRow("truncated") << QByteArray::fromHex("300602010102");
}

void TestSm2::malformedSignatures()
{
    QFETCH(QByteArray, der);
    QVERIFY(signatureDerToRaw(der).isEmpty());
    QVERIFY(!m_key.verifyDer("message", der));
}

void TestSm2::pemRoundTrip()
{
    const QByteArray privatePem = m_key.privateKeyPem();
    QVERIFY(privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
    const auto reloaded = Sm2Key::fromPrivatePem(privatePem);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->keyId(), m_key.keyId());
    QVERIFY(m_key.verifyRaw("x", reloaded->signRaw("x").value()));

    const QByteArray publicPem = m_key.publicKeyPem();
    QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
    const auto publicKey = Sm2Key::fromPublicPem(publicPem);
    QVERIFY(publicKey.ok());
    QVERIFY(!publicKey->hasPrivateKey());
    QVERIFY(publicKey->verifyRaw("y", m_key.signRaw("y").value()));
    QVERIFY(publicKey->privateKeyPem().isEmpty());

    const auto fromDer = Sm2Key::fromPublicDer(m_key.publicKeyDer());
    QVERIFY(fromDer.ok());
    QCOMPARE(fromDer->publicKeyDer(), m_key.publicKeyDer());
    QVERIFY(!Sm2Key::fromPublicDer(QByteArray(m_key.publicKeyDer() + '\0')).ok());
}

void TestSm2::encryptedPkcs8_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("tried");
    QTest::addColumn<QString>("code");

    QTest::newRow("right passphrase")
        << QByteArray("正确的口令 ok") << QByteArray("正确的口令 ok") << QString();
    QTest::newRow("wrong passphrase")
        << QByteArray("secret") << QByteArray("Secret") << u"crypto.key_passphrase"_qs;
    QTest::newRow("no passphrase") << QByteArray("secret") << QByteArray() << u"crypto.key_passphrase"_qs;
    QTest::newRow("long passphrase") << QByteArray("p").repeated(200) << QByteArray("p").repeated(200)
                                     << QString();
}

void TestSm2::encryptedPkcs8()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, tried);
    QFETCH(QString, code);

    const QByteArray pem = m_key.privateKeyPem(passphrase);
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    const auto loaded = Sm2Key::fromPrivatePem(pem, tried);
    if (code.isEmpty()) {
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->keyId(), m_key.keyId());
        QVERIFY(m_key.verifyRaw("z", loaded->signRaw("z").value()));
    } else {
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, code);
    }
}

void TestSm2::keyFormatErrors_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<bool>("privateKey");

    QTest::newRow("empty private") << QByteArray() << true;
    QTest::newRow("garbage private") << QByteArray(
                                            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                                     << true;
    QTest::newRow("public PEM as private") << m_key.publicKeyPem() << true;
    QTest::newRow("empty public") << QByteArray() << false;
    QTest::newRow("private PEM as public") << m_key.privateKeyPem() << false;
    QTest::newRow("truncated public") << m_key.publicKeyPem().left(60) << false;
}

void TestSm2::keyFormatErrors()
{
    QFETCH(QByteArray, pem);
    QFETCH(bool, privateKey);

    const auto key = privateKey ? Sm2Key::fromPrivatePem(pem) : Sm2Key::fromPublicPem(pem);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, u"crypto.key_format"_qs);
}

void TestSm2::notSm2Refused_data()
{
    QTest::addColumn<QByteArray>("privatePem");

    QTest::newRow("EC P-256") << foreignPrivatePem("EC", "P-256");
    QTest::newRow("EC secp256k1") << foreignPrivatePem("EC", "secp256k1");
    QTest::newRow("Ed25519") << foreignPrivatePem("ED25519", nullptr);
}

void TestSm2::notSm2Refused()
{
    QFETCH(QByteArray, privatePem);
    QVERIFY(!privatePem.isEmpty());

    const auto privateKey = Sm2Key::fromPrivatePem(privatePem);
    QVERIFY(!privateKey.ok());
    QCOMPARE(privateKey.error().code, u"crypto.key_type"_qs);
    const auto publicKey = Sm2Key::fromPublicPem(publicPemOf(privatePem));
    QVERIFY(!publicKey.ok());
    QCOMPARE(publicKey.error().code, u"crypto.key_type"_qs);
}

void TestSm2::ecKeyOnSm2CurveSignsSm2()
{
    // An "EC" key on the SM2 curve would sign ECDSA-with-SM3 if used as it is; loading must give a
    // key whose signatures verify as SM2 under a separately loaded public key.
    const QByteArray pem = foreignPrivatePem("EC", "SM2");
    QVERIFY(!pem.isEmpty());
    const auto key = Sm2Key::fromPrivatePem(pem);
    QVERIFY(key.ok());
    const auto publicKey = Sm2Key::fromPublicPem(publicPemOf(pem));
    QVERIFY(publicKey.ok());
    QVERIFY(publicKey->verifyRaw("sm2", key->signRaw("sm2").value()));
}

void TestSm2::inMemoryEcKeyConverted()
{
    using namespace hpf::crypto::detail;
    // Generated with the "EC" algorithm on the SM2 curve: the case that would sign ECDSA-with-SM3.
    EVP_PKEY *raw = EVP_EC_gen("SM2");
    QVERIFY(raw);
    PkeyPtr ec(raw);
    QVERIFY(EVP_PKEY_is_a(ec.get(), "EC"));
    QVERIFY(!EVP_PKEY_is_a(ec.get(), "SM2"));

    // The hazard: its signature (ECDSA over SM3 of the message) is not an SM2 signature.
    const QByteArray message("hazard");
    MdCtxPtr md(EVP_MD_CTX_new());
    unsigned char sig[80];
    size_t sigLength = sizeof sig;
    QCOMPARE(EVP_DigestSignInit_ex(md.get(), nullptr, "SM3", nullptr, nullptr, ec.get(), nullptr), 1);
    QCOMPARE(EVP_DigestSign(md.get(), sig, &sigLength, bytes(message), size_t(message.size())), 1);
    unsigned char *der = nullptr;
    const int derLength = i2d_PUBKEY(ec.get(), &der);
    QVERIFY(derLength > 0);
    const QByteArray spki(reinterpret_cast<const char *>(der), derLength);
    OPENSSL_free(der);
    const auto publicKey = Sm2Key::fromPublicDer(spki);
    QVERIFY(publicKey.ok());
    QVERIFY(!publicKey->verifyDer(message,
                                  QByteArray(reinterpret_cast<const char *>(sig), qsizetype(sigLength))));

    // Converted: same key material, now of type SM2.
    BIGNUM *before = nullptr;
    QCOMPARE(EVP_PKEY_get_bn_param(ec.get(), OSSL_PKEY_PARAM_PRIV_KEY, &before), 1);
    BignumPtr privateBefore(before);
    auto converted = requireSm2Key(std::move(ec), true);
    QVERIFY(converted.ok());
    EVP_PKEY *sm2 = converted.value().get();
    QVERIFY(EVP_PKEY_is_a(sm2, "SM2"));
    BIGNUM *after = nullptr;
    QCOMPARE(EVP_PKEY_get_bn_param(sm2, OSSL_PKEY_PARAM_PRIV_KEY, &after), 1);
    BignumPtr privateAfter(after);
    QCOMPARE(BN_cmp(privateBefore.get(), privateAfter.get()), 0);
    der = nullptr;
    const int convertedLength = i2d_PUBKEY(sm2, &der);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(der), convertedLength), spki);
    OPENSSL_free(der);

    // Other curves are refused, not converted.
    auto p256 = requireSm2Key(PkeyPtr(EVP_EC_gen("P-256")), true);
    QVERIFY(!p256.ok());
    QCOMPARE(p256.error().code, u"crypto.key_type"_qs);
}

void TestSm2::publicKeyCannotSign()
{
    const Sm2Key publicKey = Sm2Key::fromPublicPem(m_key.publicKeyPem()).value();
    const auto sig = publicKey.signRaw("message");
    QVERIFY(!sig.ok());
    QCOMPARE(sig.error().code, u"crypto.no_private_key"_qs);
}

void TestSm2::nullKey()
{
    Sm2Key key;
    QVERIFY(key.isNull());
    QVERIFY(!key.hasPrivateKey());
    QVERIFY(key.publicKeyDer().isEmpty());
    QVERIFY(key.keyId().isEmpty());
    QVERIFY(!key.verifyRaw("m", m_key.signRaw("m").value()));
    QCOMPARE(key.signRaw("m").error().code, u"crypto.no_private_key"_qs);

    Sm2Key moved = Sm2Key::generate().value();
    Sm2Key target = std::move(moved);
    QVERIFY(!target.isNull());
    QVERIFY(moved.isNull()); // NOLINT(bugprone-use-after-move): documented moved-from state
}

void TestSm2::keyId()
{
    const QByteArray id = m_key.keyId();
    QCOMPARE(id.size(), 8);
    QCOMPARE(id, sm3(m_key.publicKeyDer()).left(8));
    QVERIFY(id != Sm2Key::generate().value().keyId());
}

bool TestSm2::findOpenssl()
{
    m_openssl = QStandardPaths::findExecutable(u"openssl"_qs);
    return !m_openssl.isEmpty();
}

void TestSm2::opensslCli()
{
    if (!findOpenssl()) {
        if (hpf::test::componentsRequired())
            QFAIL("the openssl command-line tool is required (CI=true) but was not found in PATH");
        QSKIP("openssl command-line tool not found in PATH: the CLI cross-check did not run");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyPath = dir.filePath(u"key.pem"_qs);
    const QString pubPath = dir.filePath(u"pub.pem"_qs);
    const QString msgPath = dir.filePath(u"msg"_qs);
    const QString sigPath = dir.filePath(u"sig.der"_qs);
    const QByteArray message("缴存证明 HPF1 cross-check");
    QVERIFY(writeFile(keyPath, m_key.privateKeyPem()));
    QVERIFY(writeFile(pubPath, m_key.publicKeyPem()));
    QVERIFY(writeFile(msgPath, message));
    const QString distId = u"distid:"_qs + QLatin1String(kSm2DistinguishingId);
    QByteArray lastError; // stderr of the last run, shown when a step that must succeed fails
    auto run = [&](const QStringList &args) {
        QByteArray out;
        return hpf::test::runProgram(m_openssl, args, {}, &out, &lastError);
    };
    const QStringList verifyArgs{u"pkeyutl"_qs, u"-verify"_qs, u"-pubin"_qs,   u"-inkey"_qs,
                                 pubPath,       u"-rawin"_qs,  u"-digest"_qs,  u"sm3"_qs,
                                 u"-in"_qs,     msgPath,       u"-sigfile"_qs, sigPath};

    // Signed in code, verified by the CLI with the explicit ID.
    QVERIFY(writeFile(sigPath, m_key.signDer(message).value()));
    QVERIFY2(run(verifyArgs + QStringList{u"-pkeyopt"_qs, distId}) == 0, lastError.constData());
    // ... and not with OpenSSL 3.0's default (empty) ID: the ID really is part of the signature.
    QVERIFY(run(verifyArgs) != 0);

    // Signed by the CLI with the explicit ID, verified in code.
    QVERIFY2(run({u"pkeyutl"_qs, u"-sign"_qs, u"-inkey"_qs, keyPath, u"-rawin"_qs, u"-digest"_qs, u"sm3"_qs,
                  u"-in"_qs, msgPath, u"-out"_qs, sigPath, u"-pkeyopt"_qs, distId}) == 0,
             lastError.constData());
    const QByteArray cliSignature = readFile(sigPath);
    QVERIFY(m_key.verifyDer(message, cliSignature));
    QVERIFY(m_key.verifyRaw(message, signatureDerToRaw(cliSignature)));
    QVERIFY(!m_key.verifyDer(flipped(message, 0), cliSignature));

    // Signed by the CLI with its default ID: must not verify under the explicit ID.
    QVERIFY2(run({u"pkeyutl"_qs, u"-sign"_qs, u"-inkey"_qs, keyPath, u"-rawin"_qs, u"-digest"_qs, u"sm3"_qs,
                  u"-in"_qs, msgPath, u"-out"_qs, sigPath}) == 0,
             lastError.constData());
    QVERIFY(!m_key.verifyDer(message, readFile(sigPath)));

    // A key generated by the CLI loads, and its kid is SM3 over the DER the CLI writes.
    const QString cliKeyPath = dir.filePath(u"cli.key"_qs);
    const QString cliPubDer = dir.filePath(u"cli.pub.der"_qs);
    QVERIFY2(run({u"genpkey"_qs, u"-algorithm"_qs, u"SM2"_qs, u"-out"_qs, cliKeyPath}) == 0,
             lastError.constData());
    QVERIFY2(run({u"pkey"_qs, u"-in"_qs, cliKeyPath, u"-pubout"_qs, u"-outform"_qs, u"DER"_qs, u"-out"_qs,
                  cliPubDer}) == 0,
             lastError.constData());
    const auto cliKey = Sm2Key::fromPrivatePem(readFile(cliKeyPath));
    QVERIFY(cliKey.ok());
    QCOMPARE(cliKey->keyId(), sm3(readFile(cliPubDer)).left(8));
}

QTEST_GUILESS_MAIN(TestSm2)
#include "tst_sm2.moc"
