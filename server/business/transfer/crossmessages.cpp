#include "business/transfer/crosschannel.h"
#include "business/transfer/crossflow_p.h"

// The inbound side of the cross-city channel: integration/transfer has authenticated the message,
// checked its body (transfer::validateBody) and deduplicated it by message id; each type goes to the
// side of the state machine it belongs to. A message that makes no sense in the transfer's state
// (reordered, late, a second apply for one letter) is refused with transfer.state and changes
// nothing: the channel rolls the effects back and stores the refusal as the answer.
namespace hpf::server {

Result<QJsonObject> handleTransferMessage(ServiceContext &ctx, const transfer::Message &message)
{
    using transfer::MessageType;
    switch (message.type) {
    case MessageType::Apply:
        return cross::receiveApply(ctx, message);
    case MessageType::Cancel:
        return cross::receiveCancel(ctx, message);
    case MessageType::Progress:
        return cross::receiveProgress(ctx, message);
    case MessageType::TransferOut:
        return cross::receiveTransferOut(ctx, message);
    case MessageType::Confirm:
        return cross::receiveConfirm(ctx, message);
    case MessageType::BatchApply:
        // This center issues no batch letters and the platform's batch form is not taken here.
        return makeError(u"transfer.unsupported"_qs, u"msgType"_qs, u"batch applications are not taken"_qs);
    case MessageType::CenterLookup:
        break; // answered by the channel itself
    }
    return makeError(u"transfer.state"_qs, u"msgType"_qs, u"not a transfer message"_qs);
}

} // namespace hpf::server
