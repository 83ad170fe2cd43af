#pragma once

#include "base/result.h"
#include "business/opening/openingcommon.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// 补缴 (issue 17): a unit pays a past month for some employees, with a reason (code table
// back_pay_reason): 01 漏缴 and 03 缓缴期满补缴 for a person-month that is not paid (the month's
// deposit on the base in effect that month, or on the row's baseFen); 02 基数调整补差 and 04 少缴补足
// for a paid one (the difference: from a new baseFen, or the amountFen given). One serial, journal
// type 02 with the month, a receipt, one audit record; any row error refuses everything.
namespace hpf::server {

struct ServiceContext;

inline constexpr int kMaxBackPayRows = 500;

struct BackPayRow
{
    QString accountNumber;
    std::optional<qint64> baseFen;
    std::optional<qint64> amountFen;
    std::optional<Error> formatError; // the row did not read (request.*), judged as a row error
};

struct BackPayRequest
{
    QString unitAccount;
    QString month; // YYYY-MM, before the current month
    QString reason;
    QString memo;
    QList<BackPayRow> rows;
};

struct BackPayLine
{
    qint64 accountId = 0;
    QString accountNumber;
    QString name;
    qint64 baseFen = 0;
    qint64 unitAmountFen = 0;
    qint64 personalAmountFen = 0;
    qint64 amountFen = 0;
    qint64 balanceFen = 0;
};

struct BackPayResult
{
    QString serial;
    QString unitAccount;
    QString month;
    QString reason;
    QList<BackPayLine> lines;
    qint64 totalFen = 0;
    QJsonObject receipt;
    QJsonObject summaryJson() const;
    QJsonObject toJson() const; // BackPayment in docs/api/openapi.yaml
};

// Whole-request errors: backpay.month (not YYYY-MM, or not before the current month),
// backpay.too_far_back (more than the policy's backPayMaxMonths), backpay.reason, list.empty /
// list.too_many_rows (rows), unit.not_found, auth.branch_denied, unit.state,
// remittance.before_first_month (the unit's), backpay.not_deferred (reason 03 for a month no
// deferral covered). Any row error refuses everything with backpay.rows (422) and `refusal`
// members {"rows": [{"row", "field", "code"}]}; row codes: request.*, account_number.*,
// backpay.not_employee, backpay.duplicate_row, backpay.before_first_month, backpay.month_paid,
// backpay.month_unpaid, backpay.amount (an amount where the base decides, or ≤ 0),
// backpay.amount_required, backpay.amount_mismatch, backpay.no_difference, deposit.*.
Status checkBackPay(const ServiceContext &ctx, const BackPayRequest &request);
Result<BackPayResult> postBackPayment(ServiceContext &ctx, const BackPayRequest &request,
                                      Refusal *refusal = nullptr);

// GET /units/{unitAccount}/back-payments: {"items": [{"serial", "month", "reason", "reasonLabel",
// "employees", "totalFen", "postedAt"}]}, newest first.
Result<QJsonObject> listBackPayments(ServiceContext &ctx, const QString &unitAccount);

} // namespace hpf::server
