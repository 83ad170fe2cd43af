#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

// The judicial desk's inbox of online court requests (courtchannel.h stores them): handling one
// runs it as if registered at the counter by the handling officer; either way the court's answer
// (回执 or refusal) is queued for the court's next poll.
namespace hpf::server {

struct ServiceContext;

// The Outcome of the request (judicialservice.h). Errors: judicial.not_found,
// judicial.not_pending, judicial.debtor_not_found (no live account for the debtor), the errors of
// runCourtRequest and of judicial::validate (as of today).
Result<QJsonObject> handleInboxRequest(ServiceContext &ctx, qint64 id);
// {"id", "status": "rejected"}. Errors: judicial.not_found, judicial.not_pending.
Result<QJsonObject> rejectInboxRequest(ServiceContext &ctx, qint64 id, const QString &reason);

// The live account of the debtor an online request names by identity number (or its account
// number when given). Error judicial.debtor_not_found (field "debtor.idNumber" / "accountNumber").
Result<QString> debtorAccountNumber(ServiceContext &ctx, const QString &accountNumber,
                                    const QString &idNumber);

} // namespace hpf::server
