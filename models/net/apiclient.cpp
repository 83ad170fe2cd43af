#include "apiclient.h"

#include "base/logging.h"
#include "crypto/sm3.h"
#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

namespace hpf::client {

ApiRequest ApiRequest::get(const QString &path)
{
    ApiRequest r;
    r.path = path;
    return r;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body, const QString &idempotencyKey)
{
    ApiRequest r;
    r.method = QByteArrayLiteral("POST");
    r.path = path;
    r.body = body;
    r.hasBody = true;
    r.idempotencyKey = idempotencyKey;
    return r;
}

ApiRequest ApiRequest::search(const QString &path, const QJsonObject &body)
{
    ApiRequest r;
    r.method = QByteArrayLiteral("POST");
    r.path = path;
    r.body = body;
    r.hasBody = true;
    r.readOnly = true;
    return r;
}

bool ApiRequest::isRepeatable() const
{
    return method == "GET" || method == "HEAD" || readOnly || !idempotencyKey.isEmpty();
}

ApiResponse responseFromReply(QNetworkReply *reply, const QString &sentRequestId)
{
    ApiResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    // A transport failure (codes below 100: refused, closed, timed out …) decides even when a status
    // line arrived, e.g. a body cut off half-way; otherwise the HTTP status decides.
    const bool transportFailure = error != QNetworkReply::NoError && int(error) < 100;
    r.failure =
        transportFailure ? classifyFailure(error, 0) : classifyFailure(QNetworkReply::NoError, r.status);
    r.etag = reply->rawHeader("ETag");
    const QByteArray echoed = reply->rawHeader(kRequestIdHeader);
    r.requestId = echoed.isEmpty() ? sentRequestId : QString::fromLatin1(echoed);

    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (!body.isEmpty()) {
        QJsonParseError parseError{};
        r.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError && r.failure == FailureClass::None) {
            r.failure = FailureClass::Fatal;
            r.problem = Error{u"network.bad_response"_qs, QString(), u"response is not JSON"_qs};
            return r;
        }
    }
    if (r.failure == FailureClass::None)
        return r;

    const QJsonObject o = r.json.object();
    if (o.contains(u"code")) {
        r.problem = Error{o.value(u"code").toString(), o.value(u"field").toString(),
                          o.value(u"detail").toString(o.value(u"title").toString())};
    } else if (r.status > 0 && !transportFailure) {
        r.problem = Error{u"http.%1"_qs.arg(r.status), QString(), reply->errorString()};
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        r.problem = Error{u"network.timeout"_qs, QString(), reply->errorString()};
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        r.problem = Error{u"network.tls"_qs, QString(), reply->errorString()};
    } else if (r.failure == FailureClass::Transient) {
        r.problem = Error{u"network.unreachable"_qs, QString(), reply->errorString()};
    } else {
        r.problem = Error{u"network.bad_response"_qs, QString(), reply->errorString()};
    }
    return r;
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ApiClient::setTrustedCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this);
    call->m_request = request;
    call->m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Start from the event loop so the caller can connect to finished() first.
    QTimer::singleShot(0, call, [this, call] { start(call); });
    return call;
}

void ApiClient::start(ApiCall *call)
{
    const ApiRequest &rq = call->m_request;
    ++call->m_attempts;

    QUrl url = m_baseUrl;
    const qsizetype q = rq.path.indexOf(u'?');
    QString basePath = m_baseUrl.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (q < 0 ? rq.path : rq.path.left(q)));
    if (q >= 0)
        url.setQuery(rq.path.mid(q + 1));

    QNetworkRequest nr(url);
    nr.setTransferTimeout(rq.timeoutMs);
    nr.setRawHeader(kRequestIdHeader, call->m_requestId.toLatin1());
    nr.setRawHeader("Accept", "application/json, application/problem+json");
    if (rq.authenticated && !m_accessToken.isEmpty())
        nr.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    if (!rq.idempotencyKey.isEmpty())
        nr.setRawHeader(kIdempotencyHeader, rq.idempotencyKey.toLatin1());
    if (!m_workstation.isEmpty())
        nr.setRawHeader(kWorkstationHeader, m_workstation.toUtf8());
    if (!rq.grant.isEmpty())
        nr.setRawHeader(kGrantHeader, rq.grant.toLatin1());
    if (!rq.ifNoneMatch.isEmpty())
        nr.setRawHeader("If-None-Match", rq.ifNoneMatch);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        nr.setSslConfiguration(tls);
    }

    QByteArray payload;
    if (rq.hasBody) {
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(rq.body).toJson(QJsonDocument::Compact);
    }
    // The path only (a search's terms are in its body, which is never logged), masked all the same:
    // account numbers still travel in some paths.
    qCDebug(lcApi).noquote() << rq.method << logging::maskPersonalData(rq.path) << "request"
                             << call->m_requestId << "attempt" << call->m_attempts;
    QNetworkReply *reply = m_network->sendCustomRequest(nr, rq.method, payload);
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { handleReply(call, reply); });
}

