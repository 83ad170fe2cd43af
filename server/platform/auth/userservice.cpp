#include "platform/auth/userservice.h"

#include "platform/audit/audit.h"
#include "platform/auth/authservice.h"
#include "platform/context.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

namespace hpf::server {

namespace {

AuditRecord cliRecord(const QString &operation, const QString &object, qint64 nowMs)
{
    AuditRecord r;
    r.at = nowMs;
    r.username = u"cli"_qs;
    r.role = u"admin"_qs;
    r.branch = QString();
    r.workstation = u"cli"_qs;
    r.requestId = QString();
    r.operation = operation;
    r.object = object;
    r.outcome = u"ok"_qs;
    return r;
}

// Runs `body` in one write transaction with an audit record, retrying on busy.
Status inTransaction(Database &database, AuditRecord record,
                     const std::function<Status(const QSqlDatabase &)> &body)
{
    return runInTransaction(database, TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
        Status s = body(tx.db());
        if (s)
            s = appendAudit(tx.db(), database.dialect(), record);
        if (!s)
            return s.error();
        return TxEnd::Commit;
    });
}

} // namespace

Result<qint64> ensureBranch(Database &database, const QString &code, const QString &name, bool headOffice,
                            qint64 nowMs)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    const auto find = [&]() -> Result<qint64> {
        Query q(*conn, u"SELECT id FROM branches WHERE code = :c"_qs);
        q.bind(u":c"_qs, code);
        if (Status s = q.exec(); !s)
            return s.error();
        return q.next() ? q.int64(0) : qint64(0);
    };
    auto id = find();
    if (!id || *id > 0)
        return id;
    Status s = inTransaction(
        database, cliRecord(u"branches.create"_qs, u"branch:"_qs + code, nowMs), [&](const QSqlDatabase &db) {
            Query ins(db, u"INSERT INTO branches (code, name, is_head_office) VALUES (:c, :n, :h)"_qs);
            ins.bind(u":c"_qs, code).bind(u":n"_qs, name).bind(u":h"_qs, headOffice ? 1 : 0);
            return ins.exec();
        });
    if (!s)
        return s.error();
    return find();
}

Status addUser(Database &database, const QString &username, const QString &displayName, const QString &role,
               const QString &branchCode, const QString &password, const crypto::ScryptParams &params,
               qint64 nowMs)
{
    if (username.isEmpty() || username.size() > 64 || username.contains(u' '))
        return makeError(u"user.username"_qs, u"username"_qs, u"1-64 characters without spaces"_qs);
    if (!access::isRole(role))
        return makeError(u"user.role"_qs, u"role"_qs, u"one of "_qs + access::allRoles().join(u", "_qs));
    if (password.size() < 8)
        return makeError(u"user.password_weak"_qs, u"password"_qs, u"at least 8 characters"_qs);
    auto hash = hashPassword(password, params);
    if (!hash)
        return hash.error();
    return inTransaction(
        database, cliRecord(u"users.add"_qs, u"user:"_qs + username, nowMs),
        [&](const QSqlDatabase &db) -> Status {
            Query b(db, u"SELECT id FROM branches WHERE code = :c"_qs);
            b.bind(u":c"_qs, branchCode);
            if (Status s = b.exec(); !s)
                return s;
            if (!b.next())
                return makeError(u"branch.not_found"_qs, u"branch"_qs);
            const qint64 branchId = b.int64(0);
            Query e(db, u"SELECT id FROM users WHERE username = :u"_qs);
            e.bind(u":u"_qs, username);
            if (Status s = e.exec(); !s)
                return s;
            if (e.next())
                return makeError(u"user.exists"_qs, u"username"_qs);
            Query ins(
                db,
                u"INSERT INTO users (username, display_name, role, branch_id, password_hash, password_salt, "
                "password_params, created_at, password_changed_at) VALUES (:u, :d, :r, :b, :h, :s, :p, :t, :c)"_qs);
            ins.bind(u":u"_qs, username)
                .bind(u":d"_qs, displayName.isEmpty() ? username : displayName)
                .bind(u":r"_qs, role)
                .bind(u":b"_qs, branchId)
                .bind(u":h"_qs, hash->hash)
                .bind(u":s"_qs, hash->salt)
                .bind(u":p"_qs, hash->params)
                .bind(u":t"_qs, nowMs)
                .bind(u":c"_qs, nowMs);
            return ins.exec();
        });
}

