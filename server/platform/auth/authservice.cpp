#include "platform/auth/authservice.h"

#include "crypto/sm3.h"
#include "logging.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

namespace hpf::server {

namespace {

QString paramsString(const crypto::ScryptParams &p)
{
    return QStringLiteral("scrypt:%1:%2:%3:%4").arg(p.n).arg(p.r).arg(p.p).arg(p.length);
}

std::optional<crypto::ScryptParams> parseParams(const QString &s)
{
    const QStringList parts = s.split(u':');
    if (parts.size() != 5 || parts.at(0) != u"scrypt")
        return std::nullopt;
    crypto::ScryptParams p;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    p.n = parts.at(1).toULongLong(&ok1);
    p.r = parts.at(2).toUInt(&ok2);
    p.p = parts.at(3).toUInt(&ok3);
    p.length = parts.at(4).toInt(&ok4);
    if (!(ok1 && ok2 && ok3 && ok4) || p.length < 16 || p.length > 64)
        return std::nullopt;
    return p;
}

Error fail(const QString &code, const QString &detail = {})
{
    return makeError(code, {}, detail);
}

} // namespace

Result<PasswordHash> hashPassword(const QString &password, const crypto::ScryptParams &params)
{
    const QByteArray salt = crypto::randomBytes(16);
    auto key = crypto::scrypt(password.toUtf8(), salt, params);
    if (!key)
        return key.error();
    return PasswordHash{QString::fromLatin1(key->toBase64()), QString::fromLatin1(salt.toBase64()),
                        paramsString(params)};
}

bool verifyPassword(const QString &password, const PasswordHash &stored)
{
    const auto params = parseParams(stored.params);
    if (!params)
        return false;
    auto key = crypto::scrypt(password.toUtf8(), QByteArray::fromBase64(stored.salt.toLatin1()), *params);
    return key && crypto::constantTimeEquals(*key, QByteArray::fromBase64(stored.hash.toLatin1()));
}

QString newToken()
{
    return QString::fromLatin1(
        crypto::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(crypto::sm3(token.toUtf8()).toHex());
}

QJsonObject principalJson(const Principal &p)
{
    return {{u"id"_qs, p.userId}, {u"username"_qs, p.username}, {u"displayName"_qs, p.displayName},
            {u"role"_qs, p.role}, {u"branch"_qs, p.branchCode}, {u"headOffice"_qs, p.headOffice}};
}

Result<Principal> authenticateRequest(RequestContext &ctx)
{
    const QByteArray header = ctx.request.header("authorization");
    if (!header.startsWith("Bearer ") || header.size() < 20)
        return fail(u"auth.required"_qs, u"Authorization: Bearer <access token> required"_qs);
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    Query q(ctx.db,
            u"SELECT s.id, s.access_expires, s.revoked_at, u.id, u.username, u.display_name, u.role, "
            "u.disabled, b.id, b.code, b.is_head_office FROM sessions s JOIN users u ON u.id = s.user_id "
            "JOIN branches b ON b.id = u.branch_id WHERE s.access_hash = :h"_qs);
    q.bind(u":h"_qs, tokenHash(token));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return fail(u"auth.token_invalid"_qs, u"unknown access token"_qs);
    if (!q.isNull(2))
        return fail(u"auth.token_invalid"_qs, u"the session was signed out"_qs);
    if (q.int64(1) <= ctx.nowMs)
        return fail(u"auth.token_expired"_qs, u"the access token has expired; refresh it"_qs);
    if (q.int64(7) != 0)
        return fail(u"auth.disabled"_qs);
    Principal p;
    p.sessionId = q.int64(0);
    p.userId = q.int64(3);
    p.username = q.str(4);
    p.displayName = q.str(5);
    p.role = q.str(6);
    p.branchId = q.int64(8);
    p.branchCode = q.str(9);
    p.headOffice = q.int64(10) != 0;
    return p;
}

Result<Principal> verifyCredentials(RequestContext &ctx, const QString &username, const QString &password,
                                    const QString &operation,
                                    const std::function<Status(const Principal &)> &onSuccess)
{
    const auto &opts = ctx.server.options;
    Query q(ctx.db, u"SELECT u.id, u.password_hash, u.password_salt, u.password_params, u.disabled, "
                    "u.locked_until, u.role, u.display_name, b.id, b.code, b.is_head_office FROM users u "
                    "JOIN branches b ON b.id = u.branch_id WHERE u.username = :n"_qs);
    q.bind(u":n"_qs, username);
    if (Status s = q.exec(); !s)
        return s.error();
    const auto auditAlone = [&](qint64 userId, const QString &outcome) {
        AuditRecord r = ctx.auditRecord(operation, u"user:"_qs + username, outcome);
        r.userId = userId;
        r.username = username;
        if (Status s = appendAuditStandalone(ctx.db, ctx.dialect, r); !s)
            qCWarning(lcAuth) << "audit failed" << s.error().detail;
    };
    if (!q.next()) {
        q.finish(); // no read snapshot held into the writes below
        // Same cost as a real check, so response time does not reveal which names exist.
        (void)verifyPassword(password, PasswordHash{u"AAAA"_qs, u"AAAA"_qs, paramsString(opts.scrypt)});
        auditAlone(0, u"auth.invalid_credentials"_qs);
        return fail(u"auth.invalid_credentials"_qs);
    }
    Principal p;
    p.userId = q.int64(0);
    const PasswordHash stored{q.str(1), q.str(2), q.str(3)};
    const bool disabled = q.int64(4) != 0;
    const qint64 lockedUntil = q.int64(5);
    p.username = username;
    p.role = q.str(6);
    p.displayName = q.str(7);
    p.branchId = q.int64(8);
    p.branchCode = q.str(9);
    p.headOffice = q.int64(10) != 0;
    q.finish(); // no read snapshot held into the writes below
    if (disabled) {
        auditAlone(p.userId, u"auth.disabled"_qs);
        return fail(u"auth.disabled"_qs);
    }
    if (lockedUntil > ctx.nowMs) {
        auditAlone(p.userId, u"auth.locked"_qs);
        return fail(u"auth.locked"_qs,
                    QStringLiteral("locked for %1 more seconds").arg((lockedUntil - ctx.nowMs) / 1000 + 1));
    }
    const bool good = verifyPassword(password, stored);

    Error outcome;
    const Status done =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            Query row(ctx.db,
                      u"SELECT failed_logins FROM users WHERE id = :id"_qs + ctx.server.database.forUpdate());
            row.bind(u":id"_qs, p.userId);
            Status s = row.exec();
            if (!s)
                return s.error();
            if (!row.next())
                return fail(u"db.error"_qs, u"user vanished"_qs);
            const qint64 failures = row.int64(0);
            AuditRecord rec = ctx.auditRecord(operation, u"user:"_qs + username, QString());
            rec.userId = p.userId;
            rec.username = username;
            rec.role = p.role;
            rec.branch = p.branchCode;
            if (good) {
                Query upd(ctx.db, u"UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = :id"_qs);
                upd.bind(u":id"_qs, p.userId);
                s = upd.exec();
                if (s && onSuccess)
                    s = onSuccess(p);
                rec.outcome = u"ok"_qs;
            } else {
                const bool lock = failures + 1 >= opts.maxLoginFailures;
                Query upd(ctx.db,
                          u"UPDATE users SET failed_logins = :f, locked_until = :l WHERE id = :id"_qs);
                upd.bind(u":f"_qs, lock ? 0 : failures + 1)
                    .bind(u":l"_qs, lock ? ctx.nowMs + qint64(opts.lockMinutes) * 60'000 : qint64(0))
                    .bind(u":id"_qs, p.userId);
                s = upd.exec();
                rec.outcome = u"auth.invalid_credentials"_qs;
                outcome = fail(u"auth.invalid_credentials"_qs);
                if (s)
                    s = appendAudit(ctx.db, ctx.dialect, rec);
                if (s && lock) {
                    rec = ctx.auditRecord(u"auth.lock"_qs, u"user:"_qs + username, u"locked"_qs);
                    rec.userId = p.userId;
                    rec.username = username;
                    rec.after = QStringLiteral("{\"lockedMinutes\":%1}").arg(opts.lockMinutes);
                    s = appendAudit(ctx.db, ctx.dialect, rec);
                }
            }
            if (s && good)
                s = appendAudit(ctx.db, ctx.dialect, rec);
            if (!s)
                return s.error();
            return TxEnd::Commit;
        });
    if (!done)
        return done.error();
    if (!good)
        return outcome;
    return p;
}

Result<QJsonObject> login(RequestContext &ctx, const QString &username, const QString &password)
{
    const auto &opts = ctx.server.options;
    const QString access = newToken();
    const QString refresh = newToken();
    const qint64 accessExp = ctx.nowMs + qint64(opts.accessTokenSeconds) * 1000;
    const qint64 refreshExp = ctx.nowMs + qint64(opts.refreshTokenSeconds) * 1000;
    auto p = verifyCredentials(ctx, username, password, u"auth.login"_qs, [&](const Principal &who) {
        Query ins(ctx.db,
                  u"INSERT INTO sessions (user_id, access_hash, access_expires, refresh_hash, "
                  "refresh_expires, workstation, created_at) VALUES (:u, :a, :ae, :r, :re, :w, :t)"_qs);
        ins.bind(u":u"_qs, who.userId)
            .bind(u":a"_qs, tokenHash(access))
            .bind(u":ae"_qs, accessExp)
            .bind(u":r"_qs, tokenHash(refresh))
            .bind(u":re"_qs, refreshExp)
            .bind(u":w"_qs, ctx.workstation)
            .bind(u":t"_qs, ctx.nowMs);
        return ins.exec();
    });
    if (!p)
        return p.error();
    return QJsonObject{{u"accessToken"_qs, access},
                       {u"refreshToken"_qs, refresh},
                       {u"tokenType"_qs, u"Bearer"_qs},
                       {u"expiresIn"_qs, opts.accessTokenSeconds},
                       {u"refreshExpiresIn"_qs, opts.refreshTokenSeconds},
                       {u"user"_qs, principalJson(*p)}};
}

Result<QJsonObject> refreshSession(RequestContext &ctx, const QString &refreshToken)
{
    const auto &opts = ctx.server.options;
    QJsonObject tokens;
    const Status done =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            Query q(ctx.db, u"SELECT s.id, s.refresh_expires, s.revoked_at, u.disabled FROM sessions s "
                            "JOIN users u ON u.id = s.user_id WHERE s.refresh_hash = :h"_qs +
                                ctx.server.database.forUpdate());
            q.bind(u":h"_qs, tokenHash(refreshToken));
            if (Status s = q.exec(); !s)
                return s.error();
            if (!q.next() || !q.isNull(2) || q.int64(1) <= ctx.nowMs || q.int64(3) != 0)
                return fail(u"auth.refresh_invalid"_qs,
                            u"unknown, rotated, revoked or expired refresh token"_qs);
            const qint64 sessionId = q.int64(0);
            const QString access = newToken();
            const QString refresh = newToken();
            Query upd(ctx.db,
                      u"UPDATE sessions SET access_hash = :a, access_expires = :ae, refresh_hash = :r, "
                      "refresh_expires = :re WHERE id = :id"_qs);
            upd.bind(u":a"_qs, tokenHash(access))
                .bind(u":ae"_qs, ctx.nowMs + qint64(opts.accessTokenSeconds) * 1000)
                .bind(u":r"_qs, tokenHash(refresh))
                .bind(u":re"_qs, ctx.nowMs + qint64(opts.refreshTokenSeconds) * 1000)
                .bind(u":id"_qs, sessionId);
            if (Status s = upd.exec(); !s)
                return s.error();
            tokens = QJsonObject{{u"accessToken"_qs, access},
                                 {u"refreshToken"_qs, refresh},
                                 {u"tokenType"_qs, u"Bearer"_qs},
                                 {u"expiresIn"_qs, opts.accessTokenSeconds},
                                 {u"refreshExpiresIn"_qs, opts.refreshTokenSeconds}};
            return TxEnd::Commit;
        });
    if (!done)
        return done.error();
    return tokens;
}

Status logout(RequestContext &ctx)
{
    return runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
        Query q(ctx.db, u"UPDATE sessions SET revoked_at = :t WHERE id = :id AND revoked_at IS NULL"_qs);
        q.bind(u":t"_qs, ctx.nowMs).bind(u":id"_qs, ctx.user().sessionId);
        Status s = q.exec();
        if (s)
            s = ctx.audit(u"auth.logout"_qs, u"session:"_qs + QString::number(ctx.user().sessionId),
                          u"ok"_qs);
        if (!s)
            return s.error();
        return TxEnd::Commit;
    });
}

} // namespace hpf::server
