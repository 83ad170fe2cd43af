#include "api/judicial.h"

namespace hpf::client::api {

Result<FreezeRegistered> FreezeRegistered::fromJson(const QJsonObject &json)
{
    Reader r(json);
    FreezeRegistered f;
    f.holdId = r.id(u"holdId");
    f.serial = r.id(u"serial");
    f.accountNumber = r.id(u"accountNumber");
    f.amountFen = r.integer(u"amountFen");
    f.availableFen = r.integer(u"availableFen");
    if (!r.ok())
        return r.error();
    return f;
}

namespace judicial {

ops::Request freeze(const FreezeInput &input, const QString &summary)
{
    QJsonObject body{{u"accountNumber"_qs, input.accountNumber},
                     {u"kind"_qs, u"judicial"_qs},
                     {u"amountFen"_qs, input.amountFen},
                     {u"court"_qs, input.court},
                     {u"caseNumber"_qs, input.caseNumber}};
    if (input.endsOn)
        body.insert(u"endsOn"_qs, input.endsOn->toString(Qt::ISODate));
    return {QByteArrayLiteral("POST"), u"/api/v1/holds"_qs, body, summary};
}

} // namespace judicial

} // namespace hpf::client::api
