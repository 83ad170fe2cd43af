// The request side of api/contributions.h: the paths and bodies of the contribution and interest
// routes, and the month and year a teller types. The answers' readers are in contributions.cpp.
#include "api/contributions.h"
#include "lists/employeelistfile.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace hpf::client::api {

namespace {

QString unitBase(const QString &unitAccount)
{
    return u"/api/v1/units/"_qs + segment(unitAccount.trimmed());
}

template<typename T>
void getJson(ApiClient *api, const QString &path, QObject *context,
             std::function<void(const Reply<T> &)> done)
{
    api::fetch<T>(api, ApiRequest::get(path), context, &T::fromJson, std::move(done));
}

ops::Request postRequest(const QString &path, const QJsonObject &body, const QString &summary)
{
    return {QByteArrayLiteral("POST"), path, body, summary};
}

} // namespace

namespace contributions {

namespace {

QString halfWidth(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            out.append(QChar(c.unicode() - 0xFEE0)); // full-width ASCII
        else if (c.unicode() == 0x3000 || c.isSpace())
            continue;
        else
            out.append(c);
    }
    return out;
}

} // namespace

QString normaliseMonth(const QString &typed)
{
    static const QRegularExpression withSeparator(u"^(\\d{4})[-/.年](\\d{1,2})月?$"_qs);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})$"_qs);
    const QString text = halfWidth(typed);
    QRegularExpressionMatch m = withSeparator.match(text);
    if (!m.hasMatch())
        m = compact.match(text);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (year < 1900 || year > 2999 || month < 1 || month > 12)
        return {};
    return u"%1-%2"_qs.arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

int normaliseYear(const QString &typed)
{
    static const QRegularExpression shape(u"^(\\d{4})年?$"_qs);
    const QRegularExpressionMatch m = shape.match(halfWidth(typed));
    const int year = m.hasMatch() ? m.captured(1).toInt() : 0;
    return year >= 1900 && year <= 2999 ? year : 0;
}

QString previewPath(const QString &unitAccount, const QString &month)
{
    QUrlQuery q;
    q.addQueryItem(u"month"_qs, month.trimmed());
    return unitBase(unitAccount) + u"/remittances/preview?"_qs + q.query(QUrl::FullyEncoded);
}

void preview(ApiClient *api, const QString &unitAccount, const QString &month, QObject *context,
             std::function<void(const Reply<RemittancePreview> &)> done)
{
    getJson<RemittancePreview>(api, previewPath(unitAccount, month), context, std::move(done));
}

ops::Request post(const QString &unitAccount, const QString &month, qint64 expectedTotalFen,
                  int expectedEmployees, const QString &summary)
{
    return postRequest(unitBase(unitAccount) + u"/remittances"_qs,
                       {{u"month"_qs, month.trimmed()},
                        {u"expectedTotalFen"_qs, expectedTotalFen},
                        {u"expectedEmployees"_qs, expectedEmployees}},
                       summary);
}

void history(ApiClient *api, const QString &unitAccount, QObject *context,
             std::function<void(const Reply<RemittanceHistory> &)> done)
{
    getJson<RemittanceHistory>(api, unitBase(unitAccount) + u"/remittances"_qs, context, std::move(done));
}

ops::Request backPay(const QString &unitAccount, const QString &month, const QString &reason,
                     const QString &memo, const QList<BackPaymentRow> &rows, const QString &summary)
{
    QJsonArray list;
    for (const BackPaymentRow &row : rows) {
        QJsonObject item{{u"accountNumber"_qs, row.accountNumber.trimmed()}};
        if (row.baseFen)
            item.insert(u"baseFen"_qs, *row.baseFen);
        if (row.amountFen)
            item.insert(u"amountFen"_qs, *row.amountFen);
        list.append(item);
    }
    QJsonObject body{{u"month"_qs, month.trimmed()}, {u"reason"_qs, reason}, {u"rows"_qs, list}};
    if (!memo.trimmed().isEmpty())
        body.insert(u"memo"_qs, memo.trimmed());
    ops::Request request = postRequest(unitBase(unitAccount) + u"/back-payments"_qs, body, summary);
    request.timeoutMs = 60000; // up to 500 people in one transaction
    return request;
}