void ApiClient::handleReply(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    ApiResponse response = responseFromReply(reply, call->m_requestId);
    response.attempts = call->m_attempts;
    const ApiRequest &rq = call->m_request;

    setReachable(!(response.status == 0 && response.failure == FailureClass::Transient));

    // A refused password or second-factor code (grants, unlock) is an answer, not an expired token.
    const bool credentialsRefused =
        response.problem.code == u"auth.invalid_credentials" || response.problem.code == u"auth.locked" ||
        response.problem.code == u"auth.otp_required" || response.problem.code == u"auth.otp_invalid";
    if (response.failure == FailureClass::Auth && rq.authenticated && !credentialsRefused) {
        m_parked.append(call);
        if (!m_waitingForAuth) {
            m_waitingForAuth = true;
            emit authenticationRequired();
        }
        return;
    }
    if (isRetryable(response.failure) && rq.isRepeatable() && call->m_attempts < m_retry.maxAttempts) {
        const int delay = backoffMs(call->m_attempts);
        qCInfo(lcApi).noquote() << "retrying" << rq.method << logging::maskPersonalData(rq.path) << "request"
                                << call->m_requestId << "in" << delay << "ms after" << response.problem.code;
        QTimer::singleShot(delay, call, [this, call] { start(call); });
        return;
    }
    const bool lookup = m_cache && rq.isRead() && rq.authenticated && m_cache->caches(rq.path);
    if (lookup && response.ok() && response.status == 200) {
        m_cache->store(cacheKey(rq), response.json.toJson(QJsonDocument::Compact));
    } else if (lookup && response.status == 0 && response.failure == FailureClass::Transient) {
        if (const auto cached = m_cache->load(cacheKey(rq))) {
            qCInfo(lcApi).noquote() << "answering" << rq.method << logging::maskPersonalData(rq.path)
                                    << "from the lookup cache of" << cached->fetchedAt.toString(Qt::ISODate);
            response.failure = FailureClass::None;
            response.json = QJsonDocument::fromJson(cached->body);
            response.fromCache = true;
            response.cachedAt = cached->fetchedAt;
            response.problem = Error{};
        }
    }
    if (!response.ok())
        qCWarning(lcApi).noquote() << rq.method << logging::maskPersonalData(rq.path)
                                   << "failed:" << response.status << response.problem.code << "request"
                                   << response.requestId;
    finish(call, response);
}

void ApiClient::finish(ApiCall *call, const ApiResponse &response)
{
    emit call->finished(response);
    call->deleteLater();
}

void ApiClient::resumeAfterAuthentication(bool refreshed)
{
    m_waitingForAuth = false;
    const QList<QPointer<ApiCall>> parked = std::exchange(m_parked, {});
    for (const QPointer<ApiCall> &call : parked) {
        if (!call)
            continue;
        if (refreshed) {
            start(call);
        } else {
            ApiResponse r;
            r.status = 401;
            r.failure = FailureClass::Auth;
            r.requestId = call->m_requestId;
            r.attempts = call->m_attempts;
            r.problem = Error{u"auth.required"_qs, QString(), u"sign-in required"_qs};
            finish(call, r);
        }
    }
}

void ApiClient::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

namespace {

// HMAC (RFC 2104) over SM3, whose block is 64 bytes.
QByteArray hmacSm3(QByteArray key, const QByteArray &message)
{
    constexpr int kBlock = 64;
    if (key.size() > kBlock)
        key = crypto::sm3(key);
    key.resize(kBlock, '\0');
    QByteArray inner(kBlock, '\x36');
    QByteArray outer(kBlock, '\x5c');
    for (int i = 0; i < kBlock; ++i) {
        inner[i] = char(inner[i] ^ key[i]);
        outer[i] = char(outer[i] ^ key[i]);
    }
    return crypto::sm3(QByteArray(outer + crypto::sm3(QByteArray(inner + message))));
}

} // namespace

QString ApiClient::cacheKey(const ApiRequest &request) const
{
    if (!request.readOnly)
        return request.path;
    // QJsonDocument writes the keys of an object sorted: equal searches give equal digests.
    const QByteArray body = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    const QByteArray digest =
        m_lookupDigestKey.isEmpty() ? crypto::sm3(body) : hmacSm3(m_lookupDigestKey, body);
    return request.path + u'#' + QString::fromLatin1(digest.toHex());
}

int ApiClient::backoffMs(int attempt) const
{
    const qint64 exponential = qint64(m_retry.baseDelayMs) << qMin(attempt - 1, 16);
    const int capped = int(qMin<qint64>(exponential, m_retry.maxDelayMs));
    return capped + int(QRandomGenerator::global()->bounded(capped / 4 + 1));
}

} // namespace hpf::client
