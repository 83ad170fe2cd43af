#pragma once

#include "base/result.h"
#include "net/apiclient.h"

#include <QString>

// Translated messages for what the server (or the network) answered. Server problem codes and the
// client's own network codes are covered here; domain validation codes fall through to
// hpf::errortext. Source strings are English in the context "hpf::client::UserText".
namespace hpf::client::usertext {

// The message for one error code (with its field label when it names one).
QString describe(const Error &error);

// The message for a failed response, with the request id staff can quote to support, e.g.
// "The server cannot be reached (request 4f1c…)".
QString describeFailure(const ApiResponse &response);

// Every client-side code that has its own message (for tests).
QStringList knownCodes();

} // namespace hpf::client::usertext
