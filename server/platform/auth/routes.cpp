#include "platform/http/routes.h"

#include "platform/auth/authservice.h"
#include "platform/auth/grantservice.h"
#include "platform/http/bodyreader.h"

namespace hpf::server {

void registerAuthRoutes(Router &router)
{
    router.add(makeRoute(
        "POST", u"/api/v1/auth/login"_qs, u"auth.login"_qs, false,
        [](RequestContext &ctx) {
            BodyReader body(ctx.body);
            body.string(u"username"_qs, 64);
            body.string(u"password"_qs, 256);
            return body.finish();
        },
        [](RequestContext &ctx) -> Result<HttpResponse> {
            auto r = login(ctx, ctx.body.value(u"username"_qs).toString().trimmed(),
                           ctx.body.value(u"password"_qs).toString());
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

    router.add(makeRoute("GET", u"/api/v1/auth/me"_qs, u"auth.me"_qs, false, {},
                         [](RequestContext &ctx) -> Result<HttpResponse> {
                             return HttpResponse::json(200, principalJson(ctx.user()));
                         }));

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
