#include "fieldcipher.h"

#include "crypto/sm3.h"
#include "crypto/sm4gcm.h"

namespace hpf::client {

QByteArray FieldCipher::generateKey()
{
    return crypto::randomBytes(16);
}

Result<QByteArray> FieldCipher::seal(QByteArrayView plaintext, QByteArrayView context) const
{
    if (!hasKey())
        return makeError(u"crypto.no_key"_qs, QString(), u"no cache key (keychain unavailable)"_qs);
    return crypto::sm4GcmSeal(m_key, plaintext, context);
}

Result<QByteArray> FieldCipher::open(QByteArrayView sealed, QByteArrayView context) const
{
    if (!hasKey())
        return makeError(u"crypto.no_key"_qs, QString(), u"no cache key (keychain unavailable)"_qs);
    return crypto::sm4GcmOpen(m_key, sealed, context);
}

} // namespace hpf::client
