#include "platform/audit/auditquery.h"

#include "domain/identity.h"
#include "platform/audit/auditkey.h"
#include "platform/audit/redact.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QDateTime>
#include <QTimeZone>

namespace hpf::server {

namespace {

struct Sql
{
    QStringList where;
    QList<QPair<QString, QVariant>> binds;
    void add(const QString &condition, const QString &name, const QVariant &value)
    {
        where.append(condition);
        binds.append({name, value});
    }
};

Result<Sql> conditions(const ServiceContext &ctx, const AuditFilter &f)
{
    Sql sql;
    if (!f.username.isEmpty())
        sql.add(u"username = :un"_qs, u":un"_qs, f.username);
    if (!f.branch.isEmpty())
        sql.add(u"branch = :br"_qs, u":br"_qs, f.branch);
    if (f.operation.endsWith(u'.')) { // a prefix: "holds." ≤ operation < "holds/"
        sql.add(u"operation >= :op AND operation < :op2"_qs, u":op"_qs, f.operation);
        sql.binds.append({u":op2"_qs, QVariant(QString(f.operation.chopped(1) + u'/'))});
    } else if (!f.operation.isEmpty()) {
        sql.add(u"operation = :op"_qs, u":op"_qs, f.operation);
    }
    if (!f.object.isEmpty())
        sql.add(u"object = :obj"_qs, u":obj"_qs, f.object);
    if (f.fromMs > 0)
        sql.add(u"at >= :from"_qs, u":from"_qs, f.fromMs);
    if (f.toMs > 0)
        sql.add(u"at < :to"_qs, u":to"_qs, f.toMs);
    if (f.beforeId > 0)
        sql.add(u"id < :before"_qs, u":before"_qs, f.beforeId);
    if (!f.person.isEmpty() || !f.account.isEmpty()) {
        const auto &key = ctx.server.auditKey;
        if (!key)
            return makeError(u"audit.key_missing"_qs, {}, u"the server has no audit key"_qs);
        if (!f.person.isEmpty()) {
            // Records naming the person, and records about the person's accounts.
            sql.add(
                u"(id IN (SELECT audit_id FROM audit_subjects WHERE subject = :person) OR object IN "
                "(SELECT 'account:' || a.account_number FROM accounts a JOIN persons p ON p.id = a.person_id "
                "WHERE p.document_number = :pnum))"_qs,
                u":person"_qs, identitySubject(*key, f.person));
            sql.binds.append({u":pnum"_qs, QVariant(identity::normalize(f.person))});
        }
        if (!f.account.isEmpty()) {
            sql.add(
                u"(object = :accobj OR id IN (SELECT audit_id FROM audit_subjects WHERE subject = :acc))"_qs,
                u":acc"_qs, accountSubject(*key, f.account));
            sql.binds.append({u":accobj"_qs, QVariant(QString(u"account:"_qs + f.account.trimmed()))});
        }
    }
    return sql;
}

Result<QList<AuditRecord>> select(const ServiceContext &ctx, const AuditFilter &f, int limit)
{
    auto sql = conditions(ctx, f);
    if (!sql)
        return sql.error();
    Query q(ctx.db, u"SELECT "_qs + auditColumns() + u" FROM audit_log"_qs +
                        (sql->where.isEmpty() ? QString() : u" WHERE "_qs + sql->where.join(u" AND "_qs)) +
                        u" ORDER BY id DESC LIMIT "_qs + QString::number(limit));
    for (const auto &[name, value] : std::as_const(sql->binds))
        q.bind(name, value);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<AuditRecord> out;
    while (q.next())
        out.append(auditFromRow(q));
    return out;
}

QString csvField(const QString &v)
{
    QString s = v;
    // A cell a spreadsheet would run as a formula is quoted as text.
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.at(0)))
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        return u'"' + s.replace(u'"', u"\"\""_qs) + u'"';
    return s;
}

QString beijing(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODate);
}

} // namespace

Result<AuditPage> searchAudit(const ServiceContext &ctx, const AuditFilter &filter)
{
    if (filter.limit < 1 || filter.limit > 200)
        return makeError(u"request.field_invalid"_qs, u"limit"_qs, u"1..200"_qs);
    auto rows = select(ctx, filter, filter.limit + 1);
    if (!rows)
        return rows.error();
    AuditPage page;
    page.items = std::move(*rows);
    if (page.items.size() > filter.limit) {
        page.items.removeLast();
        page.nextBeforeId = page.items.constLast().id;
    }
    return page;
}

Result<AuditRecord> getAuditRecord(const ServiceContext &ctx, qint64 id)
{
    Query q(ctx.db, u"SELECT "_qs + auditColumns() + u" FROM audit_log WHERE id = :id"_qs);
    q.bind(u":id"_qs, id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"audit.not_found"_qs, u"id"_qs);
    return auditFromRow(q);
}

QString describeFilter(const AuditFilter &f)
{
    QStringList parts;
    auto add = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts.append(QString::fromLatin1(name) + u'=' + value);
    };
    add("user", f.username);
    add("branch", f.branch);
    add("operation", f.operation);
    add("object", redactAuditText(f.object, nullptr).text);
    add("person", f.person.isEmpty() ? QString() : identity::maskNumber(identity::normalize(f.person)));
    add("account", f.account);
    add("from", f.fromMs > 0 ? beijing(f.fromMs) : QString());
    add("to", f.toMs > 0 ? beijing(f.toMs) : QString());
    return parts.isEmpty() ? u"(all)"_qs : parts.join(u' ');
}

Result<AuditExport> exportAuditCsv(const ServiceContext &ctx, const AuditFilter &filter, int maxRows)
{
    AuditFilter f = filter;
    f.beforeId = 0;
    auto rows = select(ctx, f, maxRows + 1);
    if (!rows)
        return rows.error();
    if (rows->size() > maxRows)
        return makeError(u"audit.export_too_large"_qs, {},
                         QStringLiteral("more than %1 records: narrow the filter").arg(maxRows));
    const QString who =
        ctx.principal ? ctx.user().displayName + u" ("_qs + ctx.user().username + u')' : u"cli"_qs;
    const QString watermark =
        QStringLiteral("exported by %1 at %2 request %3").arg(who, beijing(ctx.nowMs), ctx.requestId);
    QString out = u"# HPF audit export / 审计导出 — "_qs + watermark + u'\n';
    out += u"# filter: "_qs + describeFilter(filter) + u'\n';
    out += u"# records: "_qs + QString::number(rows->size()) + u'\n';
    out +=
        u"id,chain_seq,at,user,role,branch,workstation,request_id,operation,object,outcome,before,after,watermark\n"_qs;
    for (const AuditRecord &r : std::as_const(*rows)) {
        const QStringList cells{QString::number(r.id),
                                r.chainSeq > 0 ? QString::number(r.chainSeq) : QString(),
                                beijing(r.at),
                                r.username,
                                r.role,
                                r.branch,
                                r.workstation,
                                r.requestId,
                                r.operation,
                                r.object,
                                r.outcome,
                                r.before,
                                r.after,
                                watermark};
        QStringList quoted;
        for (const QString &c : cells)
            quoted.append(csvField(c));
        out += quoted.join(u',') + u'\n';
    }
    return AuditExport{out.toUtf8(), rows->size(), watermark};
}

} // namespace hpf::server
