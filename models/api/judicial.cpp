#include "api/judicial.h"

namespace hpf::client::api {

namespace {

const QString kBase = u"/api/v1/judicial"_qs;

template<typename T>
void get(ApiClient *api, const QString &path, QObject *context, std::function<void(const Reply<T> &)> done)
{
    api::fetch<T>(api, ApiRequest::get(path), context, &T::fromJson, std::move(done));
}

// A member that is an object or null (Freeze|null): absent or of another type is a contract error.
bool hasNullableObject(Reader &r, QStringView key)
{
    if (r.isNull(key))
        return false;
    (void)r.object(key); // missing or not an object: fails with the key's path
    return r.hasObject(key);
}

QDate dateOrNull(Reader &r, QStringView key)
{
    return r.optionalDate(key).value_or(QDate());
}

// A court request nested in a response, read with the shared strict reader; its errors become
// api.contract naming the nested path.
hpf::judicial::Request readRequest(Reader &parent, QStringView key, std::optional<Error> &error)
{
    if (!parent.hasObject(key)) {
        (void)parent.object(key); // missing or not an object: fails with the key's path
        return {};
    }
    const QJsonObject json = parent.rawObject(key);
    auto request = hpf::judicial::fromJson(json);
    if (!request) {
        if (!error)
            error = contractError(parent.path(key) + u'.' + request.error().field, request.error().detail);
        return {};
    }
    return request.value();
}

} // namespace

const JudicialCourt *JudicialCourts::find(const QString &code) const
{
    for (const JudicialCourt &c : courts) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

Result<JudicialCourts> JudicialCourts::fromJson(const QJsonObject &json)
{
    Reader r(json);
    JudicialCourts c;
    for (Reader &court : r.objects(u"courts"))
        c.courts.append({court.id(u"code"), court.text(u"name"), court.optionalText(u"nameEn")});
    c.expiringDays = int(r.integer(u"expiringDays"));
    const QJsonArray grounds = r.optionalArray(u"unfreezeGrounds");
    for (const QJsonValue &g : grounds)
        c.unfreezeGrounds.append(g.toString());
    if (!r.ok())
        return r.error();
    if (c.expiringDays < 1 || c.expiringDays > 3660)
        return contractError(u"expiringDays"_qs, u"out of range"_qs);
    return c;
}

JudicialFreeze JudicialFreeze::read(Reader &r)
{
    JudicialFreeze f;
    f.holdId = r.idOrNumber(u"holdId");
    f.serial = r.optionalText(u"serial");
    f.state = r.id(u"state");
    f.wholeBalance = r.optionalBoolean(u"wholeBalance");
    f.amountFen = r.optionalInteger(u"amountFen").value_or(0);
    f.deductedFen = r.optionalInteger(u"deductedFen").value_or(0);
    f.heldFen = r.optionalInteger(u"heldFen").value_or(0);
    f.shortfallFen = r.optionalInteger(u"shortfallFen").value_or(0);
    f.courtCode = r.optionalText(u"courtCode");
    f.courtName = r.text(u"courtName");
    f.caseNumber = r.text(u"caseNumber");
    f.noticeNumber = r.optionalText(u"noticeNumber");
    f.startDate = dateOrNull(r, u"startDate");
    f.endDate = dateOrNull(r, u"endDate");
    f.registeredAt = r.dateTime(u"registeredAt");
    f.activatedOn = dateOrNull(r, u"activatedOn");
    f.endedOn = dateOrNull(r, u"endedOn");
    f.renewals = int(r.optionalInteger(u"renewals").value_or(0));
    f.queuePosition = int(r.optionalInteger(u"queuePosition").value_or(0));
    return f;
}

Result<JudicialFreeze> JudicialFreeze::fromJson(const QJsonObject &json)
{
    Reader r(json);
    JudicialFreeze f = read(r);
    if (!r.ok())
        return r.error();
    return f;
}

Result<JudicialAccountFreezes> JudicialAccountFreezes::fromJson(const QJsonObject &json)
{
    Reader r(json);
    JudicialAccountFreezes s;
    Reader a = r.object(u"account");
    s.account = {a.id(u"accountNumber"),    a.text(u"personName"),    a.optionalText(u"idNumberMasked"),
                 a.optionalText(u"state"),  a.integer(u"balanceFen"), a.integer(u"heldFen"),
                 a.integer(u"availableFen")};
    if (hasNullableObject(r, u"active")) {
        Reader active = r.object(u"active");
        s.active = JudicialFreeze::read(active);
    }
    for (Reader &f : r.objects(u"queue"))
        s.queue.append(JudicialFreeze::read(f));
    for (Reader &f : r.objects(u"history"))
        s.history.append(JudicialFreeze::read(f));
    if (!r.ok())
        return r.error();
    return s;
}

JudicialReceipt JudicialReceipt::read(Reader &r)
{
    JudicialReceipt c;
    c.number = r.id(u"number");
    c.centerName = r.text(u"centerName");
    c.branchName = r.optionalText(u"branchName");
    c.action = r.id(u"action");
    c.courtName = r.text(u"courtName");
    c.caseNumber = r.text(u"caseNumber");
    c.noticeNumber = r.optionalText(u"noticeNumber");
    c.accountNumber = r.text(u"accountNumber");
    c.personName = r.text(u"personName");
    c.requestedFen = r.optionalInteger(u"requestedFen");
    c.achievedFen = r.optionalInteger(u"achievedFen").value_or(0);
    c.shortfallFen = r.optionalInteger(u"shortfallFen").value_or(0);
    c.state = r.optionalText(u"state");
    c.startDate = dateOrNull(r, u"startDate");
    c.endDate = dateOrNull(r, u"endDate");
    c.queuePosition = int(r.optionalInteger(u"queuePosition").value_or(0));
    const QJsonArray notes = r.optionalArray(u"notes");
    for (const QJsonValue &n : notes)
        c.notes.append(n.toString());
    c.at = r.dateTime(u"at");
    c.teller = r.text(u"teller");
    c.supervisor = r.optionalText(u"supervisor");
    return c;
}

JudicialOutcome JudicialOutcome::read(Reader &r)
{
    JudicialOutcome o;
    Reader request = r.object(u"request");
    o.requestId = request.idOrNumber(u"id");
    o.serial = request.id(u"serial");
    o.type = request.id(u"type");
    o.channel = request.optionalText(u"channel");
    o.status = request.optionalText(u"status");
    Reader freeze = r.object(u"freeze");
    o.freeze = JudicialFreeze::read(freeze);
    if (hasNullableObject(r, u"promoted")) {
        Reader promoted = r.object(u"promoted");
        o.promoted = JudicialFreeze::read(promoted);
    }
    Reader account = r.object(u"account");
    o.balanceFen = account.integer(u"balanceFen");
    o.heldFen = account.integer(u"heldFen");
    o.availableFen = account.integer(u"availableFen");
    for (Reader &flag : r.objects(u"riskFlags", false))
        o.riskFlags.append({flag.id(u"code"), flag.optionalText(u"reason")});
    Reader receipt = r.object(u"receipt");
    o.receipt = JudicialReceipt::read(receipt);
    return o;
}

Result<JudicialOutcome> JudicialOutcome::fromJson(const QJsonObject &json)
{
    Reader r(json);
    JudicialOutcome o = read(r);
    if (!r.ok())
        return r.error();
    return o;
}

Result<JudicialExpiring> JudicialExpiring::fromJson(const QJsonObject &json)
{
    Reader r(json);
    JudicialExpiring e;
    e.days = int(r.integer(u"days"));
    for (Reader &i : r.objects(u"items")) {
        e.items.append({i.idOrNumber(u"holdId"), i.id(u"accountNumber"), i.text(u"personName"),
                        i.text(u"courtName"), i.text(u"caseNumber"), i.date(u"endDate"),
                        int(i.integer(u"daysLeft")), i.id(u"state")});
    }
    if (!r.ok())
        return r.error();
    return e;
}

Result<JudicialRequestRecord> JudicialRequestRecord::fromJson(const QJsonObject &json)
{
    Reader r(json);
    JudicialRequestRecord rec;
    std::optional<Error> requestError;
    rec.request = readRequest(r, u"request", requestError);
    if (hasNullableObject(r, u"outcome")) {
        Reader outcome = r.object(u"outcome");
        rec.outcome = JudicialOutcome::read(outcome);
    }
    rec.channel = r.id(u"channel");
    rec.status = r.id(u"status");
    rec.receivedAt = r.dateTime(u"receivedAt");
    if (requestError) // the request comes first in the document
        return *requestError;
    if (!r.ok())
        return r.error();
    return rec;
}

Result<JudicialInbox> JudicialInbox::fromJson(const QJsonObject &json)
{
    Reader r(json);
    JudicialInbox inbox;
    std::optional<Error> requestError;
    for (Reader &i : r.objects(u"items")) {
        JudicialInboxItem item{i.idOrNumber(u"id"),  i.dateTime(u"receivedAt"), i.id(u"type"),
                               i.text(u"courtName"), i.text(u"caseNumber"),     {}};
        item.request = readRequest(i, u"request", requestError);
        inbox.items.append(item);
    }
    if (requestError) // the request comes first in the document
        return *requestError;
    if (!r.ok())
        return r.error();
    return inbox;
}

Result<JudicialRejected> JudicialRejected::fromJson(const QJsonObject &json)
{
    Reader r(json);
    JudicialRejected j{r.idOrNumber(u"id"), r.id(u"status")};
    if (!r.ok())
        return r.error();
    return j;
}

namespace judicial {

void courts(ApiClient *api, QObject *context, std::function<void(const Reply<JudicialCourts> &)> done)
{
    get<JudicialCourts>(api, kBase + u"/courts"_qs, context, std::move(done));
}

ApiRequest searchRequest(const QString &accountNumber)
{
    return ApiRequest::search(kBase + u"/search"_qs, {{u"accountNumber"_qs, accountNumber.trimmed()}});
}

void search(ApiClient *api, const QString &accountNumber, QObject *context,
            std::function<void(const Reply<JudicialAccountFreezes> &)> done)
{
    api::fetch<JudicialAccountFreezes>(api, searchRequest(accountNumber), context,
                                       &JudicialAccountFreezes::fromJson, std::move(done));
}

ops::Request submit(const hpf::judicial::Request &request, const QString &summary)
{
    using hpf::judicial::RequestType;
    const QString freeze = kBase + u"/freezes/"_qs + segment(QString::number(request.holdId));
    QString path;
    switch (request.type) {
    case RequestType::Freeze:
    case RequestType::Query: // not a desk operation: the server refuses it with its field
        path = kBase + u"/freezes"_qs;
        break;
    case RequestType::Renew:
        path = freeze + u"/renew"_qs;
        break;
    case RequestType::Unfreeze:
        path = freeze + u"/unfreeze"_qs;
        break;
    case RequestType::Deduct:
        path = freeze + u"/deduct"_qs;
        break;
    }
    return {QByteArrayLiteral("POST"), path, hpf::judicial::toJson(request), summary};
}

void expiring(ApiClient *api, int days, QObject *context,
              std::function<void(const Reply<JudicialExpiring> &)> done)
{
    get<JudicialExpiring>(api, kBase + u"/expiring?days="_qs + QString::number(days), context,
                          std::move(done));
}

void request(ApiClient *api, const QString &id, QObject *context,
             std::function<void(const Reply<JudicialRequestRecord> &)> done)
{
    get<JudicialRequestRecord>(api, kBase + u"/requests/"_qs + segment(id), context, std::move(done));
}

void inbox(ApiClient *api, QObject *context, std::function<void(const Reply<JudicialInbox> &)> done)
{
    get<JudicialInbox>(api, kBase + u"/inbox"_qs, context, std::move(done));
}

ops::Request handle(const QString &id, const QString &summary)
{
    return {QByteArrayLiteral("POST"), kBase + u"/inbox/"_qs + segment(id) + u"/handle"_qs, QJsonObject(),
            summary};
}

ops::Request reject(const QString &id, const QString &reason, const QString &summary)
{
    return {QByteArrayLiteral("POST"),
            kBase + u"/inbox/"_qs + segment(id) + u"/reject"_qs,
            {{u"reason"_qs, reason.trimmed()}},
            summary};
}

} // namespace judicial

} // namespace hpf::client::api
