#include "platform/http/httpserver.h"

#include "logging.h"
#include "platform/context.h"
#include "platform/http/dispatcher.h"
#include "platform/http/problem.h"
#include "platform/http/router.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThreadPool>
#include <QUrl>
#include <QUuid>
#include <arpa/inet.h>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>
#include <vector>

namespace hpf::server {

namespace {

QString requestIdFor(const QByteArray &given)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9._:-]{1,64}$"_qs);
    const QString s = QString::fromLatin1(given);
    if (!given.isEmpty() && valid.match(s).hasMatch())
        return s;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A declared body up to this many times its limit (at least 1 MiB) is read and dropped before the 413.
constexpr qulonglong kDropAllowance = 4;

qint64 monotonicNs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}

QString addressOf(const sockaddr *sa)
{
    if (!sa)
        return {};
    QHostAddress address(sa);
    return address.toString();
}

// One request from its first line to its answer. Created when MHD has read the request line (so
// the raw target with its query is at hand), freed when MHD reports the request completed.
struct Exchange
{
    enum class Phase { Headers, Body, Working, Answered };
    Phase phase = Phase::Headers;
    qint64 startedNs = 0;
    QByteArray rawTarget;
    HttpRequest request;
    const Route *route = nullptr;
    bool pathMatched = false;
    qint64 maxBody = 0;
    bool tooLarge = false;
    HttpResponse response; // written by the worker, read after the connection is resumed
};

MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    auto *headers = static_cast<QHash<QByteArray, QByteArray> *>(cls);
    if (key)
        headers->insert(QByteArray(key).toLower(), QByteArray(value ? value : ""));
    return MHD_YES;
}

} // namespace

struct HttpServer::Private
{
    Private(ServerContext &c, const Router &r)
        : context(c)
        , router(r)
        , dispatcher(c)
    {}

    ServerContext &context;
    const Router &router;
    Dispatcher dispatcher;
    QThreadPool pool;
    MHD_Daemon *daemon = nullptr;
    quint16 port = 0;
    Tls tls;

    static void *onRequestLine(void *cls, const char *uri, MHD_Connection *);
    static MHD_Result onAccess(void *cls, MHD_Connection *connection, const char *url, const char *method,
                               const char *version, const char *uploadData, size_t *uploadSize, void **state);
    static void onCompleted(void *cls, MHD_Connection *, void **state, MHD_RequestTerminationCode toe);
    static void onLog(void *cls, const char *format, va_list ap);

    MHD_Result headersRead(MHD_Connection *connection, Exchange &ex, const char *method);
    MHD_Result bodyRead(MHD_Connection *connection, Exchange &ex);
    MHD_Result answer(MHD_Connection *connection, Exchange &ex, const HttpResponse &response);
    HttpResponse tooLarge(const Exchange &ex) const;
};

void *HttpServer::Private::onRequestLine(void *, const char *uri, MHD_Connection *)
{
    auto *ex = new Exchange;
    ex->startedNs = monotonicNs();
    ex->rawTarget = QByteArray(uri ? uri : "");
    return ex;
}

void HttpServer::Private::onCompleted(void *, MHD_Connection *, void **state, MHD_RequestTerminationCode toe)
{
    auto *ex = static_cast<Exchange *>(*state);
    if (!ex)
        return;
    if (ex->phase != Exchange::Phase::Answered && toe != MHD_REQUEST_TERMINATED_CLIENT_ABORT)
        qCInfo(lcHttp) << "request ended before it was answered, reason" << int(toe);
    delete ex;
    *state = nullptr;
}

void HttpServer::Private::onLog(void *, const char *format, va_list ap)
{
    char line[512];
    std::vsnprintf(line, sizeof line, format, ap);
    qCInfo(lcHttp).noquote() << "libmicrohttpd:" << QByteArray(line).trimmed();
}

MHD_Result HttpServer::Private::onAccess(void *cls, MHD_Connection *connection, const char *,
                                         const char *method, const char *, const char *uploadData,
                                         size_t *uploadSize, void **state)
{
    auto *d = static_cast<Private *>(cls);
    auto *ex = static_cast<Exchange *>(*state);
    if (!ex)
        return MHD_NO; // onRequestLine always runs first
    switch (ex->phase) {
    case Exchange::Phase::Headers:
        return d->headersRead(connection, *ex, method);
    case Exchange::Phase::Body:
        if (*uploadSize > 0) {
            // Keep at most maxBody bytes. Past it the rest is read and dropped: MHD 0.9.75 cannot
            // answer in the middle of a body, so the 413 goes out when the body ends.
            if (!ex->tooLarge && ex->request.body.size() + qint64(*uploadSize) <= ex->maxBody) {
                ex->request.body.append(uploadData, qsizetype(*uploadSize));
            } else if (!ex->tooLarge) {
                ex->tooLarge = true;
                ex->request.body = QByteArray();
            }
            *uploadSize = 0;
            return MHD_YES;
        }
        return d->bodyRead(connection, *ex);
    case Exchange::Phase::Working:
        // Resumed by the worker: the response is ready.
        return d->answer(connection, *ex, ex->response);
    case Exchange::Phase::Answered:
        if (uploadSize)
            *uploadSize = 0;
        return MHD_YES;
    }
    return MHD_NO;
}

