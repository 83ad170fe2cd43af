#include "integration/transfer/httppost.h"

#include <QDeadlineTimer>
#include <QSslSocket>
#include <QTcpSocket>
#include <memory>

namespace hpf::server {

namespace {

Error unreachable(const QUrl &url, const QString &what)
{
    return makeError(u"transfer.peer_unreachable"_qs, {}, url.host() + u": "_qs + what);
}

// Reads what arrived so far into `buffer`, waiting at most until the deadline for more.
bool waitForMore(QTcpSocket &socket, QByteArray &buffer, const QDeadlineTimer &deadline)
{
    if (socket.bytesAvailable() == 0) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            return false;
        const qint64 left = deadline.remainingTime();
        if (left <= 0 || !socket.waitForReadyRead(int(left)))
            return socket.bytesAvailable() > 0;
    }
    buffer.append(socket.read(kMaxAnswerBytes + 1 - buffer.size()));
    return true;
}

struct Head
{
    int status = 0;
    QByteArray contentType;
    qint64 contentLength = -1;
    bool chunked = false;
};

std::optional<Head> parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.at(0).startsWith("HTTP/1."))
        return std::nullopt;
    Head h;
    bool ok = false;
    h.status = statusLine.at(1).toInt(&ok);
    if (!ok || h.status < 100 || h.status > 599)
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            h.contentLength = value.toLongLong(&ok);
            if (!ok || h.contentLength < 0)
                return std::nullopt;
        } else if (name == "transfer-encoding") {
            h.chunked = value.toLower().contains("chunked");
        } else if (name == "content-type") {
            h.contentType = value.split(';').value(0).trimmed().toLower();
        }
    }
    return h;
}

// Decodes a complete chunked body; nullopt while incomplete, an empty optional body on error is
// reported through `error`.
std::optional<QByteArray> dechunk(const QByteArray &data, bool &error)
{
    QByteArray out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = data.indexOf("\r\n", pos);
        if (eol < 0)
            return std::nullopt;
        bool ok = false;
        const qint64 size = data.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > kMaxAnswerBytes) {
            error = true;
            return std::nullopt;
        }
        pos = eol + 2;
        if (size == 0)
            return out; // trailers are not read: the connection closes anyway
        if (data.size() < pos + size + 2)
            return std::nullopt;
        out.append(data.mid(pos, size));
        pos += size + 2;
    }
}

} // namespace

Result<HttpAnswer> httpPostJson(const QUrl &url, const QByteArray &json, const HttpPostLimits &limits)
{
    const bool tls = url.scheme() == u"https";
    if (!tls && url.scheme() != u"http")
        return unreachable(url, u"only http and https URLs are supported"_qs);
    const QDeadlineTimer deadline(limits.exchangeMs);
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
        auto ssl = std::make_unique<QSslSocket>();
        ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        if (!ssl->waitForEncrypted(int(qMin<qint64>(limits.connectMs, deadline.remainingTime()))))
            return unreachable(url, u"TLS connection failed: "_qs + ssl->errorString());
        socket = std::move(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(url.host(), quint16(url.port(80)));
        if (!socket->waitForConnected(int(qMin<qint64>(limits.connectMs, deadline.remainingTime()))))
            return unreachable(url, u"connection failed: "_qs + socket->errorString());
    }
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    QByteArray hostHeader = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.host().contains(u':'))
        hostHeader = '[' + hostHeader + ']';
    if (url.port() > 0)
        hostHeader += ':' + QByteArray::number(url.port());
    QByteArray request =
        "POST " + path + " HTTP/1.1\r\nHost: " + hostHeader +
        "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " +
        QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n";
    request += json;
    socket->write(request);
    while (socket->bytesToWrite() > 0) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0 || !socket->waitForBytesWritten(int(left)))
            return unreachable(url, u"sending failed: "_qs + socket->errorString());
    }
    QByteArray buffer;
    std::optional<Head> head;
    qsizetype bodyStart = -1;
    for (;;) {
        const bool more = waitForMore(*socket, buffer, deadline);
        if (buffer.size() > kMaxAnswerBytes)
            return unreachable(url, u"the answer is larger than 256 KiB"_qs);
        if (!head) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                head = parseHead(buffer.left(end));
                if (!head)
                    return unreachable(url, u"not an HTTP/1.1 answer"_qs);
                bodyStart = end + 4;
            }
        }
        if (head) {
            const QByteArray body = buffer.mid(bodyStart);
            if (head->chunked) {
                bool error = false;
                auto decoded = dechunk(body, error);
                if (error)
                    return unreachable(url, u"malformed chunked answer"_qs);
                if (decoded)
                    return HttpAnswer{head->status, head->contentType, *decoded};
            } else if (head->contentLength >= 0) {
                if (body.size() >= head->contentLength)
                    return HttpAnswer{head->status, head->contentType, body.left(head->contentLength)};
            } else if (!more && socket->state() != QAbstractSocket::ConnectedState) {
                return HttpAnswer{head->status, head->contentType, body}; // read to the end
            }
        }
        if (!more) {
            if (deadline.hasExpired())
                return unreachable(url, u"no complete answer within the time limit"_qs);
            if (socket->state() != QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
                return unreachable(url, u"the connection closed before the answer was complete"_qs);
        }
    }
}

} // namespace hpf::server
