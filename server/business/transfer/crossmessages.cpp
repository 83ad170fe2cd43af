#include "business/transfer/crosschannel.h"

// Groundwork for issue 16: replaced by the cross-city business (its state machine answers each
// message type). Until then every message is refused, so nothing changes hands.
namespace hpf::server {

Result<QJsonObject> handleTransferMessage(ServiceContext &, const transfer::Message &)
{
    return makeError(u"transfer.unavailable"_qs, {}, u"cross-city transfers are not built yet"_qs);
}

} // namespace hpf::server
