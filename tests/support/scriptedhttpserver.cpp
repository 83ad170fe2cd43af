#include "scriptedhttpserver.h"

#include <QTcpSocket>

namespace hpf::test {

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::json(int status, const QByteArray &body)
{
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::problem(int status, const QByteArray &code,
                                                             const QByteArray &field)
{
    Reply r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/problem+json");
    r.body = "{\"status\":" + QByteArray::number(status) + ",\"code\":\"" + code + "\",\"title\":\"" + code +
             "\"" + (field.isEmpty() ? QByteArray() : ",\"field\":\"" + field + "\"") + "}";
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::hang()
{
    Reply r;
    r.action = Action::Hang;
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::close()
{
    Reply r;
    r.action = Action::Close;
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::truncate(const QByteArray &partialBody)
{
    Reply r;
    r.action = Action::Truncate;
    r.body = partialBody;
    return r;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_buffers.remove(s);
                s->deleteLater();
            });
        }
    });
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // Sockets die with m_server after this body; keep their signals away from a dying object.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets)
        s->disconnect(this);
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request rq;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        rq.method = first.value(0);
        rq.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                rq.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                  lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = rq.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        rq.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(rq);

        const Reply reply = m_handler ? m_handler(rq) : Reply::json(404, "{}");
        switch (reply.action) {
        case Reply::Action::Hang:
            continue; // never answer this request
        case Reply::Action::Close:
            socket->disconnectFromHost();
            return;
        case Reply::Action::Respond:
        case Reply::Action::Truncate: {
            const bool truncated = reply.action == Reply::Action::Truncate;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(truncated ? 200 : reply.status) + " X\r\n";
            out += "Content-Type: " + reply.contentType + "\r\n";
            out +=
                "Content-Length: " + QByteArray::number(reply.body.size() + (truncated ? 100 : 0)) + "\r\n";
            const QByteArray requestId = rq.header("x-request-id");
            if (!requestId.isEmpty())
                out += "X-Request-ID: " + requestId + "\r\n";
            for (const auto &h : reply.headers)
                out += h.first + ": " + h.second + "\r\n";
            out += "\r\n" + reply.body;
            socket->write(out);
            if (truncated) {
                socket->flush();
                socket->disconnectFromHost();
                return;
            }
            break;
        }
        }
    }
}

} // namespace hpf::test
