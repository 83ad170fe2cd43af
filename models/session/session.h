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

// Sign-in, token refresh, sign-out, idle lock and supervisor grants. The access token lives in
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

    void signIn(const QString &username, const QString &password);
    // Resumes the session of `username` from its stored refresh token (after a client restart).
    void resume(const QString &username);
    void signOut();

    // Idle lock: after `ms` without noteActivity() the session locks; 0 disables it.
    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const { return m_idleMs; }
    void noteActivity();
    void lockNow();
    // The same user types the password again; another user must sign out first.
    void unlock(const QString &password);

    // Asks the server for a grant for one operation; grantFinished follows.
    void requestGrant(const GrantRequest &request);

    static QString credentialKey(const QString &server, const QString &username);

signals:
    void stateChanged(hpf::client::Session::State state);
    void signedIn(const hpf::client::UserInfo &user);
    void signInFailed(const hpf::client::ApiResponse &response);
    void unlockFailed(const hpf::client::ApiResponse &response);
    void signedOut();
    // The server refused to renew the session (expired, revoked): the teller must sign in again.
    void expired();
    void grantFinished(bool ok, const QString &grant, const hpf::client::ApiResponse &response);
    // The refresh token could not be stored (no secret service): shown as a banner.
    void rememberingFailed();

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
    QString m_refreshToken;
    bool m_remembered = false;
    bool m_refreshing = false;
    int m_idleMs = 0;
    QTimer m_idleTimer;
};

} // namespace hpf::client