void backPayments(ApiClient *api, const QString &unitAccount, QObject *context,
                  std::function<void(const Reply<BackPaymentHistory> &)> done)
{
    getJson<BackPaymentHistory>(api, unitBase(unitAccount) + u"/back-payments"_qs, context, std::move(done));
}

ops::Request defer(const QString &unitAccount, const QString &fromMonth, const QString &toMonth,
                   const QString &reason, const QString &memo, const QString &summary)
{
    QJsonObject body{{u"fromMonth"_qs, fromMonth.trimmed()},
                     {u"toMonth"_qs, toMonth.trimmed()},
                     {u"reason"_qs, reason.trimmed()}};
    if (!memo.trimmed().isEmpty())
        body.insert(u"memo"_qs, memo.trimmed());
    return postRequest(unitBase(unitAccount) + u"/deferrals"_qs, body, summary);
}

void deferrals(ApiClient *api, const QString &unitAccount, QObject *context,
               std::function<void(const Reply<Deferrals> &)> done)
{
    getJson<Deferrals>(api, unitBase(unitAccount) + u"/deferrals"_qs, context, std::move(done));
}

ApiRequest validateAdjustmentRequest(const QString &unitAccount, const AdjustmentRequest &request)
{
    ApiRequest r =
        ApiRequest::search(unitBase(unitAccount) + u"/base-adjustments/validate"_qs, request.toJson());
    r.timeoutMs = 120000; // 5,000 rows judged against the roster
    return r;
}

void validateAdjustment(ApiClient *api, const QString &unitAccount, const AdjustmentRequest &request,
                        QObject *context, std::function<void(const Reply<AdjustmentValidation> &)> done)
{
    api::fetch<AdjustmentValidation>(api, validateAdjustmentRequest(unitAccount, request), context,
                                     &AdjustmentValidation::fromJson, std::move(done));
}

ops::Request submitAdjustment(const QString &unitAccount, const AdjustmentRequest &request,
                              const QString &summary)
{
    ops::Request r = postRequest(unitBase(unitAccount) + u"/base-adjustments"_qs, request.toJson(), summary);
    r.timeoutMs = 120000;
    return r;
}

void adjustments(ApiClient *api, const QString &unitAccount, QObject *context,
                 std::function<void(const Reply<AdjustmentHistory> &)> done)
{
    getJson<AdjustmentHistory>(api, unitBase(unitAccount) + u"/base-adjustments"_qs, context,
                               std::move(done));
}

} // namespace contributions

namespace interest {

void statement(ApiClient *api, const QString &unitAccount, int year, QObject *context,
               std::function<void(const Reply<InterestStatement> &)> done)
{
    getJson<InterestStatement>(api,
                               unitBase(unitAccount) + u"/interest-statements/"_qs + QString::number(year),
                               context, std::move(done));
}

void runs(ApiClient *api, QObject *context, std::function<void(const Reply<InterestRuns> &)> done)
{
    getJson<InterestRuns>(api, u"/api/v1/interest/runs"_qs, context, std::move(done));
}

ops::Request run(int year, const QString &summary)
{
    return postRequest(u"/api/v1/interest/runs"_qs, {{u"year"_qs, year}}, summary);
}

} // namespace interest

AdjustmentRequest::Row AdjustmentRequest::Row::fromListBody(const QJsonObject &body)
{
    using employeelist::fieldName;
    return {body.value(fieldName(ListColumn::DocumentType)).toString(),
            body.value(fieldName(ListColumn::DocumentNumber)).toString(),
            body.value(fieldName(ListColumn::Name)).toString(),
            body.value(fieldName(ListColumn::WageBase)).toInteger()};
}

} // namespace hpf::client::api
