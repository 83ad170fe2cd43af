#include "crypto/sm3.h"

#include "crypto/openssl_p.h"

#include <cstdlib>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace hpf::crypto {

namespace {

const EVP_MD *sm3Md()
{
    // EVP_sm3() is the built-in (non-fetched) method; it resolves to the default provider's SM3.
    return EVP_sm3();
}

} // namespace

QByteArray sm3(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length,
                   sm3Md(), nullptr) != 1 ||
        length != 32) {
        // Only reachable if the default provider lacks SM3, which the build requires.
        qFatal("SM3 is not available from OpenSSL");
    }
    return out;
}

struct Sm3Hasher::Private
{
    detail::MdCtxPtr ctx{EVP_MD_CTX_new()};

    void reset()
    {
        if (!ctx || EVP_DigestInit_ex(ctx.get(), sm3Md(), nullptr) != 1)
            qFatal("SM3 is not available from OpenSSL");
    }
};

Sm3Hasher::Sm3Hasher()
    : d(new Private)
{
    d->reset();
}

Sm3Hasher::~Sm3Hasher()
{
    delete d;
}

void Sm3Hasher::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(d->ctx.get(), data.data(), size_t(data.size()));
}

QByteArray Sm3Hasher::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(d->ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1 ||
        length != 32)
        qFatal("SM3 finalisation failed");
    d->reset();
    return out;
}

QByteArray randomBytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        // Nothing safe can continue without randomness (keys, nonces, salts).
        qFatal("RAND_bytes failed: the system random number generator is unavailable");
    }
    return out;
}

} // namespace hpf::crypto
