#pragma once

#include "store/migrations.h"

namespace caravan::store {

// Migration 3: the tables of sync (docs/sync.md) — per-client state, the per-owner change log and its
// counter, the synced records, conflicts, photo uploads in progress and photo metadata.
Migration syncMigration();

} // namespace caravan::store
