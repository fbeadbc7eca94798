#pragma once

#include "store/migrations.h"

namespace caravan::store {

// Migration 9: message threads and their messages, reviews (docs/marketplace.md).
Migration marketMigration();
// Migration 10: favourites (the buyer's watch list).
Migration favouritesMigration();
// Migration 13: a UUID per message, its id in the seller's sync feed (docs/sync.md, `message`).
Migration messageUuidMigration();

} // namespace caravan::store
