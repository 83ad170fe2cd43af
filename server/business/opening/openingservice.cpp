#include "business/opening/openingservice.h"

#include "base/text.h"
#include "business/accounts/unitrecords.h"
#include "business/opening/detailrules.h"
#include "business/opening/openingcommon.h"
#include "business/opening/personopening.h"
#include "domain/accountnumber.h"
#include "domain/codetables.h"
#include "domain/creditcode.h"
#include "domain/mobile.h"
#include "domain/money.h"
#include "finance/rate.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

QDate today(const ServiceContext &ctx)
{
    return ctx.now.toLocalTime().date();
}

// ---- 单位开户 ----------------------------------------------------------------------------------

struct UnitOpeningInput
{
    creditcode::CreditCode creditCode;
    QString name;
    QString economicType;
    QString repName;
    identity::IdentityNumber repId;
    QString registeredAddress;
    QString officeAddress;
    QString contactName;
    QString contactMobile;
    QString bankCode;
    QString bankName;
    QString bankAccount;
    finance::Rate unitRatio;
    finance::Rate personalRatio;
    int remittanceDay = 0;
    QDate firstMonth;
};

Result<UnitOpeningInput> validUnitOpening(ServiceContext &ctx, const UnitOpeningRequest &request)
{
    UnitOpeningInput in;
    const QString &code = request.creditCode;
    in.name = request.name;
    in.economicType = request.economicType;
    in.registeredAddress = request.registeredAddress;
    in.officeAddress = request.officeAddress;
    const QString &unitRatio = request.unitRatio;
    const QString &personalRatio = request.personalRatio;
    in.remittanceDay = request.remittanceDay;
    const QString &firstMonth = request.firstMonth;
    in.repName = request.repName;
    const QString &repType = request.repDocumentType;
    const QString &repNumber = request.repDocumentNumber;
    in.contactName = request.contactName;
    const QString &mobileText = request.contactMobile;
    in.bankCode = request.bankCode;
    in.bankName = request.bankName;
    const QString &bankAccount = request.bankAccount;

    auto cc = creditcode::parse(code, u"creditCode"_qs);
    if (!cc)
        return cc.error();
    in.creditCode = *cc;
    if (!codes::economicTypes().contains(in.economicType))
        return makeError(u"unit.economic_type"_qs, u"economicType"_qs);
    auto repId = detailrules::representative(repType, repNumber, today(ctx));
    if (!repId)
        return repId.error();
    in.repId = *repId;
    auto m = mobile::parse(mobileText, u"contact.mobile"_qs);
    if (!m)
        return m.error();
    in.contactMobile = *m;
    if (Status s = detailrules::bankCode(in.bankCode); !s)
        return s.error();
    auto account = detailrules::bankAccount(bankAccount);
    if (!account)
        return account.error();
    in.bankAccount = *account;
    if (Status s = detailrules::remittanceDay(in.remittanceDay); !s)
        return s.error();
    auto month = parseFirstMonth(ctx, firstMonth, u"firstMonth"_qs);
    if (!month)
        return month.error();
    in.firstMonth = *month;
    auto ur = finance::parsePercent(unitRatio, u"unitRatio"_qs);
    if (!ur)
        return ur.error();
    auto pr = finance::parsePercent(personalRatio, u"personalRatio"_qs);
    if (!pr)
        return pr.error();
    auto policy = ctx.server.policy.depositAt(in.firstMonth);
    if (!policy)
        return policy.error();
    if (!policy->unitRatio.contains(*ur))
        return makeError(u"deposit.ratio_range"_qs, u"unitRatio"_qs);
    if (!policy->personalRatio.contains(*pr))
        return makeError(u"deposit.ratio_range"_qs, u"personalRatio"_qs);
    in.unitRatio = *ur;
    in.personalRatio = *pr;
    if (in.officeAddress.isEmpty())
        in.officeAddress = in.registeredAddress;
    return in;
}

// ---- 个人开户 / 灵活就业 -------------------------------------------------------------------------

struct PersonalOpeningInput
{
    QString unitAccount; // employed only
    PersonInput person;
    finance::Rate ratio; // flexible only
    QString firstMonthText;
};

