#include "platform/numbering/numbering.h"

#include "domain/accountnumber.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

// PostgreSQL: the 业务流水号 counter is a native sequence (migration 9), so a posting takes no row
// lock for its serial and concurrent postings no longer queue behind one another's commit.
const QString kSerialSequence = u"serial_numbers"_qs;

Result<qint64> nextSerialValue(ServiceContext &ctx)
{
    if (ctx.dialect != Dialect::Postgres)
        return nextSequence(ctx, u"serial"_qs);
    Query q(ctx.db, u"SELECT nextval('"_qs + kSerialSequence + u"')"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"db.error"_qs, {}, u"nextval returned no row"_qs);
    return q.int64(0);
}

} // namespace

Result<qint64> reserveSequence(ServiceContext &ctx, const QString &name, qint64 count)
{
    // One statement (and one round trip) whatever the row's state: the first use creates it.
    Query q(ctx.db, u"INSERT INTO sequences (name, value) VALUES (:n, :c) ON CONFLICT (name) DO UPDATE "
                    "SET value = sequences.value + excluded.value RETURNING value"_qs);
    q.bind(u":n"_qs, name).bind(u":c"_qs, count);
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
    auto v = nextSerialValue(ctx);
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

Migration numberingMigration()
{
    return Migration{
        9,
        u"业务流水号 from a native sequence on PostgreSQL (issue 13)"_qs,
        {
            // Continues where the sequences row stopped; the row stays (unused for serials there).
            u"{{POSTGRES}}CREATE SEQUENCE serial_numbers AS BIGINT MINVALUE 1"_qs,
            u"{{POSTGRES}}SELECT setval('serial_numbers', COALESCE((SELECT value FROM sequences WHERE "
            "name = 'serial'), 0) + 1, false)"_qs,
        }};
}

} // namespace hpf::server
