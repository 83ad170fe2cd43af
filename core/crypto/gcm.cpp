#include "crypto/gcm_p.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <openssl/crypto.h>

namespace hpf::crypto::detail {

namespace {

using Block = std::array<unsigned char, kGcmBlockBytes>;

// An element of GF(2^128) in GCM's bit order: bit 0 is the most significant bit of `hi`.
struct FieldElement
{
    quint64 hi = 0;
    quint64 lo = 0;
};

quint64 loadBigEndian64(const unsigned char *p)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | p[i];
    return v;
}

void storeBigEndian64(quint64 v, unsigned char *p)
{
    for (int i = 7; i >= 0; --i) {
        p[i] = static_cast<unsigned char>(v);
        v >>= 8;
    }
}

FieldElement loadElement(const unsigned char *p)
{
    return {loadBigEndian64(p), loadBigEndian64(p + 8)};
}

// X * Y in GF(2^128) (SP 800-38D, Algorithm 1). Branch-free on the data: every bit is processed
// with masks, so the time does not depend on H or on the data being authenticated.
FieldElement multiply(FieldElement x, FieldElement y)
{
    FieldElement z;
    FieldElement v = y;
    for (int i = 0; i < 128; ++i) {
        const quint64 bit = i < 64 ? (x.hi >> (63 - i)) & 1u : (x.lo >> (127 - i)) & 1u;
        const quint64 take = 0 - bit;
        z.hi ^= v.hi & take;
        z.lo ^= v.lo & take;
        const quint64 carry = 0 - (v.lo & 1u);
        v.lo = (v.lo >> 1) | (v.hi << 63);
        v.hi = (v.hi >> 1) ^ (0xE100000000000000ULL & carry);
    }
    return z;
}

// GHASH_H over a sequence of zero-padded strings followed by the lengths block.
class Ghash
{
public:
    explicit Ghash(FieldElement h)
        : m_h(h)
    {}

    // Absorbs `data` zero-padded to a whole number of blocks.
    void absorbPadded(QByteArrayView data)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(data.data());
        qsizetype left = data.size();
        while (left > 0) {
            Block block{};
            const qsizetype n = std::min<qsizetype>(left, kGcmBlockBytes);
            std::memcpy(block.data(), p, size_t(n));
            absorbBlock(block.data());
            p += n;
            left -= n;
        }
    }

    void absorbLengths(quint64 aadBytes, quint64 textBytes)
    {
        Block block;
        storeBigEndian64(aadBytes * 8, block.data());
        storeBigEndian64(textBytes * 8, block.data() + 8);
        absorbBlock(block.data());
    }

    FieldElement value() const { return m_y; }

private:
    void absorbBlock(const unsigned char *block)
    {
        const FieldElement x = loadElement(block);
        m_y.hi ^= x.hi;
        m_y.lo ^= x.lo;
        m_y = multiply(m_y, m_h);
    }

    FieldElement m_h;
    FieldElement m_y;
};

void increment32(unsigned char *counterBlock)
{
    for (int i = kGcmBlockBytes - 1; i >= kGcmBlockBytes - 4; --i) {
        if (++counterBlock[i] != 0)
            break;
    }
}

Error cipherError(const QString &detail)
{
    return makeError(u"crypto.cipher"_qs, QString(), detail + u": " + takeOpenSslErrors());
}

// GCTR_K(ICB, input): XORs the key stream E(ICB), E(inc32(ICB)), ... into a copy of input.
// Counter blocks are encrypted in batches, one cipher call per batch.
bool gctr(EcbBlockCipher &cipher, const Block &initialCounter, QByteArrayView input, QByteArray &output)
{
    constexpr qsizetype kBatchBlocks = 64;
    output = QByteArray(input.data(), input.size());
    auto *out = reinterpret_cast<unsigned char *>(output.data());
    Block counter = initialCounter;
    std::array<unsigned char, kBatchBlocks * kGcmBlockBytes> stream;
    for (qsizetype done = 0; done < input.size();) {
        const qsizetype bytes = std::min<qsizetype>(input.size() - done, stream.size());
        const qsizetype blocks = (bytes + kGcmBlockBytes - 1) / kGcmBlockBytes;
        for (qsizetype b = 0; b < blocks; ++b) {
            std::memcpy(stream.data() + b * kGcmBlockBytes, counter.data(), kGcmBlockBytes);
            increment32(counter.data());
        }
        if (!cipher.encryptBlocks(stream.data(), stream.data(), blocks))
            return false;
        for (qsizetype i = 0; i < bytes; ++i)
            out[done + i] ^= stream[size_t(i)];
        done += bytes;
    }
    OPENSSL_cleanse(stream.data(), stream.size());
    return true;
}

// Everything both directions share: H, J0 and the GHASH result turned into the tag.
struct GcmSetup
{
    Block j0{};
    FieldElement h;
};

