#pragma once

#include "crypto/sm2.h"

#include <cstdlib>

// The fuzzers' seed key: an SM2 key whose private half is published right here, so checked-in seed
// codes (fuzz/seeds) carry signatures the fuzzers' trust lists accept and mutations reach the steps
// after the signature. It signs nothing outside the fuzzers. Every fuzzer that verifies codes also
// trusts a key generated at start (whose private half nobody has): a code verified under that one
// would be a forgery.
namespace hpf::fuzz {

inline constexpr char kSeedKeyPem[] = "-----BEGIN PRIVATE KEY-----\n"
                                      "MIGHAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBG0wawIBAQQgMrnsVajtbCFpeGiA\n"
                                      "yY8ihGTOLARYZeRWrQcX6nUnkO2hRANCAAQwynn/9T4k7MiPfsGi7GEHidF3veyT\n"
                                      "esAAMV0eQs0ut6X/iZz7CKV5nz0pkK8rFTwpwJqoI7F2aNf74P9sWwMS\n"
                                      "-----END PRIVATE KEY-----\n";

inline crypto::Sm2Key seedKey()
{
    auto key = crypto::Sm2Key::fromPrivatePem(kSeedKeyPem);
    if (!key)
        std::abort();
    return std::move(key).value();
}

} // namespace hpf::fuzz
