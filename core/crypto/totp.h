#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

// One-time passwords for the second factor: HOTP (RFC 4226) and TOTP (RFC 6238) with HMAC-SHA-1,
// the algorithm every authenticator app supports; Base32 (RFC 4648) for the secret in otpauth://
// URIs (the Key Uri Format that authenticator apps scan from a QR code).
namespace hpf::crypto {

struct TotpParams
{
    int digits = 6;
    qint64 stepSeconds = 30;
    qint64 t0 = 0;  // Unix time of step 0
    int window = 1; // steps accepted either side of the current one (clock drift)
};

// The code for `counter` (RFC 4226 dynamic truncation), `digits` decimal digits with leading zeros.
QString hotp(QByteArrayView key, quint64 counter, int digits = 6);
// The time step that contains `unixSeconds` (floor((t - t0) / step); negative times give -1).
qint64 totpStep(qint64 unixSeconds, const TotpParams &params = {});
QString totp(QByteArrayView key, qint64 unixSeconds, const TotpParams &params = {});
// The step whose code equals `code` within ±window of now (constant-time comparison of each),
// nullopt when none does or the code is not `digits` digits. The caller refuses a step it has seen
// already (replay).
std::optional<qint64> matchTotp(QByteArrayView key, const QString &code, qint64 unixSeconds,
                                const TotpParams &params = {});

// RFC 4648 Base32, upper case; without padding when `pad` is false (as otpauth:// URIs carry it).
QString base32Encode(QByteArrayView data, bool pad = true);
// Accepts upper or lower case, optional padding, spaces and hyphens between groups.
// Error crypto.base32 for any other character or an impossible length.
Result<QByteArray> base32Decode(const QString &text);

// otpauth://totp/<issuer>:<account>?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
QString otpauthUri(const QString &issuer, const QString &account, QByteArrayView secret,
                   const TotpParams &params = {});

} // namespace hpf::crypto