Result<PersonalOpeningInput> validPersonalOpening(ServiceContext &ctx, const PersonalOpeningRequest &request,
                                                  bool flexible)
{
    PersonalOpeningInput in;
    const QString &unitAccount = request.unitAccount;
    const QString &ratio = request.ratio;
    in.firstMonthText = request.firstMonth;
    const QList<Error> errors = validatePerson(request.person, today(ctx), in.person);
    if (!errors.isEmpty())
        return errors.first();
    if (!flexible) {
        auto n = accountnumber::parse(unitAccount, accountnumber::Kind::Unit, u"unitAccount"_qs);
        if (!n)
            return n.error();
        in.unitAccount = n->number;
    } else {
        auto r = finance::parsePercent(ratio, u"ratio"_qs);
        if (!r)
            return r.error();
        in.ratio = *r;
    }
    if (auto m = parseFirstMonth(ctx, in.firstMonthText, u"firstMonth"_qs); !m)
        return m.error();
    return in;
}

Result<PersonOpened> openPerson(ServiceContext &ctx, const PersonalOpeningRequest &request, bool flexible,
                                Refusal *refusal)
{
    auto in = validPersonalOpening(ctx, request, flexible);
    if (!in)
        return in.error();
    OpeningTarget target;
    target.flexible = flexible;
    target.firstMonth = *parseFirstMonth(ctx, in->firstMonthText, u"firstMonth"_qs);
    auto unit = flexible ? flexibleUnit(ctx) : findUnitByAccount(ctx, in->unitAccount, true);
    if (!unit)
        return unit.error();
    if (flexible) {
        target.ratio = in->ratio;
        target.branchId = ctx.user().branchId;
    } else {
        if (Status s = ctx.checkBranch(unit->branchId); !s)
            return s.error();
        if (unit->state != u"01" || isFlexibleUnit(ctx, unit->id))
            return makeError(u"unit.not_open"_qs, u"unitAccount"_qs,
                             u"the unit account is "_qs + codes::unitAccountStates().label(unit->state));
        target.unitRatio = finance::Rate::fromPpm(unit->unitRatioPpm);
        target.personalRatio = finance::Rate::fromPpm(unit->personalRatioPpm);
        target.branchId = unit->branchId;
    }
    target.unitId = unit->id;
    target.unitAccount = unit->unitAccount;
    target.unitName = unit->name;
    auto terms = computeTerms(ctx, target, in->person.wageBaseFen);
    if (!terms)
        return terms.error();
    PersonOpener opener(ctx);
    auto st = opener.lookup(in->person);
    if (!st)
        return st.error();
    QJsonObject conflict;
    if (Status s = opener.check(in->person, *st, target, &conflict); !s) {
        if (refusal && !conflict.isEmpty())
            *refusal = Refusal{{{u"existingAccount"_qs, conflict}}, 409};
        return s.error();
    }
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    QString number;
    if (st->accountId == 0) {
        auto n = nextPersonalAccount(ctx);
        if (!n)
            return n.error();
        number = *n;
    }
    auto opened = opener.apply(in->person, *st, target, *terms, *serial, number);
    if (!opened)
        return opened.error();
    const bool unsealed = opened->action == u"unsealed";
    QJsonObject account{{u"accountNumber"_qs, opened->accountNumber},
                        {u"state"_qs, u"01"_qs},
                        {u"kind"_qs, flexible ? u"flexible"_qs : u"employed"_qs},
                        {u"unitAccount"_qs, target.unitAccount},
                        {u"unitName"_qs, target.unitName},
                        {u"firstMonth"_qs, monthText(target.firstMonth)}};
    if (flexible)
        account.insert(u"ratio"_qs, finance::toPercentString(target.ratio));
    else {
        account.insert(u"unitRatio"_qs, finance::toPercentString(target.unitRatio));
        account.insert(u"personalRatio"_qs, finance::toPercentString(target.personalRatio));
    }
    const QJsonObject deposit = terms->toJson();
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = flexible ? u"flexible_opening"_qs : u"account_opening"_qs;
    draft.businessLabel = flexible ? u"灵活就业缴存登记"_qs : u"个人开户"_qs;
    if (unsealed)
        draft.businessLabel += u"（启封）"_qs;
    draft.object = u"account:"_qs + opened->accountNumber;
    draft.fields = QJsonObject{{u"person"_qs, maskedPersonJson(in->person)},
                               {u"account"_qs, account},
                               {u"action"_qs, opened->action},
                               {u"previousUnitAccount"_qs, opened->previousUnitAccount},
                               {u"baseFen"_qs, terms->baseFen},
                               {u"warnings"_qs, terms->warnings}};
    const QJsonObject person = draft.fields.value(u"person"_qs).toObject();
    draft.line(u"姓名"_qs, person.value(u"name"_qs).toString());
    draft.line(u"证件类型"_qs, person.value(u"documentTypeLabel"_qs).toString());
    draft.line(u"证件号码"_qs, person.value(u"documentNumber"_qs).toString());
    draft.line(u"个人账号"_qs, opened->accountNumber);
    if (!flexible) {
        draft.line(u"单位账号"_qs, target.unitAccount);
        draft.line(u"单位名称"_qs, target.unitName);
    }
    if (!opened->previousUnitAccount.isEmpty())
        draft.line(u"原单位账号"_qs, opened->previousUnitAccount);
    draft.line(u"缴存基数"_qs, money::format(terms->baseFen));
    draft.line(flexible ? u"缴存比例"_qs : u"缴存比例（单位/个人）"_qs,
               flexible ? finance::toPercentString(target.ratio)
                        : finance::toPercentString(target.unitRatio) + u" / "_qs +
                              finance::toPercentString(target.personalRatio));
    draft.line(u"首次缴存月份"_qs, monthText(target.firstMonth));
    if (!flexible) {
        draft.amounts.append(amount(u"单位月缴存额"_qs, terms->unitAmountFen));
        draft.amounts.append(amount(u"个人月缴存额"_qs, terms->personalAmountFen));
    }
    draft.amounts.append(amount(u"月缴存额合计"_qs, terms->totalFen));
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    const PersonOpened result{*serial,
                              opened->action,
                              opened->previousUnitAccount,
                              personJson(in->person),
                              account,
                              deposit,
                              terms->warnings,
                              *receipt};
    if (!unsealed) {
        if (Status s = ctx.audit(
                ctx.operation, draft.object, u"ok"_qs, {},
                QJsonObject{{u"account"_qs, account}, {u"deposit"_qs, deposit}, {u"serial"_qs, *serial}});
            !s)
            return s.error();
    }
    qCInfo(lcOpening) << ctx.operation << opened->action << opened->accountNumber << *serial;
    return result;
}

} // namespace

