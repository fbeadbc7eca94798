#pragma once

#include "store/migrations.h"

namespace caravan::store {

// Migration 9: message threads and their messages, reviews (docs/marketplace.md).
Migration marketMigration();

} // namespace caravan::store
