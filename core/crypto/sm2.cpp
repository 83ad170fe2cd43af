#include "crypto/sm2.h"

#include "base/logging.h"
#include "crypto/openssl_p.h"
#include "crypto/sm2_p.h"
#include "crypto/sm3.h"

#include <cstring>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/params.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace hpf::crypto {

using namespace detail;

namespace {

constexpr int kCoordinateBytes = 32;
constexpr int kRawSignatureBytes = 2 * kCoordinateBytes;

Error keyError(const char *code, const char *what)
{
    return makeError(QString::fromLatin1(code), QStringLiteral("key"),
                     QString::fromLatin1(what) + u": " + takeOpenSslErrors());
}

// Passphrase handed to PEM decoding. Also records whether OpenSSL asked for one, i.e. whether the
// PEM was encrypted; a callback is always installed so OpenSSL never prompts on a terminal.
struct PassphraseRequest
{
    QByteArrayView passphrase;
    bool asked = false;
};

int passphraseCallback(char *buf, int size, int /*rwflag*/, void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    request->asked = true;
    const qsizetype n = request->passphrase.size();
    if (n == 0 || n > size)
        return 0; // no passphrase (or too long): decryption fails, reported as crypto.key_passphrase
    std::memcpy(buf, request->passphrase.data(), size_t(n));
    return int(n);
}

std::string groupName(EVP_PKEY *key)
{
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length) != 1)
        return {};
    return std::string(name, length);
}

} // namespace

Result<PkeyPtr> detail::requireSm2Key(PkeyPtr key, bool withPrivate)
{
    if (EVP_PKEY_is_a(key.get(), "SM2"))
        return Result<PkeyPtr>(std::move(key));
    if (!EVP_PKEY_is_a(key.get(), "EC") || groupName(key.get()) != "SM2") {
        return makeError(u"crypto.key_type"_qs, u"key"_qs,
                         QStringLiteral("not an SM2 key (type %1)")
                             .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()))));
    }
    const int selection = withPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
    OSSL_PARAM *params = nullptr;
    if (EVP_PKEY_todata(key.get(), selection, &params) != 1)
        return keyError("crypto.key_type", "cannot export EC key for SM2 conversion");
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "SM2", nullptr));
    EVP_PKEY *converted = nullptr;
    const bool ok = ctx && EVP_PKEY_fromdata_init(ctx.get()) == 1 &&
                    EVP_PKEY_fromdata(ctx.get(), &converted, selection, params) == 1;
    OSSL_PARAM_free(params);
    if (!ok)
        return keyError("crypto.key_type", "cannot convert EC key on the SM2 curve to SM2");
    qCDebug(lcCrypto) << "converted an EC key on the SM2 curve to an SM2 key";
    return PkeyPtr(converted);
}

namespace {

// Sets the explicit distinguishing ID on a freshly initialised digest-sign/verify context (never
// OpenSSL's default, which differs between versions). On OpenSSL 3.0 the ID cannot be passed to
// EVP_DigestSignInit_ex() itself (the SM2 provider refuses it there); it must be set after init
// and before the first update, when the Z digest has not been computed yet.
bool setDistinguishingId(EVP_MD_CTX *md)
{
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_DIST_ID, const_cast<char *>(kSm2DistinguishingId),
                                          sizeof kSm2DistinguishingId - 1),
        OSSL_PARAM_construct_end(),
    };
    EVP_PKEY_CTX *pctx = EVP_MD_CTX_get_pkey_ctx(md);
    return pctx && EVP_PKEY_CTX_set_params(pctx, params) == 1;
}

} // namespace

struct Sm2Key::Private
{
    PkeyPtr key;
    bool hasPrivate = false;
};

Sm2Key::Sm2Key() = default;
Sm2Key::~Sm2Key() = default;
Sm2Key::Sm2Key(Sm2Key &&) noexcept = default;
Sm2Key &Sm2Key::operator=(Sm2Key &&) noexcept = default;

