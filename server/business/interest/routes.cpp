// Interest (结息): the yearly settlement job and statements.
#include "platform/http/routes.h"

namespace hpf::server {

void registerInterestRoutes(Router &router)
{
    (void)router; // GROUNDWORK: issue 17 adds the routes here
}

} // namespace hpf::server
