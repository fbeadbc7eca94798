#pragma once

#include "store/migrations.h"

namespace caravan::store {

// Migration 5: orders and their history, the ledger, idempotency keys, provider events, refunds,
// payouts and job leases (docs/escrow.md).
Migration escrowMigration();

} // namespace caravan::store
