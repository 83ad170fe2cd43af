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
// (memory only without a key), bound to the owner and path, purged at sign-out. At most capacity()
// answers per owner are kept, the most recent ones: a working day of lookups neither grows the
// memory (no key) nor the file without bound.
class LookupCache final : public ResponseCache
{
public:
    static constexpr int kDefaultCapacity = 500;

    LookupCache(LocalDatabase *db, const FieldCipher *cipher, const Clock &clock = Clock::system());

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity) { m_capacity = qMax(1, capacity); }
    // Answers kept for the current owner (memory and file).
    int size() const;

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
    void trimMemory();
    void trimFile();

    QHash<QString, Entry> m_memory; // "owner\npath" → entry, when there is no key
    QStringList m_memoryOrder;      // keys of m_memory, oldest first
    int m_capacity = kDefaultCapacity;
};

} // namespace hpf::client
