#pragma once

#include "net/apiclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace hpf::client {

class CredentialStore;

// The signed-in teller as the server describes them.
struct UserInfo
{
    QString username;
    QString displayName;
    QString role; // teller, loan_officer, archivist, judicial, supervisor, auditor, admin
    QString branch;
    bool headOffice = false;
    static UserInfo fromJson(const QJsonObject &o);
};

// What a supervisor authorises at the teller's screen (柜面授权): exactly one operation, bound to its
// idempotency key and payload by the server.
struct GrantRequest
{
    QString supervisorUsername;
    QString supervisorPassword;
    QString summary;      // what the supervisor sees, e.g. "司法冻结 1234567890 ¥2,000.00"
    ApiRequest operation; // method, path, body and idempotencyKey of the one operation
};

// Sign-in (with the second factor once the user has enrolled: signInFailed with
// auth.otp_required asks for it), token refresh, sign-out, idle lock, supervisor grants, the
// second factor's enrolment and the password change. A session of scope "enrol" or "password"
// may only finish that step (the server refuses everything else). The access token lives in
// memory only; the refresh token goes to the CredentialStore under "refresh/<server>/<user>" (and
// nowhere when the store is unavailable — the session then simply ends with the client).
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, Active, Locked };
    Q_ENUM(State)

    Session(ApiClient *api, CredentialStore *credentials, QObject *parent = nullptr);

    // Identifies the server in credential keys, e.g. "127.0.0.1:8470".
    void setServerKey(const QString &key) { m_serverKey = key; }
    QString serverKey() const { return m_serverKey; }
    static QString serverKeyFor(const QUrl &url);

    State state() const { return m_state; }
    const UserInfo &user() const { return m_user; }
    bool isSignedIn() const { return m_state == State::Active || m_state == State::Locked; }
    // Whether the refresh token of this session was stored in the keychain.
    bool isRemembered() const { return m_remembered; }

    // `secondFactor`: the authenticator's 6-digit code, or a recovery code (xxxx-xxxx).
    void signIn(const QString &username, const QString &password, const QString &secondFactor = {});
    // "full", or "enrol" (must enrol a second factor first) or "password" (must change it first).
    QString scope() const { return m_scope; }

    // The second factor of the signed-in user: a new secret (enrolmentStarted with the otpauth://
    // URI to show as a QR code), then the first code (enrolmentConfirmed with the recovery codes).
    void startEnrolment();
    void confirmEnrolment(const QString &code);
    void changePassword(const QString &current, const QString &next);
    // After a step (the user has seen the recovery codes, or the password was changed): signedIn
    // when the session is now a full one, else stepRequired for the next step.
    void completeSignIn();
    // Resumes the session of `username` from its stored refresh token (after a client restart).
    void resume(const QString &username);
    void signOut();

    // Idle lock: after `ms` without noteActivity() the session locks; 0 disables it.
    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const { return m_idleMs; }
    void noteActivity();
    void lockNow();
    // The same user types the password again (the session stays; the code only when the policy
    // says so); another user must sign out first.
    void unlock(const QString &password, const QString &secondFactor = {});

    // Asks the server for a grant for one operation; grantFinished follows.
    // `supervisorCode`: the supervisor's second-factor code (or a recovery code), once enrolled.
    void requestGrant(const GrantRequest &request, const QString &supervisorCode = {});

    static QString credentialKey(const QString &server, const QString &username);

signals:
    void stateChanged(hpf::client::Session::State state);
    void signedIn(const hpf::client::UserInfo &user);
    // Signed in with a limited session ("enrol" or "password"): that step first, then signedIn.
    void stepRequired(const QString &scope);
    void signInFailed(const hpf::client::ApiResponse &response);
    void unlockFailed(const hpf::client::ApiResponse &response);
    void signedOut();
    // The server refused to renew the session (expired, revoked): the teller must sign in again.
    void expired();
    void grantFinished(bool ok, const QString &grant, const hpf::client::ApiResponse &response);
    // The refresh token could not be stored (no secret service): shown as a banner.
    void rememberingFailed();
    void enrolmentStarted(const QString &otpauthUri, const QString &secret);
    void enrolmentConfirmed(const QStringList &recoveryCodes);
    // Refusals of the steps: the problem code and the translated text to show (with the request id).
    void enrolmentFailed(const QString &code, const QString &message);
    void passwordChanged();
    void passwordChangeFailed(const QString &code, const QString &message);

private:
    void setState(State state);
    void onAuthenticationRequired();
    void adoptTokens(const QJsonObject &tokens);
    void storeRefreshToken();
    void finishSignIn(const ApiResponse &response, const QString &username);

    ApiClient *m_api;
    CredentialStore *m_credentials;
    QString m_serverKey;
    State m_state = State::SignedOut;
    UserInfo m_user;
    QString m_scope;
    QString m_refreshToken;
    bool m_remembered = false;
    bool m_refreshing = false;
    int m_idleMs = 0;
    QTimer m_idleTimer;
};

} // namespace hpf::client
