#include "business/accounts/unitrecords.h"

#include "finance/rate.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

const QString kUnitColumns =
    u"SELECT u.id, u.unit_account, u.credit_code, u.name, u.branch_id, b.code, u.state, "
    "u.unit_ratio_ppm, u.personal_ratio_ppm FROM units u "
    "JOIN branches b ON b.id = u.branch_id "_qs;

UnitRow readUnit(const Query &q)
{
    UnitRow u;
    u.id = q.int64(0);
    u.unitAccount = q.str(1);
    u.creditCode = q.str(2);
    u.name = q.str(3);
    u.branchId = q.int64(4);
    u.branchCode = q.str(5);
    u.state = q.str(6);
    u.unitRatioPpm = q.int64(7);
    u.personalRatioPpm = q.int64(8);
    return u;
}

} // namespace

QJsonObject UnitRow::toJson() const
{
    return {{u"unitAccount"_qs, unitAccount},
            {u"creditCode"_qs, creditCode},
            {u"name"_qs, name},
            {u"branch"_qs, branchCode},
            {u"state"_qs, state},
            {u"unitRatio"_qs, finance::toPercentString(finance::Rate::fromPpm(unitRatioPpm))},
            {u"personalRatio"_qs, finance::toPercentString(finance::Rate::fromPpm(personalRatioPpm))}};
}

Result<UnitRow> findUnitByAccount(ServiceContext &ctx, const QString &unitAccount, bool lock)
{
    Query q(ctx.db,
            kUnitColumns + u"WHERE u.unit_account = :a"_qs +
                (lock ? ctx.server.database.forUpdate().replace(u" FOR UPDATE"_qs, u" FOR UPDATE OF u"_qs)
                      : QString()));
    q.bind(u":a"_qs, unitAccount);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"unit.not_found"_qs, u"unitAccount"_qs);
    return readUnit(q);
}

Result<UnitRow> findUnitByCreditCode(ServiceContext &ctx, const QString &creditCode)
{
    Query q(ctx.db, kUnitColumns + u"WHERE u.credit_code = :c"_qs);
    q.bind(u":c"_qs, creditCode);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"unit.not_found"_qs, u"creditCode"_qs);
    return readUnit(q);
}

} // namespace hpf::server
