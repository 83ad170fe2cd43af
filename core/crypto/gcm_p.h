#pragma once

// Private to core/crypto (and its tests): Galois/Counter Mode (NIST SP 800-38D) over any 128-bit
// block cipher that OpenSSL offers in ECB mode. SM4-GCM uses it with "SM4-ECB"; the tests also run
// it with "AES-128-ECB" and compare against OpenSSL's own AES-GCM as an independent cross-check.

#include "base/result.h"
#include "crypto/openssl_p.h"
#include "crypto/sm4gcm.h"

#include <QByteArray>
#include <QByteArrayView>

namespace hpf::crypto::detail {

inline constexpr int kGcmBlockBytes = 16;
inline constexpr int kGcmNonceBytes = 12;
inline constexpr int kGcmTagBytes = 16;

// A keyed block cipher with 16-byte blocks, used only in the forward (encrypt) direction.
class EcbBlockCipher
{
public:
    // cipherName is an OpenSSL ECB cipher with a 16-byte block, e.g. "SM4-ECB" or "AES-128-ECB".
    // Errors: crypto.key_size (key length does not fit the cipher), crypto.cipher.
    static Result<EcbBlockCipher> create(const char *cipherName, QByteArrayView key);

    // Encrypts `blocks` whole blocks from `in` to `out` (which may be the same buffer).
    bool encryptBlocks(const unsigned char *in, unsigned char *out, qsizetype blocks);

private:
    CipherPtr m_cipher;
    CipherCtxPtr m_ctx;
};

// GCM with a 96-bit nonce and a full 128-bit tag. Errors: crypto.nonce_size, crypto.cipher
// (message too long for GCM, or a block cipher failure), and for decryption crypto.auth_failed
// (wrong tag size, or tag mismatch: ciphertext, tag, AAD, key or nonce changed). Decryption checks
// the tag in constant time before producing any plaintext.
Result<Sm4GcmSealed> gcmEncrypt(EcbBlockCipher &cipher, QByteArrayView nonce, QByteArrayView plaintext,
                                QByteArrayView aad);
Result<QByteArray> gcmDecrypt(EcbBlockCipher &cipher, QByteArrayView nonce, QByteArrayView ciphertext,
                              QByteArrayView tag, QByteArrayView aad);

} // namespace hpf::crypto::detail
