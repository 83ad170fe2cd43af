#pragma once

#include "certificatedoc.h"

#include <QJsonObject>

namespace hpf::printing {

// The certificate exactly as the server returned it (the certificate view of POST
// /api/v1/certificates, its batch items and GET /api/v1/certificates/{number}) as the paint
// function's input. Nothing is taken from a form: what is printed is what the server stored and
// signed. Pure.
CertificateDocument certificateDocumentFromJson(const QJsonObject &certificate);

} // namespace hpf::printing
