#pragma once

#include "base/result.h"
#include "platform/http/requestcontext.h"

#include <QJsonObject>
#include <QString>

// The rules a new password of a server user must meet (policy "login"): at least `minLength`
// characters, at least three of five classes (lower case, upper case, digits, letters without
// case such as 汉字, symbols), not
// the user name (nor containing it, in any case) and not on the deny-list of common passwords.
// Error user.password_weak with the rule in the detail: length, classes, username, common.
namespace hpf::server {

Status checkPasswordRules(const QString &password, const QString &username, int minLength);

// POST /api/v1/auth/password: the signed-in user's current password (checked with lockout
// accounting, no second factor: the session had it) and a new one that meets the rules and is
// none of the last ServerOptions::passwordHistory passwords nor the current one. Ends the user's
// other sessions; a password-only session becomes full (or enrolment-only when a second factor
// is still due). Returns {scope}. Errors: user.password_weak, user.password_reused,
// auth.invalid_credentials.
Result<QJsonObject> changePassword(RequestContext &ctx, const QString &current, const QString &next);

} // namespace hpf::server
