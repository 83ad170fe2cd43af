#include "platform/auth/authservice.h"

#include "crypto/sm3.h"
#include "logging.h"
#include "platform/auth/secondfactor.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <atomic>

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
            "u.disabled, b.id, b.code, b.is_head_office, s.scope FROM sessions s JOIN users u ON u.id = "
            "s.user_id JOIN branches b ON b.id = u.branch_id WHERE s.access_hash = :h"_qs);
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
    // A limited session may only finish what it was opened for.
    const QString scope = q.str(11);
    const bool always =
        ctx.operation == u"auth.me" || ctx.operation == u"auth.logout" || ctx.operation == u"auth.unlock";
    if (scope == u"enrol" && !always && ctx.operation != u"auth.totp_enrol" &&
        ctx.operation != u"auth.totp_confirm")
        return fail(u"auth.enrolment_required"_qs, u"enrol a second factor first"_qs);
    if (scope == u"password" && !always && ctx.operation != u"auth.password_change")
        return fail(u"auth.password_change_required"_qs, u"change the password first"_qs);
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

namespace {

std::atomic<qint64> g_passwordChecks{0};

// Refused sign-in: one answer for every reason (unknown user, wrong password, locked, disabled),
// so the answer does not tell which user names exist or which accounts are locked.
Error invalidCredentials()
{
    return fail(u"auth.invalid_credentials"_qs);
}

} // namespace

qint64 passwordChecksSoFar()
{
    return g_passwordChecks.load();
}

