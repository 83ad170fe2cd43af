#pragma once

// The loan area has two sub-areas with their own routes.cpp (signing/: 面签, account/: the loan
// account); the platform registers the area once (registerLoanRoutes), which calls these.
namespace hpf::server {

class Router;

void registerSigningRoutes(Router &router);     // signing/routes.cpp: 面签 and signed contracts
void registerLoanAccountRoutes(Router &router); // account/routes.cpp: disbursement, repayments
void registerLoanOutsideRoutes(Router &router); // outside/routes.cpp: credit reports (issue 18)
void registerLoanOverdueRoutes(Router &router); // overdue/routes.cpp: overdue loans, reminders (issue 18 F)

} // namespace hpf::server
