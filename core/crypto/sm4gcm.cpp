#include "crypto/sm4gcm.h"

#include "crypto/gcm_p.h"
#include "crypto/sm3.h"

namespace hpf::crypto {

using namespace detail;

namespace {

constexpr int kSm4KeyBytes = 16;

Result<EcbBlockCipher> sm4(QByteArrayView key)
{
    if (key.size() != kSm4KeyBytes) {
        return makeError(
            u"crypto.key_size"_qs, u"key"_qs,
            QStringLiteral("SM4 key must be %1 bytes, got %2").arg(kSm4KeyBytes).arg(key.size()));
    }
    return EcbBlockCipher::create("SM4-ECB", key);
}

} // namespace

Result<Sm4GcmSealed> sm4GcmEncrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext,
                                   QByteArrayView aad)
{
    auto cipher = sm4(key);
    if (!cipher)
        return cipher.error();
    return gcmEncrypt(cipher.value(), nonce, plaintext, aad);
}

Result<QByteArray> sm4GcmDecrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView ciphertext,
                                 QByteArrayView tag, QByteArrayView aad)
{
    auto cipher = sm4(key);
    if (!cipher)
        return cipher.error();
    return gcmDecrypt(cipher.value(), nonce, ciphertext, tag, aad);
}

Result<QByteArray> sm4GcmSeal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView aad)
{
    const QByteArray nonce = randomBytes(kGcmNonceBytes);
    auto sealed = sm4GcmEncrypt(key, nonce, plaintext, aad);
    if (!sealed)
        return sealed.error();
    return QByteArray(nonce + sealed->ciphertext + sealed->tag);
}

Result<QByteArray> sm4GcmOpen(QByteArrayView key, QByteArrayView sealed, QByteArrayView aad)
{
    if (sealed.size() < kGcmNonceBytes + kGcmTagBytes) {
        if (key.size() != kSm4KeyBytes) // report the caller's key mistake before the data's
            return sm4(key).error();
        return makeError(u"crypto.auth_failed"_qs, u"sealed"_qs, u"sealed data too short"_qs);
    }
    return sm4GcmDecrypt(key, sealed.first(kGcmNonceBytes),
                         sealed.sliced(kGcmNonceBytes, sealed.size() - kGcmNonceBytes - kGcmTagBytes),
                         sealed.last(kGcmTagBytes), aad);
}

} // namespace hpf::crypto
