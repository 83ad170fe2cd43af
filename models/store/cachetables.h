#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "store/fieldcipher.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hpf::client {

class LocalDatabase;

// Reference data (code tables, policy, branches, banks) cached with the server's ETag. Not
// personal, stored in clear, rebuilt from the server whenever it is missing.
class ReferenceCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QByteArray body;
    };
    explicit ReferenceCache(LocalDatabase *db, const Clock &clock = Clock::system());
    std::optional<Entry> load(const QString &name) const;
    Status store(const QString &name, const Entry &entry);

private:
    LocalDatabase *m_db;
    const Clock &m_clock;
};

// Form drafts saved as the teller types, restored after a crash or an idle lock. Encrypted with the
// FieldCipher; without a key they live in memory only (lost on exit, never written in clear).
class DraftStore
{
public:
    DraftStore(LocalDatabase *db, const FieldCipher *cipher, const Clock &clock = Clock::system());
    Status save(const QString &owner, const QString &form, const QJsonObject &payload);
    std::optional<QJsonObject> load(const QString &owner, const QString &form) const;
    // A form's typed text fields (field name → text), stored as the same sealed payload.
    Status saveFields(const QString &owner, const QString &form, const QHash<QString, QString> &fields);
    std::optional<QHash<QString, QString>> loadFields(const QString &owner, const QString &form) const;
    Status remove(const QString &owner, const QString &form);
    Status purgeOwner(const QString &owner); // at sign-out
    bool isPersistent() const { return m_cipher->hasKey(); }

private:
    LocalDatabase *m_db;
    const FieldCipher *m_cipher;
    const Clock &m_clock;
    QHash<QString, QJsonObject> m_memory; // "owner\nform" → payload, when there is no key
};

// Recently opened people and units for the lookup page; labels (names) are personal → encrypted.
class RecentItems
{
public:
    struct Item
    {
        QString kind; // "person" | "unit"
        QString key;  // account number
        QString label;
        QDateTime openedAt;
    };
    RecentItems(LocalDatabase *db, const FieldCipher *cipher, const Clock &clock = Clock::system());
    Status remember(const QString &owner, const Item &item);
    QList<Item> list(const QString &owner, int limit = 20) const;
    Status purgeOwner(const QString &owner);

private:
    LocalDatabase *m_db;
    const FieldCipher *m_cipher;
    const Clock &m_clock;
    QHash<QString, QList<Item>> m_memory;
};

} // namespace hpf::client
