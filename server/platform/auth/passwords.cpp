#include "platform/auth/passwords.h"

#include "platform/auth/authservice.h"
#include "platform/auth/secondfactor.h"
#include "platform/store/sql.h"

#include <QSet>

namespace hpf::server {

namespace {

// Lower-cased; the most common passwords of leaked lists that meet length and classes, and the
// Chinese favourites (woaini = 我爱你, 1314 = 一生一世).
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> list{
        u"password1!"_qs,   u"password123"_qs, u"password@123"_qs, u"p@ssw0rd123"_qs, u"p@ssw0rd!"_qs,
        u"passw0rd!"_qs,    u"qwerty123!"_qs,  u"qwerty@123"_qs,   u"qwertyuiop1"_qs, u"1qaz2wsx3edc"_qs,
        u"1qaz@wsx3edc"_qs, u"zaq12wsx!"_qs,   u"abc123456!"_qs,   u"abcd1234!"_qs,   u"admin@123"_qs,
        u"admin123456"_qs,  u"admin@12345"_qs, u"woaini1314!"_qs,  u"woaini@1314"_qs, u"iloveyou1!"_qs,
        u"welcome123!"_qs,  u"welcome@123"_qs, u"changeme123"_qs,  u"letmein123!"_qs, u"a1234567890"_qs,
        u"aa123456789"_qs,  u"1234567890a"_qs, u"12345678910"_qs,  u"123456789a!"_qs, u"huawei@123"_qs};
    return list;
}

Error weak(const QString &rule, const QString &detail)
{
    return makeError(u"user.password_weak"_qs, u"password"_qs, rule + u": "_qs + detail);
}

} // namespace

Status checkPasswordRules(const QString &password, const QString &username, int minLength)
{
    if (password.size() < minLength)
        return weak(u"length"_qs, QStringLiteral("at least %1 characters").arg(minLength));
    int lower = 0, upper = 0, digit = 0, letter = 0, other = 0;
    for (QChar c : password) {
        if (c.isLower())
            lower = 1;
        else if (c.isUpper())
            upper = 1;
        else if (c.isDigit())
            digit = 1;
        else if (c.isLetter())
            letter = 1; // letters without case, e.g. 汉字
        else
            other = 1;
    }
    if (lower + upper + digit + letter + other < 3)
        return weak(u"classes"_qs,
                    u"three of: lower case, upper case, digits, other letters (e.g. 汉字), symbols"_qs);
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return weak(u"username"_qs, u"must not contain the user name"_qs);
    if (commonPasswords().contains(password.toLower()))
        return weak(u"common"_qs, u"a well-known password"_qs);
    return {};
}

Result<QJsonObject> changePassword(RequestContext &ctx, const QString &current, const QString &next)
{
    const auto &opts = ctx.server.options;
    const Principal me = ctx.user();
    if (Status s = checkPasswordRules(next, me.username, opts.passwordMinLength); !s)
        return s.error();
    // The current password and the last N: hashed outside any transaction, like every check.
    QList<PasswordHash> previous;
    {
        Query cur(ctx.db,
                  u"SELECT password_hash, password_salt, password_params FROM users WHERE id = :u"_qs);
        cur.bind(u":u"_qs, me.userId);
        if (Status s = cur.exec(); !s)
            return s.error();
        if (cur.next())
            previous.append(PasswordHash{cur.str(0), cur.str(1), cur.str(2)});
        cur.finish();
        Query h(ctx.db, u"SELECT password_hash, password_salt, password_params FROM password_history "
                        "WHERE user_id = :u ORDER BY id DESC"_qs);
        h.bind(u":u"_qs, me.userId);
        if (Status s = h.exec(); !s)
            return s.error();
        while (h.next() && previous.size() < qMax(1, opts.passwordHistory))
            previous.append(PasswordHash{h.str(0), h.str(1), h.str(2)});
        h.finish();
    }
    for (const PasswordHash &old : std::as_const(previous)) {
        if (verifyPassword(next, old))
            return makeError(u"user.password_reused"_qs, u"newPassword"_qs,
                             QStringLiteral("one of the last %1 passwords").arg(opts.passwordHistory));
    }
    auto hash = hashPassword(next, opts.scrypt);
    if (!hash)
        return hash.error();
    QString newScope;
    CredentialCheck check{u"auth.password_change"_qs, {}, false};
    check.requireSecondFactor = false;
    auto who = verifyCredentials(
        ctx, me.username, current, check, [&](const Principal &p, const QString &) -> Status {
            Query keep(ctx.db, u"INSERT INTO password_history (user_id, password_hash, password_salt, "
                               "password_params, created_at) SELECT id, password_hash, password_salt, "
                               "password_params, :t FROM users WHERE id = :u"_qs);
            keep.bind(u":t"_qs, ctx.nowMs).bind(u":u"_qs, p.userId);
            if (Status s = keep.exec(); !s)
                return s;
            Query upd(ctx.db,
                      u"UPDATE users SET password_hash = :h, password_salt = :s, password_params = :p, "
                      "must_change_password = 0, password_changed_at = :t WHERE id = :u"_qs);
            upd.bind(u":h"_qs, hash->hash).bind(u":s"_qs, hash->salt).bind(u":p"_qs, hash->params);
            upd.bind(u":t"_qs, ctx.nowMs).bind(u":u"_qs, p.userId);
            if (Status s = upd.exec(); !s)
                return s;
            Query others(ctx.db, u"UPDATE sessions SET revoked_at = :t WHERE user_id = :u AND id <> :id AND "
                                 "revoked_at IS NULL"_qs);
            others.bind(u":t"_qs, ctx.nowMs).bind(u":u"_qs, p.userId).bind(u":id"_qs, me.sessionId);
            if (Status s = others.exec(); !s)
                return s;
            auto enrolled = secondFactorEnrolled(ctx, p.userId);
            if (!enrolled)
                return enrolled.error();
            newScope = !*enrolled && opts.secondFactorRoles.contains(p.role) ? u"enrol"_qs : u"full"_qs;
            Query scope(ctx.db, u"UPDATE sessions SET scope = :s WHERE id = :id"_qs);
            scope.bind(u":s"_qs, newScope).bind(u":id"_qs, me.sessionId);
            return scope.exec();
        });
    if (!who)
        return who.error();
    return QJsonObject{{u"scope"_qs, newScope}};
}

} // namespace hpf::server
