#include "store/listing_moderation.h"

#include "store/changelog.h"
#include "store/sync_store.h"

namespace caravan::store {

std::optional<std::int64_t> moderateListing(Transaction &tx, const std::string &listingId,
                                            const std::string &moderation, const std::string &reason)
{
    auto record = SyncStore::loadRecord(tx, "listing", listingId);
    if (!record)
        record = SyncStore::recordFromProjection(tx, listingId);
    if (!record || record->deleted)
        return std::nullopt;
    ChangeLog::lockOwner(tx, record->ownerId);
    // Re-read under the owner's lock: a push may have changed it meanwhile.
    if (auto again = SyncStore::loadRecord(tx, "listing", listingId))
        record = std::move(again);
    record->data["moderation"] = moderation;
    record->data["moderation_reason"] = moderation == "published" ? "" : reason;
    record->revision += 1;
    SyncStore::saveRecord(tx, *record);
    SyncStore::projectListing(tx, *record);
    std::vector<Change> changes{{0, "listing", listingId, "upsert", record->revision, record->data.dump()}};
    ChangeLog::append(tx, record->ownerId, changes);
    return record->revision;
}

} // namespace caravan::store
