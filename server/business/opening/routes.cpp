// Routes of issue 5 (account opening end to end): 单位开户, 个人开户, 灵活就业, 清册, 封存/启封 and
// receipts (业务回单, 补打). docs/api/openapi.yaml describes each.
#include "platform/http/routes.h"
#include "platform/context.h"
#include "business/opening/employeelistservice.h"
#include "business/opening/openingservice.h"
#include "business/opening/receiptservice.h"
#include "business/opening/sealservice.h"

namespace hpf::server {

void registerOpeningRoutes(Router &router)
{
    const QStringList tellers{roles::teller};
    // A list of 20,000 rows is a few megabytes of JSON.
    const int listBytes = kMaxListBodyBytes;

    router.add(makeRoute("POST", u"/api/v1/openings/units"_qs, u"openings.unit"_qs, tellers, true,
                         validateUnitOpening, openUnitFull));
    router.add(makeRoute("POST", u"/api/v1/openings/accounts"_qs, u"openings.account"_qs, tellers, true,
                         validatePersonalOpening, openPersonal));
    router.add(makeRoute("POST", u"/api/v1/openings/flexible"_qs, u"openings.flexible"_qs, tellers, true,
                         validateFlexibleOpening, openFlexible));
    router.add(makeRoute("POST", u"/api/v1/units/{unitAccount}/employee-lists/validate"_qs,
                         u"employee_lists.validate"_qs, tellers, false, checkEmployeeListBody,
                         validateEmployeeList, listBytes));
    router.add(makeRoute("POST", u"/api/v1/units/{unitAccount}/employee-lists"_qs,
                         u"employee_lists.submit"_qs, tellers, true, checkEmployeeListBody,
                         submitEmployeeList, listBytes));
    router.add(makeRoute("POST", u"/api/v1/accounts/{accountNumber}/seal"_qs, u"accounts.seal"_qs, tellers,
                         true, validateSeal, sealAccount));
    router.add(makeRoute("POST", u"/api/v1/accounts/{accountNumber}/unseal"_qs, u"accounts.unseal"_qs,
                         tellers, true, validateUnseal, unsealAccount));
    router.add(makeRoute("GET", u"/api/v1/receipts/{serial}"_qs, u"receipts.get"_qs, lookupRoles(), false, {},
                         getReceipt));
    router.add(makeRoute("POST", u"/api/v1/receipts/{serial}/reprints"_qs, u"receipts.reprint"_qs,
                         {roles::teller, roles::supervisor}, true, validateReprint, reprintReceipt));
}

} // namespace hpf::server
