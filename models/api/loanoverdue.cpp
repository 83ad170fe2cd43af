#include "api/loanoverdue.h"

namespace hpf::client::api {

namespace {

const QString kOverdue = u"/api/v1/loans/overdue"_qs;
const QStringList kChannels{u"phone"_qs, u"letter"_qs, u"sms"_qs};
const QStringList kReminderStatuses{u"open"_qs, u"superseded"_qs, u"done"_qs};

qint64 amount(Reader &r, QStringView key)
{
    const qint64 fen = r.integer(key);
    if (fen < 0)
        r.invalid(key, u"negative"_qs);
    return fen;
}

int count(Reader &r, QStringView key, qint64 minimum, qint64 maximum)
{
    const qint64 n = r.integer(key);
    if (n < minimum || n > maximum)
        r.invalid(key, u"out of range"_qs);
    return int(n);
}

QString oneOf(Reader &r, QStringView key, const QStringList &allowed)
{
    const QString value = r.id(key);
    if (r.ok() && !allowed.contains(value))
        r.invalid(key, u"unknown value"_qs);
    return value;
}

// "0.00" … "10000.00": two decimals, never above the whole (万分之 of a share).
bool isRatio(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 1 || dot != text.size() - 3 || dot > 5)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != dot && (text.at(i) < u'0' || text.at(i) > u'9'))
            return false;
    }
    return text.left(dot).toInt() < 10000 || text == u"10000.00";
}

LoanReminder readReminder(Reader &r)
{
    LoanReminder m;
    const std::optional<qint64> id = r.optionalInteger(u"id");
    m.id = id.value_or(0);
    if (!id || m.id < 1)
        r.invalid(u"id", u"a reminder id"_qs);
    m.thresholdDays = count(r, u"thresholdDays", 1, 3650);
    m.status = oneOf(r, u"status", kReminderStatuses);
    m.queuedOn = r.date(u"queuedOn");
    m.channel = r.optionalText(u"channel");
    if (r.ok() && !m.channel.isEmpty() && !kChannels.contains(m.channel))
        r.invalid(u"channel", u"unknown value"_qs);
    return m;
}

} // namespace

Result<OverduePage> OverduePage::fromJson(const QJsonObject &json)
{
    Reader r(json);
    OverduePage page;
    for (Reader &i : r.objects(u"items")) {
        OverdueLoan l;
        l.contractNumber = i.id(u"contractNumber");
        l.status = oneOf(i, u"status", {u"repaying"_qs, u"overdue"_qs});
        l.outstandingFen = amount(i, u"outstandingFen");
        l.branchCode = i.id(u"branchCode");
        l.borrowerName = i.text(u"borrowerName");
        l.oldestDueOn = i.date(u"oldestDueOn");
        l.daysPastDue = count(i, u"daysPastDue", 1, 36500);
        l.overdueInstalments = count(i, u"overdueInstalments", 1, 600);
        l.overdueFen = amount(i, u"overdueFen");
        l.penaltyFen = amount(i, u"penaltyFen");
        l.reminderState = oneOf(i, u"reminderState", {u"none"_qs, u"open"_qs, u"superseded"_qs, u"done"_qs});
        if (i.isNull(u"reminder")) {
            if (i.ok() && l.reminderState != u"none")
                i.invalid(u"reminder", u"missing for a reminder state"_qs);
        } else {
            Reader m = i.object(u"reminder");
            l.reminder = readReminder(m);
            if (i.ok() && l.reminder->status != l.reminderState)
                i.invalid(u"reminderState", u"differs from the reminder"_qs);
        }
        if (i.ok() && l.oldestDueOn.addDays(l.daysPastDue) > QDate(9999, 12, 31))
            i.invalid(u"daysPastDue", u"out of range"_qs);
        page.items.append(l);
    }
    page.page = count(r, u"page", 1, 100000);
    page.pageSize = count(r, u"pageSize", 1, 1000);
    page.total = amount(r, u"total");
    Reader s = r.object(u"summary");
    OverdueSummary &sum = page.summary;
    sum.asOf = s.date(u"asOf");
    sum.loans = amount(s, u"loans");
    sum.balanceFen = amount(s, u"balanceFen");
    sum.overdueLoans = amount(s, u"overdueLoans");
    sum.overdueBalanceFen = amount(s, u"overdueBalanceFen");
    sum.ratioPerTenThousand = s.id(u"ratioPerTenThousand");
    if (s.ok() && !isRatio(sum.ratioPerTenThousand))
        s.invalid(u"ratioPerTenThousand", u"expected 万分之 with two decimals"_qs);
    if (s.ok() && (sum.overdueLoans > sum.loans || sum.overdueBalanceFen > sum.balanceFen))
        s.invalid(u"overdueBalanceFen", u"more in arrears than lent"_qs);
    if (r.ok() && page.items.size() > page.pageSize)
        r.invalid(u"items", u"more than a page"_qs);
    if (r.ok() && page.total < qint64(page.page - 1) * page.pageSize + page.items.size())
        r.invalid(u"total", u"fewer than the pages shown"_qs);
    if (!r.ok())
        return r.error();
    return page;
}

Result<ReminderRecorded> ReminderRecorded::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ReminderRecorded out;
    out.id = r.integer(u"id");
    out.contractNumber = r.id(u"contractNumber");
    oneOf(r, u"status", {u"done"_qs});
    out.channel = oneOf(r, u"channel", kChannels);
    out.thresholdDays = count(r, u"thresholdDays", 1, 3650);
    if (r.ok() && out.id < 1)
        r.invalid(u"id", u"a reminder id"_qs);
    if (!r.ok())
        return r.error();
    return out;
}

namespace loanoverdue {

bool isChannel(const QString &channel)
{
    return kChannels.contains(channel);
}

ApiRequest listRequest(int page)
{
    return ApiRequest::get(kOverdue + u"?page="_qs + QString::number(std::max(1, page)));
}

void list(ApiClient *api, int page, QObject *context, std::function<void(const Reply<OverduePage> &)> done)
{
    api::fetch<OverduePage>(api, listRequest(page), context, &OverduePage::fromJson, std::move(done));
}

ops::Request recordReminder(qint64 id, const QString &channel, const QString &note, const QString &summary)
{
    QJsonObject body{{u"channel"_qs, channel}};
    if (!note.trimmed().isEmpty())
        body.insert(u"note"_qs, note.trimmed());
    return {QByteArrayLiteral("POST"), kOverdue + u"/reminders/"_qs + QString::number(id) + u"/done"_qs, body,
            summary};
}

} // namespace loanoverdue

} // namespace hpf::client::api
