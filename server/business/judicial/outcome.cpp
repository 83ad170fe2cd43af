#include "business/judicial/outcome.h"

#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

QJsonValue dateJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString courtName(const ServiceContext &ctx, const QString &courtCode)
{
    const finance::Court *court = ctx.server.policy.judicial().court(courtCode);
    return court ? court->name : courtCode;
}

QJsonObject freezeJson(const ServiceContext &ctx, const HoldsSession &session, const finance::Hold &h)
{
    const bool whole = h.kind == finance::HoldKind::JudicialWholeBalance;
    return {{u"holdId"_qs, QString::number(h.id)},
            {u"serial"_qs, session.serialOf(h.id)},
            {u"state"_qs, holdStateCode(h.state)},
            {u"wholeBalance"_qs, whole},
            {u"amountFen"_qs, whole ? QJsonValue() : QJsonValue(h.amount)},
            {u"deductedFen"_qs, h.deducted},
            {u"heldFen"_qs, session.heldBy(h)},
            {u"shortfallFen"_qs, session.shortfallOf(h)},
            {u"courtCode"_qs, h.court},
            {u"courtName"_qs, courtName(ctx, h.court)},
            {u"caseNumber"_qs, h.caseNumber},
            {u"noticeNumber"_qs, h.documentNumber},
            {u"startDate"_qs, dateJson(h.startDate)},
            {u"endDate"_qs, dateJson(h.endDate)},
            {u"registeredAt"_qs, h.registeredAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"activatedOn"_qs, dateJson(h.activatedOn)},
            {u"endedOn"_qs, dateJson(h.endedOn)},
            {u"renewals"_qs, h.renewals},
            {u"queuePosition"_qs, session.queuePosition(h.id)}};
}

QJsonObject balancesJson(const HoldsSession &session)
{
    const finance::AccountHolds &m = session.model();
    return {{u"balanceFen"_qs, m.balance()}, {u"heldFen"_qs, m.held()}, {u"availableFen"_qs, m.available()}};
}

Result<Signatories> signatories(ServiceContext &ctx)
{
    Signatories s;
    s.centerName = ctx.server.policy.centerName();
    s.teller = ctx.user().displayName;
    Query b(ctx.db, u"SELECT name FROM branches WHERE id = :id"_qs);
    b.bind(u":id"_qs, ctx.user().branchId);
    if (Status st = b.exec(); !st)
        return st.error();
    if (b.next())
        s.branchName = b.str(0);
    b.finish();
    if (!ctx.grantedBy.isEmpty()) {
        Query u(ctx.db, u"SELECT display_name FROM users WHERE username = :u"_qs);
        u.bind(u":u"_qs, ctx.grantedBy);
        if (Status st = u.exec(); !st)
            return st.error();
        s.supervisor = u.next() ? u.str(0) : ctx.grantedBy;
    }
    return s;
}

} // namespace hpf::server
