#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace hpf::crypto {

// scrypt parameters for password hashing; stored next to each hash so they can be raised later.
struct ScryptParams
{
    quint64 n = 1 << 15; // CPU/memory cost (32 MiB with r = 8)
    quint32 r = 8;
    quint32 p = 1;
    int length = 32;
};

// scrypt (RFC 7914) through OpenSSL EVP_KDF. Error code crypto.kdf on failure.
Result<QByteArray> scrypt(QByteArrayView password, QByteArrayView salt, const ScryptParams &params = {});

// Constant-time equality for secrets (CRYPTO_memcmp); false when sizes differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace hpf::crypto
