#pragma once

#include "business/transfer/crosschannel.h"
#include "integration/transfer/httppost.h"
#include "integration/transfer/peers.h"
#include "platform/context.h"

#include <memory>

// The working TransferChannel (business/transfer/crosschannel.h): each message goes straight to the
// receiving center's `POST <url>/integration/transfer/v1/messages` (routes.cpp beside this file),
// found in the peer directory, and its signed answer is checked against that center's keys.
namespace hpf::server {

inline constexpr char kTransferMessagesPath[] = "/integration/transfer/v1/messages";

class PeerChannel : public TransferChannel
{
public:
    explicit PeerChannel(std::shared_ptr<const PeerDirectory> peers, HttpPostLimits limits = {});

    // A reply (ok or refused) the receiver signed, or: transfer.message_invalid (the message is
    // not one, a bug of the caller), transfer.peer_unknown, transfer.peer_unreachable,
    // transfer.reply_invalid, or the transfer.* code of a signed envelope refusal (the receiver
    // did not take the message: transfer.signature, transfer.stale, transfer.peer_unknown …; the
    // detail says the peer refused it). A retried message must be signed again with a fresh sentAt:
    // the receiver answers a repeated messageId with its stored reply, but only after the
    // signature, and a stale sentAt is refused.
    Result<transfer::Reply> deliver(const QJsonObject &signedMessage) override;
    QList<QString> peerCodes() const override;

    const PeerDirectory &peers() const { return *m_peers; }

private:
    std::shared_ptr<const PeerDirectory> m_peers;
    HttpPostLimits m_limits;
};

// `serve --peers DIR`: the peer directory of `dir` for the policy's center and a PeerChannel over
// it, set as ServerContext::transferChannel and ::transferPeers.
void installPeerChannel(ServerContext &server, const QString &dir, int recheckMs = 1000);

} // namespace hpf::server
