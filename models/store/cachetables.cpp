#include "cachetables.h"

#include "store/localdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hpf::client {

namespace {

Status sqlError(const QSqlQuery &q)
{
    return makeError(u"store.write"_qs, QString(), q.lastError().text());
}

QByteArray context(const char *kind, const QString &owner, const QString &key)
{
    return QByteArray(kind) + '|' + owner.toUtf8() + '|' + key.toUtf8();
}

QString isoNow(const Clock &clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ReferenceCache::ReferenceCache(LocalDatabase *db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

std::optional<ReferenceCache::Entry> ReferenceCache::load(const QString &name) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT etag, body FROM reference_data WHERE name = ?"_qs);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Entry{q.value(0).toByteArray(), q.value(1).toByteArray()};
}

Status ReferenceCache::store(const QString &name, const Entry &entry)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO reference_data (name, etag, body, fetched_at) VALUES (?, ?, ?, ?)"
              " ON CONFLICT (name) DO UPDATE SET etag = excluded.etag, body = excluded.body,"
              " fetched_at = excluded.fetched_at"_qs);
    q.addBindValue(name);
    q.addBindValue(QString::fromLatin1(entry.etag));
    q.addBindValue(entry.body);
    q.addBindValue(isoNow(m_clock));
    return q.exec() ? Status() : sqlError(q);
}

DraftStore::DraftStore(LocalDatabase *db, const FieldCipher *cipher, const Clock &clock)
    : m_db(db)
    , m_cipher(cipher)
    , m_clock(clock)
{}

Status DraftStore::save(const QString &owner, const QString &form, const QJsonObject &payload)
{
    if (!m_cipher->hasKey()) {
        m_memory.insert(owner + u'\n' + form, payload);
        return {};
    }
    auto sealed =
        m_cipher->seal(QJsonDocument(payload).toJson(QJsonDocument::Compact), context("draft", owner, form));
    if (!sealed)
        return sealed.error();
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO drafts (owner, form, sealed_payload, updated_at) VALUES (?, ?, ?, ?)"
              " ON CONFLICT (owner, form) DO UPDATE SET sealed_payload = excluded.sealed_payload,"
              " updated_at = excluded.updated_at"_qs);
    q.addBindValue(owner);
    q.addBindValue(form);
    q.addBindValue(sealed.value());
    q.addBindValue(isoNow(m_clock));
    return q.exec() ? Status() : sqlError(q);
}

std::optional<QJsonObject> DraftStore::load(const QString &owner, const QString &form) const
{
    if (!m_cipher->hasKey()) {
        const auto it = m_memory.constFind(owner + u'\n' + form);
        return it == m_memory.constEnd() ? std::nullopt : std::optional<QJsonObject>(it.value());
    }
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT sealed_payload FROM drafts WHERE owner = ? AND form = ?"_qs);
    q.addBindValue(owner);
    q.addBindValue(form);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto plain = m_cipher->open(q.value(0).toByteArray(), context("draft", owner, form));
    if (!plain)
        return std::nullopt;
    return QJsonDocument::fromJson(plain.value()).object();
}

Status DraftStore::saveFields(const QString &owner, const QString &form,
                              const QHash<QString, QString> &fields)
{
    QJsonObject payload;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        payload.insert(it.key(), it.value());
    return save(owner, form, payload);
}

std::optional<QHash<QString, QString>> DraftStore::loadFields(const QString &owner, const QString &form) const
{
    const auto payload = load(owner, form);
    if (!payload)
        return std::nullopt;
    QHash<QString, QString> fields;
    for (auto it = payload->constBegin(); it != payload->constEnd(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}

Status DraftStore::remove(const QString &owner, const QString &form)
{
    m_memory.remove(owner + u'\n' + form);
    QSqlQuery q(m_db->database());
    q.prepare(u"DELETE FROM drafts WHERE owner = ? AND form = ?"_qs);
    q.addBindValue(owner);
    q.addBindValue(form);
    return q.exec() ? Status() : sqlError(q);
}

Status DraftStore::purgeOwner(const QString &owner)
{
    for (auto it = m_memory.begin(); it != m_memory.end();)
        it = it.key().startsWith(owner + u'\n') ? m_memory.erase(it) : std::next(it);
    QSqlQuery q(m_db->database());
    q.prepare(u"DELETE FROM drafts WHERE owner = ?"_qs);
    q.addBindValue(owner);
    return q.exec() ? Status() : sqlError(q);
}

RecentItems::RecentItems(LocalDatabase *db, const FieldCipher *cipher, const Clock &clock)
    : m_db(db)
    , m_cipher(cipher)
    , m_clock(clock)
{}

Status RecentItems::remember(const QString &owner, const Item &item)
{
    Item stamped = item;
    stamped.openedAt = m_clock.now();
    if (!m_cipher->hasKey()) {
        QList<Item> &list = m_memory[owner];
        list.removeIf([&](const Item &i) { return i.kind == item.kind && i.key == item.key; });
        list.prepend(stamped);
        return {};
    }
    auto sealed = m_cipher->seal(item.label.toUtf8(), context("recent", owner, item.kind + u'/' + item.key));
    if (!sealed)
        return sealed.error();
    QSqlQuery q(m_db->database());
    q.prepare(
        u"INSERT INTO recent_items (owner, kind, item_key, sealed_label, opened_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (owner, kind, item_key) DO UPDATE SET sealed_label = excluded.sealed_label,"
        " opened_at = excluded.opened_at"_qs);
    q.addBindValue(owner);
    q.addBindValue(item.kind);
    q.addBindValue(item.key);
    q.addBindValue(sealed.value());
    q.addBindValue(stamped.openedAt.toUTC().toString(Qt::ISODateWithMs));
    return q.exec() ? Status() : sqlError(q);
}

QList<RecentItems::Item> RecentItems::list(const QString &owner, int limit) const
{
    if (!m_cipher->hasKey())
        return m_memory.value(owner).mid(0, limit);
    QList<Item> items;
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT kind, item_key, sealed_label, opened_at FROM recent_items WHERE owner = ?"
              " ORDER BY opened_at DESC LIMIT ?"_qs);
    q.addBindValue(owner);
    q.addBindValue(limit);
    if (!q.exec())
        return items;
    while (q.next()) {
        Item i{q.value(0).toString(), q.value(1).toString(), QString(),
               QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
        const auto label =
            m_cipher->open(q.value(2).toByteArray(), context("recent", owner, i.kind + u'/' + i.key));
        if (!label)
            continue; // written under another key: skip, never show garbage
        i.label = QString::fromUtf8(label.value());
        items.append(i);
    }
    return items;
}

Status RecentItems::purgeOwner(const QString &owner)
{
    m_memory.remove(owner);
    QSqlQuery q(m_db->database());
    q.prepare(u"DELETE FROM recent_items WHERE owner = ?"_qs);
    q.addBindValue(owner);
    return q.exec() ? Status() : sqlError(q);
}

} // namespace hpf::client
