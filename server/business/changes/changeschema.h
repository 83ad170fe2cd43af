#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 19 (issue 17): detail_changes, one row per change of a unit's or a person's details
// (变更) with the serial, what changed (the request paths, comma-separated; the values themselves
// are in the audit record's before/after, which the trail redacts) and who changed it, for
// GET /units/{unitAccount}/changes and the archive.
Migration changesMigration();

} // namespace hpf::server
