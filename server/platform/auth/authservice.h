#pragma once

#include "base/result.h"
#include "crypto/kdf.h"
#include "platform/http/requestcontext.h"

#include <QJsonObject>
#include <QString>
#include <functional>

// Users, passwords (scrypt with a per-user salt), sessions with short-lived access tokens and
// rotating refresh tokens (both random, stored only as SM3 hashes), lockout after repeated
// failures. Every login, failure and lock is audited.
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
// auth.token_expired, auth.disabled.
Result<Principal> authenticateRequest(RequestContext &ctx);

// Checks a user's password with lockout accounting and auditing (operation names the purpose:
// "auth.login", "grants.create"). `onSuccess` runs inside the same transaction.
// Errors: auth.invalid_credentials, auth.locked, auth.disabled.
Result<Principal> verifyCredentials(RequestContext &ctx, const QString &username, const QString &password,
                                    const QString &operation,
                                    const std::function<Status(const Principal &)> &onSuccess = {});

Result<QJsonObject> login(RequestContext &ctx, const QString &username, const QString &password);
Result<QJsonObject> refreshSession(RequestContext &ctx, const QString &refreshToken);
Status logout(RequestContext &ctx);

QJsonObject principalJson(const Principal &p);

} // namespace hpf::server
