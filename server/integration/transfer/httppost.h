#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QUrl>

// A blocking HTTP/1.1 POST for a worker or job thread (never the GUI thread: it waits on the
// socket with waitFor*, no event loop): QTcpSocket for http, QSslSocket with the system CAs for
// https. One request per connection ("Connection: close"); the answer is read by Content-Length,
// chunked, or to the end of the connection, at most kMaxAnswerBytes.
namespace hpf::server {

struct HttpPostLimits
{
    int connectMs = 3000;   // TCP (and TLS) connection
    int exchangeMs = 10000; // the whole exchange, connection included
};

inline constexpr qint64 kMaxAnswerBytes = 256 * 1024;

struct HttpAnswer
{
    int status = 0;
    QByteArray contentType; // lower case, parameters dropped
    QByteArray body;
};

// POSTs `json` (Content-Type: application/json) to `url`. Any failure to get a complete HTTP answer
// (DNS, connect, TLS, timeout, malformed or oversized answer) is transfer.peer_unreachable with an
// English detail that never quotes the answer. An HTTP error status is an answer, not an error.
Result<HttpAnswer> httpPostJson(const QUrl &url, const QByteArray &json, const HttpPostLimits &limits = {});

} // namespace hpf::server
