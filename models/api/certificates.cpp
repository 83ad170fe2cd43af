#include "api/certificates.h"

namespace hpf::client::api {

namespace {

QJsonObject inputsJson(const CertificateInputValues &inputs)
{
    QJsonObject o;
    for (const auto &[name, value] : inputs)
        o.insert(name, value);
    return o;
}

} // namespace

Result<CertificateTypes> CertificateTypes::fromJson(const QJsonObject &json)
{
    Reader r(json);
    CertificateTypes t;
    t.issuingAvailable = r.optionalBoolean(u"issuingAvailable");
    for (Reader type : r.objects(u"types")) {
        CertificateType ct{type.id(u"code"), type.text(u"title"), {}};
        for (Reader input : type.objects(u"inputs", false))
            ct.inputs.append({input.id(u"name"), input.text(u"label"),
                              int(input.optionalInteger(u"maxLength").value_or(0)),
                              input.optionalBoolean(u"required", true)});
        t.types.append(ct);
    }
    if (!r.ok())
        return r.error();
    return t;
}

Certificate Certificate::read(Reader &r)
{
    Certificate c;
    c.number = r.id(u"number");
    c.code = r.text(u"code");
    c.type = r.optionalText(u"type");
    c.title = r.text(u"title");
    c.accountNumber = r.optionalText(u"accountNumber");
    c.centerName = r.optionalText(u"centerName");
    for (Reader f : r.objects(u"fields", false))
        c.fields.append({f.text(u"label"), f.text(u"value"), f.optionalInteger(u"amountFen")});
    c.statement = r.optionalText(u"statement");
    c.issueDate = r.optionalDate(u"issueDate").value_or(QDate());
    c.validUntil = r.optionalDate(u"validUntil").value_or(QDate());
    c.handler = r.optionalText(u"handler");
    c.phone = r.optionalText(u"phone");
    c.verifyHint = r.optionalText(u"verifyHint");
    c.training = r.optionalBoolean(u"training");
    return c;
}

Result<Certificate> Certificate::fromJson(const QJsonObject &json)
{
    Reader r(json);
    Certificate c = read(r);
    if (!r.ok())
        return r.error();
    return c;
}

Result<CertificateBatchResult> CertificateBatchResult::fromJson(const QJsonObject &json)
{
    Reader r(json);
    CertificateBatchResult b;
    for (Reader item : r.objects(u"items")) {
        CertificateBatchResult::Item i;
        i.accountNumber = item.id(u"accountNumber");
        i.issued = item.id(u"status") == u"issued";
        if (i.issued) {
            Reader certificate = item.object(u"certificate");
            i.certificate = Certificate::read(certificate);
        } else {
            i.code = item.optionalText(u"code");
        }
        b.items.append(i);
    }
    if (!r.ok())
        return r.error();
    return b;
}

Result<UnitEmployees> UnitEmployees::fromJson(const QJsonObject &json)
{
    Reader r(json);
    UnitEmployees e;
    for (Reader item : r.objects(u"items"))
        e.items.append({item.id(u"accountNumber"), item.optionalText(u"name"),
                        item.optionalText(u"documentNumber"), item.id(u"state"),
                        item.optionalText(u"stateLabel")});
    e.truncated = r.optionalBoolean(u"truncated");
    if (!r.ok())
        return r.error();
    return e;
}

namespace certificates {

void fetchTypes(ApiClient *api, QObject *context, std::function<void(const Reply<CertificateTypes> &)> done)
{
    ApiRequest request = ApiRequest::get(u"/api/v1/certificates/types"_qs);
    request.authenticated = false; // public reference data
    api::fetch<CertificateTypes>(api, request, context, &CertificateTypes::fromJson, std::move(done));
}

void fetchEmployees(ApiClient *api, const QString &unitAccount, QObject *context,
                    std::function<void(const Reply<UnitEmployees> &)> done)
{
    api::fetch<UnitEmployees>(api,
                              ApiRequest::get(u"/api/v1/units/"_qs + segment(unitAccount) + u"/employees"_qs),
                              context, &UnitEmployees::fromJson, std::move(done));
}

ops::Request issue(const QString &type, const QString &accountNumber, const CertificateInputValues &inputs,
                   const QString &summary)
{
    QJsonObject body{{u"type"_qs, type}, {u"accountNumber"_qs, accountNumber}};
    if (!inputs.isEmpty())
        body.insert(u"inputs"_qs, inputsJson(inputs));
    return {QByteArrayLiteral("POST"), u"/api/v1/certificates"_qs, body, summary};
}

ops::Request issueBatch(const QString &type, const QString &unitAccount, const QStringList &accountNumbers,
                        const CertificateInputValues &inputs, const QString &summary)
{
    QJsonObject body{{u"type"_qs, type},
                     {u"unitAccount"_qs, unitAccount},
                     {u"accountNumbers"_qs, QJsonArray::fromStringList(accountNumbers)}};
    if (!inputs.isEmpty())
        body.insert(u"inputs"_qs, inputsJson(inputs));
    return {QByteArrayLiteral("POST"), u"/api/v1/certificates/batch"_qs, body, summary};
}

} // namespace certificates

} // namespace hpf::client::api
