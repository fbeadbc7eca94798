#pragma once

#include "store/migrations.h"

namespace caravan::store {

// Migration 9: message threads and their messages, reviews (docs/marketplace.md).
Migration marketMigration();
// Migration 10: favourites (the buyer's watch list).
Migration favouritesMigration();

} // namespace caravan::store
