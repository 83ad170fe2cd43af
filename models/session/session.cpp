#include "session/session.h"

#include "logging.h"
#include "secrets/credentialstore.h"
#include "session/usertext.h"

#include <QJsonArray>
#include <QRegularExpression>

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
                            m_scope = u"full"_qs; // a limited session is not resumed: it ends
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

namespace {

// A 6-digit code goes as "otp", anything else (xxxx-xxxx) as a recovery code.
void addSecondFactor(QJsonObject &body, const QString &secondFactor, const QString &otpKey,
                     const QString &recoveryKey)
{
    const QString code = QString(secondFactor).remove(u' ');
    if (code.isEmpty())
        return;
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_qs);
    body.insert((sixDigits.match(code).hasMatch() || recoveryKey.isEmpty()) ? otpKey : recoveryKey, code);
}

} // namespace

void Session::signIn(const QString &username, const QString &password, const QString &secondFactor)
{
    if (m_state == State::SigningIn)
        return;
    m_user = UserInfo{username.trimmed(), {}, {}, {}, false};
    m_scope.clear();
    setState(State::SigningIn);
    QJsonObject body{{u"username"_qs, username.trimmed()}, {u"password"_qs, password}};
    addSecondFactor(body, secondFactor, u"otp"_qs, u"recoveryCode"_qs);
    ApiRequest rq = ApiRequest::post(u"/api/v1/auth/login"_qs, body, QString());
    rq.authenticated = false;
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (r.ok()) {
            adoptTokens(r.object());
            m_scope = r.object().value(u"scope").toString(u"full"_qs);
        }
        finishSignIn(r, m_user.username);
    });
}

void Session::completeSignIn()
{
    if (m_state != State::Active)
        return;
    if (m_scope == u"full")
        emit signedIn(m_user);
    else
        emit stepRequired(m_scope);
}

void Session::startEnrolment()
{
    ApiRequest rq = ApiRequest::post(u"/api/v1/auth/totp/enrol"_qs, {}, QString());
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (!r.ok()) {
            emit enrolmentFailed(r.problem.code, usertext::describeFailure(r));
            return;
        }
        emit enrolmentStarted(r.object().value(u"otpauthUri").toString(),
                              r.object().value(u"secret").toString());
    });
}

void Session::confirmEnrolment(const QString &code)
{
    ApiRequest rq = ApiRequest::post(u"/api/v1/auth/totp/confirm"_qs,
                                     {{u"code"_qs, QString(code).remove(u' ')}}, QString());
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (!r.ok()) {
            emit enrolmentFailed(r.problem.code, usertext::describeFailure(r));
            return;
        }
        QStringList codes;
        for (const QJsonValue &v : r.object().value(u"recoveryCodes").toArray())
            codes << v.toString();
        if (m_scope == u"enrol")
            m_scope = u"full"_qs;
        emit enrolmentConfirmed(codes);
    });
}

void Session::changePassword(const QString &current, const QString &next)
{
    ApiRequest rq =
        ApiRequest::post(u"/api/v1/auth/password"_qs,
                         {{u"currentPassword"_qs, current}, {u"newPassword"_qs, next}}, QString());
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (!r.ok()) {
            emit passwordChangeFailed(r.problem.code, usertext::describeFailure(r));
            return;
        }
        m_scope = r.object().value(u"scope").toString(u"full"_qs);
        emit passwordChanged();
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
    if (m_scope.isEmpty())
        m_scope = u"full"_qs;
    setState(State::Active);
    noteActivity();
    if (m_scope != u"full") {
        emit stepRequired(m_scope); // signedIn follows once the step is done
        return;
    }
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
    m_scope.clear();
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

void Session::unlock(const QString &password, const QString &secondFactor)
{
    if (m_state != State::Locked)
        return;
    // The same session goes on: the server checks the password of its own user (failures count
    // towards the lock) without opening a new session.
    QJsonObject body{{u"password"_qs, password}};
    addSecondFactor(body, secondFactor, u"otp"_qs, QString());
    ApiRequest rq = ApiRequest::post(u"/api/v1/auth/unlock"_qs, body, QString());
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (m_state != State::Locked)
            return;
        if (!r.ok()) {
            emit unlockFailed(r);
            return;
        }
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

void Session::requestGrant(const GrantRequest &request, const QString &supervisorCode)
{
    QJsonObject operation{{u"method"_qs, QString::fromLatin1(request.operation.method)},
                          {u"path"_qs, request.operation.path}};
    if (request.operation.hasBody)
        operation.insert(u"body"_qs, request.operation.body);
    QJsonObject body{{u"supervisorUsername"_qs, request.supervisorUsername.trimmed()},
                     {u"supervisorPassword"_qs, request.supervisorPassword},
                     {u"idempotencyKey"_qs, request.operation.idempotencyKey},
                     {u"summary"_qs, request.summary},
                     {u"request"_qs, operation}};
    addSecondFactor(body, supervisorCode, u"supervisorOtp"_qs, u"supervisorRecoveryCode"_qs);
    // A grant request creates nothing the operation could duplicate; it is not repeated.
    ApiRequest rq = ApiRequest::post(u"/api/v1/grants"_qs, body, QString());
    connect(m_api->send(rq), &ApiCall::finished, this, [this](const ApiResponse &r) {
        emit grantFinished(r.ok(), r.ok() ? r.object().value(u"grant").toString() : QString(), r);
    });
}

} // namespace hpf::client