Status checkUnitOpening(ServiceContext &ctx, const UnitOpeningRequest &request)
{
    auto in = validUnitOpening(ctx, request);
    return in ? Status{} : Status{in.error()};
}

Result<UnitOpened> openUnit(ServiceContext &ctx, const UnitOpeningRequest &request, Refusal *refusal)
{
    auto in = validUnitOpening(ctx, request);
    if (!in)
        return in.error();
    auto existing = findUnitByCreditCode(ctx, in->creditCode.code);
    if (existing) {
        if (refusal)
            *refusal = Refusal{{{u"existingUnit"_qs, QJsonObject{{u"unitAccount"_qs, existing->unitAccount},
                                                                 {u"name"_qs, existing->name},
                                                                 {u"state"_qs, existing->state},
                                                                 {u"branch"_qs, existing->branchCode}}}},
                               0};
        return makeError(u"unit.exists"_qs, u"creditCode"_qs);
    }
    if (existing.error().code != u"unit.not_found")
        return existing.error();
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    auto number = nextUnitAccount(ctx);
    if (!number)
        return number.error();
    Query ins(ctx.db,
              u"INSERT INTO units (unit_account, credit_code, name, branch_id, state, unit_ratio_ppm, "
              "personal_ratio_ppm, created_at) VALUES (:a, :c, :n, :b, '01', :ur, :pr, :t) RETURNING id"_qs);
    ins.bind(u":a"_qs, *number)
        .bind(u":c"_qs, in->creditCode.code)
        .bind(u":n"_qs, in->name)
        .bind(u":b"_qs, ctx.user().branchId)
        .bind(u":ur"_qs, in->unitRatio.ppm)
        .bind(u":pr"_qs, in->personalRatio.ppm)
        .bind(u":t"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    if (!ins.next())
        return makeError(u"db.error"_qs, {}, u"no unit id returned"_qs);
    const qint64 unitId = ins.int64(0);
    Query prof(
        ctx.db,
        u"INSERT INTO unit_profiles (unit_id, kind, economic_type, legal_rep_name, legal_rep_doc_type, "
        "legal_rep_doc_number, registered_address, office_address, contact_name, contact_mobile, bank_code, "
        "bank_name, bank_account, remittance_day, first_month, opened_on, serial) VALUES (:u, 'employer', "
        ":et, :rn, :rt, :rd, :ra, :oa, :cn, :cm, :bc, :bn, :ba, :day, :fm, :on, :s)"_qs);
    prof.bind(u":u"_qs, unitId)
        .bind(u":et"_qs, in->economicType)
        .bind(u":rn"_qs, in->repName)
        .bind(u":rt"_qs, identity::documentTypeCode(in->repId.type))
        .bind(u":rd"_qs, in->repId.number)
        .bind(u":ra"_qs, in->registeredAddress)
        .bind(u":oa"_qs, in->officeAddress)
        .bind(u":cn"_qs, in->contactName)
        .bind(u":cm"_qs, in->contactMobile)
        .bind(u":bc"_qs, in->bankCode)
        .bind(u":bn"_qs, in->bankName)
        .bind(u":ba"_qs, in->bankAccount)
        .bind(u":day"_qs, in->remittanceDay)
        .bind(u":fm"_qs, monthText(in->firstMonth))
        .bind(u":on"_qs, today(ctx).toString(Qt::ISODate))
        .bind(u":s"_qs, *serial);
    if (Status s = prof.exec(); !s)
        return s.error();
    auto unit = unitProfileJson(ctx, unitId);
    if (!unit)
        return unit.error();
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"unit_opening"_qs;
    draft.businessLabel = u"单位开户"_qs;
    draft.object = u"unit:"_qs + *number;
    draft.fields =
        QJsonObject{{u"unitAccount"_qs, *number},
                    {u"name"_qs, in->name},
                    {u"creditCode"_qs, in->creditCode.code},
                    {u"economicType"_qs, in->economicType},
                    {u"economicTypeLabel"_qs, codes::economicTypes().label(in->economicType)},
                    {u"legalRepresentative"_qs,
                     QJsonObject{{u"name"_qs, identity::maskName(in->repName)},
                                 {u"documentNumber"_qs, identity::maskNumber(in->repId.number)}}},
                    {u"contact"_qs, QJsonObject{{u"name"_qs, identity::maskName(in->contactName)},
                                                {u"mobile"_qs, mobile::mask(in->contactMobile)}}},
                    {u"bank"_qs, QJsonObject{{u"name"_qs, in->bankName},
                                             {u"account"_qs, identity::maskNumber(in->bankAccount)}}},
                    {u"unitRatio"_qs, finance::toPercentString(in->unitRatio)},
                    {u"personalRatio"_qs, finance::toPercentString(in->personalRatio)},
                    {u"remittanceDay"_qs, in->remittanceDay},
                    {u"firstMonth"_qs, monthText(in->firstMonth)}};
    draft.line(u"单位账号"_qs, *number);
    draft.line(u"单位名称"_qs, in->name);
    draft.line(u"统一社会信用代码"_qs, in->creditCode.code);
    draft.line(u"经济类型"_qs, codes::economicTypes().label(in->economicType));
    draft.line(u"法定代表人"_qs, identity::maskName(in->repName));
    draft.line(u"缴存比例（单位/个人）"_qs, finance::toPercentString(in->unitRatio) + u" / "_qs +
                                                finance::toPercentString(in->personalRatio));
    draft.line(u"汇缴日"_qs, QString::number(in->remittanceDay));
    draft.line(u"首次汇缴月份"_qs, monthText(in->firstMonth));
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    QJsonArray warnings;
    for (const QString &w : in->creditCode.warnings)
        warnings.append(QJsonObject{{u"code"_qs, w}, {u"field"_qs, u"creditCode"_qs}});
    if (Status s = ctx.audit(ctx.operation, draft.object, u"ok"_qs, {}, *unit); !s)
        return s.error();
    qCInfo(lcOpening) << "unit opened" << *number << *serial;
    return UnitOpened{*serial, *unit, warnings, *receipt};
}

Status checkPersonalOpening(ServiceContext &ctx, const PersonalOpeningRequest &request)
{
    auto in = validPersonalOpening(ctx, request, false);
    return in ? Status{} : Status{in.error()};
}

Result<PersonOpened> openPersonal(ServiceContext &ctx, const PersonalOpeningRequest &request,
                                  Refusal *refusal)
{
    return openPerson(ctx, request, false, refusal);
}

Status checkFlexibleOpening(ServiceContext &ctx, const PersonalOpeningRequest &request)
{
    auto in = validPersonalOpening(ctx, request, true);
    if (!in)
        return in.error();
    // The flexible terms depend on the policy alone: refuse a bad ratio or base before the transaction.
    OpeningTarget target;
    target.flexible = true;
    target.ratio = in->ratio;
    target.firstMonth = *parseFirstMonth(ctx, in->firstMonthText, u"firstMonth"_qs);
    auto terms = computeTerms(ctx, target, in->person.wageBaseFen);
    return terms ? Status{} : Status{terms.error()};
}

Result<PersonOpened> openFlexible(ServiceContext &ctx, const PersonalOpeningRequest &request,
                                  Refusal *refusal)
{
    return openPerson(ctx, request, true, refusal);
}

} // namespace hpf::server
