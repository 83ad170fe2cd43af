#pragma once

#include "base/result.h"

#include <QString>
#include <QStringView>

// Face-to-face signing (面签) checks that the person at the counter is the one the application
// names: the ID card read on the reader against the party recorded on the application. Shared by
// the signing desk (checks at once, before the photo and the signatures) and the server (checks
// again when the step is posted; the client's word is never enough).
namespace hpf::signing {

// A name as compared: half-width, no white space, every variant of the middle dot of minority and
// foreign names (· ・ • ． .) as U+00B7 — "买买提 · 艾力" and "买买提•艾力" are the same person.
QString normalizeName(QStringView name);

// Errors, the field being `fieldPrefix` + "documentNumber" / "name" (e.g. "parties[1].name"):
// signing.document_mismatch (the card's number is not the application's: compared as identity
// numbers, so full-width digits, a lower-case x and a 15-digit legacy number on the application
// are the same number), signing.name_mismatch (same number, a different name: the card is the
// person's, the application misspells them — corrected on the application, never at the desk).
Status matchSigner(QStringView cardNumber, QStringView cardName, QStringView applicationNumber,
                   QStringView applicationName, const QString &fieldPrefix = {});

} // namespace hpf::signing
