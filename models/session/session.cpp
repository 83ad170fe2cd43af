#include "session/session.h"

#include "logging.h"
#include "secrets/credentialstore.h"

namespace hpf::client {

UserInfo UserInfo::fromJson(const QJsonObject &o)
{
    UserInfo u;
    u.username = o.value(u"username").toString();
    u.displayName = o.value(u"displayName").toString(u.username);
    u.role = o.value(u"role").toString();
    u.branch = o.value(u"branch").toString();
    u.headOffice = o.value(u"headOffice").toBool();
    return u;
}

Session::Session(ApiClient *api, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Session::lockNow);
    connect(m_api, &ApiClient::authenticationRequired, this, &Session::onAuthenticationRequired);
    connect(m_credentials, &CredentialStore::writeFinished, this, [this](const QString &key, bool ok) {
        if (key != credentialKey(m_serverKey, m_user.username))
            return;
        m_remembered = ok;
        if (!ok) {
            qCWarning(lcSession) << "refresh token not stored; the session will not survive a restart";
            emit rememberingFailed();
        }
    });
    connect(m_credentials, &CredentialStore::readFinished, this,
            [this](const QString &key, bool found, const QByteArray &secret) {
                if (m_state != State::SigningIn || key != credentialKey(m_serverKey, m_user.username))
                    return;
                if (!found) {
                    ApiResponse r;
                    r.status = 401;
                    r.failure = FailureClass::Auth;
                    r.problem = Error{u"auth.required"_qs, QString(), u"no stored session"_qs};
                    setState(State::SignedOut);
                    emit signInFailed(r);
                    return;
                }
                ApiRequest rq = ApiRequest::post(
                    u"/api/v1/auth/refresh"_qs, {{u"refreshToken"_qs, QString::fromUtf8(secret)}}, QString());
                rq.authenticated = false;
                const QString username = m_user.username;
                connect(m_api->send(rq), &ApiCall::finished, this,
                        [this, username](const ApiResponse &refreshed) {
                            if (!refreshed.ok()) {
                                setState(State::SignedOut);
                                emit signInFailed(refreshed);
                                return;
                            }
                            adoptTokens(refreshed.object());
                            ApiRequest me = ApiRequest::get(u"/api/v1/auth/me"_qs);
                            connect(m_api->send(me), &ApiCall::finished, this,
                                    [this, username](const ApiResponse &r) { finishSignIn(r, username); });
                        });
            });
}

QString Session::serverKeyFor(const QUrl &url)
{
    return url.host() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

QString Session::credentialKey(const QString &server, const QString &username)
{
    return u"refresh/"_qs + server + u'/' + username;
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcSession) << "session" << state;
    emit stateChanged(state);
}

void Session::adoptTokens(const QJsonObject &tokens)
{
    m_api->setAccessToken(tokens.value(u"accessToken").toString());
    m_refreshToken = tokens.value(u"refreshToken").toString();
}

void Session::storeRefreshToken()
{
    if (m_refreshToken.isEmpty() || m_user.username.isEmpty())
        return;
    m_credentials->write(credentialKey(m_serverKey, m_user.username), m_refreshToken.toUtf8());
}

void Session::signIn(const QString &username, const QString &password)
{
    if (m_state == State::SigningIn)
        return;
    m_user = UserInfo{username.trimmed(), {}, {}, {}, false};
    setState(State::SigningIn);
    ApiRequest rq =
        ApiRequest::post(u"/api/v1/auth/login"_qs,
                         {{u"username"_qs, username.trimmed()}, {u"password"_qs, password}}, QString());
    rq.authenticated = false;
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (r.ok())
            adoptTokens(r.object());
        finishSignIn(r, m_user.username);
    });
}

void Session::resume(const QString &username)
{
    if (m_state != State::SignedOut)
        return;
    m_user = UserInfo{username.trimmed(), {}, {}, {}, false};
    setState(State::SigningIn);
    m_credentials->read(credentialKey(m_serverKey, m_user.username));
}

