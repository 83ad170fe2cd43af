#pragma once

#include "base/result.h"
#include "business/judicial/holdstore.h"

#include <QJsonObject>
#include <QString>

// The JSON the judicial desk shows and prints (contract: Freeze, the account summary, 回执).
namespace hpf::server {

struct ServiceContext;

QString courtName(const ServiceContext &ctx, const QString &courtCode);
// Freeze = holdId, serial, state, wholeBalance, amountFen, deductedFen, heldFen, shortfallFen,
// courtCode, courtName, caseNumber, noticeNumber, startDate, endDate, registeredAt, activatedOn,
// endedOn, renewals, queuePosition.
QJsonObject freezeJson(const ServiceContext &ctx, const HoldsSession &session, const finance::Hold &hold);
// {balanceFen, heldFen, availableFen} after the operation.
QJsonObject balancesJson(const HoldsSession &session);

// Who acted, as printed on the 回执: display names of the user and of the granting supervisor.
struct Signatories
{
    QString centerName;
    QString branchName;
    QString teller;
    QString supervisor;
};
Result<Signatories> signatories(ServiceContext &ctx);

} // namespace hpf::server
