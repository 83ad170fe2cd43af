#include "platform/http/routes.h"

#include "platform/auth/authservice.h"
#include "platform/auth/grantservice.h"
#include "platform/auth/passwords.h"
#include "platform/auth/secondfactor.h"
#include "platform/http/bodyreader.h"
#include "platform/store/transaction.h"

namespace hpf::server {

namespace {

// The enrolment routes are not idempotent on purpose: a stored response would keep the secret or
// the recovery codes in the database. Each runs in one write transaction of its own.
Handler inWriteTransaction(int status, std::function<Result<QJsonObject>(RequestContext &)> fn)
{
    return [status, fn = std::move(fn)](RequestContext &ctx) -> Result<HttpResponse> {
        Result<QJsonObject> out = Error{};
        const Status s =
            runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
                out = fn(ctx);
                if (!out && out.error().code.startsWith(u"db."))
                    return out.error();
                return out ? TxEnd::Commit : TxEnd::Rollback;
            });
        if (!s)
            return s.error();
        if (!out)
            return out.error();
        return HttpResponse::json(status, *out);
    };
}

} // namespace

void registerAuthRoutes(Router &router)
{
    router.add(makeRoute(
        "POST", u"/api/v1/auth/login"_qs, u"auth.login"_qs, false,
        [](RequestContext &ctx) {
            BodyReader body(ctx.body);
            body.string(u"username"_qs, 64);
            body.string(u"password"_qs, 256);
            body.string(u"otp"_qs, 16, false);
            body.string(u"recoveryCode"_qs, 32, false);
            return body.finish();
        },
        [](RequestContext &ctx) -> Result<HttpResponse> {
            const SecondFactorInput secondFactor{ctx.body.value(u"otp"_qs).toString().trimmed(),
                                                 ctx.body.value(u"recoveryCode"_qs).toString().trimmed()};
            auto r = login(ctx, ctx.body.value(u"username"_qs).toString().trimmed(),
                           ctx.body.value(u"password"_qs).toString(), secondFactor);
            if (!r)
                return r.error();
            return HttpResponse::json(200, *r);
        }));

    router.add(makeRoute(
        "POST", u"/api/v1/auth/refresh"_qs, u"auth.refresh"_qs, false,
        [](RequestContext &ctx) {
            BodyReader body(ctx.body);
            body.string(u"refreshToken"_qs, 100);
            return body.finish();
        },
        [](RequestContext &ctx) -> Result<HttpResponse> {
            auto r = refreshSession(ctx, ctx.body.value(u"refreshToken"_qs).toString().trimmed());
            if (!r)
                return r.error();
            return HttpResponse::json(200, *r);
        }));

    router.add(makeRoute(
        "POST", u"/api/v1/auth/logout"_qs, u"auth.logout"_qs, false,
        [](RequestContext &ctx) { return BodyReader(ctx.body).finish(); },
        [](RequestContext &ctx) -> Result<HttpResponse> {
            if (Status s = logout(ctx); !s)
                return s.error();
            return HttpResponse::empty(204);
        }));

    router.add(makeRoute(
        "POST", u"/api/v1/auth/unlock"_qs, u"auth.unlock"_qs, false,
        [](RequestContext &ctx) {
            BodyReader body(ctx.body);
            body.string(u"password"_qs, 256);
            body.string(u"otp"_qs, 16, false);
            return body.finish();
        },
        [](RequestContext &ctx) -> Result<HttpResponse> {
            const SecondFactorInput secondFactor{ctx.body.value(u"otp"_qs).toString().trimmed(), {}};
            if (Status s = unlockSession(ctx, ctx.body.value(u"password"_qs).toString(), secondFactor); !s)
                return s.error();
            return HttpResponse::empty(204);
        }));

    router.add(makeRoute("GET", u"/api/v1/auth/me"_qs, u"auth.me"_qs, false, {},
                         [](RequestContext &ctx) -> Result<HttpResponse> {
                             return HttpResponse::json(200, principalJson(ctx.user()));
                         }));

    // The second factor (platform/auth/secondfactor.h) and the password change.
    router.add(makeRoute(
        "POST", u"/api/v1/auth/totp/enrol"_qs, u"auth.totp_enrol"_qs, false,
        [](RequestContext &ctx) { return BodyReader(ctx.body).finish(); },
        inWriteTransaction(201, [](RequestContext &ctx) { return beginEnrolment(ctx); })));
    router.add(makeRoute(
        "POST", u"/api/v1/auth/totp/confirm"_qs, u"auth.totp_confirm"_qs, false,
        [](RequestContext &ctx) {
            BodyReader body(ctx.body);
            body.string(u"code"_qs, 16);
            return body.finish();
        },
        inWriteTransaction(200, [](RequestContext &ctx) {
            return confirmEnrolment(ctx, ctx.body.value(u"code"_qs).toString());
        })));
    router.add(makeRoute(
        "POST", u"/api/v1/auth/password"_qs, u"auth.password_change"_qs, false,
        [](RequestContext &ctx) {
            BodyReader body(ctx.body);
            body.string(u"currentPassword"_qs, 256);
            body.string(u"newPassword"_qs, 256);
            return body.finish();
        },
        jsonHandler(200, [](RequestContext &ctx) {
            return changePassword(ctx, ctx.body.value(u"currentPassword"_qs).toString(),
                                  ctx.body.value(u"newPassword"_qs).toString());
        })));

    const Router *routerPtr = &router;
    router.add(makeRoute("POST", u"/api/v1/grants"_qs, u"grants.create"_qs, false, {},
                         [routerPtr](RequestContext &ctx) -> Result<HttpResponse> {
                             auto r = createGrant(ctx, *routerPtr);
                             if (!r)
                                 return r.error();
                             return HttpResponse::json(201, *r);
                         }));
}

} // namespace hpf::server
