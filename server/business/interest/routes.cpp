// Interest (结息): the yearly settlement's runs and the per-unit statements. The only file of the
// area that reads JSON and paths; the job itself is interestjob.cpp.
#include "platform/http/routes.h"

#include "business/interest/interestservice.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2099;

Result<int> readRun(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const int year = int(body.integer(u"year"_qs, kFirstYear, kLastYear));
    if (Status s = body.finish(); !s)
        return s.error();
    return year;
}

// The {year} of a path: four digits within the years a run can have.
Result<int> pathYear(const QString &text)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    if (text.size() != 4 || !ok || year < kFirstYear || year > kLastYear ||
        !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return makeError(u"interest.year"_qs, u"year"_qs, u"not a year from 2000 to 2099"_qs);
    return year;
}

} // namespace

void registerInterestRoutes(Router &router)
{
    router.add(makeRoute("GET", u"/api/v1/interest/runs"_qs, u"interest.runs"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto runs = listInterestRuns(ctx);
                             if (!runs)
                                 return runs.error();
                             return runs->toJson();
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/interest/runs"_qs, u"interest.run"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto in = readRun(ctx);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(202, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto year = readRun(ctx);
            if (!year)
                return year.error();
            auto run = requestInterestRun(ctx, *year);
            if (!run)
                return run.error();
            return QJsonObject{{u"run"_qs, run->toJson()}};
        })));
    router.add(makeRoute("GET", u"/api/v1/units/{unitAccount}/interest-statements/{year}"_qs,
                         u"interest.statement"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto year = pathYear(ctx.arg(1));
                             if (!year)
                                 return year.error();
                             return interestStatement(ctx, ctx.arg(0), *year);
                         })));
}

} // namespace hpf::server
