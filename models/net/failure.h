#pragma once

#include <QNetworkReply>
#include <QString>

namespace hpf::client {

// What a failed request means for the caller; decided by one pure function so every part of the
// client reacts the same way.
enum class FailureClass {
    None,       // success (2xx, or 304)
    Transient,  // worth retrying: no connection, timeout, 502/503/504, 429, database busy
    Auth,       // 401: the access token must be refreshed, or the user must sign in again
    Conflict,   // 409/423: in flight elsewhere, duplicate, locked: retrying the same request won't help now
    Validation, // 400/413/422 and business refusals: the input must change
    Fatal,      // everything else: 403, 404, 5xx other than the transient ones, TLS errors, bad responses
};

// networkError is QNetworkReply::NoError when an HTTP response arrived; httpStatus is 0 when none did.
FailureClass classifyFailure(QNetworkReply::NetworkError networkError, int httpStatus);

// Whether a failure of this class may be retried automatically for a request that is safe to repeat
// (GET, or a state change carrying an Idempotency-Key).
inline bool isRetryable(FailureClass c)
{
    return c == FailureClass::Transient;
}

} // namespace hpf::client
