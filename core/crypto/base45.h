#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace hpf::crypto {

// Base45 (RFC 9285): binary data as characters of the QR code alphanumeric mode, so a symbol can
// use the denser alphanumeric encoding. Every 2 bytes become 3 characters, a final odd byte 2.
inline constexpr char kBase45Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

QString base45Encode(QByteArrayView data);

// Strict decoding: anything that encode() could not have produced is refused.
// Error codes (field "text"; detail names the position):
//   base45.invalid_character  a character outside the alphabet (lower case included)
//   base45.invalid_length     length % 3 == 1
//   base45.out_of_range       a 3-character group above 65535, or a final 2-character group above 255
Result<QByteArray> base45Decode(QStringView text);

// Whether every character of `text` is in the Base45 alphabet.
bool isBase45Text(QStringView text);

} // namespace hpf::crypto
