#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

namespace hpf::test {

// A scripted HTTP/1.1 server on 127.0.0.1 for the failures a real server cannot be made to show on
// demand: timeouts, 502s, truncated bodies, dropped connections. Everything else is tested against
// the real hpf-server.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };
    struct Reply
    {
        enum class Action { Respond, Hang, Close, Truncate };
        Action action = Action::Respond;
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QList<QPair<QByteArray, QByteArray>> headers;

        static Reply json(int status, const QByteArray &body);
        static Reply problem(int status, const QByteArray &code, const QByteArray &field = {});
        static Reply hang();
        static Reply close();
        static Reply truncate(const QByteArray &partialBody);
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;
    bool listen();
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onReadyRead(class QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace hpf::test
