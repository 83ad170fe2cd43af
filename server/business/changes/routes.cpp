// Changes (变更) of unit and person details.
#include "platform/http/routes.h"

namespace hpf::server {

void registerChangeRoutes(Router &router)
{
    (void)router; // GROUNDWORK: issue 17 adds the routes here
}

} // namespace hpf::server
