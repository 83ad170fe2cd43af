#pragma once

#include "base/result.h"
#include "net/failure.h"
#include "net/responsecache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace hpf::client {

// Header names shared with hpf-server.
inline constexpr char kRequestIdHeader[] = "X-Request-ID";
inline constexpr char kIdempotencyHeader[] = "Idempotency-Key";
inline constexpr char kGrantHeader[] = "X-Supervisor-Grant";
inline constexpr char kWorkstationHeader[] = "X-Workstation";

struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;     // "/api/v1/..." (may carry a query string)
    QJsonObject body; // sent when hasBody
    bool hasBody = false;
    QString idempotencyKey;    // every state change carries one, created and stored before sending
    QString grant;             // a supervisor grant bound to this operation, if one was given
    QByteArray ifNoneMatch;    // ETag of the cached copy, for reference data
    bool authenticated = true; // attach the access token; park on 401 until it is refreshed
    bool readOnly = false;     // a read sent as POST so that its terms stay out of the URL
    int timeoutMs = 15000;

    static ApiRequest get(const QString &path);
    static ApiRequest post(const QString &path, const QJsonObject &body, const QString &idempotencyKey);
    // A read whose terms identify a person (identity number, name, account): POSTed in the body,
    // never in the query string, where proxies and access logs would keep them.
    static ApiRequest search(const QString &path, const QJsonObject &body);

    // GETs, searches, and state changes with an idempotency key, may be repeated without a second
    // effect.
    bool isRepeatable() const;
    // Whether the answer is a lookup the ResponseCache may keep (GETs and searches).
    bool isRead() const { return method == "GET" || readOnly; }
};

struct ApiResponse
{
    int status = 0; // HTTP status, 0 when no response arrived
    FailureClass failure = FailureClass::Fatal;
    QJsonDocument json;
    QByteArray etag;
    QString requestId; // as echoed by the server, or the one we sent
    // For failures: the server's problem code/field/detail, or a client code when no problem arrived
    // (network.unreachable, network.timeout, network.tls, network.bad_response, http.<status>).
    Error problem;
    int attempts = 0;
    // Answered from the lookup cache because the back end was unreachable (see ResponseCache).
    bool fromCache = false;
    QDateTime cachedAt;

    bool ok() const { return failure == FailureClass::None; }
    QJsonObject object() const { return json.object(); }
};

// One request in flight (including its retries). Emits finished() exactly once, then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    const ApiRequest &request() const { return m_request; }
    const QString &requestId() const { return m_requestId; }

signals:
    void finished(const hpf::client::ApiResponse &response);

private:
    friend class ApiClient;
    ApiRequest m_request;
    QString m_requestId;
    int m_attempts = 0;
};

struct RetryPolicy
{
    int maxAttempts = 4;   // including the first
    int baseDelayMs = 250; // doubled per attempt ...
    int maxDelayMs = 4000; // ... up to this cap
};

// The REST client: timeouts, request ids, idempotency keys, classified failures, capped backoff for
// transient failures of repeatable requests, and 401 → refresh → replay.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setTrustedCaCertificates(const QList<QSslCertificate> &certificates);
    void setAccessToken(const QString &token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Lookups (authenticated GETs the cache accepts) are stored on success and answered from it
    // when the back end cannot be reached. Not owned.
    void setResponseCache(ResponseCache *cache) { m_cache = cache; }
    // The secret a search's cache key is computed with (HMAC-SM3 of its body), so that the cache
    // never holds the search terms, nor a digest anyone could recompute from a guessed identity
    // number. Empty (the default): a plain SM3 digest, for caches kept in memory only.
    void setLookupDigestKey(const QByteArray &key) { m_lookupDigestKey = key; }
    // What the lookup cache files an answer under: a GET's path; for a search, its path, '#' and the
    // digest of its body.
    QString cacheKey(const ApiRequest &request) const;
    // The counter's workstation name, sent with every request for the audit trail.
    void setWorkstation(const QString &workstation) { m_workstation = workstation; }
    QString workstation() const { return m_workstation; }
    bool isReachable() const { return m_reachable; }

    // Starts a request. The returned call emits finished() once; connect before returning to the
    // event loop.
    ApiCall *send(const ApiRequest &request);

    // After authenticationRequired(): replay the parked calls with the new token, or fail them.
    void resumeAfterAuthentication(bool refreshed);

signals:
    // A call got 401 with an expired or invalid token. Emitted once per parking; calls wait.
    void authenticationRequired();
    void reachabilityChanged(bool reachable);

private:
    void start(ApiCall *call);
    void handleReply(ApiCall *call, QNetworkReply *reply);
    void finish(ApiCall *call, const ApiResponse &response);
    void setReachable(bool reachable);
    int backoffMs(int attempt) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_caCertificates;
    QString m_accessToken;
    QString m_workstation;
    RetryPolicy m_retry;
    bool m_reachable = true;
    bool m_waitingForAuth = false;
    QList<QPointer<ApiCall>> m_parked;
    ResponseCache *m_cache = nullptr;
    QByteArray m_lookupDigestKey;
};

// Builds the ApiResponse for a finished reply (pure apart from reading the reply).
ApiResponse responseFromReply(QNetworkReply *reply, const QString &sentRequestId);

} // namespace hpf::client
