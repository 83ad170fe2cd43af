#include "platform/context.h"

#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

QStringList roles::all()
{
    return {teller, loanOfficer, archivist, judicial, supervisor, auditor, admin};
}

bool roles::isValid(const QString &role)
{
    return all().contains(role);
}

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

RequestContext::RequestContext(ServerContext &s, const HttpRequest &r, QSqlDatabase connection)
    : server(s)
    , request(r)
    , db(std::move(connection))
    , dialect(s.database.dialect())
    , now(s.clock.now())
    , nowMs(now.toMSecsSinceEpoch())
{
    workstation = QString::fromUtf8(r.header("x-workstation")).left(64);
}

Status RequestContext::checkBranch(qint64 branchId) const
{
    if (!principal)
        return makeError(u"auth.required"_qs, {});
    const Principal &p = *principal;
    if (p.branchId == branchId || p.headOffice || p.role == roles::admin || p.role == roles::auditor)
        return {};
    return makeError(u"auth.branch_denied"_qs, {}, u"the object belongs to another branch"_qs);
}

AuditRecord RequestContext::auditRecord(const QString &op, const QString &object,
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
    r.requestId = request.requestId;
    r.operation = op;
    r.object = object;
    r.outcome = outcome;
    return r;
}

Status RequestContext::audit(const QString &op, const QString &object, const QString &outcome,
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
