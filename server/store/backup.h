#pragma once

#include "store/database.h"

#include <filesystem>

namespace caravan::store {

// A consistent copy of a running SQLite database (VACUUM INTO: one read transaction, so the copy is the
// database as of one moment while the server goes on writing). Throws std::runtime_error on PostgreSQL
// (use pg_dump, docs/operations.md) or when the target exists.
void snapshotSqlite(Database &db, const std::filesystem::path &target);

// The schema version and the number of orders, ledger transactions and photos a database holds (what a
// backup's manifest records and a restore checks).
struct DatabaseCensus
{
    int schemaVersion = 0;
    std::int64_t orders = 0;
    std::int64_t ledgerTransactions = 0;
    std::int64_t photos = 0;
};
DatabaseCensus census(Database &db);

} // namespace caravan::store
