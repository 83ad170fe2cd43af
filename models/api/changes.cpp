#include "api/changes.h"

#include "api/withdrawals.h"

namespace hpf::client::api {

namespace {

QString unitPath(const QString &unitAccount)
{
    return u"/api/v1/units/"_qs + segment(unitAccount.trimmed()) + u"/changes"_qs;
}

} // namespace

bool UnitChangeInput::isEmpty() const
{
    return !name && !contact && !officeAddress && !registeredAddress && !bank && !remittanceDay &&
           !legalRepresentative;
}

Result<ChangeResult> ChangeResult::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ChangeResult c;
    c.serial = r.id(u"serial");
    // A unit's change names the unit, a person's the account; exactly one of them.
    const bool unit = json.contains(u"unitAccount");
    c.subject = r.id(unit ? u"unitAccount" : u"accountNumber");
    for (Reader &f : r.objects(u"changes"))
        c.changes.append({f.id(u"field"), f.text(u"before"), f.text(u"after")});
    Reader receipt = r.object(u"receipt");
    c.receipt = Receipt::read(receipt);
    if (r.ok() && c.changes.isEmpty())
        r.invalid(u"changes", u"a change without any changed field"_qs);
    if (!r.ok())
        return r.error();
    return c;
}

Result<UnitChangeHistory> UnitChangeHistory::fromJson(const QJsonObject &json)
{
    Reader r(json);
    UnitChangeHistory h;
    for (Reader &i : r.objects(u"items")) {
        Item item{i.id(u"serial"), i.dateTime(u"at"), {}, i.text(u"operator")};
        const QJsonArray fields = i.array(u"fields");
        for (const QJsonValue &v : fields) {
            if (!v.isString()) {
                i.invalid(u"fields", u"not a list of field names"_qs);
                break;
            }
            item.fields.append(v.toString());
        }
        h.items.append(item);
    }
    if (!r.ok())
        return r.error();
    return h;
}

namespace changes {

ops::Request unitChange(const UnitChangeInput &in, const QString &summary)
{
    QJsonObject body;
    if (in.name)
        body.insert(u"name"_qs, in.name->trimmed());
    if (in.contact)
        body.insert(u"contact"_qs,
                    QJsonObject{{u"name"_qs, in.contact->name.trimmed()},
                                {u"mobile"_qs, withdrawals::normaliseDigits(in.contact->mobile)}});
    if (in.officeAddress)
        body.insert(u"officeAddress"_qs, in.officeAddress->trimmed());
    if (in.registeredAddress)
        body.insert(u"registeredAddress"_qs, in.registeredAddress->trimmed());
    if (in.bank)
        body.insert(u"bank"_qs, QJsonObject{{u"code"_qs, in.bank->code.trimmed()},
                                            {u"name"_qs, in.bank->name.trimmed()},
                                            {u"account"_qs, withdrawals::normaliseDigits(in.bank->account)}});
    if (in.remittanceDay)
        body.insert(u"remittanceDay"_qs, *in.remittanceDay);
    if (in.legalRepresentative) {
        const LegalRepresentative &l = *in.legalRepresentative;
        body.insert(
            u"legalRepresentative"_qs,
            QJsonObject{{u"name"_qs, l.name.trimmed()},
                        {u"documentType"_qs, l.documentType.isEmpty() ? u"01"_qs : l.documentType},
                        {u"documentNumber"_qs, withdrawals::normaliseDigits(l.documentNumber).toUpper()}});
    }
    body.insert(u"reason"_qs, in.reason.trimmed());
    return {QByteArrayLiteral("POST"), unitPath(in.unitAccount), body, summary};
}

ops::Request personChange(const PersonChangeInput &in, const QString &summary)
{
    QJsonObject body{{u"accountNumber"_qs, withdrawals::normaliseDigits(in.accountNumber)},
                     {u"reason"_qs, in.reason.trimmed()}};
    if (in.name)
        body.insert(u"name"_qs, in.name->trimmed());
    if (in.mobile)
        body.insert(u"mobile"_qs, withdrawals::normaliseDigits(*in.mobile));
    return {QByteArrayLiteral("POST"), u"/api/v1/persons/changes"_qs, body, summary};
}

void unitHistory(ApiClient *api, const QString &unitAccount, QObject *context,
                 std::function<void(const Reply<UnitChangeHistory> &)> done)
{
    api::fetch<UnitChangeHistory>(api, ApiRequest::get(unitPath(unitAccount)), context,
                                  &UnitChangeHistory::fromJson, std::move(done));
}

} // namespace changes

} // namespace hpf::client::api
