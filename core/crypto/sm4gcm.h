#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace hpf::crypto {

// SM4 in GCM mode (as in RFC 8998), built on OpenSSL's SM4 block cipher because OpenSSL 3.0 has
// no SM4-GCM. Keys are 16 bytes, nonces 12 bytes, tags 16 bytes.
// Error codes: crypto.key_size, crypto.nonce_size, crypto.auth_failed, crypto.cipher.

struct Sm4GcmSealed
{
    QByteArray ciphertext;
    QByteArray tag;
};

Result<Sm4GcmSealed> sm4GcmEncrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext,
                                   QByteArrayView aad = {});
Result<QByteArray> sm4GcmDecrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView ciphertext,
                                 QByteArrayView tag, QByteArrayView aad = {});

// Convenience envelope for stored fields: a fresh random nonce || ciphertext || tag.
Result<QByteArray> sm4GcmSeal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView aad = {});
Result<QByteArray> sm4GcmOpen(QByteArrayView key, QByteArrayView sealed, QByteArrayView aad = {});

} // namespace hpf::crypto
