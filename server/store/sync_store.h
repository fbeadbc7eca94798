#pragma once

#include "store/database.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace caravan::store {

// A synced record: the full JSON of its seller- and server-owned fields, with owner and revision.
struct SyncRecord
{
    std::string entity;
    std::string entityId;
    std::string ownerId;
    std::int64_t revision = 0;
    bool deleted = false;
    nlohmann::json data = nlohmann::json::object();
};

// A conflict record: for each field {"base": b, "server": s, "client": c}.
struct ConflictRecord
{
    std::string id;
    std::string ownerId;
    std::string entity;
    std::string entityId;
    std::string state = "open"; // open, resolved
    nlohmann::json fields = nlohmann::json::object();
    std::int64_t revision = 1;

    // What travels in the change feed as the conflict's data.
    nlohmann::json toJson() const;
};

// The SQL of sync's records, clients and conflicts, and the projection of synced listings into the
// `listings` table the buyer pages read. Every function that takes a Transaction runs inside the
// caller's transaction; the caller has taken the owner's lock (ChangeLog::lockOwner) before writing.
class SyncStore
{
public:
    explicit SyncStore(Database &db)
        : m_db(db)
    {}
    Database &database() { return m_db; }

    // Binds `clientId` to `userId` on first use. Returns the user the client id is bound to.
    std::string bindClient(const std::string &clientId, const std::string &userId);
    static std::int64_t lastMutationId(Transaction &tx, const std::string &clientId);
    static void setLastMutationId(Transaction &tx, const std::string &clientId, std::int64_t id);

    static std::optional<SyncRecord> loadRecord(Transaction &tx, const std::string &entity,
                                                const std::string &entityId);
    // The same without a transaction (a read of the committed record).
    static std::optional<SyncRecord> findRecord(Database &db, const std::string &entity,
                                                const std::string &entityId);
    static void saveRecord(Transaction &tx, const SyncRecord &record);
    static std::optional<std::int64_t> recordRevision(Transaction &tx, const std::string &entity,
                                                      const std::string &entityId);

    static std::optional<ConflictRecord> loadConflict(Transaction &tx, const std::string &id);
    static void saveConflict(Transaction &tx, const ConflictRecord &conflict);

    // The listing records among `ids` (one query per 500 ids), by id.
    // Writes many records (distinct entity/id pairs) with one statement.
    static void saveRecords(Transaction &tx, const std::vector<const SyncRecord *> &records);
    static std::unordered_map<std::string, SyncRecord>
    loadListingRecords(Transaction &tx, const std::vector<std::string> &ids);
    // The sellers of the `listings` rows among `ids`, by id.
    static std::unordered_map<std::string, std::string>
    projectedListingOwners(Transaction &tx, const std::vector<std::string> &ids);
    // The owner of a listing that exists only in the `listings` table (demo data), if any.
    static std::optional<std::string> projectedListingOwner(Transaction &tx, const std::string &listingId);
    // Writes the listing's projection (row, photo references, the photos that have arrived).
    static void projectListing(Transaction &tx, const SyncRecord &listing);
    // The same for many listings (distinct ids) with a handful of statements.
    static void projectListings(Transaction &tx, const std::vector<const SyncRecord *> &listings);
    static void removeListingProjection(Transaction &tx, const std::string &listingId);

    // The profile of a user as a record (revision 0 when it never synced): display_name, country, bio,
    // email, roles, created_at.
    static std::optional<SyncRecord> profileFromUser(Transaction &tx, const std::string &userId);
    static void updateUserProfile(Transaction &tx, const std::string &userId, const std::string &displayName,
                                  const std::string &country);

    // Listings of the user that exist only in the `listings` table (created before sync, e.g. demo data)
    // and a profile that never synced: both become synced records with a change, so the first pull
    // holds everything. Cheap when there is nothing to adopt. True if it adopted something.
    bool adoptExisting(const std::string &userId);

    // A listing made on the server side (demo data), owned by `record.ownerId`: its record, projection
    // and change, in one transaction. Returns false and writes nothing if a listing with this id exists
    // already (as a record or only as a projection row). The record's photos must be registered.
    bool createListing(SyncRecord record);

    // Listing as a record built from its projection row (for adoption); nothing if there is no row.
    static std::optional<SyncRecord> recordFromProjection(Transaction &tx, const std::string &listingId);

private:
    Database &m_db;
};

// Moderation values: the sync protocol's names and the `listings` table's names.
std::string projectedModeration(const std::string &moderation); // published -> approved, ...
std::string syncModeration(const std::string &projected);       // approved -> published, ...

} // namespace caravan::store
