// Counter lookups: units, accounts, people, an account's journal and a unit's lists. Reads only;
// a person search is a POST because its terms (identity number, name, account) must not travel in
// the URL, where proxies, access logs and browser histories keep them.
#include "platform/http/routes.h"

#include "business/lookup/lookupservice.h"
#include "domain/codetables.h"
#include "platform/http/bodyreader.h"
#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"
#include "platform/store/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <functional>

namespace hpf::server {

namespace {

Result<PersonQuery> readPersonQuery(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    PersonQuery query;
    query.documentType = body.string(u"documentType"_qs, 2, false);
    query.documentNumber = body.string(u"documentNumber"_qs, 40, false);
    query.accountNumber = body.string(u"accountNumber"_qs, 20, false);
    query.name = body.string(u"name"_qs, 60, false);
    // Optional (issue 13): a client that sends neither gets the first 50 rows as before.
    query.limit = int(body.optionalInteger(u"limit"_qs, 1, 50).value_or(50));
    const QString cursor = body.string(u"cursor"_qs, 20, false);
    if (!cursor.isEmpty()) {
        bool ok = false;
        query.afterId = cursor.toLongLong(&ok);
        if (!ok || query.afterId < 1)
            body.fail(u"request.field_invalid"_qs, u"cursor"_qs, u"a nextCursor of an earlier page"_qs);
    }
    if (Status s = body.finish(); !s)
        return s.error();
    return query;
}

// What the result screens show of each account (the lookup table and the certificate page: account,
// name, document number, unit, state, balance, available), and nothing more: the deposit base,
// the held amount and the opening date of a person found by a search are not sent (issue 13).
QJsonObject personsJson(const PersonPage &page)
{
    QJsonArray items;
    for (const AccountRow &a : page.items)
        items.append(QJsonObject{{u"accountNumber"_qs, a.accountNumber},
                                 {u"documentType"_qs, a.documentType},
                                 {u"documentNumber"_qs, a.documentNumber},
                                 {u"name"_qs, a.name},
                                 {u"unitAccount"_qs, a.unitAccount},
                                 {u"state"_qs, a.state},
                                 {u"stateLabel"_qs, codes::accountStates().label(a.state)},
                                 {u"balanceFen"_qs, a.balanceFen},
                                 {u"availableFen"_qs, a.availableFen()},
                                 {u"otherAccounts"_qs, a.otherAccounts}});
    QJsonObject out{{u"items"_qs, items}};
    if (page.nextAfterId > 0)
        out.insert(u"nextCursor"_qs, QString::number(page.nextAfterId));
    return out;
}

// A query parameter as an integer; absent gives `absent`, unreadable gives `invalid` (which the
// service refuses with request.field_range after it found the object).
qint64 queryInteger(const RequestContext &ctx, const QString &name, qint64 absent, qint64 invalid)
{
    const QString text = ctx.request.query.queryItemValue(name);
    if (text.isEmpty())
        return absent;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? value : invalid;
}

QJsonObject journalJson(const JournalPage &page)
{
    QJsonArray items;
    for (const JournalEntry &e : page.items)
        items.append(
            QJsonObject{{u"serial"_qs, e.serial},
                        {u"businessType"_qs, e.businessType},
                        {u"businessTypeLabel"_qs, codes::depositBusinessTypes().label(e.businessType)},
                        {u"amountFen"_qs, e.amountFen},
                        {u"balanceAfterFen"_qs, e.balanceAfterFen},
                        {u"valueDate"_qs, e.valueDate},
                        {u"month"_qs, e.month ? QJsonValue(*e.month) : QJsonValue()},
                        {u"operator"_qs, e.operatorName},
                        {u"branch"_qs, e.branchCode},
                        {u"memo"_qs, e.memo}});
    return {{u"accountNumber"_qs, page.accountNumber},
            {u"total"_qs, page.total},
            {u"offset"_qs, page.offset},
            {u"limit"_qs, page.limit},
            {u"items"_qs, items}};
}

// Another branch's user sees the unit's identity, not its business terms (x-branch-scope).
QJsonObject unitJson(const UnitView &view)
{
    QJsonObject o = view.unit.toJson();
    if (!view.sameBranch) {
        o.remove(u"unitRatio"_qs);
        o.remove(u"personalRatio"_qs);
    }
    return o;
}

QJsonObject employeesJson(const UnitEmployees &list)
{
    QJsonArray items;
    for (const EmployeeRow &e : list.items)
        items.append(QJsonObject{{u"accountNumber"_qs, e.accountNumber},
                                 {u"documentType"_qs, e.documentType},
                                 {u"documentNumber"_qs, e.documentNumber},
                                 {u"name"_qs, e.name},
                                 {u"state"_qs, e.state},
                                 {u"stateLabel"_qs, codes::accountStates().label(e.state)},
                                 {u"baseFen"_qs, e.baseFen},
                                 {u"balanceFen"_qs, e.balanceFen},
                                 {u"heldFen"_qs, e.heldFen},
                                 {u"availableFen"_qs, qMax<qint64>(0, e.balanceFen - e.heldFen)},
                                 {u"openedOn"_qs, e.openedOn}});
    return {{u"unitAccount"_qs, list.unitAccount}, {u"items"_qs, items}, {u"truncated"_qs, list.truncated}};
}

QJsonObject remittancesJson(const UnitRemittances &list)
{
    QJsonArray items;
    for (const RemittanceRow &r : list.items)
        items.append(QJsonObject{
            {u"month"_qs, r.month},
            {u"serial"_qs, r.serial},
            {u"employees"_qs, r.employees},
            {u"unitTotalFen"_qs, r.unitTotalFen},
            {u"personalTotalFen"_qs, r.personalTotalFen},
            {u"totalFen"_qs, r.totalFen},
            {u"postedAt"_qs, QDateTime::fromMSecsSinceEpoch(r.postedAtMs, Qt::UTC).toString(Qt::ISODate)}});
    return {{u"unitAccount"_qs, list.unitAccount}, {u"items"_qs, items}};
}

template<typename T, typename ToJson>
Result<QJsonObject> mapped(Result<T> r, ToJson toJson)
{
    if (!r)
        return r.error();
    return std::invoke(toJson, *r);
}

} // namespace

void registerLookupRoutes(Router &router)
{
    router.add(makeRoute("GET", u"/api/v1/units"_qs, u"units.find"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             const QString code =
                                 ctx.request.query.queryItemValue(u"creditCode"_qs).trimmed().toUpper();
                             if (code.isEmpty() || code.size() > 18)
                                 return makeError(u"request.field_required"_qs, u"creditCode"_qs);
                             return mapped(findUnit(ctx, code), unitJson);
                         })));
    router.add(makeRoute(
        "GET", u"/api/v1/units/{unitAccount}"_qs, u"units.get"_qs, false, {},
        jsonHandler(200, [](RequestContext &ctx) { return mapped(getUnit(ctx, ctx.arg(0)), unitJson); })));
    router.add(makeRoute("GET", u"/api/v1/units/{unitAccount}/employees"_qs, u"units.employees"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) {
                             return mapped(unitEmployees(ctx, ctx.arg(0)), employeesJson);
                         })));
    router.add(makeRoute("GET", u"/api/v1/units/{unitAccount}/remittances"_qs, u"remittances.list"_qs, false,
                         {}, jsonHandler(200, [](RequestContext &ctx) {
                             return mapped(unitRemittances(ctx, ctx.arg(0)), remittancesJson);
                         })));
    Route account = makeRoute("GET", u"/api/v1/accounts/{accountNumber}"_qs, u"accounts.get"_qs, false, {},
                              jsonHandler(200, [](RequestContext &ctx) {
                                  return mapped(getAccount(ctx, ctx.arg(0)), &AccountRow::toJson);
                              }));
    account.singleStatement = true; // findAccount: one joined select
    router.add(account);
    router.add(makeRoute("GET", u"/api/v1/accounts/{accountNumber}/journal"_qs, u"accounts.journal"_qs, false,
                         {}, jsonHandler(200, [](RequestContext &ctx) {
                             const JournalQuery query{ctx.arg(0), queryInteger(ctx, u"offset"_qs, 0, -1),
                                                      queryInteger(ctx, u"limit"_qs, 50, 0)};
                             return mapped(accountJournal(ctx, query), journalJson);
                         })));
    // Retired (issue 12): the query form put identity numbers and names in the URL. It answers 410
    // whatever the query holds, and never reads it.
    router.add(makeRoute("GET", u"/api/v1/persons"_qs, u"persons.find"_qs, false, {},
                         [](RequestContext &ctx) -> Result<HttpResponse> {
                             return problem(makeError(u"request.query_retired"_qs, {},
                                                      u"send the search terms in the body of "
                                                      "POST /api/v1/persons/search"_qs),
                                            ctx.request.requestId, 410);
                         }));
    router.add(makeRoute(
        "POST", u"/api/v1/persons/search"_qs, u"persons.search"_qs, false,
        [](RequestContext &ctx) {
            auto query = readPersonQuery(ctx);
            return query ? Status{} : Status{query.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto query = readPersonQuery(ctx);
            if (!query)
                return query.error();
            return inReadTransaction(ctx, [&] { return mapped(findPersons(ctx, *query), personsJson); });
        })));
}

} // namespace hpf::server