Result<Principal> verifyCredentials(RequestContext &ctx, const QString &username, const QString &password,
                                    const CredentialCheck &check, const OnVerified &onSuccess)
{
    const QString &operation = check.operation;
    const auto &opts = ctx.server.options;
    Principal p;
    p.username = username;
    PasswordHash stored;
    {
        Query q(ctx.db, u"SELECT u.id, u.password_hash, u.password_salt, u.password_params, u.role, "
                        "u.display_name, b.id, b.code, b.is_head_office FROM users u "
                        "JOIN branches b ON b.id = u.branch_id WHERE u.username = :n"_qs);
        q.bind(u":n"_qs, username);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next()) {
            p.userId = q.int64(0);
            stored = PasswordHash{q.str(1), q.str(2), q.str(3)};
            p.role = q.str(4);
            p.displayName = q.str(5);
            p.branchId = q.int64(6);
            p.branchCode = q.str(7);
            p.headOffice = q.int64(8) != 0;
        }
        q.finish(); // no read snapshot held into the writes below
    }
    // The password is hashed once, outside any transaction, whatever the account's state: an
    // unknown user is checked against a dummy hash of the same cost, a locked or disabled one
    // against its own, so the time taken tells nothing either.
    if (p.userId == 0)
        stored = PasswordHash{u"AAAAAAAAAAAAAAAAAAAAAA=="_qs, u"AAAAAAAAAAAAAAAAAAAAAA=="_qs,
                              paramsString(opts.scrypt)};
    ++g_passwordChecks;
    const bool good = verifyPassword(password, stored) && p.userId != 0;

    // What the transaction decided; set by its last attempt only (a retry starts from scratch and
    // reuses `good`: the hash is never recomputed).
    QString outcome;
    const Status done =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            outcome.clear();
            AuditRecord rec = ctx.auditRecord(operation, u"user:"_qs + username, QString());
            rec.userId = p.userId;
            rec.username = username;
            rec.role = p.role;
            rec.branch = p.branchCode;
            if (p.userId == 0) {
                outcome = rec.outcome = u"auth.invalid_credentials"_qs;
                if (Status s = appendAudit(ctx.db, ctx.dialect, rec); !s)
                    return s.error();
                return TxEnd::Commit;
            }
            // The account's state under its row lock (PostgreSQL) or the write lock (SQLite): a
            // lock set by a concurrent failure is seen here and never cleared by this attempt.
            Query row(ctx.db, u"SELECT disabled, locked_until, password_hash, must_change_password, "
                              "password_changed_at FROM users WHERE id = :id"_qs +
                                  ctx.server.database.forUpdate());
            row.bind(u":id"_qs, p.userId);
            if (Status s = row.exec(); !s)
                return s.error();
            if (!row.next())
                return fail(u"db.error"_qs, u"user vanished"_qs);
            const bool disabled = row.int64(0) != 0;
            const qint64 lockedUntil = row.int64(1);
            const bool sameHash = row.str(2) == stored.hash;
            const qint64 maxAgeMs = qint64(opts.passwordMaxAgeDays) * 24 * 3600 * 1000;
            const bool passwordExpired =
                row.int64(3) != 0 || (maxAgeMs > 0 && row.int64(4) + maxAgeMs <= ctx.nowMs);
            row.finish();
            Status s;
            // One atomic increment; the lock is set by the failure that reaches the limit and is
            // never cleared by a failure.
            const auto countFailure = [&]() -> Status {
                Query inc(ctx.db, u"UPDATE users SET failed_logins = failed_logins + 1 WHERE id = :id "
                                  "RETURNING failed_logins"_qs);
                inc.bind(u":id"_qs, p.userId);
                if (Status st = inc.exec(); !st)
                    return st;
                const qint64 failures = inc.next() ? inc.int64(0) : 0;
                inc.finish();
                if (failures < opts.maxLoginFailures)
                    return {};
                Query lock(ctx.db,
                           u"UPDATE users SET failed_logins = 0, locked_until = :l WHERE id = :id"_qs);
                lock.bind(u":l"_qs, ctx.nowMs + qint64(opts.lockMinutes) * 60'000).bind(u":id"_qs, p.userId);
                if (Status st = lock.exec(); !st)
                    return st;
                AuditRecord locked = ctx.auditRecord(u"auth.lock"_qs, u"user:"_qs + username, u"locked"_qs);
                locked.userId = p.userId;
                locked.username = username;
                locked.after = QStringLiteral("{\"lockedMinutes\":%1}").arg(opts.lockMinutes);
                return appendAudit(ctx.db, ctx.dialect, locked);
            };
            if (disabled) {
                outcome = u"auth.disabled"_qs;
            } else if (lockedUntil > ctx.nowMs) {
                outcome = u"auth.locked"_qs;
            } else if (!good || !sameHash) {
                outcome = u"auth.invalid_credentials"_qs;
                if (s = countFailure(); !s)
                    return s.error();
            } else {
                // The second factor: required once enrolled; a role that must use it and has not
                // enrolled yet gets a session that may only enrol (sign-in only).
                QString scope = u"full"_qs;
                auto enrolled =
                    check.requireSecondFactor ? secondFactorEnrolled(ctx, p.userId) : Result<bool>(false);
                if (!enrolled)
                    return enrolled.error();
                if (*enrolled && check.secondFactor.empty()) {
                    outcome = u"auth.otp_required"_qs;
                } else if (*enrolled) {
                    if (Status f = checkSecondFactor(ctx, p.userId, check.secondFactor); !f) {
                        if (f.error().code != u"auth.otp_invalid")
                            return f.error();
                        outcome = u"auth.otp_invalid"_qs;
                        rec.after = compactJson({{u"reason"_qs, f.error().detail}});
                        if (s = countFailure(); !s)
                            return s.error();
                    }
                } else if (check.signIn && opts.secondFactorRoles.contains(p.role)) {
                    scope = u"enrol"_qs;
                }
                if (outcome.isEmpty()) {
                    if (check.signIn && passwordExpired)
                        scope = u"password"_qs; // then enrolment, if it is still due
                    Query upd(ctx.db,
                              u"UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = :id"_qs);
                    upd.bind(u":id"_qs, p.userId);
                    s = upd.exec();
                    if (s && onSuccess)
                        s = onSuccess(p, scope);
                    if (!s)
                        return s.error(); // a refusal by onSuccess rolls back, retryable or not
                    outcome = u"ok"_qs;
                    if (scope != u"full")
                        rec.after = compactJson({{u"scope"_qs, scope}});
                }
            }
            rec.outcome = outcome;
            if (s = appendAudit(ctx.db, ctx.dialect, rec); !s)
                return s.error();
            return TxEnd::Commit;
        });
    if (!done) {
        if (isRetryable(done.error())) {
            // Not handed back as retryable: a retry of the whole request would hash the password
            // again (the transaction itself was already retried without hashing).
            qCWarning(lcAuth) << "giving up on" << operation << done.error().code;
            return fail(u"db.unavailable"_qs, done.error().detail);
        }
        return done.error();
    }
    if (outcome == u"auth.otp_required" || outcome == u"auth.otp_invalid")
        return fail(outcome); // the password was right: the client asks for the code
    if (outcome != u"ok")
        return invalidCredentials();
    return p;
}

