#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace hpf::crypto {

// SM3 (GB/T 32905-2016) digest, 32 bytes.
QByteArray sm3(QByteArrayView data);

// Incremental SM3 for large inputs (scanned images, audit chains).
class Sm3Hasher
{
public:
    Sm3Hasher();
    ~Sm3Hasher();
    Sm3Hasher(const Sm3Hasher &) = delete;
    Sm3Hasher &operator=(const Sm3Hasher &) = delete;

    void addData(QByteArrayView data);
    QByteArray result(); // finalises; the hasher is reset afterwards

private:
    struct Private;
    Private *d;
};

// Cryptographically secure random bytes (OpenSSL RAND_bytes). Never returns fewer bytes:
// aborts the process if the system RNG fails, as nothing safe can continue without it.
QByteArray randomBytes(int count);

} // namespace hpf::crypto
