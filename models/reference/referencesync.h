#pragma once

#include "finance/policy.h"

#include <QJsonDocument>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <optional>

namespace hpf::client {

class ApiClient;
class ReferenceCache;

// Keeps the reference data (code tables, policy, branches, banks) in the ReferenceCache, refreshed
// with If-None-Match so an unchanged table costs a 304. Works from the cache while offline.
class ReferenceSync : public QObject
{
    Q_OBJECT
public:
    ReferenceSync(ApiClient *api, ReferenceCache *cache, QObject *parent = nullptr);

    static QStringList names() { return {u"code-tables"_qs, u"policy"_qs, u"branches"_qs, u"banks"_qs}; }

    // Fetches every table; finished() follows once all have answered.
    void sync();
    bool isSyncing() const { return !m_pending.isEmpty(); }

    // The cached (or last fetched) document; null when never fetched.
    QJsonDocument document(const QString &name) const;
    // For tests: how the last sync ended per table: "fetched", "not-modified" or an error code.
    QString lastOutcome(const QString &name) const { return m_outcome.value(name); }

    // The center's policy: the document the server loaded (published in /reference/policy as
    // "document"), parsed with the same loader, so previews at the counter apply the server's rules.
    // The built-in default policy until one has been fetched or cached (fromServer = false).
    const finance::Policy &policy(bool *fromServer = nullptr) const;
    // Minutes of inactivity before the screen locks, from the policy.
    int idleLockMinutes() const;
    // Branch name for a branch code, from the cached branch list (the code itself when unknown).
    QString branchName(const QString &code) const;

signals:
    void updated(const QString &name);
    void finished(bool allOk);

private:
    ApiClient *m_api;
    ReferenceCache *m_cache;
    QSet<QString> m_pending;
    QHash<QString, QString> m_outcome;
    QHash<QString, QJsonDocument> m_memory;
    mutable std::optional<finance::Policy> m_policy; // parsed from document("policy") on first use
    bool m_allOk = true;
};

} // namespace hpf::client