Result<QJsonObject> login(RequestContext &ctx, const QString &username, const QString &password,
                          const SecondFactorInput &secondFactor)
{
    const auto &opts = ctx.server.options;
    const QString access = newToken();
    const QString refresh = newToken();
    const qint64 sessionEnd = ctx.nowMs + qint64(opts.sessionMaxSeconds) * 1000;
    const qint64 accessExp = std::min(ctx.nowMs + qint64(opts.accessTokenSeconds) * 1000, sessionEnd);
    const qint64 refreshExp = std::min(ctx.nowMs + qint64(opts.refreshTokenSeconds) * 1000, sessionEnd);
    QString sessionScope;
    CredentialCheck check{u"auth.login"_qs, secondFactor, true};
    auto p =
        verifyCredentials(ctx, username, password, check, [&](const Principal &who, const QString &scope) {
            sessionScope = scope;
            Query ins(ctx.db,
                      u"INSERT INTO sessions (user_id, access_hash, access_expires, refresh_hash, "
                      "refresh_expires, workstation, created_at, scope) VALUES (:u, :a, :ae, :r, :re, :w, "
                      ":t, :s)"_qs);
            ins.bind(u":u"_qs, who.userId)
                .bind(u":a"_qs, tokenHash(access))
                .bind(u":ae"_qs, accessExp)
                .bind(u":r"_qs, tokenHash(refresh))
                .bind(u":re"_qs, refreshExp)
                .bind(u":w"_qs, ctx.workstation)
                .bind(u":t"_qs, ctx.nowMs)
                .bind(u":s"_qs, scope);
            return ins.exec();
        });
    if (!p)
        return p.error();
    return QJsonObject{{u"accessToken"_qs, access},
                       {u"refreshToken"_qs, refresh},
                       {u"tokenType"_qs, u"Bearer"_qs},
                       {u"expiresIn"_qs, (accessExp - ctx.nowMs) / 1000},
                       {u"refreshExpiresIn"_qs, (refreshExp - ctx.nowMs) / 1000},
                       {u"scope"_qs, sessionScope},
                       {u"user"_qs, principalJson(*p)}};
}