HttpResponse HttpServer::Private::tooLarge(const Exchange &ex) const
{
    return problem(413, u"request.too_large"_qs, {},
                   QStringLiteral("the body may have at most %1 bytes").arg(ex.maxBody),
                   ex.request.requestId);
}

MHD_Result HttpServer::Private::headersRead(MHD_Connection *connection, Exchange &ex, const char *method)
{
    HttpRequest &rq = ex.request;
    rq.method = QByteArray(method);
    const QUrl target = QUrl::fromEncoded(ex.rawTarget, QUrl::TolerantMode);
    rq.path = target.path();
    rq.query = QUrlQuery(target);
    MHD_get_connection_values(connection, MHD_HEADER_KIND, collectHeader, &rq.headers);
    rq.requestId = requestIdFor(rq.header("x-request-id"));
    if (const MHD_ConnectionInfo *info =
            MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS))
        rq.remoteAddress = addressOf(info->client_addr);

    const Router::Match match = router.match(rq.method, rq.path);
    ex.route = match.route;
    ex.pathMatched = match.pathMatched;
    rq.pathArgs = match.args;
    // The server default, or the route's own limit (employee lists are megabytes).
    ex.maxBody =
        ex.route && ex.route->maxBodyBytes > 0 ? ex.route->maxBodyBytes : context.options.maxBodyBytes;
    ex.phase = Exchange::Phase::Body;

    // A declared length above the limit is refused before a byte of the body is kept. Most clients
    // (QNetworkAccessManager too) send the whole body before they read, and would see a closed
    // connection instead of the 413, so a body up to kDropAllowance times the limit is read and
    // dropped first; a larger one is answered at once and the connection closed.
    if (const char *length =
            MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH)) {
        bool ok = false;
        const qulonglong declared = QByteArray(length).trimmed().toULongLong(&ok);
        if (!ok || declared > qulonglong(ex.maxBody)) {
            ex.tooLarge = true;
            const qulonglong allowance = qMax<qulonglong>(kDropAllowance * qulonglong(ex.maxBody), 1 << 20);
            if (!ok || declared > allowance)
                return answer(connection, ex, tooLarge(ex));
            return MHD_YES;
        }
        rq.body.reserve(qsizetype(declared));
    }
    return MHD_YES;
}

MHD_Result HttpServer::Private::bodyRead(MHD_Connection *connection, Exchange &ex)
{
    const QString &rid = ex.request.requestId;
    if (ex.tooLarge)
        return answer(connection, ex, tooLarge(ex));
    if (!ex.route)
        return answer(connection, ex,
                      ex.pathMatched ? problem(405, u"request.method_not_allowed"_qs, {}, {}, rid)
                                     : problem(404, u"request.not_found"_qs, {}, {}, rid));
    ex.phase = Exchange::Phase::Working;
    MHD_suspend_connection(connection);
    Exchange *job = &ex;
    pool.start([this, job, connection] {
        job->response = dispatcher.handle(*job->route, job->request);
        MHD_resume_connection(connection); // the exchange is not touched after this
    });
    return MHD_YES;
}

MHD_Result HttpServer::Private::answer(MHD_Connection *connection, Exchange &ex, const HttpResponse &response)
{
    ex.phase = Exchange::Phase::Answered;
    const bool bodyAllowed = response.status != 204 && response.status != 304;
    const QByteArray body = bodyAllowed ? response.body : QByteArray();
    MHD_Response *r = MHD_create_response_from_buffer(
        size_t(body.size()), const_cast<char *>(body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!r)
        return MHD_NO;
    if (bodyAllowed && !response.contentType.isEmpty())
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE,
                                contentTypeHeader(response.contentType).constData());
    MHD_add_response_header(r, "X-Request-ID", ex.request.requestId.toLatin1().constData());
    for (const auto &h : response.headers) {
        if (MHD_add_response_header(r, h.first.constData(), h.second.constData()) != MHD_YES)
            qCWarning(lcHttp) << "header refused by libmicrohttpd:" << h.first;
    }
    const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), r);
    MHD_destroy_response(r);

    const double ms = double(monotonicNs() - ex.startedNs) / 1e6;
    const QJsonObject line{
        {u"rid"_qs, ex.request.requestId},  {u"method"_qs, QString::fromLatin1(ex.request.method)},
        {u"path"_qs, ex.request.path},      {u"status"_qs, response.status},
        {u"ms"_qs, qRound(ms * 10) / 10.0}, {u"remote"_qs, ex.request.remoteAddress}};
    qCInfo(lcAccess).noquote() << QJsonDocument(line).toJson(QJsonDocument::Compact);
    return queued;
}

