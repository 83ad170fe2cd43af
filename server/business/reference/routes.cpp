#include "platform/http/routes.h"

#include "business/reference/banks.h"
#include "domain/codetables.h"
#include "finance/rate.h"
#include "platform/http/requestcontext.h"
#include "platform/store/migrations.h"
#include "platform/store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hpf::server {

namespace {

QString dateText(QDate d)
{
    return d.toString(Qt::ISODate);
}

QJsonObject ratioRange(const finance::RatioRange &r)
{
    return {{u"min"_qs, finance::toPercentString(r.min)}, {u"max"_qs, finance::toPercentString(r.max)}};
}

QJsonObject baseRange(const finance::BaseRange &b)
{
    return {{u"floorFen"_qs, b.floor},
            {u"ceilingFen"_qs, b.ceiling},
            {u"outOfRange"_qs, b.outOfRange == finance::OutOfRangeBase::Clamp ? u"clamp"_qs : u"refuse"_qs}};
}

QJsonObject rounding(const finance::RoundingRule &r)
{
    static const char16_t *precision[] = {u"fen", u"jiao", u"yuan"};
    static const char16_t *mode[] = {u"half_up", u"half_even", u"down", u"up"};
    return {{u"precision"_qs, QString::fromUtf16(precision[int(r.precision)])},
            {u"mode"_qs, QString::fromUtf16(mode[int(r.mode)])}};
}

QJsonObject policyJson(const ServerContext &server)
{
    const finance::Policy &p = server.policy;
    QJsonArray deposit;
    for (const auto &row : p.depositRows()) {
        deposit.append(QJsonObject{{u"effectiveFrom"_qs, dateText(row.effectiveFrom)},
                                   {u"unitRatio"_qs, ratioRange(row.unitRatio)},
                                   {u"personalRatio"_qs, ratioRange(row.personalRatio)},
                                   {u"base"_qs, baseRange(row.base)},
                                   {u"unitRounding"_qs, rounding(row.unitRounding)},
                                   {u"personalRounding"_qs, rounding(row.personalRounding)}});
    }
    QJsonArray rates;
    for (const auto &r : p.depositRates())
        rates.append(QJsonObject{{u"effectiveFrom"_qs, dateText(r.effectiveFrom)},
                                 {u"annual"_qs, finance::toPercentString(r.annual)}});
    QJsonArray grants;
    QStringList ops(server.options.grantRequired.cbegin(), server.options.grantRequired.cend());
    ops.sort();
    for (const QString &op : std::as_const(ops))
        grants.append(op);
    QJsonArray conditional;
    QStringList conditionalOps(server.options.grantConditional.cbegin(),
                               server.options.grantConditional.cend());
    conditionalOps.sort();
    for (const QString &op : std::as_const(conditionalOps))
        conditional.append(op);
    const QDate today = server.clock.today();
    auto current = p.depositAt(today);
    QJsonObject out{{u"centerCode"_qs, p.centerCode()},
                    {u"centerName"_qs, p.centerName()},
                    {u"deposit"_qs, deposit},
                    {u"depositRates"_qs, rates},
                    {u"login"_qs, QJsonObject{{u"maxFailures"_qs, server.options.maxLoginFailures},
                                              {u"lockMinutes"_qs, server.options.lockMinutes}}},
                    {u"grantRequired"_qs, grants},
                    // Operations that need a grant only when the business says so (the policy's
                    // amounts): the client asks for one before sending when its rule says so.
                    {u"grantConditional"_qs, conditional},
                    {u"grantValiditySeconds"_qs, server.options.grantSeconds},
                    // The policy exactly as loaded, for clients to load with the same rules.
                    {u"document"_qs, p.document()}};
    if (current)
        out.insert(u"currentDepositFrom"_qs, dateText(current->effectiveFrom));
    return out;
}

Route publicGet(const QString &pattern, const QString &operation, Handler handler)
{
    return makeRoute("GET", pattern, operation, false, {}, std::move(handler));
}

} // namespace

