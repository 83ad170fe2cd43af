#include "reference/referencesync.h"

#include "finance/policy.h"
#include "logging.h"
#include "net/apiclient.h"
#include "store/cachetables.h"

#include <QJsonArray>

namespace hpf::client {

ReferenceSync::ReferenceSync(ApiClient *api, ReferenceCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

void ReferenceSync::sync()
{
    if (isSyncing())
        return;
    m_allOk = true;
    for (const QString &name : names()) {
        ApiRequest rq = ApiRequest::get(u"/api/v1/reference/"_qs + name);
        rq.authenticated = false;
        const auto cached = m_cache->load(name);
        if (cached && !cached->etag.isEmpty())
            rq.ifNoneMatch = cached->etag;
        m_pending.insert(name);
        connect(m_api->send(rq), &ApiCall::finished, this, [this, name](const ApiResponse &r) {
            if (r.ok() && r.status == 304) {
                m_outcome.insert(name, u"not-modified"_qs);
            } else if (r.ok()) {
                const QByteArray body = r.json.toJson(QJsonDocument::Compact);
                m_memory.insert(name, r.json);
                if (Status s = m_cache->store(name, {r.etag, body}); !s)
                    qCWarning(lcReference) << "cannot cache" << name << s.error().detail;
                m_outcome.insert(name, u"fetched"_qs);
                if (name == u"policy")
                    m_policy.reset();
                emit updated(name);
            } else {
                m_allOk = false;
                m_outcome.insert(name, r.problem.code);
                qCInfo(lcReference) << "reference" << name << "not refreshed:" << r.problem.code;
            }
            m_pending.remove(name);
            if (m_pending.isEmpty())
                emit finished(m_allOk);
        });
    }
}

QJsonDocument ReferenceSync::document(const QString &name) const
{
    if (const auto it = m_memory.constFind(name); it != m_memory.constEnd())
        return it.value();
    const auto cached = m_cache->load(name);
    return cached ? QJsonDocument::fromJson(cached->body) : QJsonDocument();
}

const finance::Policy &ReferenceSync::policy(bool *fromServer) const
{
    static const finance::Policy builtIn = [] {
        auto p = finance::Policy::defaults();
        return p ? *p : finance::Policy();
    }();
    if (!m_policy) {
        const QJsonObject published = document(u"policy"_qs).object().value(u"document").toObject();
        if (!published.isEmpty()) {
            auto parsed = finance::Policy::fromJson(QJsonDocument(published).toJson(QJsonDocument::Compact),
                                                    u"server policy"_qs);
            if (parsed)
                m_policy = *parsed;
            else
                qCWarning(lcReference) << "the server's policy does not load:" << parsed.error().detail;
        }
    }
    if (fromServer)
        *fromServer = m_policy.has_value();
    return m_policy ? *m_policy : builtIn;
}

int ReferenceSync::idleLockMinutes() const
{
    const int minutes = policy().idleLockMinutes();
    return minutes > 0 ? minutes : 10;
}

QString ReferenceSync::branchName(const QString &code) const
{
    if (code.isEmpty())
        return code;
    const QJsonArray items = document(u"branches"_qs).object().value(u"items").toArray();
    for (const QJsonValue &v : items) {
        if (v.toObject().value(u"code").toString() == code)
            return v.toObject().value(u"name").toString();
    }
    return code;
}

} // namespace hpf::client
