#pragma once

// Private to core/crypto: owning smart pointers for OpenSSL objects, so every object is freed on
// every path. Not part of the public API (public headers never include OpenSSL).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace hpf::crypto::detail {

template<auto FreeFunction>
struct OpenSslDeleter
{
    template<typename T>
    void operator()(T *p) const
    {
        FreeFunction(p);
    }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OpenSslDeleter<EVP_CIPHER_CTX_free>>;
using CipherPtr = std::unique_ptr<EVP_CIPHER, OpenSslDeleter<EVP_CIPHER_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG_free>>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, OpenSslDeleter<EVP_KDF_CTX_free>>;
using KdfPtr = std::unique_ptr<EVP_KDF, OpenSslDeleter<EVP_KDF_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;

inline const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

// A read-only memory BIO over `data` (which must outlive the BIO).
inline BioPtr memoryBio(QByteArrayView data)
{
    return BioPtr(BIO_new_mem_buf(data.data(), int(data.size())));
}

// Everything written to a memory BIO, as a QByteArray.
inline QByteArray bioContents(BIO *bio)
{
    char *p = nullptr;
    const long n = BIO_get_mem_data(bio, &p);
    return n > 0 ? QByteArray(p, qsizetype(n)) : QByteArray();
}

// Drains OpenSSL's thread-local error queue into one line for Error::detail (and clears it, so a
// stale error never leaks into an unrelated later call).
inline QString takeOpenSslErrors()
{
    QString text;
    unsigned long e = 0;
    while ((e = ERR_get_error()) != 0) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        if (!text.isEmpty())
            text += u"; ";
        text += QString::fromLatin1(buf);
    }
    return text;
}

} // namespace hpf::crypto::detail
