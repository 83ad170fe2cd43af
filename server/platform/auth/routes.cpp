#include "platform/http/routes.h"
#include "platform/http/bodyreader.h"
#include "platform/auth/authservice.h"
#include "platform/context.h"
#include "platform/auth/grantservice.h"

namespace hpf::server {

void registerAuthRoutes(Router &router)
{
    Route loginRoute;
    loginRoute.method = "POST";
    loginRoute.pattern = u"/api/v1/auth/login"_qs;
    loginRoute.operation = u"auth.login"_qs;
    loginRoute.authenticated = false;
    loginRoute.validate = [](RequestContext &ctx) {
        BodyReader body(ctx.body);
        body.string(u"username"_qs, 64);
        body.string(u"password"_qs, 256);
        return body.finish();
    };
    loginRoute.handle = [](RequestContext &ctx) -> Result<HttpResponse> {
        auto r = login(ctx, ctx.body.value(u"username"_qs).toString().trimmed(),
                       ctx.body.value(u"password"_qs).toString());
        if (!r)
            return r.error();
        return HttpResponse::json(200, *r);
    };
    router.add(loginRoute);

    Route refreshRoute;
    refreshRoute.method = "POST";
    refreshRoute.pattern = u"/api/v1/auth/refresh"_qs;
    refreshRoute.operation = u"auth.refresh"_qs;
    refreshRoute.authenticated = false;
    refreshRoute.validate = [](RequestContext &ctx) {
        BodyReader body(ctx.body);
        body.string(u"refreshToken"_qs, 100);
        return body.finish();
    };
    refreshRoute.handle = [](RequestContext &ctx) -> Result<HttpResponse> {
        auto r = refreshSession(ctx, ctx.body.value(u"refreshToken"_qs).toString().trimmed());
        if (!r)
            return r.error();
        return HttpResponse::json(200, *r);
    };
    router.add(refreshRoute);

    Route logoutRoute;
    logoutRoute.method = "POST";
    logoutRoute.pattern = u"/api/v1/auth/logout"_qs;
    logoutRoute.operation = u"auth.logout"_qs;
    logoutRoute.validate = [](RequestContext &ctx) { return BodyReader(ctx.body).finish(); };
    logoutRoute.handle = [](RequestContext &ctx) -> Result<HttpResponse> {
        if (Status s = logout(ctx); !s)
            return s.error();
        return HttpResponse::empty(204);
    };
    router.add(logoutRoute);

    Route meRoute;
    meRoute.method = "GET";
    meRoute.pattern = u"/api/v1/auth/me"_qs;
    meRoute.operation = u"auth.me"_qs;
    meRoute.handle = [](RequestContext &ctx) -> Result<HttpResponse> {
        return HttpResponse::json(200, principalJson(ctx.user()));
    };
    router.add(meRoute);

    Route grantRoute;
    grantRoute.method = "POST";
    grantRoute.pattern = u"/api/v1/grants"_qs;
    grantRoute.operation = u"grants.create"_qs;
    grantRoute.roles = {roles::teller, roles::loanOfficer, roles::archivist, roles::judicial};
    const Router *routerPtr = &router;
    grantRoute.handle = [routerPtr](RequestContext &ctx) -> Result<HttpResponse> {
        auto r = createGrant(ctx, *routerPtr);
        if (!r)
            return r.error();
        return HttpResponse::json(201, *r);
    };
    router.add(grantRoute);
}

} // namespace hpf::server
