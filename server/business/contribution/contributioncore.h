#pragma once

#include "base/result.h"
#include "finance/rate.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QString>

// What the contribution businesses (汇缴, 补缴, 缓缴, 基数调整) share: months, the unit's and the
// person's first month, which base and ratios were in effect in a month (the base history of
// migration 17), whether a person-month is paid and whether a month is deferred.
namespace hpf::server {

Q_DECLARE_LOGGING_CATEGORY(lcContribution)

struct ServiceContext;
struct UnitRow;

// "YYYY-MM" → the first day of the month; an invalid date for anything else (a day, full-width
// digits, "2025-7").
QDate parseMonthText(const QString &text);
QString monthOf(QDate date); // "2025-07"
// A stored time (milliseconds since the epoch) as RFC 3339 in UTC ("2025-07-15T02:00:00Z").
QString isoTime(qint64 ms);
// The first day of the current month (server local time).
QDate currentMonth(const ServiceContext &ctx);

// The unit's first remittance month: unit_profiles.first_month, else the month it was opened
// (units from before the opening business have no profile row).
Result<QDate> unitFirstMonth(ServiceContext &ctx, const UnitRow &unit);

// A non-closed account of a unit with what the month computations need.
struct Employee
{
    qint64 accountId = 0;
    QString accountNumber;
    QString name;
    QString state;
    QDate firstMonth;   // account_profiles.first_month, else the month the account was opened
    qint64 baseFen = 0; // the latest base (accounts.base_fen)
};
// Every account of the unit that is not closed (03/04/05), in account id order (the lock order).
Result<QList<Employee>> unitEmployees(ServiceContext &ctx, qint64 unitId);
Result<Employee> employeeById(ServiceContext &ctx, qint64 accountId);

// The base history of some accounts and a unit's ratio history (base_adjustments): the base of a
// month is the new base of the latest adjustment effective in or before that month, else the old
// base of the earliest adjustment after it, else the account's base.
class TermsHistory
{
public:
    static Result<TermsHistory> forUnit(ServiceContext &ctx, const UnitRow &unit);
    qint64 baseAt(const Employee &e, QDate month) const;
    finance::Rate unitRatioAt(QDate month) const;
    finance::Rate personalRatioAt(QDate month) const;

private:
    struct BaseStep
    {
        QDate from;
        qint64 oldBase = 0;
        qint64 newBase = 0;
    };
    struct RatioStep
    {
        QDate from;
        qint64 oldUnit = 0, newUnit = 0, oldPersonal = 0, newPersonal = 0;
    };
    QHash<qint64, QList<BaseStep>> m_bases; // account id → steps by effective month
    QList<RatioStep> m_ratios;
    qint64 m_unitPpm = 0;
    qint64 m_personalPpm = 0;
};

// The fen credited to the account for `month` as 汇缴 or 补缴 (journal types 01/02), −1 when there
// is no such credit: a person-month is paid when there is one.
Result<qint64> paidForMonth(ServiceContext &ctx, qint64 accountId, const QString &month);
Result<bool> monthPaid(ServiceContext &ctx, qint64 accountId, const QString &month);

// The serial of the unit's approved deferral covering `month`, empty when none does.
Result<QString> deferralCovering(ServiceContext &ctx, qint64 unitId, const QString &month);

} // namespace hpf::server
