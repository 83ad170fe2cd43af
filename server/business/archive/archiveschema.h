#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 10 (issue 14): archive packages and their files, upload staging (chunks in the
// database on both back ends), 四性 check reports, exports and the database blob store.
Migration archiveMigration();

} // namespace hpf::server
