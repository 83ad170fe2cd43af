#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace hpf::crypto {

// The SM2 distinguishing ID used for every signature and verification (GM/T 0009). Always passed
// explicitly: OpenSSL 3.0 defaults to an empty ID, OpenSSL 4 to this one.
inline constexpr char kSm2DistinguishingId[] = "1234567812345678";

// An SM2 key (private+public, or public only). Move-only; wraps an OpenSSL EVP_PKEY.
// Error codes: crypto.key_generate, crypto.key_format, crypto.key_passphrase, crypto.key_type,
// crypto.sign, crypto.no_private_key.
class Sm2Key
{
public:
    Sm2Key();
    ~Sm2Key();
    Sm2Key(Sm2Key &&) noexcept;
    Sm2Key &operator=(Sm2Key &&) noexcept;

    static Result<Sm2Key> generate();
    // PEM private key: "PRIVATE KEY" (PKCS#8), "ENCRYPTED PRIVATE KEY" (needs passphrase).
    static Result<Sm2Key> fromPrivatePem(QByteArrayView pem, QByteArrayView passphrase = {});
    // PEM "PUBLIC KEY" (SubjectPublicKeyInfo).
    static Result<Sm2Key> fromPublicPem(QByteArrayView pem);
    static Result<Sm2Key> fromPublicDer(QByteArrayView spkiDer);

    bool isNull() const;
    bool hasPrivateKey() const;

    // PKCS#8 PEM; encrypted (PBES2, AES-256-CBC, scrypt or PBKDF2) when passphrase is non-empty.
    QByteArray privateKeyPem(QByteArrayView passphrase = {}) const;
    QByteArray publicKeyPem() const;
    QByteArray publicKeyDer() const; // SubjectPublicKeyInfo DER

    // First 8 bytes of SM3 over the SubjectPublicKeyInfo DER (the certificate "kid").
    QByteArray keyId() const;

    // SM2 signature with SM3 and kSm2DistinguishingId. Raw form is r||s, always 64 bytes.
    Result<QByteArray> signRaw(QByteArrayView message) const;
    Result<QByteArray> signDer(QByteArrayView message) const;
    bool verifyRaw(QByteArrayView message, QByteArrayView signature64) const;
    bool verifyDer(QByteArrayView message, QByteArrayView derSignature) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Conversions between DER SEQUENCE{r,s} and raw r||s (64 bytes). Empty on malformed input.
QByteArray signatureDerToRaw(QByteArrayView der);
QByteArray signatureRawToDer(QByteArrayView raw);

} // namespace hpf::crypto
