#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

// HTTP/1.1 over a plain blocking socket on 127.0.0.1, for what QNetworkAccessManager will not send:
// a request without Content-Type, a declared length with a short body, endless chunked bodies and
// header lines, connections that stay half-sent. The server answers from its own threads, so the
// test thread may block.
namespace hpf::test {

struct RawReply
{
    int status = 0;                        // 0: no answer (the connection was closed or timed out first)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json() const;
    QString code() const { return json().value(u"code"_qs).toString(); }
};

class RawConnection
{
public:
    RawConnection() = default;
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool open(quint16 port);
    void close();
    bool isOpen() const { return m_fd >= 0; }

    // Writes `bytes` unless the server answers or closes first; false if it did.
    bool send(const QByteArray &bytes);
    // True when the server has written something or closed (within `timeoutMs`).
    bool readable(int timeoutMs) const;
    // Reads one answer (skipping 100 Continue): status line, headers and Content-Length body.
    RawReply readReply(int timeoutMs = 30000);
    // Waits until the server closes the connection; false when it is still open after `timeoutMs`.
    bool waitClosed(int timeoutMs);

private:
    bool fill(int timeoutMs);
    int m_fd = -1;
    QByteArray m_in;
    bool m_eof = false;
};

// One request on a fresh connection, and its answer.
RawReply rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 30000);

// "POST <path> HTTP/1.1" with Host, Content-Length and the given extra header lines (each "Name: value").
QByteArray rawPost(const QString &path, const QByteArray &body, const QList<QByteArray> &headerLines);

} // namespace hpf::test
