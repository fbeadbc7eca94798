#pragma once

#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace caravan::store {

// Sets a listing's moderation ("removed" or "published") with the reason its seller reads, in the
// caller's transaction: the synced record gets a new revision, the buyer pages' projection follows (a
// removed listing and its photos stop being public at once) and a change is appended to the seller's log,
// so the app sees it after its next pull. Takes the owner's change-log lock. nullopt: no such listing.
std::optional<std::int64_t> moderateListing(Transaction &tx, const std::string &listingId,
                                            const std::string &moderation, const std::string &reason);

} // namespace caravan::store
