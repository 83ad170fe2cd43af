#include "platform/http/httpserver.h"

#include "logging.h"
#include "platform/context.h"
#include "platform/http/problem.h"
#include "platform/http/router.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace hpf::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QString requestIdFor(const QByteArray &given)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9._:-]{1,64}$"_qs);
    const QString s = QString::fromLatin1(given);
    if (!given.isEmpty() && valid.match(s).hasMatch())
        return s;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 monotonicNs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}

} // namespace

HttpServer::HttpServer(ServerContext &context, const Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_router(router)
    , m_dispatcher(context)
{
    m_pool.setMaxThreadCount(qMax(1, context.options.workerThreads));
    m_pool.setExpiryTimeout(-1); // keep threads (and their database connections) alive
}

HttpServer::~HttpServer()
{
    m_pool.waitForDone();
}

void HttpServer::waitForIdle()
{
    m_pool.waitForDone();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 started = monotonicNs();
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    const auto headers = request.headers();
    for (const auto &h : headers)
        copy.headers.insert(h.first.toLower(), h.second);
    copy.body = request.body();
    copy.requestId = requestIdFor(copy.header("x-request-id"));
    copy.remoteAddress = request.remoteAddress().toString();

    const Router::Match match = m_router.match(copy.method, copy.path);
    // The server default, or the route's own limit (employee lists are megabytes).
    const int maxBody = match.route && match.route->maxBodyBytes > 0 ? match.route->maxBodyBytes
                                                                     : m_context.options.maxBodyBytes;
    if (copy.body.size() > maxBody) {
        respond(request, socket, copy,
                problem(413, u"request.too_large"_qs, {},
                        QStringLiteral("the body may have at most %1 bytes").arg(maxBody), copy.requestId),
                started);
        return true;
    }
    if (!match.route) {
        respond(request, socket, copy,
                match.pathMatched ? problem(405, u"request.method_not_allowed"_qs, {}, {}, copy.requestId)
                                  : problem(404, u"request.not_found"_qs, {}, {}, copy.requestId),
                started);
        return true;
    }
    copy.pathArgs = match.args;
    const Route *route = match.route;
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *requestPtr = &request;
    QtConcurrent::run(&m_pool, [this, route, copy]() {
        return m_dispatcher.handle(*route, copy);
    }).then(this, [this, guard, requestPtr, copy, started](const HttpResponse &response) {
        // The request object lives as long as its socket; both are gone if the client left.
        if (!guard) {
            qCInfo(lcHttp) << "client left before the response" << copy.requestId;
            return;
        }
        respond(*requestPtr, guard.data(), copy, response, started);
    });
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.requestId = requestIdFor(request.value("X-Request-ID"));
    respond(request, socket, copy, problem(404, u"request.not_found"_qs, {}, {}, copy.requestId),
            monotonicNs());
}

void HttpServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const HttpRequest &copy,
                         const HttpResponse &response, qint64 startedNs)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    const bool bodyAllowed = response.status != 204 && response.status != 304;
    if (bodyAllowed && !response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType + "; charset=utf-8");
    responder.writeHeader("Content-Length", QByteArray::number(bodyAllowed ? response.body.size() : 0));
    responder.writeHeader("X-Request-ID", copy.requestId.toLatin1());
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(bodyAllowed ? response.body : QByteArray());

    const double ms = double(monotonicNs() - startedNs) / 1e6;
    const QJsonObject line{{u"rid"_qs, copy.requestId},
                           {u"method"_qs, QString::fromLatin1(copy.method)},
                           {u"path"_qs, copy.path},
                           {u"status"_qs, response.status},
                           {u"ms"_qs, qRound(ms * 10) / 10.0},
                           {u"remote"_qs, copy.remoteAddress}};
    qCInfo(lcAccess).noquote() << QJsonDocument(line).toJson(QJsonDocument::Compact);
}

} // namespace hpf::server