Result<GcmSetup> setUp(EcbBlockCipher &cipher, QByteArrayView nonce, qsizetype textBytes)
{
    if (nonce.size() != kGcmNonceBytes)
        return makeError(
            u"crypto.nonce_size"_qs, u"nonce"_qs,
            QStringLiteral("GCM nonce must be %1 bytes, got %2").arg(kGcmNonceBytes).arg(nonce.size()));
    // At most 2^32 - 2 blocks of text (SP 800-38D, 5.2.1.1).
    if (quint64(textBytes) > (quint64(0xFFFFFFFFu) - 1) * kGcmBlockBytes)
        return makeError(u"crypto.cipher"_qs, u"plaintext"_qs, u"message too long for GCM"_qs);
    GcmSetup s;
    Block zero{};
    Block hBlock;
    if (!cipher.encryptBlocks(zero.data(), hBlock.data(), 1))
        return cipherError(u"block cipher failed"_qs);
    s.h = loadElement(hBlock.data());
    std::memcpy(s.j0.data(), nonce.data(), kGcmNonceBytes);
    s.j0[15] = 1; // J0 = nonce || 0^31 || 1
    return s;
}

// T = E(J0) xor GHASH(A, C).
bool computeTag(EcbBlockCipher &cipher, const GcmSetup &s, QByteArrayView aad, QByteArrayView ciphertext,
                unsigned char *tag)
{
    Ghash ghash(s.h);
    ghash.absorbPadded(aad);
    ghash.absorbPadded(ciphertext);
    ghash.absorbLengths(quint64(aad.size()), quint64(ciphertext.size()));
    if (!cipher.encryptBlocks(s.j0.data(), tag, 1))
        return false;
    const FieldElement y = ghash.value();
    Block sBlock;
    storeBigEndian64(y.hi, sBlock.data());
    storeBigEndian64(y.lo, sBlock.data() + 8);
    for (int i = 0; i < kGcmTagBytes; ++i)
        tag[i] ^= sBlock[size_t(i)];
    return true;
}

} // namespace

Result<EcbBlockCipher> EcbBlockCipher::create(const char *cipherName, QByteArrayView key)
{
    EcbBlockCipher c;
    c.m_cipher.reset(EVP_CIPHER_fetch(nullptr, cipherName, nullptr));
    if (!c.m_cipher || EVP_CIPHER_get_block_size(c.m_cipher.get()) != kGcmBlockBytes)
        return cipherError(QStringLiteral("cipher %1 unavailable").arg(QLatin1String(cipherName)));
    if (key.size() != EVP_CIPHER_get_key_length(c.m_cipher.get())) {
        return makeError(u"crypto.key_size"_qs, u"key"_qs,
                         QStringLiteral("%1 needs a %2-byte key, got %3")
                             .arg(QLatin1String(cipherName))
                             .arg(EVP_CIPHER_get_key_length(c.m_cipher.get()))
                             .arg(key.size()));
    }
    c.m_ctx.reset(EVP_CIPHER_CTX_new());
    if (!c.m_ctx ||
        EVP_EncryptInit_ex2(c.m_ctx.get(), c.m_cipher.get(),
                            reinterpret_cast<const unsigned char *>(key.data()), nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(c.m_ctx.get(), 0) != 1)
        return cipherError(QStringLiteral("cannot key %1").arg(QLatin1String(cipherName)));
    return c;
}

bool EcbBlockCipher::encryptBlocks(const unsigned char *in, unsigned char *out, qsizetype blocks)
{
    int written = 0;
    const int bytes = int(blocks * kGcmBlockBytes);
    return EVP_EncryptUpdate(m_ctx.get(), out, &written, in, bytes) == 1 && written == bytes;
}

Result<Sm4GcmSealed> gcmEncrypt(EcbBlockCipher &cipher, QByteArrayView nonce, QByteArrayView plaintext,
                                QByteArrayView aad)
{
    auto setup = setUp(cipher, nonce, plaintext.size());
    if (!setup)
        return setup.error();
    Block counter = setup->j0;
    increment32(counter.data());
    Sm4GcmSealed sealed;
    if (!gctr(cipher, counter, plaintext, sealed.ciphertext))
        return cipherError(u"block cipher failed"_qs);
    sealed.tag = QByteArray(kGcmTagBytes, Qt::Uninitialized);
    if (!computeTag(cipher, *setup, aad, sealed.ciphertext,
                    reinterpret_cast<unsigned char *>(sealed.tag.data())))
        return cipherError(u"block cipher failed"_qs);
    return sealed;
}

Result<QByteArray> gcmDecrypt(EcbBlockCipher &cipher, QByteArrayView nonce, QByteArrayView ciphertext,
                              QByteArrayView tag, QByteArrayView aad)
{
    auto setup = setUp(cipher, nonce, ciphertext.size());
    if (!setup)
        return setup.error();
    if (tag.size() != kGcmTagBytes)
        return makeError(u"crypto.auth_failed"_qs, u"tag"_qs, u"GCM tag must be 16 bytes"_qs);
    Block expected;
    if (!computeTag(cipher, *setup, aad, ciphertext, expected.data()))
        return cipherError(u"block cipher failed"_qs);
    if (CRYPTO_memcmp(expected.data(), tag.data(), kGcmTagBytes) != 0)
        return makeError(u"crypto.auth_failed"_qs, QString(), u"GCM tag mismatch"_qs);
    Block counter = setup->j0;
    increment32(counter.data());
    QByteArray plaintext;
    if (!gctr(cipher, counter, ciphertext, plaintext))
        return cipherError(u"block cipher failed"_qs);
    return plaintext;
}

} // namespace hpf::crypto::detail
