#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <memory>

namespace hpf::server {

class Router;
struct ServerContext;

// The HTTP front, over GNU libmicrohttpd (MHD). MHD parses requests inside a per-connection memory
// pool, so the request line and headers are bounded (ServerOptions::maxHeaderBytes; MHD answers 431
// beyond it), and it hands the body over in pieces, keeping at most the route's limit: a
// Content-Length above 4 times the limit (at least 1 MiB) is answered 413 at once, before any of the
// body is read; a smaller excess, or a chunked body past the limit, is read and dropped as it
// arrives and answered 413 when it ends (MHD 0.9.75 can answer only before the body or after it,
// and most clients read the answer only after sending everything). Connections are capped in total
// and per client address, and an idle connection is closed after
// ServerOptions::connectionTimeoutSeconds.
//
// Threads: a few MHD I/O threads (ServerOptions::ioThreads, epoll) read and write the sockets; a
// complete request is suspended and handed to a pool of ServerOptions::workerThreads threads
// (each keeps its database connection), so a slow transaction or password hash never holds up the
// other connections of an I/O thread. When the dispatcher is done, the connection is resumed and
// the I/O thread writes the answer with X-Request-ID and writes the JSON access log line.
class HttpServer
{
public:
    HttpServer(ServerContext &context, const Router &router);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    struct Tls
    {
        QByteArray certificatePem;
        QByteArray keyPem;
    };
    // Binds and starts serving; returns the bound port (port 0 picks a free one).
    // Error: server.listen.
    Result<quint16> listen(const QHostAddress &address, quint16 port, const Tls &tls = {});
    quint16 port() const;

    // Waits for every request handed to the workers (for orderly shutdown and tests).
    void waitForIdle();
    // Finishes the requests in flight, then closes every connection and the listening socket.
    void stop();

    // The Content-Type header for a response of `type`: "; charset=utf-8" is added to a type that
    // names no charset (a type that names one is sent as it is); empty for an empty type.
    static QByteArray contentTypeHeader(const QByteArray &type);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hpf::server
