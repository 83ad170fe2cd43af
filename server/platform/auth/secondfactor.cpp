#include "platform/auth/secondfactor.h"

#include "crypto/sm3.h"
#include "crypto/sm4gcm.h"
#include "crypto/totp.h"
#include "logging.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

constexpr int kSecretBytes = 20; // 160 bits, as RFC 4226 recommends for HMAC-SHA-1
constexpr int kRecoveryCodes = 10;

QByteArray associatedData(qint64 userId)
{
    return "hpf-totp:" + QByteArray::number(userId);
}

Result<QByteArray> openSecret(const ServiceContext &ctx, qint64 userId, const QString &sealed)
{
    if (ctx.server.secondFactorKey.size() != 16)
        return makeError(u"totp.unavailable"_qs, {}, u"no second-factor key loaded"_qs);
    return crypto::sm4GcmOpen(ctx.server.secondFactorKey, QByteArray::fromBase64(sealed.toLatin1()),
                              associatedData(userId));
}

// A recovery code without its hyphen, lower case; digested with the sealing key so that a copy of
// the database alone cannot be searched for the codes.
QString recoveryDigest(const ServiceContext &ctx, qint64 userId, const QString &code)
{
    const QString normal = QString(code).remove(u'-').remove(u' ').toLower();
    const QByteArray input = ctx.server.secondFactorKey + associatedData(userId) + ':' + normal.toUtf8();
    return QString::fromLatin1(crypto::sm3(input).toHex());
}

QString newRecoveryCode()
{
    // 8 Base32 symbols = 40 bits, shown as xxxx-xxxx.
    const QString s = crypto::base32Encode(crypto::randomBytes(5), false).toLower();
    return s.left(4) + u'-' + s.mid(4, 4);
}

qint64 unixSeconds(const ServiceContext &ctx)
{
    return ctx.nowMs / 1000;
}

} // namespace

QString totpIssuer(const ServerContext &server)
{
    const QString name = server.policy.centerName();
    return name.isEmpty() ? u"HPF Counter"_qs : name;
}

