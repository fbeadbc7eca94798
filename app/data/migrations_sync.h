#pragma once

#include "data/migrations.h"

namespace caravan::data {

// Step 4 of the local schema: sync state (client id, cursor, last sync), the per-record journal of the
// last pulled server state, conflict records, issues the server reported on records, and the sync log.
[[nodiscard]] Migration syncMigration();
// Step 6: the server's X-Request-Id on each sync log line (docs/operations.md, "Logs").
[[nodiscard]] Migration syncLogRequestIdMigration();

} // namespace caravan::data
