#pragma once

#include "base/result.h"
#include "crypto/kdf.h"
#include "platform/auth/secondfactor.h"
#include "platform/http/requestcontext.h"

#include <QJsonObject>
#include <QString>
#include <functional>

// Users, passwords (scrypt with a per-user salt), sessions with short-lived access tokens and
// rotating refresh tokens (both random, stored only as SM3 hashes; a rotated token presented again
// revokes its session, and no session outlives ServerOptions::sessionMaxSeconds), lockout after
// repeated failures. Every login, failure and lock is audited; a refused sign-in answers the same
// whatever the reason (unknown user, wrong password, locked, disabled).
namespace hpf::server {

struct PasswordHash
{
    QString hash;   // base64
    QString salt;   // base64
    QString params; // "scrypt:N:r:p:len"
};

Result<PasswordHash> hashPassword(const QString &password, const crypto::ScryptParams &params);
bool verifyPassword(const QString &password, const PasswordHash &stored);

QString newToken();                      // 256 random bits, base64url
QString tokenHash(const QString &token); // SM3 hex

// The bearer token's session and user. Errors: auth.required, auth.token_invalid,
// auth.token_expired, auth.disabled, auth.enrolment_required / auth.password_change_required (a
// limited session calling anything but what finishes it).
Result<Principal> authenticateRequest(RequestContext &ctx);

// Checks a user's password with lockout accounting and auditing (operation names the purpose:
// "auth.login", "grants.create"). The password is hashed once, before the one write transaction
// (retried without hashing again); `onSuccess` runs inside that transaction. Errors:
// auth.invalid_credentials for every refusal (the audit record names the real reason:
// auth.invalid_credentials, auth.locked, auth.disabled), db.unavailable when the database stays
// busy, an error of onSuccess.
struct CredentialCheck
{
    QString operation;              // the purpose, audited: "auth.login", "grants.create"
    SecondFactorInput secondFactor; // needed once the user has enrolled
    // A sign-in opens a session: its scope is "password" when the password must be changed first,
    // "enrol" when the role must use a second factor not enrolled yet, else "full".
    bool signIn = false;
    // False for a password change inside a session that passed the second factor at sign-in.
    bool requireSecondFactor = true;
};
using OnVerified = std::function<Status(const Principal &, const QString &scope)>;
// Errors besides those above: auth.otp_required (the password was right, the code is missing),
// auth.otp_invalid (wrong, replayed or used code; counts as a failed attempt).
Result<Principal> verifyCredentials(RequestContext &ctx, const QString &username, const QString &password,
                                    const CredentialCheck &check, const OnVerified &onSuccess = {});

// The answer has "scope" (full, enrol, password): a limited session may only call what finishes
// it (auth.me, auth.logout and the enrolment or password routes).
Result<QJsonObject> login(RequestContext &ctx, const QString &username, const QString &password,
                          const SecondFactorInput &secondFactor = {});
Result<QJsonObject> refreshSession(RequestContext &ctx, const QString &refreshToken);
// The idle-locked counter screen: the session's own user proves the password again (with lockout
// accounting; the second factor only when policy login.unlockNeedsSecondFactor says so). The
// session and its tokens stay as they are. Errors: those of verifyCredentials.
Status unlockSession(RequestContext &ctx, const QString &password, const SecondFactorInput &secondFactor);
Status logout(RequestContext &ctx);

QJsonObject principalJson(const Principal &p);

// Passwords hashed by verifyCredentials since the start (tests check that a retry does not hash
// again).
qint64 passwordChecksSoFar();

} // namespace hpf::server
