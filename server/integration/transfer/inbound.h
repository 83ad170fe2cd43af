#pragma once

#include "base/result.h"
#include "platform/context.h"
#include "platform/store/migrations.h"

#include <QByteArray>
#include <QJsonObject>

// The receiving end of the transfer channel: another center's signed message
// (core/transfer/message.h) is authenticated — sender in the peer directory, signature by one of
// its keys, addressed to this center — then, in ONE write transaction, deduplicated on (sender,
// messageId) in transfer_inbox: a repeat gets the stored reply byte for byte and changes nothing;
// a new message is answered (BDC909 here from the policy's center directory, every other type by
// business/transfer's handleTransferMessage as the system user, a savepoint undoing a refusal's
// effects), and the signed reply is stored and audited with it. routes.cpp answers it.
namespace hpf::server {

// Migration 15 (issue 16): transfer_inbox, every message taken from another center with the
// signed reply it got.
Migration transferInboxMigration();

inline constexpr char kTransferMessageOperation[] = "transfers.message";
inline constexpr char kTransferRefusedOperation[] = "transfers.message_refused";

// `object` is the request body, `bodyBytes` its size. Returns the signed reply's bytes (HTTP 200).
// Envelope refusals (nothing stored; each audited on its own as transfers.message_refused, object
// center:<sender>) with the status transferRefusalStatus() gives: request.too_large,
// transfer.message_invalid, transfer.peer_unknown, transfer.signature, transfer.wrong_receiver,
// transfer.stale; transfer.unavailable (no signing key); db.* errors (nothing done).
Result<QByteArray> receiveTransferMessage(ServiceContext &ctx, const QJsonObject &object, qint64 bodyBytes);

int transferRefusalStatus(const Error &error);

} // namespace hpf::server
