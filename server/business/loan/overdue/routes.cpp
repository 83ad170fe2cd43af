// The overdue loans' routes (issue 18, part F): the list with the 逾期率, and a reminder recorded
// done. The only file of the overdue area that reads JSON, queries and paths.
#include "platform/http/routes.h"

#include "business/loan/loanroutes.h"
#include "business/loan/overdue/loanoverdue.h"
#include "platform/context.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

namespace {

Result<int> readPage(const RequestContext &ctx)
{
    const QUrlQuery &query = ctx.request.query;
    for (const auto &item : query.queryItems()) {
        if (item.first != u"page")
            return makeError(u"request.unknown_field"_qs, item.first);
    }
    const QString text = query.queryItemValue(u"page"_qs);
    if (text.isEmpty())
        return 1;
    bool ok = false;
    const int page = text.toInt(&ok);
    if (!ok || page < 1 || page > 100000)
        return makeError(u"request.field_range"_qs, u"page"_qs, u"1..100000"_qs);
    return page;
}

Result<ReminderDone> readDone(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    ReminderDone in;
    in.channel = body.string(u"channel"_qs, 10);
    in.note = body.string(u"note"_qs, 200, false);
    if (Status s = body.finish(); !s)
        return s.error();
    if (in.channel != u"phone" && in.channel != u"letter" && in.channel != u"sms")
        return makeError(u"request.field_range"_qs, u"channel"_qs, u"phone, letter or sms"_qs);
    return in;
}

Result<qint64> reminderId(const RequestContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.arg(0).toLongLong(&ok);
    // Plain ASCII digits only: toLongLong would take a sign or white space.
    bool digits = !ctx.arg(0).isEmpty() && ctx.arg(0).size() <= 18;
    for (const QChar c : ctx.arg(0))
        digits = digits && c >= u'0' && c <= u'9';
    if (!ok || !digits || id < 1)
        return makeError(u"loan.reminder_not_found"_qs, u"id"_qs);
    return id;
}

} // namespace

void registerLoanOverdueRoutes(Router &router)
{
    router.add(makeRoute("GET", u"/api/v1/loans/overdue"_qs, u"loans.overdue"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto page = readPage(ctx);
                             if (!page)
                                 return page.error();
                             return listOverdueLoans(ctx, *page);
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/loans/overdue/reminders/{id}/done"_qs, u"loans.reminderDone"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto r = readDone(ctx);
            return r ? Status{} : Status{r.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readDone(ctx);
            if (!in)
                return in.error();
            auto id = reminderId(ctx);
            if (!id)
                return id.error();
            return completeReminder(ctx, *id, *in);
        })));
}

} // namespace hpf::server