Result<QJsonObject> refreshSession(RequestContext &ctx, const QString &refreshToken)
{
    const auto &opts = ctx.server.options;
    const QString presented = tokenHash(refreshToken);
    QJsonObject tokens;
    bool reused = false;
    const Status done =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            tokens = {};
            reused = false;
            Query q(ctx.db, u"SELECT s.id, s.refresh_expires, s.revoked_at, u.disabled, s.created_at "
                            "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.refresh_hash = :h"_qs +
                                ctx.server.database.forUpdate());
            q.bind(u":h"_qs, presented);
            if (Status s = q.exec(); !s)
                return s.error();
            if (!q.next()) {
                q.finish();
                // A token rotated away earlier: someone else holds a copy (or held it first).
                // Revoke the whole family, the newest tokens too.
                Query used(ctx.db, u"SELECT session_id FROM refresh_tokens_used WHERE token_hash = :h"_qs);
                used.bind(u":h"_qs, presented);
                if (Status s = used.exec(); !s)
                    return s.error();
                if (!used.next())
                    return TxEnd::Rollback;
                const qint64 family = used.int64(0);
                used.finish();
                Query revoke(ctx.db,
                             u"UPDATE sessions SET revoked_at = :t WHERE id = :id AND revoked_at IS NULL"_qs);
                revoke.bind(u":t"_qs, ctx.nowMs).bind(u":id"_qs, family);
                Status s = revoke.exec();
                if (s)
                    s = ctx.audit(u"auth.refresh"_qs, u"session:"_qs + QString::number(family),
                                  u"auth.refresh_reused"_qs);
                if (!s)
                    return s.error();
                reused = true;
                return TxEnd::Commit;
            }
            const qint64 sessionId = q.int64(0);
            const qint64 sessionEnd = q.int64(4) + qint64(opts.sessionMaxSeconds) * 1000;
            if (!q.isNull(2) || q.int64(1) <= ctx.nowMs || q.int64(3) != 0 || sessionEnd - ctx.nowMs < 1000)
                return TxEnd::Rollback;
            q.finish();
            Query keep(ctx.db, u"INSERT INTO refresh_tokens_used (token_hash, session_id, rotated_at) "
                               "VALUES (:h, :s, :t)"_qs);
            keep.bind(u":h"_qs, presented).bind(u":s"_qs, sessionId).bind(u":t"_qs, ctx.nowMs);
            if (Status s = keep.exec(); !s)
                return s.error();
            // Neither token outlives the session's absolute lifetime.
            const qint64 accessExp = std::min(ctx.nowMs + qint64(opts.accessTokenSeconds) * 1000, sessionEnd);
            const qint64 refreshExp =
                std::min(ctx.nowMs + qint64(opts.refreshTokenSeconds) * 1000, sessionEnd);
            const QString access = newToken();
            const QString refresh = newToken();
            Query upd(ctx.db,
                      u"UPDATE sessions SET access_hash = :a, access_expires = :ae, refresh_hash = :r, "
                      "refresh_expires = :re WHERE id = :id"_qs);
            upd.bind(u":a"_qs, tokenHash(access))
                .bind(u":ae"_qs, accessExp)
                .bind(u":r"_qs, tokenHash(refresh))
                .bind(u":re"_qs, refreshExp)
                .bind(u":id"_qs, sessionId);
            if (Status s = upd.exec(); !s)
                return s.error();
            tokens = QJsonObject{{u"accessToken"_qs, access},
                                 {u"refreshToken"_qs, refresh},
                                 {u"tokenType"_qs, u"Bearer"_qs},
                                 {u"expiresIn"_qs, (accessExp - ctx.nowMs) / 1000},
                                 {u"refreshExpiresIn"_qs, (refreshExp - ctx.nowMs) / 1000}};
            return TxEnd::Commit;
        });
    if (!done)
        return done.error();
    if (reused)
        qCWarning(lcAuth) << "a rotated refresh token was presented again; its session is revoked";
    if (tokens.isEmpty())
        return fail(u"auth.refresh_invalid"_qs, u"unknown, rotated, revoked or expired refresh token"_qs);
    return tokens;
}

Status unlockSession(RequestContext &ctx, const QString &password, const SecondFactorInput &secondFactor)
{
    CredentialCheck check{u"auth.unlock"_qs, secondFactor, false};
    check.requireSecondFactor = ctx.server.options.unlockNeedsSecondFactor;
    auto who = verifyCredentials(ctx, ctx.user().username, password, check);
    if (!who)
        return who.error();
    return {};
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
