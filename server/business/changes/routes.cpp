// Changes (变更) of unit and person details. The only file of the area that reads JSON and paths.
#include "platform/http/routes.h"

#include "business/changes/changeservice.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

namespace {

std::optional<QString> optionalString(BodyReader &body, const QString &name, int maxLength)
{
    if (!body.has(name))
        return std::nullopt;
    return body.string(name, maxLength);
}

Result<UnitChangeRequest> readUnitChange(const RequestContext &ctx)
{
    UnitChangeRequest in;
    in.unitAccount = ctx.arg(0);
    BodyReader body(ctx.body);
    in.name = optionalString(body, u"name"_qs, 100);
    in.officeAddress = optionalString(body, u"officeAddress"_qs, 200);
    in.registeredAddress = optionalString(body, u"registeredAddress"_qs, 200);
    if (auto day = body.optionalInteger(u"remittanceDay"_qs, -1000, 1000))
        in.remittanceDay = int(*day);
    in.reason = body.string(u"reason"_qs, 200);
    const bool hasContact = body.has(u"contact"_qs);
    const bool hasBank = body.has(u"bank"_qs);
    const bool hasRep = body.has(u"legalRepresentative"_qs);
    const QJsonObject contact = body.object(u"contact"_qs, false);
    const QJsonObject bank = body.object(u"bank"_qs, false);
    const QJsonObject rep = body.object(u"legalRepresentative"_qs, false);
    if (Status s = body.finish(); !s)
        return s.error();
    if (hasContact) {
        BodyReader r(contact, u"contact"_qs);
        in.contactName = r.string(u"name"_qs, 60);
        in.contactMobile = r.string(u"mobile"_qs, 30);
        if (Status s = r.finish(); !s)
            return s.error();
    }
    if (hasBank) {
        BodyReader r(bank, u"bank"_qs);
        in.bankCode = r.string(u"code"_qs, 3);
        in.bankName = r.string(u"name"_qs, 60);
        in.bankAccount = r.string(u"account"_qs, 40);
        if (Status s = r.finish(); !s)
            return s.error();
    }
    if (hasRep) {
        BodyReader r(rep, u"legalRepresentative"_qs);
        in.repName = r.string(u"name"_qs, 60);
        in.repDocumentType = r.string(u"documentType"_qs, 2);
        in.repDocumentNumber = r.string(u"documentNumber"_qs, 40);
        if (Status s = r.finish(); !s)
            return s.error();
    }
    return in;
}

Result<PersonChangeRequest> readPersonChange(const RequestContext &ctx)
{
    PersonChangeRequest in;
    BodyReader body(ctx.body);
    in.accountNumber = body.string(u"accountNumber"_qs, 20);
    in.name = optionalString(body, u"name"_qs, 60);
    in.mobile = optionalString(body, u"mobile"_qs, 30);
    in.reason = body.string(u"reason"_qs, 200);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

template<typename Read, typename Check>
Validator validator(Read read, Check check)
{
    return [read, check](RequestContext &ctx) -> Status {
        auto in = read(ctx);
        if (!in)
            return in.error();
        return check(ctx, *in);
    };
}

template<typename Read, typename Run>
Handler handler(Read read, Run run)
{
    return jsonHandler(201, [read, run](RequestContext &ctx) -> Result<QJsonObject> {
        auto in = read(ctx);
        if (!in)
            return in.error();
        auto r = run(ctx, *in);
        if (!r)
            return r.error();
        return r->toJson();
    });
}

} // namespace

void registerChangeRoutes(Router &router)
{
    router.add(makeRoute("POST", u"/api/v1/units/{unitAccount}/changes"_qs, u"units.change"_qs, true,
                         validator(readUnitChange, checkUnitChange), handler(readUnitChange, changeUnit)));
    router.add(makeRoute("GET", u"/api/v1/units/{unitAccount}/changes"_qs, u"units.changes"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) { return unitChanges(ctx, ctx.arg(0)); })));
    router.add(makeRoute("POST", u"/api/v1/persons/changes"_qs, u"persons.change"_qs, true,
                         validator(readPersonChange, checkPersonChange),
                         handler(readPersonChange, changePerson)));
}

} // namespace hpf::server
