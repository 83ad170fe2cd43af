// Routes of issue 5 (account opening end to end): 单位开户, 个人开户, 灵活就业, 清册, 封存/启封 and
// receipts (业务回单, 补打). docs/api/openapi.yaml describes each. The only file of the area that reads
// JSON: bodies are read strictly (platform/http/bodyreader.h) into the services' typed requests.
#include "platform/http/routes.h"

#include "business/opening/employeelistservice.h"
#include "business/opening/openingservice.h"
#include "business/opening/receiptservice.h"
#include "business/opening/sealservice.h"
#include "domain/accountnumber.h"
#include "domain/money.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

namespace {

// ---- reading bodies ----------------------------------------------------------------------------

Result<UnitOpeningRequest> readUnitOpening(const RequestContext &ctx)
{
    UnitOpeningRequest in;
    BodyReader body(ctx.body);
    in.creditCode = body.string(u"creditCode"_qs, 40);
    in.name = body.string(u"name"_qs, 100);
    in.economicType = body.string(u"economicType"_qs, 3);
    const QJsonObject rep = body.object(u"legalRepresentative"_qs);
    in.registeredAddress = body.string(u"registeredAddress"_qs, 200);
    in.officeAddress = body.string(u"officeAddress"_qs, 200, false);
    const QJsonObject contact = body.object(u"contact"_qs);
    const QJsonObject bank = body.object(u"bank"_qs);
    in.unitRatio = body.string(u"unitRatio"_qs, 10);
    in.personalRatio = body.string(u"personalRatio"_qs, 10);
    in.remittanceDay = int(body.integer(u"remittanceDay"_qs, -1000, 1000));
    in.firstMonth = body.string(u"firstMonth"_qs, 7);
    if (Status s = body.finish(); !s)
        return s.error();
    BodyReader repBody(rep, u"legalRepresentative"_qs);
    in.repName = repBody.string(u"name"_qs, 60);
    in.repDocumentType = repBody.string(u"documentType"_qs, 2);
    in.repDocumentNumber = repBody.string(u"documentNumber"_qs, 40);
    if (Status s = repBody.finish(); !s)
        return s.error();
    BodyReader contactBody(contact, u"contact"_qs);
    in.contactName = contactBody.string(u"name"_qs, 60);
    in.contactMobile = contactBody.string(u"mobile"_qs, 30);
    if (Status s = contactBody.finish(); !s)
        return s.error();
    BodyReader bankBody(bank, u"bank"_qs);
    in.bankCode = bankBody.string(u"code"_qs, 3);
    in.bankName = bankBody.string(u"name"_qs, 60);
    in.bankAccount = bankBody.string(u"account"_qs, 40);
    if (Status s = bankBody.finish(); !s)
        return s.error();
    return in;
}

// documentType, documentNumber, name, mobile and wageBaseFen (the caller declares its own fields on
// `body` first and calls finish()).
void readPerson(BodyReader &body, bool mobileRequired, PersonFields &out)
{
    out.documentType = body.string(u"documentType"_qs, 2);
    out.documentNumber = body.string(u"documentNumber"_qs, 40);
    out.name = body.string(u"name"_qs, 60);
    out.mobile = body.string(u"mobile"_qs, 30, mobileRequired);
    out.wageBaseFen = body.integer(u"wageBaseFen"_qs, 1, money::kMaximumFen);
}

Result<PersonalOpeningRequest> readPersonalOpening(const RequestContext &ctx, bool flexible)
{
    PersonalOpeningRequest in;
    BodyReader body(ctx.body);
    if (flexible)
        in.ratio = body.string(u"ratio"_qs, 10);
    else
        in.unitAccount = body.string(u"unitAccount"_qs, 40);
    in.firstMonth = body.string(u"firstMonth"_qs, 7, false);
    readPerson(body, flexible, in.person);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

Result<EmployeeListRequest> readEmployeeList(const RequestContext &ctx)
{
    EmployeeListRequest in;
    auto n = accountnumber::parse(ctx.arg(0), accountnumber::Kind::Unit, u"unitAccount"_qs);
    if (!n)
        return n.error();
    in.unitAccount = n->number;
    QJsonObject top = ctx.body;
    const QJsonValue rows = top.take(u"rows"_qs);
    BodyReader body(top);
    in.firstMonth = body.string(u"firstMonth"_qs, 7, false);
    in.skipInvalid = body.boolean(u"skipInvalid"_qs, false);
    if (Status s = body.finish(); !s)
        return s.error();
    if (rows.isUndefined() || rows.isNull())
        return makeError(u"request.field_required"_qs, u"rows"_qs);
    if (!rows.isArray())
        return makeError(u"request.field_type"_qs, u"rows"_qs, u"expected an array"_qs);
    const QJsonArray array = rows.toArray();
    // Over the limit the service refuses the whole list; do not read a row of it.
    if (array.size() > kMaxListRows) {
        in.rows.resize(array.size());
        return in;
    }
    in.rows.reserve(array.size());
    for (const QJsonValue &v : array) {
        EmployeeListRow row;
        if (!v.isObject()) {
            row.formatError = makeError(u"request.field_type"_qs, {}, u"expected an object"_qs);
        } else {
            BodyReader rowBody(v.toObject());
            readPerson(rowBody, false, row.fields);
            if (Status s = rowBody.finish(); !s)
                row.formatError = s.error();
        }
        in.rows.append(row);
    }
    return in;
}

Result<SealRequest> readSeal(const RequestContext &ctx, bool seal)
{
    SealRequest in;
    auto n = accountnumber::parse(ctx.arg(0), accountnumber::Kind::Personal, u"accountNumber"_qs);
    if (!n)
        return n.error();
    in.accountNumber = n->number;
    BodyReader body(ctx.body);
    if (seal)
        in.reason = body.string(u"reason"_qs, 2);
    in.memo = body.string(u"memo"_qs, 100, false);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

Result<ReprintRequest> readReprint(const RequestContext &ctx)
{
    auto serial = receiptSerial(ctx.arg(0));
    if (!serial)
        return serial.error();
    BodyReader body(ctx.body);
    ReprintRequest in{*serial, body.string(u"reason"_qs, 100, false)};
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

// ---- answering ---------------------------------------------------------------------------------

QJsonObject unitOpenedJson(const UnitOpened &r)
{
    return {{u"serial"_qs, r.serial},
            {u"unit"_qs, r.unit},
            {u"warnings"_qs, r.warnings},
            {u"receipt"_qs, r.receipt}};
}

QJsonObject personOpenedJson(const PersonOpened &r)
{
    return {{u"serial"_qs, r.serial},
            {u"action"_qs, r.action},
            {u"previousUnitAccount"_qs, r.previousUnitAccount},
            {u"person"_qs, r.person},
            {u"account"_qs, r.account},
            {u"deposit"_qs, r.deposit},
            {u"warnings"_qs, r.warnings},
            {u"receipt"_qs, r.receipt}};
}

QJsonObject judgementJson(const EmployeeListJudgement &r)
{
    return {{u"unitAccount"_qs, r.unitAccount}, {u"rowsTotal"_qs, r.rowsTotal},
            {u"valid"_qs, r.invalidRows == 0},  {u"invalidRows"_qs, r.invalidRows},
            {u"willOpen"_qs, r.willOpen},       {u"willUnseal"_qs, r.willUnseal},
            {u"errors"_qs, r.errors},           {u"warnings"_qs, r.warnings}};
}

QJsonObject listOpenedJson(const EmployeeListOpened &r)
{
    return {{u"serial"_qs, r.serial},
            {u"summary"_qs, r.summary},
            {u"accounts"_qs, r.accounts},
            {u"skipped"_qs, r.skipped},
            {u"warnings"_qs, r.warnings},
            {u"totals"_qs, QJsonObject{{u"unitAmountFen"_qs, r.unitAmountFen},
                                       {u"personalAmountFen"_qs, r.personalAmountFen},
                                       {u"totalFen"_qs, r.unitAmountFen + r.personalAmountFen}}},
            {u"receipt"_qs, r.receipt}};
}

QJsonObject stateChangedJson(const AccountStateChanged &r)
{
    return {{u"serial"_qs, r.serial},
            {u"account"_qs, r.account},
            {u"previousState"_qs, r.previousState},
            {u"receipt"_qs, r.receipt}};
}

// Reads the request with `read`, runs `run` (which may fill a Refusal) and answers `status` with
// `toJson` of the result, or the refusal with its extra members.
template<typename Read, typename Run, typename ToJson>
Handler handler(int status, Read read, Run run, ToJson toJson)
{
    return [status, read, run, toJson](RequestContext &ctx) -> Result<HttpResponse> {
        auto in = read(ctx);
        if (!in)
            return in.error();
        Refusal refusal;
        auto r = run(ctx, *in, &refusal);
        if (!r) {
            if (!refusal.isEmpty())
                return refusalResponse(ctx, r.error(), refusal.members, refusal.status);
            return r.error();
        }
        return HttpResponse::json(status, toJson(*r));
    };
}

// A validator: the request reads, and `check` accepts it.
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

auto withoutRefusal(auto fn)
{
    return [fn](ServiceContext &ctx, const auto &in, Refusal *) { return fn(ctx, in); };
}

} // namespace

void registerOpeningRoutes(Router &router)
{
    const auto employed = [](const RequestContext &ctx) { return readPersonalOpening(ctx, false); };
    const auto flexible = [](const RequestContext &ctx) { return readPersonalOpening(ctx, true); };
    const auto seal = [](const RequestContext &ctx) { return readSeal(ctx, true); };
    const auto unseal = [](const RequestContext &ctx) { return readSeal(ctx, false); };
    const auto noCheck = [](ServiceContext &, const auto &) { return Status{}; };

    router.add(makeRoute("POST", u"/api/v1/openings/units"_qs, u"openings.unit"_qs, true,
                         validator(readUnitOpening, checkUnitOpening),
                         handler(201, readUnitOpening, openUnit, unitOpenedJson)));
    router.add(makeRoute("POST", u"/api/v1/openings/accounts"_qs, u"openings.account"_qs, true,
                         validator(employed, checkPersonalOpening),
                         handler(201, employed, openPersonal, personOpenedJson)));
    router.add(makeRoute("POST", u"/api/v1/openings/flexible"_qs, u"openings.flexible"_qs, true,
                         validator(flexible, checkFlexibleOpening),
                         handler(201, flexible, openFlexible, personOpenedJson)));
    // A list of 20,000 rows is a few megabytes of JSON.
    router.add(makeRoute("POST", u"/api/v1/units/{unitAccount}/employee-lists/validate"_qs,
                         u"employee_lists.validate"_qs, false, validator(readEmployeeList, checkEmployeeList),
                         handler(200, readEmployeeList, withoutRefusal(judgeEmployeeList), judgementJson),
                         kMaxListBodyBytes));
    router.add(makeRoute("POST", u"/api/v1/units/{unitAccount}/employee-lists"_qs,
                         u"employee_lists.submit"_qs, true, validator(readEmployeeList, checkEmployeeList),
                         handler(201, readEmployeeList, openEmployeeList, listOpenedJson),
                         kMaxListBodyBytes));
    router.add(
        makeRoute("POST", u"/api/v1/accounts/{accountNumber}/seal"_qs, u"accounts.seal"_qs, true,
                  validator(seal, [](ServiceContext &, const SealRequest &in) { return checkSeal(in); }),
                  handler(200, seal, withoutRefusal(sealAccount), stateChangedJson)));
    router.add(makeRoute("POST", u"/api/v1/accounts/{accountNumber}/unseal"_qs, u"accounts.unseal"_qs, true,
                         validator(unseal, noCheck),
                         handler(200, unseal, withoutRefusal(unsealAccount), stateChangedJson)));
    router.add(makeRoute("GET", u"/api/v1/receipts/{serial}"_qs, u"receipts.get"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto r = getReceipt(ctx, ctx.arg(0));
                             if (!r)
                                 return r.error();
                             return QJsonObject{{u"receipt"_qs, r->receipt},
                                                {u"reprints"_qs, r->reprints},
                                                {u"lastReprintAt"_qs, r->lastReprintAt.isEmpty()
                                                                          ? QJsonValue()
                                                                          : QJsonValue(r->lastReprintAt)}};
                         })));
    router.add(makeRoute("POST", u"/api/v1/receipts/{serial}/reprints"_qs, u"receipts.reprint"_qs, true,
                         validator(readReprint, noCheck),
                         handler(200, readReprint, withoutRefusal(reprintReceipt), [](const Reprint &r) {
                             return QJsonObject{
                                 {u"receipt"_qs, r.receipt},
                                 {u"reprint"_qs, true},
                                 {u"reprintNumber"_qs, r.reprintNumber},
                                 {u"reprintedAt"_qs, r.reprintedAt},
                                 {u"reprintedBy"_qs, QJsonObject{{u"username"_qs, r.reprintedByUsername},
                                                                 {u"name"_qs, r.reprintedByName}}}};
                         })));
}

} // namespace hpf::server