Result<Sm2Key> Sm2Key::generate()
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "SM2", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_generate(ctx.get(), &raw) != 1)
        return keyError("crypto.key_generate", "SM2 key generation failed");
    Sm2Key key;
    key.d = std::make_unique<Private>();
    key.d->key.reset(raw);
    key.d->hasPrivate = true;
    return key;
}

Result<Sm2Key> Sm2Key::fromPrivatePem(QByteArrayView pem, QByteArrayView passphrase)
{
    BioPtr bio = memoryBio(pem);
    PassphraseRequest request{passphrase};
    PkeyPtr key(
        bio ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, passphraseCallback, &request, nullptr, nullptr)
            : nullptr);
    if (!key) {
        if (request.asked)
            return keyError("crypto.key_passphrase",
                            "cannot decrypt private key (wrong or missing passphrase)");
        return keyError("crypto.key_format", "not a PEM private key");
    }
    auto sm2 = requireSm2Key(std::move(key), true);
    if (!sm2)
        return sm2.error();
    Sm2Key result;
    result.d = std::make_unique<Private>();
    result.d->key = std::move(sm2.value());
    result.d->hasPrivate = true;
    return result;
}

Result<Sm2Key> Sm2Key::fromPublicPem(QByteArrayView pem)
{
    BioPtr bio = memoryBio(pem);
    PassphraseRequest request;
    PkeyPtr key(
        bio ? PEM_read_bio_PUBKEY_ex(bio.get(), nullptr, passphraseCallback, &request, nullptr, nullptr)
            : nullptr);
    if (!key)
        return keyError("crypto.key_format", "not a PEM public key");
    auto sm2 = requireSm2Key(std::move(key), false);
    if (!sm2)
        return sm2.error();
    Sm2Key result;
    result.d = std::make_unique<Private>();
    result.d->key = std::move(sm2.value());
    return result;
}

Result<Sm2Key> Sm2Key::fromPublicDer(QByteArrayView spkiDer)
{
    const unsigned char *p = bytes(spkiDer);
    PkeyPtr key(d2i_PUBKEY_ex(nullptr, &p, long(spkiDer.size()), nullptr, nullptr));
    if (!key || p != bytes(spkiDer) + spkiDer.size())
        return keyError("crypto.key_format", "not a DER SubjectPublicKeyInfo");
    auto sm2 = requireSm2Key(std::move(key), false);
    if (!sm2)
        return sm2.error();
    Sm2Key result;
    result.d = std::make_unique<Private>();
    result.d->key = std::move(sm2.value());
    return result;
}

bool Sm2Key::isNull() const
{
    return !d || !d->key;
}

bool Sm2Key::hasPrivateKey() const
{
    return !isNull() && d->hasPrivate;
}

QByteArray Sm2Key::privateKeyPem(QByteArrayView passphrase) const
{
    if (!hasPrivateKey())
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    int ok = 0;
    if (passphrase.isEmpty()) {
        ok = PEM_write_bio_PrivateKey(bio.get(), d->key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    } else {
        // PKCS#8 PBES2 (PBKDF2-HMAC-SHA256) with AES-256-CBC.
        ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), d->key.get(), EVP_aes_256_cbc(), passphrase.data(),
                                           int(passphrase.size()), nullptr, nullptr);
    }
    if (ok != 1) {
        qCWarning(lcCrypto) << "cannot write private key:" << takeOpenSslErrors();
        return {};
    }
    return bioContents(bio.get());
}

QByteArray Sm2Key::publicKeyPem() const
{
    if (isNull())
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), d->key.get()) != 1) {
        qCWarning(lcCrypto) << "cannot write public key:" << takeOpenSslErrors();
        return {};
    }
    return bioContents(bio.get());
}

