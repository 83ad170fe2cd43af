#include "business/opening/unitservice.h"

#include "domain/creditcode.h"
#include "finance/rate.h"
#include "platform/http/bodyreader.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
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

struct UnitInput
{
    QString name;
    QString creditCode;
    finance::Rate unitRatio;
    finance::Rate personalRatio;
};

Result<UnitInput> readInput(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    UnitInput in;
    in.name = body.string(u"name"_qs, 100);
    const QString code = body.string(u"creditCode"_qs, 40);
    const QString unitRatio = body.string(u"unitRatio"_qs, 10);
    const QString personalRatio = body.string(u"personalRatio"_qs, 10);
    if (Status s = body.finish(); !s)
        return s.error();
    auto cc = creditcode::parse(code, u"creditCode"_qs);
    if (!cc)
        return cc.error();
    in.creditCode = cc->code;
    auto ur = finance::parsePercent(unitRatio, u"unitRatio"_qs);
    if (!ur)
        return ur.error();
    auto pr = finance::parsePercent(personalRatio, u"personalRatio"_qs);
    if (!pr)
        return pr.error();
    auto policy = ctx.server.policy.depositAt(ctx.now.toLocalTime().date());
    if (!policy)
        return policy.error();
    if (!policy->unitRatio.contains(*ur))
        return makeError(u"deposit.ratio_range"_qs, u"unitRatio"_qs);
    if (!policy->personalRatio.contains(*pr))
        return makeError(u"deposit.ratio_range"_qs, u"personalRatio"_qs);
    in.unitRatio = *ur;
    in.personalRatio = *pr;
    return in;
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

Status validateCreateUnit(RequestContext &ctx)
{
    auto in = readInput(ctx);
    return in ? Status{} : Status{in.error()};
}

Result<QJsonObject> createUnit(RequestContext &ctx)
{
    auto in = readInput(ctx);
    if (!in)
        return in.error();
    auto existing = findUnitByCreditCode(ctx, in->creditCode);
    if (existing)
        return makeError(u"unit.exists"_qs, u"creditCode"_qs,
                         u"a unit with this credit code has account "_qs + existing->unitAccount);
    if (existing.error().code != u"unit.not_found")
        return existing.error();
    auto number = nextUnitAccount(ctx);
    if (!number)
        return number.error();
    Query ins(ctx.db,
              u"INSERT INTO units (unit_account, credit_code, name, branch_id, state, unit_ratio_ppm, "
              "personal_ratio_ppm, created_at) VALUES (:a, :c, :n, :b, '01', :ur, :pr, :t)"_qs);
    ins.bind(u":a"_qs, *number)
        .bind(u":c"_qs, in->creditCode)
        .bind(u":n"_qs, in->name)
        .bind(u":b"_qs, ctx.user().branchId)
        .bind(u":ur"_qs, in->unitRatio.ppm)
        .bind(u":pr"_qs, in->personalRatio.ppm)
        .bind(u":t"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    auto unit = findUnitByAccount(ctx, *number);
    if (!unit)
        return unit.error();
    const QJsonObject view = unit->toJson();
    if (Status s = ctx.audit(u"units.create"_qs, u"unit:"_qs + *number, u"ok"_qs, {}, view); !s)
        return s.error();
    return view;
}

Result<UnitRow> findUnitByAccount(RequestContext &ctx, const QString &unitAccount, bool lock)
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

Result<UnitRow> findUnitByCreditCode(RequestContext &ctx, const QString &creditCode)
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
