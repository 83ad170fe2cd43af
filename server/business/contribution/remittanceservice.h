#pragma once

#include "base/result.h"
#include "business/accounts/unitrecords.h"
#include "finance/rate.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hpf::server {

struct ServiceContext;

// 汇缴: one unit, one month. computeRemittanceMonth() decides who is credited with what — every
// 01 正常 account of the unit whose own first month has come, on the base and ratios in effect
// that month (the base history of base adjustments), clamped and rounded per side by the policy
// row of that month — and both the preview and the posting use it, so they cannot differ. The
// posting credits each line (journal type 01 with the month, one serial), stores a receipt and
// one audit record in one transaction. A second posting of the unit-month is remittance.duplicate.
struct RemittanceInput
{
    RemittanceInput() = default;
    RemittanceInput(QString unit, QString yearMonth)
        : unitAccount(std::move(unit))
        , month(std::move(yearMonth))
    {}

    QString unitAccount;
    QString month; // YYYY-MM
    // What the teller confirmed from the preview; a posting that would differ is
    // remittance.preview_stale (409) and posts nothing.
    std::optional<qint64> expectedTotalFen;
    std::optional<qint64> expectedEmployees;
};

struct RemittanceLine
{
    qint64 accountId = 0;
    QString accountNumber;
    QString name;
    qint64 baseFen = 0;
    finance::Rate unitRatio;
    finance::Rate personalRatio;
    qint64 unitAmountFen = 0;
    qint64 personalAmountFen = 0;
    qint64 amountFen = 0;
    qint64 balanceFen = 0; // after the posting (posted lines only)
};

// A live account of the unit the month does not credit: first_month_later (its own first month is
// later), sealed (02), frozen_state (06) or state (another state).
struct ExcludedEmployee
{
    QString accountNumber;
    QString name;
    QString reason;
    QString firstMonth; // for first_month_later, else empty
};

struct RemittanceMonth
{
    UnitRow unit;
    QString month;
    QDate firstMonth; // the unit's
    QList<RemittanceLine> lines;
    QList<ExcludedEmployee> excluded;
    qint64 unitTotalFen = 0;
    qint64 personalTotalFen = 0;
    qint64 totalFen() const { return unitTotalFen + personalTotalFen; }
    QJsonObject previewJson() const; // RemittancePreview in docs/api/openapi.yaml
};

struct RemittanceResult
{
    QString serial;
    RemittanceMonth month;
    QJsonObject receipt;
    QJsonObject summaryJson() const; // what the audit record keeps
    QJsonObject toJson() const;      // the summary, the lines ("items") and the receipt
};

// Before the transaction: remittance.month (not YYYY-MM), remittance.month_future.
Status checkRemittanceMonth(const ServiceContext &ctx, const QString &month);
Status checkRemittance(const ServiceContext &ctx, const RemittanceInput &input);

// Errors: remittance.month, remittance.month_future, unit.not_found, auth.branch_denied,
// unit.state, remittance.before_first_month, remittance.duplicate (409), remittance.deferred (409),
// remittance.no_employees, deposit.* and policy.* (the policy of the month). `lock` takes the
// unit's row lock (postings of one unit take turns).
Result<RemittanceMonth> computeRemittanceMonth(ServiceContext &ctx, const QString &unitAccount,
                                               const QString &month, bool lock);
// Errors: those of computeRemittanceMonth() and remittance.preview_stale (409).
Result<RemittanceResult> postRemittance(ServiceContext &ctx, const RemittanceInput &input);

} // namespace hpf::server
