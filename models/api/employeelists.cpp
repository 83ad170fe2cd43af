#include "api/employeelists.h"

#include "lists/employeelistvalidator.h"

namespace hpf::client::api {

namespace {

QJsonObject listBody(const ListValidation &validation, const QList<int> &rows)
{
    QJsonArray sent;
    for (int row : rows)
        sent.append(validation.bodies.at(row));
    return {{u"rows"_qs, sent}};
}

QString listPath(const QString &unitAccount)
{
    return u"/api/v1/units/"_qs + segment(unitAccount) + u"/employee-lists"_qs;
}

} // namespace

ListRowProblem ListRowProblem::read(Reader &r)
{
    ListRowProblem p;
    p.row = int(r.integer(u"row"));
    p.field = r.optionalText(u"field");
    p.code = r.id(u"code");
    p.detail = r.optionalText(u"detail");
    if (r.hasObject(u"existingAccount")) {
        Reader existing = r.object(u"existingAccount");
        p.existingAccount = existing.optionalText(u"accountNumber");
    }
    return p;
}

Result<ListCheck> ListCheck::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ListCheck c;
    c.willOpen = int(r.integer(u"willOpen"));
    c.willUnseal = int(r.integer(u"willUnseal"));
    for (Reader e : r.objects(u"errors", false))
        c.errors.append(ListRowProblem::read(e));
    if (!r.ok())
        return r.error();
    return c;
}

Result<ListSubmitted> ListSubmitted::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ListSubmitted s;
    s.serial = r.id(u"serial");
    for (Reader a : r.objects(u"accounts", false))
        s.accounts.append({int(a.integer(u"row")), a.id(u"accountNumber"), a.id(u"action")});
    for (Reader row : r.objects(u"skipped", false)) {
        for (Reader e : row.objects(u"errors", false))
            s.skipped.append(ListRowProblem::read(e));
    }
    Reader summary = r.object(u"summary");
    s.opened = int(summary.integer(u"opened"));
    s.unsealed = int(summary.integer(u"unsealed"));
    s.skippedCount = int(summary.integer(u"skipped"));
    if (r.hasObject(u"receipt")) {
        Reader receipt = r.object(u"receipt");
        s.receipt = Receipt::read(receipt);
    }
    if (!r.ok())
        return r.error();
    return s;
}

namespace {
struct Refusal
{
    QList<ListRowProblem> problems;
    static Result<Refusal> fromJson(const QJsonObject &json)
    {
        Reader r(json);
        Refusal f;
        for (Reader e : r.objects(u"errors", false))
            f.problems.append(ListRowProblem::read(e));
        if (!r.ok())
            return r.error();
        return f;
    }
};
} // namespace

QList<ListRowProblem> listRefusalProblems(const ops::Outcome &refusal)
{
    const auto f = refusal.as<Refusal>();
    return f ? f->problems : QList<ListRowProblem>{};
}

namespace employeelists {

void check(ApiClient *api, const QString &unitAccount, const ListValidation &validation,
           const QList<int> &rows, QObject *context, std::function<void(const Reply<ListCheck> &)> done)
{
    // A check changes nothing: no idempotency key, not an operation.
    ApiRequest rq =
        ApiRequest::post(listPath(unitAccount) + u"/validate"_qs, listBody(validation, rows), QString());
    rq.timeoutMs = kEmployeeListTimeoutMs;
    api::fetch<ListCheck>(api, rq, context, &ListCheck::fromJson, std::move(done));
}

ops::Request submit(const QString &unitAccount, const ListValidation &validation, const QList<int> &rows,
                    bool skipInvalid, const QString &summary)
{
    QJsonObject body = listBody(validation, rows);
    body.insert(u"skipInvalid"_qs, skipInvalid);
    ops::Request request{QByteArrayLiteral("POST"), listPath(unitAccount), body, summary};
    request.timeoutMs = kEmployeeListTimeoutMs;
    return request;
}

} // namespace employeelists

} // namespace hpf::client::api