Result<bool> secondFactorEnrolled(const ServiceContext &ctx, qint64 userId)
{
    Query q(ctx.db, u"SELECT confirmed_at FROM user_totp WHERE user_id = :u"_qs);
    q.bind(u":u"_qs, userId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() && !q.isNull(0);
}

Status checkSecondFactor(ServiceContext &ctx, qint64 userId, const SecondFactorInput &input)
{
    if (!input.recoveryCode.isEmpty()) {
        Query q(ctx.db, u"UPDATE recovery_codes SET used_at = :t WHERE user_id = :u AND code_hash = :h "
                        "AND used_at IS NULL"_qs);
        q.bind(u":t"_qs, ctx.nowMs)
            .bind(u":u"_qs, userId)
            .bind(u":h"_qs, recoveryDigest(ctx, userId, input.recoveryCode));
        if (Status s = q.exec(); !s)
            return s;
        if (q.rowsAffected() != 1)
            return makeError(u"auth.otp_invalid"_qs, u"recoveryCode"_qs, u"unknown or used recovery code"_qs);
        return {};
    }
    Query q(ctx.db, u"SELECT secret_sealed, last_step FROM user_totp WHERE user_id = :u AND confirmed_at IS "
                    "NOT NULL"_qs +
                        ctx.server.database.forUpdate());
    q.bind(u":u"_qs, userId);
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return makeError(u"auth.otp_invalid"_qs, u"otp"_qs, u"not enrolled"_qs);
    const QString sealed = q.str(0);
    const qint64 lastStep = q.int64(1);
    q.finish();
    auto secret = openSecret(ctx, userId, sealed);
    if (!secret) {
        qCWarning(lcAuth) << "cannot open a second-factor secret:" << secret.error().code;
        return makeError(u"totp.unavailable"_qs, {}, u"the second-factor key does not open the secret"_qs);
    }
    const auto step = crypto::matchTotp(*secret, input.code.trimmed(), unixSeconds(ctx));
    if (!step)
        return makeError(u"auth.otp_invalid"_qs, u"otp"_qs, u"wrong code"_qs);
    if (*step <= lastStep)
        return makeError(u"auth.otp_invalid"_qs, u"otp"_qs, u"replayed code"_qs);
    Query upd(ctx.db, u"UPDATE user_totp SET last_step = :s WHERE user_id = :u"_qs);
    upd.bind(u":s"_qs, *step).bind(u":u"_qs, userId);
    return upd.exec();
}

Result<QJsonObject> beginEnrolment(ServiceContext &ctx)
{
    if (ctx.server.secondFactorKey.size() != 16)
        return makeError(u"totp.unavailable"_qs, {}, u"no second-factor key loaded"_qs);
    const qint64 userId = ctx.user().userId;
    auto enrolled = secondFactorEnrolled(ctx, userId);
    if (!enrolled)
        return enrolled.error();
    if (*enrolled)
        return makeError(u"totp.enrolled"_qs, {}, u"reset it with `hpf-server user reset-2fa` first"_qs);
    const QByteArray secret = crypto::randomBytes(kSecretBytes);
    auto sealed = crypto::sm4GcmSeal(ctx.server.secondFactorKey, secret, associatedData(userId));
    if (!sealed)
        return sealed.error();
    Query del(ctx.db, u"DELETE FROM user_totp WHERE user_id = :u"_qs);
    del.bind(u":u"_qs, userId);
    if (Status s = del.exec(); !s)
        return s.error();
    Query ins(ctx.db, u"INSERT INTO user_totp (user_id, secret_sealed, last_step, created_at) "
                      "VALUES (:u, :s, 0, :t)"_qs);
    ins.bind(u":u"_qs, userId)
        .bind(u":s"_qs, QString::fromLatin1(sealed->toBase64()))
        .bind(u":t"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    if (Status s = ctx.audit(u"auth.totp_enrol"_qs, u"user:"_qs + ctx.user().username, u"started"_qs); !s)
        return s.error();
    const QString issuer = totpIssuer(ctx.server);
    return QJsonObject{{u"otpauthUri"_qs, crypto::otpauthUri(issuer, ctx.user().username, secret)},
                       {u"secret"_qs, crypto::base32Encode(secret, false)},
                       {u"issuer"_qs, issuer},
                       {u"account"_qs, ctx.user().username}};
}

Result<QJsonObject> confirmEnrolment(ServiceContext &ctx, const QString &code)
{
    const qint64 userId = ctx.user().userId;
    Query q(ctx.db, u"SELECT secret_sealed, confirmed_at FROM user_totp WHERE user_id = :u"_qs +
                        ctx.server.database.forUpdate());
    q.bind(u":u"_qs, userId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"totp.not_started"_qs, {}, u"start the enrolment first"_qs);
    if (!q.isNull(1))
        return makeError(u"totp.enrolled"_qs, {});
    const QString sealed = q.str(0);
    q.finish();
    auto secret = openSecret(ctx, userId, sealed);
    if (!secret)
        return makeError(u"totp.unavailable"_qs, {}, u"the second-factor key does not open the secret"_qs);
    const auto step = crypto::matchTotp(*secret, code.trimmed(), unixSeconds(ctx));
    if (!step)
        return makeError(u"auth.otp_invalid"_qs, u"code"_qs, u"wrong code"_qs);
    Query upd(ctx.db, u"UPDATE user_totp SET confirmed_at = :t, last_step = :s WHERE user_id = :u"_qs);
    upd.bind(u":t"_qs, ctx.nowMs).bind(u":s"_qs, *step).bind(u":u"_qs, userId);
    if (Status s = upd.exec(); !s)
        return s.error();
    Query del(ctx.db, u"DELETE FROM recovery_codes WHERE user_id = :u"_qs);
    del.bind(u":u"_qs, userId);
    if (Status s = del.exec(); !s)
        return s.error();
    QJsonArray codes;
    for (int i = 0; i < kRecoveryCodes; ++i) {
        const QString rc = newRecoveryCode();
        Query ins(ctx.db,
                  u"INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (:u, :h, :t)"_qs);
        ins.bind(u":u"_qs, userId).bind(u":h"_qs, recoveryDigest(ctx, userId, rc)).bind(u":t"_qs, ctx.nowMs);
        if (Status s = ins.exec(); !s)
            return s.error();
        codes.append(rc);
    }
    // An enrolment-only session becomes a full one.
    Query scope(ctx.db, u"UPDATE sessions SET scope = 'full' WHERE id = :id AND scope = 'enrol'"_qs);
    scope.bind(u":id"_qs, ctx.user().sessionId);
    if (Status s = scope.exec(); !s)
        return s.error();
    if (Status s = ctx.audit(u"auth.totp_enrol"_qs, u"user:"_qs + ctx.user().username, u"ok"_qs); !s)
        return s.error();
    return QJsonObject{{u"recoveryCodes"_qs, codes}};
}

} // namespace hpf::server
