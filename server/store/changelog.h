#pragma once

#include "store/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace caravan::store {

// One entry of an owner's change feed (docs/sync.md, "Pull"). `data` is the full record as compact JSON
// text ("" for a delete).
struct Change
{
    std::int64_t seq = 0;
    std::string entity;
    std::string entityId;
    std::string op; // "upsert" or "delete"
    std::int64_t revision = 0;
    std::string data;
};

struct ChangePage
{
    std::vector<Change> changes;
    bool more = false;
};

// The append-only change log with a sequence per owner. The sequence comes from a counter row of the
// owner, incremented inside the writing transaction: its row lock (PostgreSQL) or the write lock
// (SQLite, BEGIN IMMEDIATE) serialises one owner's writers, so sequence order is commit order.
class ChangeLog
{
public:
    // Takes the owner's write lock for the rest of `tx` (creates the counter row if needed). Every
    // writer of an owner's synced records calls this first, so they never interleave.
    static void lockOwner(Transaction &tx, const std::string &ownerId);
    // Appends the changes (seq is assigned here and written back) in one statement.
    static void append(Transaction &tx, const std::string &ownerId, std::vector<Change> &changes);

    // Changes of the owner after `cursor`, oldest first, at most `limit`.
    static ChangePage page(Database &db, const std::string &ownerId, std::int64_t cursor, std::int64_t limit);
    static std::int64_t lastSeq(Database &db, const std::string &ownerId);
};

} // namespace caravan::store
