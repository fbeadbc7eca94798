#pragma once

#include "data/migrations.h"

namespace caravan::data {

// Step 5 of the local schema: which messages of each thread the seller has read on this device, and the
// messages the seller wrote here (docs/sync.md, `message`).
[[nodiscard]] Migration messagesMigration();

// Step 7: message_index, one row per pulled message (thread, time, from the seller or the buyer), and
// message_threads, each thread's newest message, both kept by triggers on sync_records, so the thread
// list, the unread counts and a thread are read without parsing every record.
[[nodiscard]] Migration messageIndexMigration();

} // namespace caravan::data
