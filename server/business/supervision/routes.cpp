// The supervisor's day view and the workstations' outbox reports (issue 19). The only file of the
// area that reads queries, bodies and the router.
#include "platform/http/routes.h"

#include "business/supervision/supervisionservice.h"
#include "platform/context.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

namespace {

Result<QDate> readDate(const RequestContext &ctx)
{
    const QUrlQuery &query = ctx.request.query;
    for (const auto &item : query.queryItems()) {
        if (item.first != u"date")
            return makeError(u"request.unknown_field"_qs, item.first);
    }
    const QDate today = ctx.now.toLocalTime().date();
    if (!query.hasQueryItem(u"date"_qs))
        return today;
    const QString text = query.queryItemValue(u"date"_qs);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    // fromString takes "2026-1-5" and other shapes too: exactly YYYY-MM-DD, ASCII digits.
    bool shape = text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-';
    for (int i = 0; shape && i < 10; ++i)
        shape = i == 4 || i == 7 || (text.at(i) >= u'0' && text.at(i) <= u'9');
    if (!shape || !date.isValid())
        return makeError(u"request.field_type"_qs, u"date"_qs, u"expected YYYY-MM-DD"_qs);
    if (date > today || date < today.addDays(-kSupervisionDays))
        return makeError(
            u"request.field_range"_qs, u"date"_qs,
            QStringLiteral("from %1 to today").arg(today.addDays(-kSupervisionDays).toString(Qt::ISODate)));
    return date;
}

// What counts as an operation of the day: the state-changing routes' operations of the business
// areas (sign-in, grants and these reports are the platform's, not counter work).
QSet<QString> countedOperations(const Router &router)
{
    QSet<QString> out;
    for (const Route &r : router.routes()) {
        if (r.stateChanging && !r.operation.startsWith(u"auth.") && !r.operation.startsWith(u"grants.") &&
            !r.operation.startsWith(u"supervision."))
            out.insert(r.operation);
    }
    return out;
}

Result<WorkstationReport> readReport(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    WorkstationReport in;
    in.outboxDepth = body.integer(u"outboxDepth"_qs, 0, 1'000'000);
    const auto age = body.optionalInteger(u"oldestAgeSeconds"_qs, 0, 10LL * 366 * 86400);
    if (Status s = body.finish(); !s)
        return s.error();
    if (in.outboxDepth > 0 && !age)
        return makeError(u"request.field_required"_qs, u"oldestAgeSeconds"_qs, u"the outbox is not empty"_qs);
    if (in.outboxDepth == 0 && age)
        return makeError(u"request.field_range"_qs, u"oldestAgeSeconds"_qs, u"the outbox is empty"_qs);
    in.oldestAgeSeconds = age.value_or(-1);
    return in;
}

} // namespace

void registerSupervisionRoutes(Router &router)
{
    const Router *routerPtr = &router;
    router.add(makeRoute("GET", u"/api/v1/supervision/day"_qs, u"supervision.day"_qs, false, {},
                         jsonHandler(200, [routerPtr](RequestContext &ctx) -> Result<QJsonObject> {
                             auto date = readDate(ctx);
                             if (!date)
                                 return date.error();
                             return supervisionDay(ctx, *date, countedOperations(*routerPtr));
                         })));
    // Not state-changing in the dispatcher's sense: a report replaces the last one (no key, no
    // audit record every minute), in its own short write transaction.
    router.add(makeRoute(
        "POST", u"/api/v1/supervision/workstation-report"_qs, u"supervision.report"_qs, false,
        [](RequestContext &ctx) -> Status {
            auto r = readReport(ctx);
            return r ? Status{} : Status{r.error()};
        },
        [](RequestContext &ctx) -> Result<HttpResponse> {
            auto in = readReport(ctx);
            if (!in)
                return in.error();
            if (Status s = recordWorkstationReport(ctx, *in); !s)
                return s.error();
            return HttpResponse::empty(204);
        }));
}

} // namespace hpf::server
