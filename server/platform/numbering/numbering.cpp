#include "platform/numbering/numbering.h"

#include "domain/accountnumber.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

Result<qint64> reserveSequence(ServiceContext &ctx, const QString &name, qint64 count)
{
    Query upd(ctx.db, u"UPDATE sequences SET value = value + :c WHERE name = :n"_qs);
    upd.bind(u":c"_qs, count).bind(u":n"_qs, name);
    if (Status s = upd.exec(); !s)
        return s.error();
    if (upd.rowsAffected() == 0) {
        Query ins(ctx.db, u"INSERT INTO sequences (name, value) VALUES (:n, :c)"_qs);
        ins.bind(u":n"_qs, name).bind(u":c"_qs, count);
        if (Status s = ins.exec(); !s)
            return s.error();
        return qint64(1);
    }
    Query q(ctx.db, u"SELECT value FROM sequences WHERE name = :n"_qs);
    q.bind(u":n"_qs, name);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"db.error"_qs, {}, u"sequence row missing"_qs);
    return q.int64(0) - count + 1;
}

Result<qint64> nextSequence(ServiceContext &ctx, const QString &name)
{
    return reserveSequence(ctx, name, 1);
}

Result<QString> nextSerial(ServiceContext &ctx)
{
    auto v = nextSequence(ctx, u"serial"_qs);
    if (!v)
        return v.error();
    return QString(u"YW"_qs + ctx.now.toLocalTime().date().toString(u"yyyyMMdd"_qs) +
                   QStringLiteral("%1").arg(*v % 100000000, 8, 10, QLatin1Char('0')));
}

Result<QString> nextUnitAccount(ServiceContext &ctx)
{
    auto v = nextSequence(ctx, u"unit_account"_qs);
    if (!v)
        return v.error();
    return accountnumber::make(accountnumber::Kind::Unit, *v);
}

Result<QString> nextPersonalAccount(ServiceContext &ctx)
{
    auto v = nextSequence(ctx, u"personal_account"_qs);
    if (!v)
        return v.error();
    return accountnumber::make(accountnumber::Kind::Personal, *v);
}

} // namespace hpf::server