QByteArray Sm2Key::publicKeyDer() const
{
    if (isNull())
        return {};
    unsigned char *buf = nullptr;
    const int n = i2d_PUBKEY(d->key.get(), &buf);
    if (n <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    return out;
}

QByteArray Sm2Key::keyId() const
{
    const QByteArray der = publicKeyDer();
    return der.isEmpty() ? QByteArray() : sm3(der).left(8);
}

Result<QByteArray> Sm2Key::signDer(QByteArrayView message) const
{
    if (!hasPrivateKey())
        return makeError(u"crypto.no_private_key"_qs, u"key"_qs, u"signing needs a private key"_qs);
    MdCtxPtr md(EVP_MD_CTX_new());
    QByteArray sig(EVP_PKEY_get_size(d->key.get()), Qt::Uninitialized);
    size_t length = size_t(sig.size());
    static const char empty = 0;
    if (!md ||
        EVP_DigestSignInit_ex(md.get(), nullptr, "SM3", nullptr, nullptr, d->key.get(), nullptr) != 1 ||
        !setDistinguishingId(md.get()) ||
        EVP_DigestSignUpdate(md.get(), message.isEmpty() ? &empty : message.data(), size_t(message.size())) !=
            1 ||
        EVP_DigestSignFinal(md.get(), reinterpret_cast<unsigned char *>(sig.data()), &length) != 1)
        return keyError("crypto.sign", "SM2 signing failed");
    sig.truncate(qsizetype(length));
    return sig;
}

Result<QByteArray> Sm2Key::signRaw(QByteArrayView message) const
{
    auto der = signDer(message);
    if (!der)
        return der.error();
    QByteArray raw = signatureDerToRaw(der.value());
    if (raw.isEmpty())
        return makeError(u"crypto.sign"_qs, u"key"_qs, u"signature conversion failed"_qs);
    return raw;
}

bool Sm2Key::verifyDer(QByteArrayView message, QByteArrayView derSignature) const
{
    if (isNull() || derSignature.isEmpty())
        return false;
    MdCtxPtr md(EVP_MD_CTX_new());
    static const char empty = 0;
    const bool ok =
        md &&
        EVP_DigestVerifyInit_ex(md.get(), nullptr, "SM3", nullptr, nullptr, d->key.get(), nullptr) == 1 &&
        setDistinguishingId(md.get()) &&
        EVP_DigestVerifyUpdate(md.get(), message.isEmpty() ? &empty : message.data(),
                               size_t(message.size())) == 1 &&
        EVP_DigestVerifyFinal(md.get(), bytes(derSignature), size_t(derSignature.size())) == 1;
    ERR_clear_error(); // a failed verification leaves errors behind; they are not ours to report
    return ok;
}

bool Sm2Key::verifyRaw(QByteArrayView message, QByteArrayView signature64) const
{
    const QByteArray der = signatureRawToDer(signature64);
    return !der.isEmpty() && verifyDer(message, der);
}

QByteArray signatureDerToRaw(QByteArrayView der)
{
    const unsigned char *p = bytes(der);
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig || p != bytes(der) + der.size()) {
        ERR_clear_error();
        return {};
    }
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(kRawSignatureBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_is_negative(r) || BN_is_negative(s) ||
        BN_bn2binpad(r, out, kCoordinateBytes) != kCoordinateBytes ||
        BN_bn2binpad(s, out + kCoordinateBytes, kCoordinateBytes) != kCoordinateBytes)
        return {};
    // Only strict DER: re-encoding must give back the same bytes.
    if (signatureRawToDer(raw) != der)
        return {};
    return raw;
}

QByteArray signatureRawToDer(QByteArrayView raw)
{
    if (raw.size() != kRawSignatureBytes)
        return {};
    BignumPtr r(BN_bin2bn(bytes(raw), kCoordinateBytes, nullptr));
    BignumPtr s(BN_bin2bn(bytes(raw) + kCoordinateBytes, kCoordinateBytes, nullptr));
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    r.release(); // now owned by sig
    s.release();
    unsigned char *buf = nullptr;
    const int n = i2d_ECDSA_SIG(sig.get(), &buf);
    if (n <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    return out;
}

} // namespace hpf::crypto
