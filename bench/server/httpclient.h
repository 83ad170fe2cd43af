#pragma once

// A minimal HTTP/1.1 client for the load generator: one raw QTcpSocket per connection, kept alive
// between requests, one request in flight at a time (no pipelining). QNetworkAccessManager would
// add its own queueing and a second thread's worth of overhead to every latency we measure.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpSocket>
#include <functional>
#include <utility>

namespace hpf::bench {

// Nanoseconds on one monotonic clock shared by the whole process.
qint64 monotonicNs();

struct HttpRequest
{
    QByteArray method; // "GET", "POST"
    QByteArray path;   // "/api/v1/accounts/100000000001"
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body; // sent as application/json with a Content-Length for POST
};

struct HttpResponse
{
    int status = 0; // 0: transport failure, see error
    QByteArray body;
    QString error;
    qint64 latencyNs = 0; // from writing the request to the last byte of the body
};

class HttpConnection : public QObject
{
public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpConnection(quint16 port, QObject *parent = nullptr);

    // Connects now (blocking) so the first measured request does not pay for the handshake.
    bool connectNow(int timeoutMs);
    // Sends one request; `done` runs once, on this thread, with the response or the failure.
    // Reconnects first when the server closed the connection. Must not be called while busy().
    void send(const HttpRequest &request, Callback done);
    // Blocking convenience for setup steps: runs a local event loop until the response arrives.
    HttpResponse exchange(const HttpRequest &request, int timeoutMs = 120000);

    // Gives up on the request in flight (a client-side timeout): `done` runs with status 0 and
    // `why`, and the connection is closed so the next send() starts a fresh one.
    void cancel(const QString &why) { fail(why); }

    bool busy() const { return m_busy; }
    // TCP connections opened so far (1 when keep-alive held for every request).
    qint64 connects() const { return m_connects; }

private:
    void onReadyRead();
    bool parseHeader(qsizetype end);
    void complete(HttpResponse response);
    void fail(const QString &why);

    QTcpSocket m_socket;
    quint16 m_port = 0;
    QByteArray m_hostHeader;
    qint64 m_connects = 0;

    bool m_busy = false;
    Callback m_done;
    qint64 m_startedNs = 0;
    QByteArray m_buffer;
    qsizetype m_headerEnd = -1;
    qint64 m_contentLength = 0;
    int m_status = 0;
    bool m_closeAfter = false;
};

} // namespace hpf::bench
