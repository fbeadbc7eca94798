#pragma once

#include "data/migrations.h"

namespace caravan::data {

// Step 5 of the local schema: which messages of each thread the seller has read on this device, and the
// messages the seller wrote here (docs/sync.md, `message`).
[[nodiscard]] Migration messagesMigration();

} // namespace caravan::data
