#pragma once

#include "store/changelog.h"
#include "store/sync_savepoint.h"
#include "store/sync_store.h"
#include "sync/codec.h"
#include "sync/entity.h"

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace caravan::orders {
class OrderWorkflow;
}
namespace caravan::listing {
class CountryTable;
struct Issue;
} // namespace caravan::listing

// The server's side of each synced entity (docs/sync.md, "Push"): one small handler per entity, on top
// of the steps every upsert shares (upsertRecord).
namespace caravan::api::sync {

using Mutation = caravan::sync::Mutation;
using Result = caravan::sync::Result;

// A listing's buyer-facing row to write at the end of the batch (no record: remove it).
struct Projection
{
    std::string listingId;
    std::optional<store::SyncRecord> record;
};

// What a batch read ahead and what it keeps to write at its end (docs/sync.md, "Push": listing records
// are written once, at the end of the batch).
struct Prefetched
{
    // Every listing id the batch names: its current record (nullopt: none) as of this point in the batch.
    std::unordered_map<std::string, std::optional<store::SyncRecord>> records;
    // The `listings` rows' sellers, for the ids without a record when the batch started.
    std::unordered_map<std::string, std::string> projectedOwners;
    // Listing records changed by the batch and not yet written to sync_records.
    std::vector<std::string> dirty;           // in first-written order
    std::unordered_set<std::string> dirtySet; // the same ids, for the membership test
    std::optional<bool> seller;               // whether the caller has the seller role (read once)
};

// One mutation being applied. What it adds here joins the batch only if the mutation completes.
struct MutationContext
{
    store::Transaction &tx;
    const std::string &userId;
    std::int64_t mutationId = 0;
    Prefetched &prefetched;
    store::MutationSavepoint &savepoint; // taken before the mutation's first immediate write
    std::vector<store::Change> changes;
    std::vector<Projection> projections;
    std::vector<store::SyncRecord> savedListings; // written at the end of the batch

    // Before anything is written immediately (not at the end of the batch).
    void beforeWrite() { savepoint.take(); }
    void appendUpsert(const store::SyncRecord &record);
};

Result forbidden(std::int64_t mutationId);
Result validationRefusal(std::int64_t mutationId, const std::string &message,
                         const std::vector<listing::Issue> &issues);

class EntityHandler
{
public:
    explicit EntityHandler(const caravan::sync::Entity &entity)
        : m_entity(entity)
    {}
    virtual ~EntityHandler() = default;
    EntityHandler(const EntityHandler &) = delete;
    EntityHandler &operator=(const EntityHandler &) = delete;

    const caravan::sync::Entity &entity() const { return m_entity; }
    // True if its records are written at the end of the batch (then a mutation of it needs no savepoint
    // of its own, and records of other entities are written first).
    virtual bool defersWrites() const { return false; }

    // Applies a mutation whose op the entity takes.
    Result apply(MutationContext &ctx, const Mutation &mutation);

    // The record as it stands (nullopt: none yet), or a refusal (rule 2: the caller's own records only).
    using Current = std::variant<std::optional<store::SyncRecord>, Result>;
    virtual Current current(MutationContext &ctx, const std::string &entityId);
    // The data to store from the merged fields (rule 4: validated), or a refusal. `pushed` is what the
    // mutation wrote.
    using Canonical = std::variant<nlohmann::json, Result>;
    virtual Canonical canonical(MutationContext &ctx, const std::string &entityId,
                                const nlohmann::json &merged, const std::optional<store::SyncRecord> &current,
                                const nlohmann::json &pushed);
    // Writes a record that changed, with whatever derives from it. A handler whose write publishes the
    // record itself (publishesChanges) leaves `record` as it was stored, with its revision.
    virtual void write(MutationContext &ctx, store::SyncRecord &record);
    // True if write() appends the record's change to the owner's change log itself (the order workflow
    // does, for every writer of an order): then the push appends none of its own.
    virtual bool publishesChanges() const { return false; }

    virtual Result remove(MutationContext &ctx, const std::string &entityId);
    virtual Result resolve(MutationContext &ctx, const Mutation &mutation);

private:
    const caravan::sync::Entity &m_entity;
};

// Rules 2 to 5 of an upsert, the same for every entity: ownership, seller-owned fields only, the
// three-way merge, the handler's validation, the write, and the conflict record. `resolving` is the
// conflict a resolve settles.
Result upsertRecord(EntityHandler &handler, MutationContext &ctx, const std::string &entityId,
                    const nlohmann::json &fields, const nlohmann::json &base,
                    store::ConflictRecord *resolving);

using HandlerLookup = std::function<EntityHandler *(const std::string &entity)>;

std::unique_ptr<EntityHandler> makeListingHandler();
std::unique_ptr<EntityHandler> makeProfileHandler(const listing::CountryTable &countries);
std::unique_ptr<EntityHandler> makeConflictHandler(HandlerLookup handlers);
std::unique_ptr<EntityHandler> makeOrderHandler(const orders::OrderWorkflow &workflow);
std::unique_ptr<EntityHandler> makeEvidenceHandler();

// The limits the web applies to messages (market.*), for the `message` entity.
struct MessageLimits
{
    std::int64_t maxChars = 2000; // characters (code points) per message, after trimming
    std::int64_t perHour = 30;    // messages an account may send per hour, on the web and from the app
};
std::unique_ptr<EntityHandler> makeMessageHandler(MessageLimits limits);

} // namespace caravan::api::sync
