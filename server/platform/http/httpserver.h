#pragma once

#include "platform/http/dispatcher.h"
#include "platform/http/httptypes.h"

#include <QAbstractHttpServer>
#include <QThreadPool>

namespace hpf::server {

class Router;
struct ServerContext;

// The HTTP front: parses nothing itself (QtHttpServer does), copies each request into a plain
// HttpRequest, answers 404/405/413 at once, and hands everything else to a worker pool
// (QtConcurrent::run → QFuture) so database work never blocks the accept loop. The response is
// written back on this thread when the future finishes, if the client is still connected.
//
// Why not QHttpServer::route() with QFuture handlers: in Qt 6.4 the continuation keeps raw
// QTcpSocket/QHttpServerRequest pointers, so a client that disconnects before the future finishes
// makes the server write to a deleted socket. Subclassing QAbstractHttpServer lets us guard the
// socket with a QPointer, and gives one place to add X-Request-ID to every response.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpServer(ServerContext &context, const Router &router, QObject *parent = nullptr);
    ~HttpServer() override;

    // Waits for every request in flight (for orderly shutdown and tests).
    void waitForIdle();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const HttpRequest &copy,
                 const HttpResponse &response, qint64 startedNs);

    ServerContext &m_context;
    const Router &m_router;
    Dispatcher m_dispatcher;
    QThreadPool m_pool;
};

} // namespace hpf::server
