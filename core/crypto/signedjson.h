#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>

// Signed JSON objects as the center's channels exchange them (the online court channel and the
// cross-city transfer channel): "signature" is base64 of the DER SM2 signature (SM3, distinguishing
// id kSm2DistinguishingId) over the canonical bytes — the object without "signature" as
// QJsonDocument::Compact (keys sorted, no spaces). Those are exactly the bytes a peer hands to
// `openssl pkeyutl -verify -rawin`, so any party can check a message without this code.
namespace hpf::crypto {

class Sm2Key;

// The bytes a signature covers.
QByteArray canonicalBytes(QJsonObject object);
// `object` with "signature" set. Errors of Sm2Key::signDer.
Result<QJsonObject> signJson(QJsonObject object, const Sm2Key &key);
// Whether "signature" is a valid signature of the rest of `object` by `publicKey`.
bool verifyJson(const QJsonObject &object, const Sm2Key &publicKey);

} // namespace hpf::crypto