void Session::finishSignIn(const ApiResponse &r, const QString &username)
{
    if (!r.ok()) {
        m_api->setAccessToken(QString());
        m_refreshToken.clear();
        setState(State::SignedOut);
        emit signInFailed(r);
        return;
    }
    const QJsonObject o = r.object();
    m_user = UserInfo::fromJson(o.contains(u"user") ? o.value(u"user").toObject() : o);
    if (m_user.username.isEmpty())
        m_user.username = username;
    storeRefreshToken();
    setState(State::Active);
    noteActivity();
    emit signedIn(m_user);
}

void Session::signOut()
{
    if (m_state == State::SignedOut)
        return;
    m_idleTimer.stop();
    if (!m_api->accessToken().isEmpty()) {
        // Revoke on the server; nothing waits for the answer.
        ApiRequest rq = ApiRequest::post(u"/api/v1/auth/logout"_qs, {}, QString());
        rq.timeoutMs = 5000;
        m_api->send(rq);
    }
    if (!m_user.username.isEmpty())
        m_credentials->remove(credentialKey(m_serverKey, m_user.username));
    m_api->setAccessToken(QString());
    m_refreshToken.clear();
    m_remembered = false;
    m_user = {};
    setState(State::SignedOut);
    emit signedOut();
}

void Session::setIdleTimeoutMs(int ms)
{
    m_idleMs = qMax(0, ms);
    if (m_idleMs == 0)
        m_idleTimer.stop();
    else if (m_state == State::Active)
        m_idleTimer.start(m_idleMs);
}

void Session::noteActivity()
{
    if (m_state == State::Active && m_idleMs > 0)
        m_idleTimer.start(m_idleMs);
}

void Session::lockNow()
{
    if (m_state != State::Active)
        return;
    m_idleTimer.stop();
    qCInfo(lcSession) << "locked after inactivity";
    setState(State::Locked);
}

void Session::unlock(const QString &password)
{
    if (m_state != State::Locked)
        return;
    ApiRequest rq = ApiRequest::post(
        u"/api/v1/auth/login"_qs, {{u"username"_qs, m_user.username}, {u"password"_qs, password}}, QString());
    rq.authenticated = false;
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (m_state != State::Locked)
            return;
        if (!r.ok()) {
            emit unlockFailed(r);
            return;
        }
        // The pre-lock session is superseded; its tokens are forgotten and expire on the server.
        adoptTokens(r.object());
        storeRefreshToken();
        setState(State::Active);
        noteActivity();
    });
}

void Session::onAuthenticationRequired()
{
    if (m_refreshing)
        return;
    if (m_refreshToken.isEmpty()) {
        m_api->resumeAfterAuthentication(false);
        return;
    }
    m_refreshing = true;
    ApiRequest rq =
        ApiRequest::post(u"/api/v1/auth/refresh"_qs, {{u"refreshToken"_qs, m_refreshToken}}, QString());
    rq.authenticated = false;
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        m_refreshing = false;
        if (r.ok()) {
            adoptTokens(r.object());
            storeRefreshToken();
            m_api->resumeAfterAuthentication(true);
            return;
        }
        qCWarning(lcSession) << "refresh refused:" << r.problem.code;
        m_api->resumeAfterAuthentication(false);
        if (r.failure == FailureClass::Auth && isSignedIn()) {
            m_api->setAccessToken(QString());
            m_refreshToken.clear();
            m_idleTimer.stop();
            setState(State::SignedOut);
            emit expired();
        }
    });
}

void Session::requestGrant(const GrantRequest &request)
{
    QJsonObject operation{{u"method"_qs, QString::fromLatin1(request.operation.method)},
                          {u"path"_qs, request.operation.path}};
    if (request.operation.hasBody)
        operation.insert(u"body"_qs, request.operation.body);
    const QJsonObject body{{u"supervisorUsername"_qs, request.supervisorUsername.trimmed()},
                           {u"supervisorPassword"_qs, request.supervisorPassword},
                           {u"idempotencyKey"_qs, request.operation.idempotencyKey},
                           {u"summary"_qs, request.summary},
                           {u"request"_qs, operation}};
    // A grant request creates nothing the operation could duplicate; it is not repeated.
    ApiRequest rq = ApiRequest::post(u"/api/v1/grants"_qs, body, QString());
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        emit grantFinished(r.ok(), r.ok() ? r.object().value(u"grant").toString() : QString(), r);
    });
}

} // namespace hpf::client
