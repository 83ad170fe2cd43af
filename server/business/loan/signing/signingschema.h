#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 22 (issue 18, part C): face-to-face signing (面签) sessions, their steps and the
// signed contracts.
Migration signingMigration();

} // namespace hpf::server
