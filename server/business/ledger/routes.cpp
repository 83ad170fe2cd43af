#include "platform/http/routes.h"
#include "platform/audit/audit.h"
#include "business/opening/accountservice.h"
#include "platform/context.h"
#include "business/judicial/holdservice.h"
#include "business/ledger/postingservice.h"
#include "business/opening/unitlists.h"
#include "business/opening/unitservice.h"

namespace hpf::server {

void registerLedgerRoutes(Router &router)
{
    const QStringList lookup = lookupRoles();
    const QStringList tellers{roles::teller};
    const QStringList holders{roles::judicial, roles::loanOfficer};

    router.add(makeRoute("POST", u"/api/v1/units"_qs, u"units.create"_qs, tellers, true, validateCreateUnit,
                         jsonHandler(201, createUnit)));
    router.add(makeRoute("GET", u"/api/v1/units"_qs, u"units.find"_qs, lookup, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             const QString code =
                                 ctx.request.query.queryItemValue(u"creditCode"_qs).trimmed().toUpper();
                             if (code.isEmpty() || code.size() > 18)
                                 return makeError(u"request.field_required"_qs, u"creditCode"_qs);
                             auto unit = findUnitByCreditCode(ctx, code);
                             if (!unit)
                                 return unit.error();
                             return unit->toJson();
                         })));
    router.add(makeRoute("GET", u"/api/v1/units/{unitAccount}"_qs, u"units.get"_qs, lookup, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto unit = findUnitByAccount(ctx, ctx.arg(0));
                             if (!unit)
                                 return unit.error();
                             return unit->toJson();
                         })));
    router.add(
        makeRoute("GET", u"/api/v1/units/{unitAccount}/employees"_qs, u"units.employees"_qs, lookup, false,
                  {}, jsonHandler(200, [](RequestContext &ctx) { return unitEmployees(ctx, ctx.arg(0)); })));
    router.add(makeRoute(
        "GET", u"/api/v1/units/{unitAccount}/remittances"_qs, u"remittances.list"_qs, lookup, false, {},
        jsonHandler(200, [](RequestContext &ctx) { return unitRemittances(ctx, ctx.arg(0)); })));
    router.add(makeRoute("POST", u"/api/v1/units/{unitAccount}/remittances"_qs, u"remittances.post"_qs,
                         tellers, true, validateRemittance, jsonHandler(201, [](RequestContext &ctx) {
                             return postRemittance(ctx, ctx.arg(0));
                         })));
    router.add(makeRoute("POST", u"/api/v1/accounts"_qs, u"accounts.open"_qs, tellers, true,
                         validateOpenAccount, jsonHandler(201, openAccount)));
    router.add(makeRoute("GET", u"/api/v1/accounts/{accountNumber}"_qs, u"accounts.get"_qs, lookup, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto account = findAccount(ctx, ctx.arg(0));
                             if (!account)
                                 return account.error();
                             if (Status s = ctx.checkBranch(account->branchId);
                                 !s && ctx.user().role != roles::judicial)
                                 return s.error();
                             return account->toJson();
                         })));
    router.add(makeRoute(
        "GET", u"/api/v1/accounts/{accountNumber}/journal"_qs, u"accounts.journal"_qs, lookup, false, {},
        jsonHandler(200, [](RequestContext &ctx) { return accountJournal(ctx, ctx.arg(0)); })));
    router.add(makeRoute("GET", u"/api/v1/accounts/{accountNumber}/holds"_qs, u"holds.list"_qs, lookup, false,
                         {},
                         jsonHandler(200, [](RequestContext &ctx) { return listHolds(ctx, ctx.arg(0)); })));
    router.add(makeRoute("POST", u"/api/v1/accounts/{accountNumber}/withdrawals"_qs, u"withdrawals.create"_qs,
                         tellers, true, validateWithdrawal,
                         jsonHandler(201, [](RequestContext &ctx) { return withdraw(ctx, ctx.arg(0)); })));
    router.add(makeRoute("GET", u"/api/v1/persons"_qs, u"persons.find"_qs, lookup, false, {},
                         jsonHandler(200, findPersons)));
    router.add(makeRoute("POST", u"/api/v1/holds"_qs, u"holds.create"_qs, holders, true, validateCreateHold,
                         jsonHandler(201, createHold)));
    router.add(makeRoute(
        "POST", u"/api/v1/holds/{holdId}/release"_qs, u"holds.release"_qs, holders, true,
        [](RequestContext &ctx) {
            return ctx.body.isEmpty()
                       ? Status{}
                       : Status{makeError(u"request.unknown_field"_qs, ctx.body.keys().value(0))};
        },
        jsonHandler(200, [](RequestContext &ctx) { return releaseHold(ctx, ctx.arg(0)); })));
    router.add(makeRoute("GET", u"/api/v1/audit/verify"_qs, u"audit.verify"_qs,
                         {roles::auditor, roles::admin}, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto v = verifyAudit(ctx.db);
                             if (!v)
                                 return v.error();
                             return QJsonObject{{u"ok"_qs, v->ok},
                                                {u"records"_qs, v->records},
                                                {u"firstBadId"_qs, v->firstBadId},
                                                {u"reason"_qs, v->reason}};
                         })));
}

} // namespace hpf::server
