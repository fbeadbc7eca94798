#pragma once

#include "store/migrations.h"

namespace caravan::store {

// Migration 6: account self-service (docs/operations.md, "Accounts on the web"): email verification and
// the recipient's language on users, a tombstone time for deleted accounts, single-use account tokens
// (email verification, password reset), the address book and the mail outbox.
Migration accountsMigration();

} // namespace caravan::store
