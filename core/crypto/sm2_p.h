#pragma once

// Private to core/crypto (and its tests).

#include "base/result.h"
#include "crypto/openssl_p.h"

namespace hpf::crypto::detail {

// Makes sure `key` runs the SM2 signature algorithm. OpenSSL 3.0's decoders already load keys on the
// SM2 curve (named or explicit parameters) as type "SM2"; an "EC" key on the SM2 curve (as made in
// memory with the "EC" algorithm) would silently sign ECDSA-with-SM3, so it is re-imported as an
// SM2 key. Any other key (another curve, RSA, Ed25519, ...) is refused with crypto.key_type.
Result<PkeyPtr> requireSm2Key(PkeyPtr key, bool withPrivate);

} // namespace hpf::crypto::detail
