#include "business/transfer/transferschema.h"

namespace hpf::server {

// Owned by the cross-city transfer work: its tables go here.
Migration crossTransferMigration()
{
    return Migration{14, u"cross-city transfers (issue 16)"_qs, {}};
}

} // namespace hpf::server