void registerReferenceRoutes(Router &router)
{
    router.add(
        publicGet(u"/api/v1/health"_qs, u"health.get"_qs, [](RequestContext &ctx) -> Result<HttpResponse> {
            if (Status s = execSql(ctx.db, u"SELECT 1"_qs); !s)
                return HttpResponse::json(
                    503, {{u"status"_qs, u"unavailable"_qs}, {u"database"_qs, s.error().code}});
            return HttpResponse::json(200, {{u"status"_qs, u"ok"_qs}, {u"database"_qs, u"ok"_qs}});
        }));
    router.add(
        publicGet(u"/api/v1/version"_qs, u"version.get"_qs, [](RequestContext &ctx) -> Result<HttpResponse> {
            Query q(ctx.db, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_qs);
            if (Status s = q.exec(); !s)
                return s.error();
            return HttpResponse::json(
                200, {{u"name"_qs, u"hpf-server"_qs},
                      {u"version"_qs, QCoreApplication::applicationVersion()},
                      {u"api"_qs, u"v1"_qs},
                      {u"schemaVersion"_qs, q.next() ? int(q.int64(0)) : 0},
                      {u"latestSchemaVersion"_qs, latestSchemaVersion()},
                      {u"database"_qs, ctx.dialect == Dialect::Sqlite ? u"sqlite"_qs : u"postgresql"_qs}});
        }));
    router.add(publicGet(u"/api/v1/reference/code-tables"_qs, u"reference.codeTables"_qs,
                         [](RequestContext &ctx) -> Result<HttpResponse> {
                             QJsonObject tables;
                             for (const codes::Table *t : codes::allTables()) {
                                 QJsonArray entries;
                                 for (const codes::Entry &e : t->entries)
                                     entries.append(QJsonObject{{u"code"_qs, QString::fromUtf16(e.code)},
                                                                {u"zh"_qs, QString::fromUtf16(e.zh)},
                                                                {u"en"_qs, QString::fromUtf8(e.en)}});
                                 tables.insert(QString::fromLatin1(t->id),
                                               QJsonObject{{u"source"_qs, QString::fromUtf8(t->gbRef)},
                                                           {u"entries"_qs, entries}});
                             }
                             return withEtag(ctx.request, HttpResponse::json(200, tables));
                         }));
    router.add(publicGet(u"/api/v1/reference/policy"_qs, u"reference.policy"_qs,
                         [](RequestContext &ctx) -> Result<HttpResponse> {
                             return withEtag(ctx.request, HttpResponse::json(200, policyJson(ctx.server)));
                         }));
    router.add(publicGet(
        u"/api/v1/reference/branches"_qs, u"reference.branches"_qs,
        [](RequestContext &ctx) -> Result<HttpResponse> {
            Query q(ctx.db, u"SELECT code, name, is_head_office FROM branches ORDER BY code"_qs);
            if (Status s = q.exec(); !s)
                return s.error();
            QJsonArray items;
            while (q.next())
                items.append(QJsonObject{
                    {u"code"_qs, q.str(0)}, {u"name"_qs, q.str(1)}, {u"headOffice"_qs, q.int64(2) != 0}});
            return withEtag(ctx.request, HttpResponse::json(200, {{u"items"_qs, items}}));
        }));
    router.add(publicGet(u"/api/v1/reference/banks"_qs, u"reference.banks"_qs,
                         [](RequestContext &ctx) -> Result<HttpResponse> {
                             QJsonArray items;
                             for (const auto &[code, name] : entrustedBanks())
                                 items.append(QJsonObject{{u"code"_qs, code}, {u"name"_qs, name}});
                             return withEtag(ctx.request, HttpResponse::json(200, {{u"items"_qs, items}}));
                         }));
}

} // namespace hpf::server
