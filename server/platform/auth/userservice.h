#pragma once

#include "base/result.h"
#include "crypto/kdf.h"
#include "platform/store/database.h"

#include <QList>
#include <QString>

// User and branch administration for the command line (init, user add|disable|enable|
// reset-password|unlock|reset-2fa|list, demo-seed). Every change is audited with the operator "cli".
namespace hpf::server {

struct UserInfo
{
    QString username;
    QString displayName;
    QString role;
    QString branch;
    bool disabled = false;
    qint64 lockedUntil = 0;
};

Result<qint64> ensureBranch(Database &db, const QString &code, const QString &name, bool headOffice,
                            qint64 nowMs);
// Errors: user.exists, user.role, branch.not_found, user.password_weak (fewer than 8 characters).
Status addUser(Database &db, const QString &username, const QString &displayName, const QString &role,
               const QString &branchCode, const QString &password, const crypto::ScryptParams &params,
               qint64 nowMs);
// Disabling ends every session of the user.
Status setUserDisabled(Database &db, const QString &username, bool disabled, qint64 nowMs);
// Sets a password the user must change at the next sign-in, clears a lock and ends every session
// of the user (access and refresh tokens stop working at once).
Status resetPassword(Database &db, const QString &username, const QString &password,
                     const crypto::ScryptParams &params, qint64 nowMs);
// Clears a lock after failed sign-ins. Error user.not_found.
Status unlockUser(Database &db, const QString &username, qint64 nowMs);
// `user reset-2fa`: forgets the TOTP secret and the recovery codes (the user enrols again, at the
// next sign-in when the role must) and ends the user's sessions. Error user.not_found.
Status resetSecondFactor(Database &db, const QString &username, qint64 nowMs);
// Ends every session of the user inside the caller's transaction.
Status revokeSessions(const QSqlDatabase &db, const QString &username, qint64 nowMs);
Result<QList<UserInfo>> listUsers(Database &db);

} // namespace hpf::server
