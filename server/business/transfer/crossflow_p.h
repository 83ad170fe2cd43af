#pragma once

#include "base/result.h"
#include "business/transfer/crossstore.h"
#include "transfer/message.h"

#include <QJsonObject>

// Internal to business/transfer/cross*: the outbox (crossoutbox.cpp) and the two sides of the state
// machine, receiving (crossreceiving.cpp) and sending (crosssending.cpp).
namespace hpf::server {

struct ServiceContext;

namespace cross {

inline constexpr char kSendJob[] = "transfer.send";

// Fails closed (transfer.unavailable) without a signing key or a channel.
Status checkChannel(const ServiceContext &ctx);
// Signs the message of `type` for `row`'s letter to row.peer(), stores it in transfer_messages and
// enqueues its delivery (job transfer.send, deduplicated by the message id), all in the caller's
// transaction: it leaves only if the step that queued it commits.
Result<QString> queueMessage(ServiceContext &ctx, transfer::MessageType type, const Row &row,
                             const QJsonObject &body);

// The platform's figures (BDC905) ↔ the API's transferOut object.
QJsonObject figuresFromBody(const QJsonObject &body, qint64 principalFen, qint64 interestFen);

// The sending center's BDC905 (crossfigures.cpp): the platform's figures of `account` (the journal's
// deposit months, the loan records), the funds body (TranRstCode 0, the figures stored at
// acceptance under "platform") and the end body without funds (13 refused / 40 failed).
Result<QJsonObject> transferOutBody(ServiceContext &ctx, const AccountRow &account, qint64 principal,
                                    qint64 interest);
QJsonObject fundsBody(const Row &row, const QString &txFunc);
QJsonObject endBody(const Row &row, const QString &status, const QString &reason);

// A month "2025-07" or "202507" as the platform's YYYYMM, and back.
QString platformMonth(const QString &month);
QString apiMonth(const QString &platformMonth);

// Inbound messages, inside the channel's transaction (ctx.principal is the system user).
Result<QJsonObject> receiveApply(ServiceContext &ctx, const transfer::Message &m);    // BDC901, sending side
Result<QJsonObject> receiveCancel(ServiceContext &ctx, const transfer::Message &m);   // BDC903, sending side
Result<QJsonObject> receiveProgress(ServiceContext &ctx, const transfer::Message &m); // BDC904, sending side
Result<QJsonObject> receiveConfirm(ServiceContext &ctx, const transfer::Message &m);  // BDC906, sending side
Result<QJsonObject> receiveTransferOut(ServiceContext &ctx, const transfer::Message &m); // BDC905, receiving

// The other center's reply to a message this center sent, inside the send job's transaction.
// Idempotent: a reply applies to the row's current state or is only noted.
Status applyReceivingReply(ServiceContext &ctx, Row &row, transfer::MessageType type,
                           const transfer::Reply &reply);
Status applySendingReply(ServiceContext &ctx, Row &row, transfer::MessageType type,
                         const transfer::Reply &reply);

} // namespace cross
} // namespace hpf::server
