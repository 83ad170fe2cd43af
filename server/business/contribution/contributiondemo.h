#pragma once

#include "base/result.h"

#include <QDate>
#include <QString>

// What the training back end needs for contributions (issue 17), called from the demo seed.
namespace hpf::server {

struct ServiceContext;

// The unit and every account under it came from an older system: their first month becomes
// `month` and the accounts were opened on its first day, so the demo's remittance history before
// today's opening window is not refused and earns interest.
Status backdateContributionHistory(ServiceContext &ctx, const QString &unitAccount, QDate month);

// After the history was posted: each remittance of the unit is dated the 15th of its month (paid in
// its month at the older counter), so the yearly interest run has deposits to settle.
Status dateRemittancesInTheirMonths(ServiceContext &ctx, const QString &unitAccount);

// One person whose first deposit month was `firstMonth` joined `unitAccount` after the months
// since were remitted: those months are unpaid for them, what a 补缴 (reason 01 漏缴) is for.
// The account number.
struct MissedMonthPerson
{
    QString unitAccount;
    QString documentNumber;
    QString name;
    qint64 baseFen = 0;
    QDate firstMonth;
};
Result<QString> seedMissedMonths(ServiceContext &ctx, const MissedMonthPerson &person);

} // namespace hpf::server