Status setUserDisabled(Database &database, const QString &username, bool disabled, qint64 nowMs)
{
    return inTransaction(
        database,
        cliRecord(disabled ? u"users.disable"_qs : u"users.enable"_qs, u"user:"_qs + username, nowMs),
        [&](const QSqlDatabase &db) -> Status {
            Query q(db, u"UPDATE users SET disabled = :d WHERE username = :u"_qs);
            q.bind(u":d"_qs, disabled ? 1 : 0).bind(u":u"_qs, username);
            if (Status s = q.exec(); !s)
                return s;
            if (q.rowsAffected() != 1)
                return makeError(u"user.not_found"_qs, u"username"_qs);
            if (!disabled)
                return {};
            return revokeSessions(db, username, nowMs);
        });
}

Status revokeSessions(const QSqlDatabase &db, const QString &username, qint64 nowMs)
{
    Query r(db, u"UPDATE sessions SET revoked_at = :t WHERE revoked_at IS NULL AND user_id = "
                "(SELECT id FROM users WHERE username = :u)"_qs);
    r.bind(u":t"_qs, nowMs).bind(u":u"_qs, username);
    return r.exec();
}

Status resetPassword(Database &database, const QString &username, const QString &password,
                     const crypto::ScryptParams &params, qint64 nowMs)
{
    if (password.size() < 8)
        return makeError(u"user.password_weak"_qs, u"password"_qs, u"at least 8 characters"_qs);
    auto hash = hashPassword(password, params);
    if (!hash)
        return hash.error();
    return inTransaction(
        database, cliRecord(u"users.reset_password"_qs, u"user:"_qs + username, nowMs),
        [&](const QSqlDatabase &db) -> Status {
            // The administrator knows the new password: the user must choose another at the next
            // sign-in. Every session of the user ends (whoever held one keeps nothing).
            Query q(db, u"UPDATE users SET password_hash = :h, password_salt = :s, password_params = :p, "
                        "failed_logins = 0, locked_until = 0, must_change_password = 1, "
                        "password_changed_at = :t WHERE username = :u"_qs);
            q.bind(u":h"_qs, hash->hash).bind(u":s"_qs, hash->salt).bind(u":p"_qs, hash->params);
            q.bind(u":t"_qs, nowMs).bind(u":u"_qs, username);
            if (Status s = q.exec(); !s)
                return s;
            if (q.rowsAffected() != 1)
                return makeError(u"user.not_found"_qs, u"username"_qs);
            return revokeSessions(db, username, nowMs);
        });
}

Status unlockUser(Database &database, const QString &username, qint64 nowMs)
{
    return inTransaction(database, cliRecord(u"users.unlock"_qs, u"user:"_qs + username, nowMs),
                         [&](const QSqlDatabase &db) -> Status {
                             Query q(db, u"UPDATE users SET failed_logins = 0, locked_until = 0 "
                                         "WHERE username = :u"_qs);
                             q.bind(u":u"_qs, username);
                             if (Status s = q.exec(); !s)
                                 return s;
                             if (q.rowsAffected() != 1)
                                 return makeError(u"user.not_found"_qs, u"username"_qs);
                             return {};
                         });
}

Status resetSecondFactor(Database &database, const QString &username, qint64 nowMs)
{
    return inTransaction(database, cliRecord(u"users.reset_2fa"_qs, u"user:"_qs + username, nowMs),
                         [&](const QSqlDatabase &db) -> Status {
                             Query id(db, u"SELECT id FROM users WHERE username = :u"_qs);
                             id.bind(u":u"_qs, username);
                             if (Status s = id.exec(); !s)
                                 return s;
                             if (!id.next())
                                 return makeError(u"user.not_found"_qs, u"username"_qs);
                             const qint64 userId = id.int64(0);
                             id.finish();
                             for (const QString &sql :
                                  {u"DELETE FROM user_totp WHERE user_id = :id"_qs,
                                   u"DELETE FROM recovery_codes WHERE user_id = :id"_qs}) {
                                 Query del(db, sql);
                                 del.bind(u":id"_qs, userId);
                                 if (Status s = del.exec(); !s)
                                     return s;
                             }
                             return revokeSessions(db, username, nowMs);
                         });
}

Result<QList<UserInfo>> listUsers(Database &database)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    Query q(*conn,
            u"SELECT u.username, u.display_name, u.role, b.code, u.disabled, u.locked_until FROM users u "
            "JOIN branches b ON b.id = u.branch_id ORDER BY u.username"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<UserInfo> list;
    while (q.next())
        list.append({q.str(0), q.str(1), q.str(2), q.str(3), q.int64(4) != 0, q.int64(5)});
    return list;
}

} // namespace hpf::server
