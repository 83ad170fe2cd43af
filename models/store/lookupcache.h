#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "net/responsecache.h"

#include <QHash>
#include <QStringList>

namespace hpf::client {

class FieldCipher;
class LocalDatabase;

// The answers to lookups (people, accounts, units) of the signed-in user, so lookups keep working
// from the cache while the back end is unreachable. Personal data: sealed with the FieldCipher
// (memory only without a key), bound to the owner and path, purged at sign-out.
class LookupCache final : public ResponseCache
{
public:
    LookupCache(LocalDatabase *db, const FieldCipher *cipher, const Clock &clock = Clock::system());

    void setOwner(const QString &owner) { m_owner = owner; }
    // Paths (without query) that are cached, e.g. "/api/v1/persons".
    void setCachedPrefixes(const QStringList &prefixes) { m_prefixes = prefixes; }

    bool caches(const QString &path) const override;
    void store(const QString &path, const QByteArray &body) override;
    std::optional<Entry> load(const QString &path) const override;

    Status purgeOwner(const QString &owner);

private:
    QByteArray context(const QString &path) const;

    LocalDatabase *m_db;
    const FieldCipher *m_cipher;
    const Clock &m_clock;
    QString m_owner;
    QStringList m_prefixes;
    QHash<QString, Entry> m_memory; // "owner\npath" → entry, when there is no key
};

} // namespace hpf::client
