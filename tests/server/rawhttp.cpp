#include "rawhttp.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QList>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hpf::test {

QJsonObject RawReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawConnection::~RawConnection()
{
    close();
}

bool RawConnection::open(quint16 port)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        close();
        return false;
    }
    return true;
}

void RawConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_in.clear();
    m_eof = false;
}

bool RawConnection::readable(int timeoutMs) const
{
    if (m_fd < 0)
        return true;
    pollfd p{m_fd, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
}

bool RawConnection::send(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        if (readable(0))
            return false; // answered (or closed) before taking everything
        pollfd p{m_fd, POLLOUT, 0};
        if (::poll(&p, 1, 30000) <= 0)
            return false;
        const ssize_t n = ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

bool RawConnection::fill(int timeoutMs)
{
    if (m_fd < 0 || m_eof || !readable(timeoutMs))
        return false;
    char buffer[65536];
    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_in.append(buffer, n);
    return true;
}

RawReply RawConnection::readReply(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        qsizetype end;
        while ((end = m_in.indexOf("\r\n\r\n")) < 0) {
            if (deadline.hasExpired() || !fill(int(qMax<qint64>(1, deadline.remainingTime()))))
                return {};
        }
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        m_in.remove(0, end + 4);
        RawReply reply;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        reply.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                // Repeated headers are joined, so a test sees every value.
                reply.headers.insert(
                    name, reply.headers.contains(name) ? reply.headers.value(name) + ", " + value : value);
            }
        }
        if (reply.status == 100)
            continue;
        const qsizetype length = reply.headers.value("content-length").toLongLong();
        while (m_in.size() < length) {
            if (deadline.hasExpired() || !fill(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
        }
        reply.body = m_in.left(length);
        m_in.remove(0, reply.body.size());
        return reply;
    }
}

bool RawConnection::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_eof) {
        if (deadline.hasExpired())
            return false;
        if (!fill(int(qMax<qint64>(1, deadline.remainingTime()))) && !m_eof && deadline.hasExpired())
            return false;
        m_in.clear();
    }
    return true;
}

RawReply rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    RawConnection c;
    if (!c.open(port))
        return {};
    (void)c.send(request);
    return c.readReply(timeoutMs);
}

QByteArray rawPost(const QString &path, const QByteArray &body, const QList<QByteArray> &headerLines)
{
    QByteArray r = "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &h : headerLines)
        r += h + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return r;
}

} // namespace hpf::test
