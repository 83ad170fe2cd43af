#include "platform/context.h"

#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

bool InFlightKeys::tryAcquire(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (m_keys.contains(key))
        return false;
    m_keys.insert(key);
    return true;
}

void InFlightKeys::release(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_keys.remove(key);
}

ServiceContext::ServiceContext(ServerContext &s, QSqlDatabase connection)
    : server(s)
    , db(std::move(connection))
    , dialect(s.database.dialect())
    , now(s.clock.now())
    , nowMs(now.toMSecsSinceEpoch())
{}

Status ServiceContext::checkBranch(qint64 branchId) const
{
    if (!principal)
        return makeError(u"auth.required"_qs, {});
    const Principal &p = *principal;
    if (p.branchId == branchId || p.headOffice || p.role == access::role::admin ||
        p.role == access::role::auditor)
        return {};
    return makeError(u"auth.branch_denied"_qs, {}, u"the object belongs to another branch"_qs);
}

Status ServiceContext::requireGrant(const QString &field, const QString &detail) const
{
    if (!grantedBy.isEmpty())
        return {};
    return makeError(u"grant.required"_qs, field, detail);
}

AuditRecord ServiceContext::auditRecord(const QString &op, const QString &object,
                                        const QString &outcome) const
{
    AuditRecord r;
    r.at = nowMs;
    if (principal) {
        r.userId = principal->userId;
        r.username = principal->username;
        r.role = principal->role;
        r.branch = principal->branchCode;
    }
    r.workstation = workstation;
    r.requestId = requestId;
    r.operation = op;
    r.object = object;
    r.outcome = outcome;
    return r;
}

Status ServiceContext::audit(const QString &op, const QString &object, const QString &outcome,
                             const QJsonObject &before, const QJsonObject &after)
{
    AuditRecord r = auditRecord(op, object, outcome);
    r.before = before.isEmpty() ? QString() : compactJson(before);
    r.after = after.isEmpty() ? QString() : compactJson(after);
    return appendAudit(db, dialect, r);
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace hpf::server
