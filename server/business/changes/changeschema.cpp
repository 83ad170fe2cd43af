#include "business/changes/changeschema.h"

namespace hpf::server {

Migration changesMigration()
{
    return Migration{19,
                     u"changes of unit and person details (issue 17)"_qs,
                     {
                         // kind: unit or person; unit_id for a unit's change, account_id (the account named
                         // in the request) for a person's.
                         uR"(CREATE TABLE detail_changes (
            id {{PK}}, serial TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, unit_id BIGINT REFERENCES units(id),
            account_id BIGINT REFERENCES accounts(id), fields TEXT NOT NULL, reason TEXT NOT NULL,
            operator_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL))"_qs,
                         uR"(CREATE INDEX detail_changes_unit ON detail_changes(unit_id, id))"_qs,
                     }};
}

} // namespace hpf::server
