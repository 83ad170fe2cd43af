#pragma once

#include "base/result.h"
#include "crypto/kdf.h"
#include "platform/store/database.h"

#include <QList>
#include <QString>

// User and branch administration for the command line (init, user add|disable|reset-password|list,
// demo-seed). Every change is audited with the operator "cli".
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
Status setUserDisabled(Database &db, const QString &username, bool disabled, qint64 nowMs);
Status resetPassword(Database &db, const QString &username, const QString &password,
                     const crypto::ScryptParams &params, qint64 nowMs);
Result<QList<UserInfo>> listUsers(Database &db);

} // namespace hpf::server
