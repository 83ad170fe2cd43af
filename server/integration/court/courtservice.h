#pragma once

#include "base/result.h"
#include "platform/context.h"

#include <QJsonObject>

// The online court channel (issue 15): a court's signed envelope (core/judicial/courtmessage.h)
// is checked — court registered, signature by one of its active keys, sentAt within ±10 minutes of
// the center's clock, messageId not seen before from this court — and routed to business/judicial
// (business/judicial/courtchannel.h): a request lands on the judicial desk's inbox, a query is
// answered at once, a poll returns the desk's answers. routes.cpp signs every body it returns.
namespace hpf::server {

struct CourtReply
{
    int status = 200;
    QJsonObject body; // unsigned
};

// Runs in its own write transaction (a refusal stores nothing). Errors, each with the HTTP status
// courtErrorStatus() gives: court.invalid 400 (envelope shape), judicial.court_unknown 403 (no
// active key for the court), court.signature 401, court.stale 401, court.replay 409, then the
// judicial.* codes of judicial::fromJson / validate and of business/judicial; db.* errors.
Result<CourtReply> handleCourtMessage(ServiceContext &ctx, const QJsonObject &envelope);

int courtErrorStatus(const Error &error); // 0: the server's usual mapping

} // namespace hpf::server
