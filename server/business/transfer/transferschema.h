#pragma once

#include "platform/store/migrations.h"

#include <QString>

namespace hpf::server {

// Migration 13 (issue 16): what closing an account into another one needs, shared by in-city
// transfers, merges and cross-city transfers (and closing withdrawals later): accounts.closed_on
// (YYYY-MM-DD), close_reason (code table close_reason), successor_id (the account that took the
// money over, for 市内转移 and 个人合并: its history reads on through it), and an index on the
// person's identity key (identityKeySql) so that the lookup finds the other accounts of one person
// (一人多户) kept under two document records; plus the in-city transfer tables.
Migration transferMigration();
// Migration 14 (issue 16): the cross-city transfer tables (异地转移接续), crossschema.cpp.
Migration crossTransferMigration();

// The SQL expression that identifies a person across document records: for a citizen number
// (type 01) its 17-digit body (a 15-digit legacy number widened with "19"; the check character
// follows from the body), otherwise type and number. `alias` is the persons table's alias ("p"),
// empty for the index itself.
QString identityKeySql(const QString &alias);

} // namespace hpf::server
