#pragma once

#include "api/loansigning.h"

#include <QHash>
#include <QList>

namespace hpf::client {
class Outbox;
}

// What a counter that died mid-session (面签) still holds of it: the server keeps only the digests
// of the signatures, and the outbox keeps, sealed, every step this counter posted and every signed
// contract it received. The desk takes a recording back only when its digest is the server's.
namespace hpf::ui {

struct RecoveredSigning
{
    QHash<QString, signing::SignatureStrokes> strokes; // by "position/document", the latest posted
    QList<client::api::SignedContract> contracts;      // the signed PDFs received
};

RecoveredSigning recoverSigning(const client::Outbox *outbox, const QString &serial);

} // namespace hpf::ui
