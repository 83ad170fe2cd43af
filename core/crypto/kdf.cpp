#include "crypto/kdf.h"

#include "crypto/openssl_p.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace hpf::crypto {

using namespace detail;

namespace {

// Refuse parameters that would need more than this much memory (a typo in stored parameters must
// not take the server down).
constexpr quint64 kMaxScryptMemory = quint64(1) << 30;

Error kdfError(const QString &detail)
{
    return makeError(u"crypto.kdf"_qs, u"params"_qs, detail);
}

} // namespace

Result<QByteArray> scrypt(QByteArrayView password, QByteArrayView salt, const ScryptParams &params)
{
    if (params.n < 2 || (params.n & (params.n - 1)) != 0)
        return kdfError(u"scrypt N must be a power of two greater than 1"_qs);
    if (params.r == 0 || params.p == 0 || params.length <= 0)
        return kdfError(u"scrypt r, p and length must be positive"_qs);
    // Working memory of scrypt: 128 * r * (N + 2 + p) bytes; OpenSSL's default limit
    // (32 MiB) is below what the default parameters need, so the limit is passed explicitly.
    const quint64 r = params.r;
    if (params.n > kMaxScryptMemory / 128 / r || params.p > kMaxScryptMemory / 128 / r)
        return kdfError(u"scrypt parameters need too much memory"_qs);
    const quint64 memory = 128 * r * (params.n + 2 + params.p) + (quint64(1) << 20);
    if (memory > kMaxScryptMemory)
        return kdfError(u"scrypt parameters need too much memory"_qs);

    KdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return kdfError(u"scrypt unavailable: "_qs + takeOpenSslErrors());

    static const char empty = 0;
    uint64_t n = params.n;
    uint32_t rr = params.r;
    uint32_t p = params.p;
    uint64_t maxMemory = memory;
    const OSSL_PARAM ossl[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          const_cast<char *>(password.isEmpty() ? &empty : password.data()),
                                          size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
                                          const_cast<char *>(salt.isEmpty() ? &empty : salt.data()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &rr),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(params.length, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), ossl) !=
        1)
        return kdfError(u"scrypt failed: "_qs + takeOpenSslErrors());
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace hpf::crypto
