#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

namespace hpf::bench {

qint64 monotonicNs()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}

HttpConnection::HttpConnection(quint16 port, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_hostHeader("127.0.0.1:" + QByteArray::number(port))
{
    connect(&m_socket, &QTcpSocket::connected, this,
            [this] { m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_busy)
            fail(u"the server closed the connection before the response was complete"_qs);
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_busy)
            fail(m_socket.errorString());
    });
}

bool HttpConnection::connectNow(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        return true;
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    ++m_connects;
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    return m_socket.waitForConnected(timeoutMs);
}

void HttpConnection::send(const HttpRequest &request, Callback done)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_done = std::move(done);
    m_buffer.clear();
    m_headerEnd = -1;
    m_contentLength = 0;
    m_status = 0;
    m_closeAfter = false;

    QByteArray out;
    out.reserve(384 + request.body.size());
    out += request.method + ' ' + request.path + " HTTP/1.1\r\nHost: " + m_hostHeader + "\r\n";
    for (const auto &[name, value] : request.headers)
        out += name + ": " + value + "\r\n";
    if (request.method == "POST" || !request.body.isEmpty())
        out +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(request.body.size()) +
            "\r\n";
    out += "\r\n";
    out += request.body;

    m_startedNs = monotonicNs();
    if (m_socket.state() != QAbstractSocket::ConnectedState &&
        m_socket.state() != QAbstractSocket::ConnectingState) {
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.abort();
        ++m_connects;
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port); // write() buffers meanwhile
    }
    m_socket.write(out);
}

HttpResponse HttpConnection::exchange(const HttpRequest &request, int timeoutMs)
{
    QEventLoop loop;
    HttpResponse result;
    bool finished = false;
    send(request, [&](const HttpResponse &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        if (!finished)
            fail(QStringLiteral("no response within %1 ms").arg(timeoutMs));
    });
    if (!finished)
        loop.exec();
    return result;
}

bool HttpConnection::parseHeader(qsizetype end)
{
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    bool ok = false;
    m_status = statusLine.value(1).toInt(&ok);
    if (!statusLine.value(0).startsWith("HTTP/1.") || !ok || m_status < 100) {
        fail(u"malformed status line: "_qs + QString::fromLatin1(lines.value(0).trimmed().left(80)));
        return false;
    }
    m_closeAfter = statusLine.value(0) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                fail(u"bad Content-Length"_qs);
                return false;
            }
        } else if (name == "connection") {
            m_closeAfter = value.contains("close") || (m_closeAfter && !value.contains("keep-alive"));
        } else if (name == "transfer-encoding" && value != "identity") {
            fail(u"unsupported Transfer-Encoding: "_qs + QString::fromLatin1(value));
            return false;
        }
    }
    m_headerEnd = end + 4;
    return true;
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (!m_busy) {
        m_buffer.clear(); // nothing is expected between requests
        return;
    }
    if (m_headerEnd < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        if (!parseHeader(end))
            return;
    }
    if (m_buffer.size() - m_headerEnd < m_contentLength)
        return;
    HttpResponse r;
    r.status = m_status;
    r.body = m_buffer.mid(m_headerEnd, m_contentLength);
    r.latencyNs = monotonicNs() - m_startedNs;
    complete(std::move(r));
}

void HttpConnection::complete(HttpResponse response)
{
    m_busy = false;
    m_buffer.clear();
    if (m_closeAfter)
        m_socket.abort(); // the next send() reconnects
    Callback done = std::move(m_done);
    m_done = {};
    if (done)
        done(response);
}

void HttpConnection::fail(const QString &why)
{
    if (!m_busy)
        return;
    HttpResponse r;
    r.error = why;
    r.latencyNs = monotonicNs() - m_startedNs;
    // Not busy before the abort: abort() may emit disconnected() synchronously.
    m_busy = false;
    m_closeAfter = true;
    complete(std::move(r));
}

} // namespace hpf::bench
