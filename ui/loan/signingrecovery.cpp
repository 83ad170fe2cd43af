#include "loan/signingrecovery.h"

#include "store/outbox.h"

namespace hpf::ui {

RecoveredSigning recoverSigning(const client::Outbox *outbox, const QString &serial)
{
    RecoveredSigning found;
    if (!outbox)
        return found;
    // The paths the builders make for this serial (the serial is a path segment).
    const QString steps = client::api::loansigning::start(serial, {}).path + u"/steps"_qs;
    const QString contracts = client::api::loansigning::signContract(serial, {}, {}, {}).path;
    // Done items come oldest first: a later recording of the same signer and document wins.
    for (const client::Outbox::Item &item : outbox->items(client::Outbox::State::Done)) {
        if (item.responseStatus / 100 != 2)
            continue;
        if (item.path == steps && item.body.value(u"kind"_qs).toString() == u"signature") {
            auto strokes = signing::fromJsonBytes(item.body.value(u"strokes"_qs).toString().toUtf8());
            if (!strokes)
                continue;
            const QString key = QString::number(item.body.value(u"position"_qs).toInt()) + u'/' +
                                item.body.value(u"document"_qs).toString();
            found.strokes.insert(key, *strokes);
        } else if (item.path == contracts) {
            if (auto signedContract = client::api::SignedContract::fromJson(item.response))
                found.contracts.append(*signedContract);
        }
    }
    return found;
}

} // namespace hpf::ui
