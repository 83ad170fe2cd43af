#include "api/supervision.h"

namespace hpf::client::api {

namespace {

const QString kDay = u"/api/v1/supervision/day"_qs;

qint64 count(Reader &r, QStringView key)
{
    const qint64 n = r.integer(key);
    if (n < 0)
        r.invalid(key, u"negative"_qs);
    return n;
}

} // namespace

Result<SupervisionDay> SupervisionDay::fromJson(const QJsonObject &json)
{
    Reader r(json);
    SupervisionDay d;
    d.date = r.date(u"date");
    d.branchCode = r.optionalText(u"branchCode");
    d.total = count(r, u"total");
    qint64 sum = 0;
    for (Reader &b : r.objects(u"byHour")) {
        BusinessHours h;
        h.business = b.id(u"business");
        const QJsonArray hours = b.array(u"hours");
        if (b.ok() && hours.size() != 24)
            b.invalid(u"hours", u"expected 24 hours"_qs);
        for (const QJsonValue &v : hours) {
            if (b.ok() && (!v.isDouble() || v.toInteger(-1) < 0))
                b.invalid(u"hours", u"expected counts"_qs);
            h.hours.append(v.toInteger());
            sum += v.toInteger();
        }
        d.byHour.append(h);
    }
    for (Reader &b : r.objects(u"byBusiness"))
        d.byBusiness.append({b.id(u"business"), count(b, u"count")});
    if (r.ok() && sum != d.total)
        r.invalid(u"total", u"differs from the hours"_qs);
    for (Reader &p : r.objects(u"pending")) {
        PendingApproval a;
        a.kind = p.id(u"kind");
        a.operation = p.id(u"operation");
        a.reference = p.id(u"reference");
        a.loanKind = p.id(u"loanKind");
        a.amountFen = count(p, u"amountFen");
        a.since = p.dateTime(u"since");
        a.branchCode = p.id(u"branchCode");
        d.pending.append(a);
    }
    for (Reader &g : r.objects(u"grants"))
        d.grants.append({g.id(u"operation"), count(g, u"count"), count(g, u"used")});
    for (Reader &w : r.objects(u"workstations")) {
        WorkstationState s;
        s.workstation = w.id(u"workstation");
        s.branchCode = w.id(u"branchCode");
        s.username = w.id(u"username");
        s.outboxDepth = count(w, u"outboxDepth");
        s.oldestAgeSeconds = w.optionalInteger(u"oldestAgeSeconds");
        s.reportedAt = w.dateTime(u"reportedAt");
        s.secondsSinceReport = count(w, u"secondsSinceReport");
        if (w.ok() && s.oldestAgeSeconds.has_value() != (s.outboxDepth > 0))
            w.invalid(u"oldestAgeSeconds", u"does not match the depth"_qs);
        d.workstations.append(s);
    }
    if (!r.ok())
        return r.error();
    return d;
}

namespace supervision {

ApiRequest dayRequest(QDate date)
{
    return ApiRequest::get(kDay + u"?date="_qs + date.toString(Qt::ISODate));
}

void day(ApiClient *api, QDate date, QObject *context,
         std::function<void(const Reply<SupervisionDay> &)> done)
{
    api::fetch<SupervisionDay>(api, dayRequest(date), context, &SupervisionDay::fromJson, std::move(done));
}

ApiRequest reportRequest(qint64 depth, std::optional<qint64> oldestAgeSeconds)
{
    QJsonObject body{{u"outboxDepth"_qs, qMax<qint64>(0, depth)}};
    if (depth > 0)
        body.insert(u"oldestAgeSeconds"_qs, qMax<qint64>(0, oldestAgeSeconds.value_or(0)));
    ApiRequest rq = ApiRequest::post(u"/api/v1/supervision/workstation-report"_qs, body, QString());
    rq.timeoutMs = 5000;
    return rq;
}

} // namespace supervision

} // namespace hpf::client::api
