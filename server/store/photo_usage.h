#pragma once

#include "store/database.h"

#include <set>
#include <string>
#include <vector>

namespace caravan::store {

// What an account's photos take (for the upload quota) and which photos nothing uses any more (for the
// cleanup job). docs/operations.md, "Photo storage".
class PhotoUsageStore
{
public:
    explicit PhotoUsageStore(Database &db)
        : m_db(db)
    {}

    // Bytes counted against `userId`'s quota: the stored photos the account uploaded, plus the uploads it
    // has in progress at their announced totals (except the upload of `exceptSha256`).
    std::int64_t bytesOf(const std::string &userId, const std::string &exceptSha256);

    // Photos registered before `createdBefore` that no listing shows or references (whatever its status,
    // so a draft or an ended listing keeps its photos), oldest first, at most `limit`.
    std::vector<std::string> unusedCandidates(std::int64_t createdBefore, std::int64_t limit);
    // Those of `hashes` that an order's listing snapshot shows (orders.listing_snapshot, its "photos").
    std::set<std::string> keptByOrders(const std::vector<std::string> &hashes);
    // Deletes the photo's rows if it is still unused and still older than `createdBefore` (one
    // transaction; a listing that took it up meanwhile keeps it). True if it was deleted: then the caller
    // removes the file.
    bool removeIfUnused(const std::string &sha256, std::int64_t createdBefore);

private:
    Database &m_db;
};

} // namespace caravan::store
