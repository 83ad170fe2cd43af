#pragma once

#include "base/result.h"

#include <QByteArray>

// What QJsonDocument cannot tell about a request body, read from the JSON text itself. QJsonDocument
// keeps the last of duplicate keys and turns 1.0, 1e0 and 0.99999999999999999 into the integer 1,
// so a strict reader of its result would accept them. The API has no fractional numbers (amounts
// are integer fen, ratios are strings), so:
//   - a key may appear once per object, at any depth: json.duplicate_key (400), field = its path;
//   - a number is an integer literal (-?(0|[1-9][0-9]*)) of magnitude at most 2^53 - 1, exact in
//     any JSON reader: request.field_type (a fraction or exponent) or request.field_range (400),
//     field = its path.
// Paths are written as BodyReader names fields: "rows[2].name", "legalRepresentative.name".
namespace hpf::server::jsonscan {

// `text` must already be valid JSON (QJsonDocument parsed it); the first problem wins.
Status checkStrict(const QByteArray &text);

} // namespace hpf::server::jsonscan
