#pragma once

#include "api/certificates.h"
#include "certificatedoc.h"

namespace hpf::ui {

// The certificate as the server stored and signed it, as the paint function's input. Nothing is
// taken from a form.
printing::CertificateDocument certificateDocument(const client::api::Certificate &certificate);

} // namespace hpf::ui
