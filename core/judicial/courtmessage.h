#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hpf::crypto {
class Sm2Key;
}

// The signed messages of the online court channel (server/integration/court, and the training
// court client hpf-court). A court sends an envelope
//   {"courtCode", "messageId" (UUID), "sentAt" (ISO UTC), "kind": "request"|"poll",
//    "request": judicial::Request JSON (kind request) | "after": sequence (kind poll), "signature"}
// and the center answers with a JSON body carrying "kid" (the center's signing key) and
// "signature". A signature is base64 of the DER SM2 signature (SM3, distinguishing id
// 1234567812345678) over the canonical bytes: the object without "signature" as
// QJsonDocument::Compact (keys sorted, no spaces) — what `openssl pkeyutl -verify -rawin` checks.
namespace hpf::judicial::court {

inline constexpr int kMaxClockSkewSeconds = 10 * 60; // sentAt within ±10 minutes of the center's clock
inline constexpr int kMaxMessageBytes = 64 * 1024;

// The bytes a signature covers.
QByteArray canonicalBytes(QJsonObject object);
// `object` with "signature" set. Errors of Sm2Key::signDer.
Result<QJsonObject> sign(QJsonObject object, const crypto::Sm2Key &key);
// Whether "signature" is a valid signature of the rest of `object` by `publicKey`.
bool verify(const QJsonObject &object, const crypto::Sm2Key &publicKey);

enum class Kind { Request, Poll };

struct Envelope
{
    QString courtCode;
    QString messageId; // a UUID, lower case, without braces
    QDateTime sentAt;  // UTC
    Kind kind = Kind::Request;
    QJsonObject request; // kind Request: the judicial::Request JSON (read with judicial::fromJson)
    qint64 after = 0;    // kind Poll: the last answer sequence the court has seen
};

// The unsigned envelope object.
QJsonObject toJson(const Envelope &envelope);
// Strict reader of a received envelope (its signature is checked separately): unknown fields,
// wrong types, a messageId that is not a UUID, a sentAt that is not ISO UTC, a missing or
// superfluous request/after are refused with code court.invalid and the field's name.
Result<Envelope> readEnvelope(const QJsonObject &object);

} // namespace hpf::judicial::court
