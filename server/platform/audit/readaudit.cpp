#include "platform/audit/readaudit.h"

#include "platform/audit/audit.h"
#include "platform/context.h"

#include <QHash>

namespace hpf::server {

namespace {

// Operation → object prefix of the reads that are audited.
const QHash<QString, QString> &auditedReads()
{
    static const QHash<QString, QString> table{
        {u"persons.find"_qs, u"person:"_qs},
        {u"persons.search"_qs, u"person:"_qs},
        {u"accounts.get"_qs, u"account:"_qs},
        {u"accounts.journal"_qs, u"account:"_qs},
        {u"holds.list"_qs, u"account:"_qs},
        {u"units.employees"_qs, u"unit:"_qs},
        {u"certificates.list"_qs, u"certificates:"_qs},
        {u"certificates.get"_qs, u"certificate:"_qs},
        {u"audit.search"_qs, u"audit:"_qs},
        {u"audit.get"_qs, u"audit:"_qs},
        {u"audit.export"_qs, u"audit:"_qs},
    };
    return table;
}

} // namespace

bool isAuditedRead(const QString &operation)
{
    return auditedReads().contains(operation);
}

QString readAuditObject(const QString &operation, const QStringList &pathArgs,
                        const QList<QPair<QString, QString>> &items)
{
    const QString prefix = auditedReads().value(operation, operation + u':');
    if (!pathArgs.isEmpty())
        return prefix + pathArgs.join(u'/');
    QStringList parts;
    for (const auto &[key, value] : items) {
        if (!value.isEmpty())
            parts.append(key + u'=' + value);
    }
    return prefix + parts.join(u' ');
}

Status auditRead(const ServiceContext &ctx, const QString &object, const QString &outcome)
{
    return appendAuditStandalone(ctx.db, ctx.dialect, ctx.auditRecord(ctx.operation, object, outcome));
}

} // namespace hpf::server
