#include "api/openings.h"

namespace hpf::client::api {

namespace {

QStringList warningCodes(Reader &r)
{
    QStringList codes;
    for (Reader w : r.objects(u"warnings", false))
        codes.append(w.id(u"code"));
    return codes;
}

QJsonObject personBody(const PersonInput &p)
{
    QJsonObject body{{u"documentType"_qs, p.documentType},
                     {u"documentNumber"_qs, p.documentNumber},
                     {u"name"_qs, p.name},
                     {u"wageBaseFen"_qs, p.wageBaseFen}};
    if (!p.mobile.isEmpty())
        body.insert(u"mobile"_qs, p.mobile);
    if (p.firstMonth)
        body.insert(u"firstMonth"_qs, p.firstMonth->toString(u"yyyy-MM"_qs));
    return body;
}

} // namespace

Result<Unit> Unit::fromJson(const QJsonObject &json)
{
    Reader r(json);
    Unit u;
    u.unitAccount = r.id(u"unitAccount");
    u.name = r.text(u"name");
    u.state = r.id(u"state");
    u.stateLabel = r.optionalText(u"stateLabel");
    u.creditCode = r.optionalText(u"creditCode");
    u.branch = r.optionalText(u"branch");
    u.kind = r.optionalText(u"kind");
    u.unitRatio = r.optionalText(u"unitRatio");
    u.personalRatio = r.optionalText(u"personalRatio");
    if (!r.ok())
        return r.error();
    return u;
}

Result<PersonOpened> PersonOpened::fromJson(const QJsonObject &json)
{
    Reader r(json);
    PersonOpened o;
    o.serial = r.id(u"serial");
    o.action = r.id(u"action");
    o.previousUnitAccount = r.optionalText(u"previousUnitAccount");
    Reader account = r.object(u"account");
    o.accountNumber = account.id(u"accountNumber");
    o.kind = account.id(u"kind");
    o.unitAccount = account.optionalText(u"unitAccount");
    o.unitName = account.optionalText(u"unitName");
    o.firstMonth = account.text(u"firstMonth");
    o.ratio = account.optionalText(u"ratio");
    Reader deposit = r.object(u"deposit");
    o.baseFen = deposit.integer(u"baseFen");
    o.unitAmountFen = deposit.optionalInteger(u"unitAmountFen").value_or(0);
    o.personalAmountFen = deposit.optionalInteger(u"personalAmountFen").value_or(0);
    o.totalFen = deposit.integer(u"totalFen");
    o.warnings = warningCodes(r);
    Reader receipt = r.object(u"receipt");
    o.receipt = Receipt::read(receipt);
    if (!r.ok())
        return r.error();
    return o;
}

Result<UnitOpened> UnitOpened::fromJson(const QJsonObject &json)
{
    Reader r(json);
    UnitOpened o;
    o.serial = r.id(u"serial");
    Reader unit = r.object(u"unit");
    o.unitAccount = unit.id(u"unitAccount");
    o.name = unit.text(u"name");
    o.warnings = warningCodes(r);
    Reader receipt = r.object(u"receipt");
    o.receipt = Receipt::read(receipt);
    if (!r.ok())
        return r.error();
    return o;
}

Result<ExistingAccount> ExistingAccount::fromJson(const QJsonObject &json)
{
    Reader r(json);
    Reader e = r.object(u"existingAccount");
    ExistingAccount a;
    a.accountNumber = e.id(u"accountNumber");
    a.state = e.id(u"state");
    a.stateLabel = e.optionalText(u"stateLabel");
    a.unitAccount = e.optionalText(u"unitAccount");
    a.unitName = e.optionalText(u"unitName");
    a.branch = e.optionalText(u"branch");
    a.sameUnit = e.optionalBoolean(u"sameUnit");
    if (!r.ok())
        return r.error();
    return a;
}

Result<ExistingUnit> ExistingUnit::fromJson(const QJsonObject &json)
{
    Reader r(json);
    Reader e = r.object(u"existingUnit");
    ExistingUnit u;
    u.unitAccount = e.id(u"unitAccount");
    u.name = e.text(u"name");
    u.branch = e.optionalText(u"branch");
    if (!r.ok())
        return r.error();
    return u;
}

namespace openings {

void fetchUnit(ApiClient *api, const QString &unitAccount, QObject *context,
               std::function<void(const Reply<Unit> &)> done)
{
    api::fetch<Unit>(api, ApiRequest::get(u"/api/v1/units/"_qs + segment(unitAccount)), context,
                     &Unit::fromJson, std::move(done));
}

ops::Request openUnit(const UnitOpeningInput &in, const QString &summary)
{
    QJsonObject body{
        {u"creditCode"_qs, in.creditCode},
        {u"name"_qs, in.name},
        {u"economicType"_qs, in.economicType},
        {u"legalRepresentative"_qs, QJsonObject{{u"name"_qs, in.representativeName},
                                                {u"documentType"_qs, in.representativeDocumentType},
                                                {u"documentNumber"_qs, in.representativeDocumentNumber}}},
        {u"registeredAddress"_qs, in.registeredAddress},
        {u"contact"_qs, QJsonObject{{u"name"_qs, in.contactName}, {u"mobile"_qs, in.contactMobile}}},
        {u"bank"_qs,
         QJsonObject{{u"code"_qs, in.bankCode}, {u"name"_qs, in.bankName}, {u"account"_qs, in.bankAccount}}},
        {u"unitRatio"_qs, in.unitRatio},
        {u"personalRatio"_qs, in.personalRatio},
        {u"remittanceDay"_qs, in.remittanceDay},
        {u"firstMonth"_qs, in.firstMonth.toString(u"yyyy-MM"_qs)}};
    if (!in.officeAddress.isEmpty())
        body.insert(u"officeAddress"_qs, in.officeAddress);
    return {QByteArrayLiteral("POST"), u"/api/v1/openings/units"_qs, body, summary};
}

ops::Request openPerson(const QString &unitAccount, const PersonInput &person, const QString &summary)
{
    QJsonObject body = personBody(person);
    body.insert(u"unitAccount"_qs, unitAccount);
    return {QByteArrayLiteral("POST"), u"/api/v1/openings/accounts"_qs, body, summary};
}

ops::Request openFlexible(const PersonInput &person, const QString &ratio, const QString &summary)
{
    QJsonObject body = personBody(person);
    body.insert(u"ratio"_qs, ratio);
    return {QByteArrayLiteral("POST"), u"/api/v1/openings/flexible"_qs, body, summary};
}

} // namespace openings

namespace units {

QString employeesPath(const QString &unitAccount)
{
    return u"/api/v1/units/"_qs + segment(unitAccount) + u"/employees"_qs;
}

QString remittancesPath(const QString &unitAccount)
{
    return u"/api/v1/units/"_qs + segment(unitAccount) + u"/remittances"_qs;
}

} // namespace units

} // namespace hpf::client::api