HttpServer::HttpServer(ServerContext &context, const Router &router)
    : d(std::make_unique<Private>(context, router))
{
    d->pool.setMaxThreadCount(qMax(1, context.options.workerThreads));
    d->pool.setExpiryTimeout(-1); // keep threads (and their database connections) alive
}

HttpServer::~HttpServer()
{
    stop();
}

Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port, const Tls &tls)
{
    if (d->daemon)
        return makeError(u"server.listen"_qs, u"port"_qs, u"already listening"_qs);
    const ServerOptions &o = d->context.options;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    sockaddr_in in4{};
    sockaddr_in6 in6{};
    const sockaddr *bindTo = nullptr;
    if (v6) {
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&in6.sin6_addr, raw.c, sizeof raw.c);
        bindTo = reinterpret_cast<const sockaddr *>(&in6);
    } else {
        in4.sin_family = AF_INET;
        in4.sin_port = htons(port);
        in4.sin_addr.s_addr = htonl(address.toIPv4Address());
        bindTo = reinterpret_cast<const sockaddr *>(&in4);
    }
    d->tls = tls;
    d->tls.certificatePem.append('\0'); // MHD takes C strings
    d->tls.keyPem.append('\0');
    const bool https = !tls.certificatePem.isEmpty();

    std::vector<MHD_OptionItem> options{
        {MHD_OPTION_EXTERNAL_LOGGER, reinterpret_cast<intptr_t>(&Private::onLog), nullptr},
        {MHD_OPTION_SOCK_ADDR, 0, const_cast<sockaddr *>(bindTo)},
        {MHD_OPTION_THREAD_POOL_SIZE, qMax(1, o.ioThreads), nullptr},
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, qMax(4096, o.maxHeaderBytes), nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, qMax(1, o.maxConnections), nullptr},
        {MHD_OPTION_PER_IP_CONNECTION_LIMIT, qMax(0, o.maxConnectionsPerIp), nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, qMax(0, o.connectionTimeoutSeconds), nullptr},
        {MHD_OPTION_URI_LOG_CALLBACK, reinterpret_cast<intptr_t>(&Private::onRequestLine), d.get()},
        {MHD_OPTION_NOTIFY_COMPLETED, reinterpret_cast<intptr_t>(&Private::onCompleted), d.get()},
    };
    if (https) {
        options.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, d->tls.certificatePem.data()});
        options.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, d->tls.keyPem.data()});
    }
    options.push_back({MHD_OPTION_END, 0, nullptr});

    unsigned int flags =
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    if (v6)
        flags |= MHD_USE_IPv6;
    if (https)
        flags |= MHD_USE_TLS;
    d->daemon = MHD_start_daemon(flags, port, nullptr, nullptr, &Private::onAccess, d.get(), MHD_OPTION_ARRAY,
                                 options.data(), MHD_OPTION_END);
    if (!d->daemon)
        return makeError(u"server.listen"_qs, u"port"_qs,
                         QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    const MHD_DaemonInfo *info = MHD_get_daemon_info(d->daemon, MHD_DAEMON_INFO_BIND_PORT);
    d->port = info ? info->port : port;
    return d->port;
}

quint16 HttpServer::port() const
{
    return d->port;
}

void HttpServer::waitForIdle()
{
    d->pool.waitForDone();
}

void HttpServer::stop()
{
    // Every suspended connection is resumed by its worker; MHD must have none suspended when it stops.
    d->pool.waitForDone();
    if (d->daemon) {
        MHD_stop_daemon(d->daemon);
        d->daemon = nullptr;
    }
}

QByteArray HttpServer::contentTypeHeader(const QByteArray &type)
{
    if (type.isEmpty())
        return {};
    const QList<QByteArray> parts = type.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray name = parts.at(i).split('=').value(0).trimmed().toLower();
        if (name == "charset")
            return type;
    }
    return type + "; charset=utf-8";
}

} // namespace hpf::server
