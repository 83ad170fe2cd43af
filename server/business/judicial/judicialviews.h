#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

// What the judicial desk reads: the court list, an account's freezes (active, 轮候 queue,
// history), freezes about to end, a stored request with its 回执, the online inbox. Only view roles
// (judicial, supervisor, auditor: core/domain/access.cpp) reach them; every read of holds or
// court details is audited (ServiceContext::noteRead).
namespace hpf::server {

struct ServiceContext;

QJsonObject judicialCourts(const ServiceContext &ctx);
// Errors: account.not_found (accountNumber), auth.branch_denied.
Result<QJsonObject> searchFreezes(ServiceContext &ctx, const QString &accountNumber);
// Active and waiting freezes whose end date falls within `days` days from today, soonest first;
// of the user's branch unless the user is center-wide (head office, auditor).
Result<QJsonObject> expiringFreezes(ServiceContext &ctx, int days);
// Errors: judicial.not_found (id), auth.branch_denied (the request's account is another branch's).
Result<QJsonObject> judicialRequest(ServiceContext &ctx, qint64 id);
// Online requests pending on the desk, oldest first.
Result<QJsonObject> judicialInbox(ServiceContext &ctx);

} // namespace hpf::server
