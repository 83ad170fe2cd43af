#include "api/receipts.h"

namespace hpf::client::api {

Receipt Receipt::read(Reader &r)
{
    Receipt d;
    d.serial = r.id(u"serial");
    d.business = r.optionalText(u"business");
    d.businessLabel = r.text(u"businessLabel");
    Reader center = r.object(u"center");
    d.centerName = center.text(u"name");
    if (r.hasObject(u"branch")) {
        Reader branch = r.object(u"branch");
        d.branchName = branch.text(u"name");
    }
    if (r.hasObject(u"teller")) {
        Reader teller = r.object(u"teller");
        d.tellerUsername = teller.id(u"username");
        d.tellerName = teller.optionalText(u"name");
    }
    d.at = r.dateTime(u"at");
    for (Reader line : r.objects(u"lines", false))
        d.lines.append({line.text(u"label"), line.text(u"value")});
    for (Reader amount : r.objects(u"amounts", false))
        d.amounts.append({amount.text(u"label"), amount.text(u"text"), amount.integer(u"fen")});
    return d;
}

Result<Receipt> Receipt::fromJson(const QJsonObject &json)
{
    Reader r(json);
    Receipt d = read(r);
    if (!r.ok())
        return r.error();
    return d;
}

Result<ReceiptRecord> ReceiptRecord::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ReceiptRecord d;
    Reader receipt = r.object(u"receipt");
    d.receipt = Receipt::read(receipt);
    d.reprints = r.integer(u"reprints");
    if (r.ok() && !r.optionalText(u"lastReprintAt").isEmpty())
        d.lastReprintAt = r.dateTime(u"lastReprintAt");
    if (!r.ok())
        return r.error();
    return d;
}

Result<ReceiptReprint> ReceiptReprint::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ReceiptReprint d;
    Reader receipt = r.object(u"receipt");
    d.receipt = Receipt::read(receipt);
    d.reprintNumber = int(r.integer(u"reprintNumber"));
    d.reprintedAt = r.dateTime(u"reprintedAt");
    if (!r.ok())
        return r.error();
    return d;
}

namespace receipts {

void fetch(ApiClient *api, const QString &serial, QObject *context,
           std::function<void(const Reply<ReceiptRecord> &)> done)
{
    api::fetch<ReceiptRecord>(api, ApiRequest::get(u"/api/v1/receipts/"_qs + segment(serial)), context,
                              &ReceiptRecord::fromJson, std::move(done));
}

ops::Request reprint(const QString &serial, const QString &summary)
{
    return {QByteArrayLiteral("POST"), u"/api/v1/receipts/"_qs + segment(serial) + u"/reprints"_qs,
            QJsonObject{}, summary};
}

} // namespace receipts

} // namespace hpf::client::api
