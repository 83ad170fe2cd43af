#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace hpf::client {

// Where ApiClient keeps the answers to lookups so they can still be shown when the back end is
// unreachable. Implemented by the local store (sealed, per user); ApiClient only asks.
class ResponseCache
{
public:
    struct Entry
    {
        QByteArray body;
        QDateTime fetchedAt;
    };
    virtual ~ResponseCache() = default;
    virtual bool caches(const QString &path) const = 0;
    virtual void store(const QString &path, const QByteArray &body) = 0;
    virtual std::optional<Entry> load(const QString &path) const = 0;
};

} // namespace hpf::client
