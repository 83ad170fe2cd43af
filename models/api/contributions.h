#pragma once

#include "api/call.h"
#include "api/receipts.h"
#include "ops/operation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

// 缴存 (issue 17): a unit's monthly remittance (汇缴) with its preview, back payments (补缴),
// deferrals (缓缴), the annual base adjustment (基数调整), and the yearly interest (结息): the runs
// and a unit's interest statement. The only client code knowing their URLs and JSON. Unit account
// numbers may be path segments; personal identity numbers travel in bodies only.
namespace hpf::client::api {

// GET /units/{unit}/remittances/preview?month=: what posting the month would credit.
struct RemittancePreview
{
    struct Line
    {
        QString accountNumber;
        QString name;
        qint64 baseFen = 0;
        QString unitRatio; // percent text ("12%")
        QString personalRatio;
        qint64 unitAmountFen = 0;
        qint64 personalAmountFen = 0;
        qint64 amountFen = 0;
    };
    struct Excluded
    {
        QString accountNumber;
        QString name;
        QString reason;     // first_month_later | sealed | frozen_state | …
        QString firstMonth; // YYYY-MM or empty
    };
    QString unitAccount;
    QString unitName;
    QString month;
    QString firstMonth; // the unit's first remittance month
    QList<Line> lines;
    QList<Excluded> excluded;
    int employees = 0;
    qint64 unitTotalFen = 0;
    qint64 personalTotalFen = 0;
    qint64 totalFen = 0;
    static Result<RemittancePreview> fromJson(const QJsonObject &json);
};

// POST /units/{unit}/remittances: the posted month with one line per credited person.
struct RemittancePosted
{
    struct Item
    {
        QString accountNumber;
        qint64 baseFen = 0;
        qint64 unitAmountFen = 0;
        qint64 personalAmountFen = 0;
        qint64 amountFen = 0;
        qint64 balanceFen = 0;
    };
    QString serial;
    QString unitAccount;
    QString month;
    int employees = 0;
    qint64 unitTotalFen = 0;
    qint64 personalTotalFen = 0;
    qint64 totalFen = 0;
    QList<Item> items;
    Receipt receipt;
    static Result<RemittancePosted> fromJson(const QJsonObject &json);
};

// GET /units/{unit}/remittances: the months posted, newest first.
struct RemittanceHistory
{
    struct Item
    {
        QString month;
        QString serial;
        int employees = 0;
        qint64 totalFen = 0;
        QDateTime postedAt; // invalid when the server sent none
    };
    QList<Item> items;
    // The month after the latest posted one; empty when nothing was posted.
    QString nextMonth() const;
    static Result<RemittanceHistory> fromJson(const QJsonObject &json);
};

// The 422 problem of a list that was refused as a whole (backpay.rows, adjustment.rows): what is
// wrong with which row (0-based, as sent). Rows without a code (an adjustment's fine rows) are left out.
struct RowProblems
{
    struct Row
    {
        int row = 0;
        QString field;
        QString code;
    };
    QList<Row> rows;
    static Result<RowProblems> fromJson(const QJsonObject &json); // the whole problem body
};

struct BackPaymentRow
{
    QString accountNumber;
    std::optional<qint64> baseFen;   // reasons 01/03: default the base in effect that month
    std::optional<qint64> amountFen; // reasons 02/04: the difference
};

// POST /units/{unit}/back-payments.
struct BackPayment
{
    struct Line
    {
        QString accountNumber;
        QString name;
        qint64 baseFen = 0;
        qint64 unitAmountFen = 0;
        qint64 personalAmountFen = 0;
        qint64 amountFen = 0;
        qint64 balanceFen = 0;
    };
    QString serial;
    QString unitAccount;
    QString month;
    QString reason; // code table back_pay_reason
    QString reasonLabel;
    QList<Line> lines;
    int employees = 0;
    qint64 totalFen = 0;
    Receipt receipt;
    static Result<BackPayment> fromJson(const QJsonObject &json);
};

// GET /units/{unit}/back-payments.
struct BackPaymentHistory
{
    struct Item
    {
        QString serial;
        QString month;
        QString reason;
        QString reasonLabel;
        int employees = 0;
        qint64 totalFen = 0;
        QDateTime postedAt;
    };
    QList<Item> items;
    static Result<BackPaymentHistory> fromJson(const QJsonObject &json);
};

struct Deferral
{
    QString id;
    QString serial;
    QString unitAccount;
    QString fromMonth;
    QString toMonth;
    QString reason;
    QString approvedBy;
    QString status; // approved | ended
    QDateTime createdAt;
    static Deferral read(Reader &reader);
};

// POST /units/{unit}/deferrals.
struct DeferralCreated
{
    Deferral deferral;
    Receipt receipt;
    static Result<DeferralCreated> fromJson(const QJsonObject &json);
};

// GET /units/{unit}/deferrals.
struct Deferrals
{
    QList<Deferral> items;
    static Result<Deferrals> fromJson(const QJsonObject &json);
};

// The body of a base adjustment (validate and submit).
struct AdjustmentRequest
{
    struct Row
    {
        QString documentType;
        QString documentNumber;
        QString name;
        qint64 baseFen = 0;
        // A row of a validated employee list (client::ListValidation::bodies).
        static Row fromListBody(const QJsonObject &body);
    };
    int year = 0;
    QString unitRatio; // empty: unchanged
    QString personalRatio;
    QList<Row> rows;
    QJsonObject toJson() const;
};

struct AdjustmentRow
{
    int row = 0; // 0-based, as sent
    QString accountNumber;
    QString name;
    qint64 oldBaseFen = 0;
    qint64 requestedBaseFen = 0;
    qint64 newBaseFen = 0;
    QString clamp; // none | floor | ceiling
    QString code;  // "" when the row is fine
    QString field;
    bool clamped() const { return clamp != u"none"; }
    static AdjustmentRow read(Reader &reader);
};

// POST /units/{unit}/base-adjustments/validate.
struct AdjustmentValidation
{
    int year = 0;
    QDate effectiveFrom;
    QString unitRatio;
    QString personalRatio;
    QList<AdjustmentRow> rows;
    int errors = 0;
    int clamped = 0;
    int unchanged = 0;
    static Result<AdjustmentValidation> fromJson(const QJsonObject &json);
};

// POST /units/{unit}/base-adjustments.
struct AdjustmentPosted
{
    QString serial;
    int year = 0;
    QDate effectiveFrom;
    int count = 0;
    int clamped = 0;
    int unchanged = 0;
    QList<AdjustmentRow> rows;
    Receipt receipt;
    static Result<AdjustmentPosted> fromJson(const QJsonObject &json);
};

// GET /units/{unit}/base-adjustments.
struct AdjustmentHistory
{
    struct Item
    {
        QString serial;
        int year = 0;
        QDate effectiveFrom;
        int count = 0;
        int clamped = 0;
        QDateTime postedAt;
    };
    QList<Item> items;
    static Result<AdjustmentHistory> fromJson(const QJsonObject &json);
};

// GET /units/{unit}/interest-statements/{year}.
struct InterestStatement
{
    struct Rate
    {
        QDate from;
        QString annual; // percent text
    };
    struct Line
    {
        QString accountNumber;
        QString name;
        qint64 openingBalanceFen = 0;
        qint64 interestFen = 0;
        qint64 closingBalanceFen = 0;
    };
    QString unitAccount;
    QString unitName;
    int year = 0;
    QDate settlementDate;
    QDate periodFrom;
    QDate periodTo;
    QList<Rate> rates;
    QList<Line> lines;
    int employees = 0;
    qint64 totalInterestFen = 0;
    QString serial;
    static Result<InterestStatement> fromJson(const QJsonObject &json);
};

struct InterestRun
{
    int year = 0;
    QDate settlementDate;
    QString status; // queued | running | done
    qint64 accountsPosted = 0;
    qint64 totalInterestFen = 0;
    QDateTime startedAt; // invalid: not yet
    QDateTime finishedAt;
    static InterestRun read(Reader &reader);
};

// GET /interest/runs.
struct InterestRuns
{
    QList<InterestRun> items;
    QDate nextSettlement;
    static Result<InterestRuns> fromJson(const QJsonObject &json);
};

// POST /interest/runs (202).
struct InterestRunQueued
{
    InterestRun run;
    static Result<InterestRunQueued> fromJson(const QJsonObject &json);
};

namespace contributions {

// A month as a teller types it: "2026-05", "2026-5", "202605", "2026/05", "2026.05", "2026年5月",
// full-width digits and spaces normalised → "2026-05"; empty when it is not a month of 1900–2999.
QString normaliseMonth(const QString &typed);
// A settlement year typed by the teller (full-width digits too): 1900–2999, else 0.
int normaliseYear(const QString &typed);

QString previewPath(const QString &unitAccount, const QString &month);
void preview(ApiClient *api, const QString &unitAccount, const QString &month, QObject *context,
             std::function<void(const Reply<RemittancePreview> &)> done);
// Answer: RemittancePosted. The expected figures are the preview's: the server refuses with
// remittance.preview_stale when posting now would differ.
ops::Request post(const QString &unitAccount, const QString &month, qint64 expectedTotalFen,
                  int expectedEmployees, const QString &summary);
void history(ApiClient *api, const QString &unitAccount, QObject *context,
             std::function<void(const Reply<RemittanceHistory> &)> done);

// Answer: BackPayment; 422 backpay.rows → RowProblems.
ops::Request backPay(const QString &unitAccount, const QString &month, const QString &reason,
                     const QString &memo, const QList<BackPaymentRow> &rows, const QString &summary);
void backPayments(ApiClient *api, const QString &unitAccount, QObject *context,
                  std::function<void(const Reply<BackPaymentHistory> &)> done);

// Always under a supervisor grant. Answer: DeferralCreated.
ops::Request defer(const QString &unitAccount, const QString &fromMonth, const QString &toMonth,
                   const QString &reason, const QString &memo, const QString &summary);
void deferrals(ApiClient *api, const QString &unitAccount, QObject *context,
               std::function<void(const Reply<Deferrals> &)> done);

// A read sent as POST (the list names people). Answer: AdjustmentValidation.
ApiRequest validateAdjustmentRequest(const QString &unitAccount, const AdjustmentRequest &request);
void validateAdjustment(ApiClient *api, const QString &unitAccount, const AdjustmentRequest &request,
                        QObject *context, std::function<void(const Reply<AdjustmentValidation> &)> done);
// Answer: AdjustmentPosted; 422 adjustment.rows → RowProblems.
ops::Request submitAdjustment(const QString &unitAccount, const AdjustmentRequest &request,
                              const QString &summary);
void adjustments(ApiClient *api, const QString &unitAccount, QObject *context,
                 std::function<void(const Reply<AdjustmentHistory> &)> done);

} // namespace contributions

namespace interest {

void statement(ApiClient *api, const QString &unitAccount, int year, QObject *context,
               std::function<void(const Reply<InterestStatement> &)> done);
void runs(ApiClient *api, QObject *context, std::function<void(const Reply<InterestRuns> &)> done);
ops::Request run(int year, const QString &summary); // InterestRunQueued

} // namespace interest

} // namespace hpf::client::api
