#include "platform/http/routes.h"

#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"

// Transfers (issue 16): in-city transfers and merges (市内转移, 个人合并) and cross-city transfers
// (异地转移接续) at the counter. The only file of the area that reads JSON and paths.
namespace hpf::server {

namespace {

// ---- in-city transfers and merges -------------------------------------------------------------

void addInCityRoutes(Router &router)
{
    Q_UNUSED(router);
}

// ---- cross-city transfers ---------------------------------------------------------------------

void addCrossCityRoutes(Router &router)
{
    Q_UNUSED(router);
}

} // namespace

void registerTransferRoutes(Router &router)
{
    addInCityRoutes(router);
    addCrossCityRoutes(router);
}

} // namespace hpf::server
