#pragma once

#include "base/result.h"
#include "crypto/sm2.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <memory>
#include <vector>

namespace hpf::crypto {

// One of the center's certificate signing keys, as published by the back end.
struct TrustedKey
{
    QByteArray kid;                    // 8 bytes: Sm2Key::keyId() of the key
    std::shared_ptr<const Sm2Key> key; // public key only
    QDateTime notBefore;               // signing period start (inclusive)
    QDateTime notAfter;                // signing period end (inclusive); invalid = no end announced

    // Whether the key was allowed to sign at `when`. A retired key (past notAfter) still verifies
    // certificates it signed inside its period, until those certificates expire.
    bool coversSigningTime(const QDateTime &when) const;
};

// The set of keys a verifier trusts. Copyable (keys are shared, immutable).
// Error codes: trust.key (not an SM2 public key), trust.period (notBefore invalid, or notAfter
// before notBefore), trust.duplicate_kid, trust.kid_mismatch (a published kid that does not match
// its key), trust.json (malformed document).
class TrustList
{
public:
    // Adds the public half of `key`.
    Status add(const Sm2Key &key, const QDateTime &notBefore, const QDateTime &notAfter = {});
    Status addPem(QByteArrayView publicKeyPem, const QDateTime &notBefore, const QDateTime &notAfter = {});

    const TrustedKey *find(QByteArrayView kid) const; // nullptr when unknown
    const std::vector<TrustedKey> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.empty(); }

    // When the back end published this list (clients refresh at least daily); invalid if unknown.
    QDateTime publishedAt() const { return m_publishedAt; }
    void setPublishedAt(const QDateTime &when) { m_publishedAt = when; }

    // {"format": "hpf-trust-list", "version": 1, "publishedAt": "2024-03-21T00:00:00Z",
    //  "keys": [{"kid": "<16 hex digits>", "notBefore": "<ISO 8601>", "notAfter": "<ISO 8601>" | null,
    //            "publicKey": "-----BEGIN PUBLIC KEY-----\n..."}]}
    QByteArray toJson() const;
    static Result<TrustList> fromJson(QByteArrayView json);

private:
    Status insert(Sm2Key publicKey, const QDateTime &notBefore, const QDateTime &notAfter);

    std::vector<TrustedKey> m_keys;
    QDateTime m_publishedAt;
};

} // namespace hpf::crypto
