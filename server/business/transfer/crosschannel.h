#pragma once

#include "base/result.h"
#include "transfer/message.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The seam between cross-city transfers (business/transfer) and the channel that carries their
// messages to other centers (integration/transfer: the peer-to-peer channel today; the national
// platform's channel can implement the same port).
namespace hpf::server {

struct ServiceContext;

// Outbound port. Implementations are thread-safe and block for at most their timeout (a job's
// prepare step calls them outside any transaction, platform/jobs/jobrunner.h).
class TransferChannel
{
public:
    virtual ~TransferChannel() = default;
    // Delivers a message signed by this center (transfer::sign) to message.receiver and returns
    // the receiver's reply, its signature checked against the receiver's key. A refusal the
    // receiver signed is a Reply with ok == false (definitive); errors are transient and retried:
    // transfer.peer_unknown (no peer entry for the receiver), transfer.peer_unreachable (connect,
    // timeout, non-JSON or 5xx answer), transfer.reply_invalid (unsigned, badly signed, or not a
    // reply to this message).
    virtual Result<transfer::Reply> deliver(const QJsonObject &signedMessage) = 0;
    // The centers this one can reach (codes), for the apply screen's center list.
    virtual QList<QString> peerCodes() const = 0;
};

// Inbound: integration/transfer calls this inside its write transaction for a message it has
// authenticated (signature of a configured peer, receiver = this center, sentAt within the skew,
// body valid for its type) and not seen before (the sender's messageId; a repeat gets the stored
// reply without calling this). ctx.principal is the system user (platform/auth/systemuser.h).
// Returns the reply body (result "ok"); an error with a transfer.* or account.* code is a
// definitive refusal (result "refused" with the code; stored and audited like an answer, the
// business effects rolled back); db.* errors roll everything back and are answered 503.
Result<QJsonObject> handleTransferMessage(ServiceContext &ctx, const transfer::Message &message);

} // namespace hpf::server
