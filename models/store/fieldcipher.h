#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace hpf::client {

// Encrypts personal fields before they touch the local database: SM4-GCM with a 128-bit key that
// lives in the OS keychain, never on disk. Without a key (no secret service) there is nothing to
// encrypt with, and callers keep personal data in memory only.
class FieldCipher
{
public:
    void setKey(const QByteArray &key) { m_key = key; }
    void clear()
    {
        m_key.fill('\0');
        m_key.clear();
    }
    bool hasKey() const { return m_key.size() == 16; }

    static QByteArray generateKey();

    // `context` is bound as associated data (e.g. "draft|teller01|unit-open"), so a sealed value
    // copied into another row does not open. Error codes: crypto.no_key, crypto.auth_failed, …
    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView context) const;
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView context) const;

private:
    QByteArray m_key;
};

} // namespace hpf::client
