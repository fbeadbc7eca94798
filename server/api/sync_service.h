#pragma once

#include "api/sync_handler.h"
#include "store/changelog.h"
#include "store/sync_store.h"
#include "sync/codec.h"

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace caravan::listing {
class CountryTable;
}

namespace caravan::api::sync {

inline constexpr std::size_t kMaxMutations = 500;
inline constexpr std::size_t kMaxPushBytes = 1024 * 1024;
inline constexpr std::int64_t kDefaultPullLimit = 200;
inline constexpr std::int64_t kMaxPullLimit = 500;
// How long a pipelined batch waits for the batch it follows before it is refused as out of order, and
// how many may wait at once (each holds a server thread; more are refused at once).
inline constexpr std::chrono::seconds kOutOfOrderWait{2};
inline constexpr int kMaxWaitingBatches = 4;

// A pipelined batch arrived before the batch it follows was applied (docs/sync.md, "Push"): nothing of it
// was applied; `last` is the client's last handled mutation id.
struct OutOfOrderBatch : std::runtime_error
{
    explicit OutOfOrderBatch(std::int64_t lastHandled)
        : std::runtime_error("out of order")
        , last(lastHandled)
    {}
    std::int64_t last;
};

// Applies pushed mutations (docs/sync.md, "Push"): each atomically together with the client's
// last_mutation_id, exactly once per client mutation id. Each entity has its handler (api/sync_handler.h).
class SyncService
{
public:
    // `workflow` changes orders for the `order` entity (the seller's shipment); `messages` are the web's
    // limits for messages, applied to the `message` entity too.
    SyncService(store::Database &db, const listing::CountryTable &countries,
                const orders::OrderWorkflow &workflow, MessageLimits messages = {});
    ~SyncService();

    // The user `clientId` is bound to (binding it to `userId` on first use).
    std::string bindClient(const std::string &clientId, const std::string &userId)
    {
        return m_store.bindClient(clientId, userId);
    }

    // Applies the mutations of `userId`'s client in order and returns one result per mutation;
    // `lastMutationId` is then the highest id handled for the client. Each mutation is atomic.
    // `after` > 0: the batch follows the one ending with that mutation id; if the client's last handled
    // id is lower, that batch has not been applied yet and this one throws OutOfOrderBatch untouched.
    // One owner's batches run one at a time (an in-process lock, so a batch that waits starts the moment
    // the one before commits; the change log's row lock does the same across server processes).
    std::vector<caravan::sync::Result> applyBatch(const std::string &userId, const std::string &clientId,
                                                  const std::vector<caravan::sync::Mutation> &mutations,
                                                  std::int64_t &lastMutationId, std::int64_t after = 0);

    store::SyncStore &store() { return m_store; }

private:
    EntityHandler *handlerFor(const std::string &entity) const;
    caravan::sync::Result alreadyHandled(store::Transaction &tx, const std::string &userId,
                                         const caravan::sync::Mutation &m);
    caravan::sync::Result applyOne(store::Transaction &tx, const std::string &userId,
                                   const caravan::sync::Mutation &m, std::vector<store::Change> &changes,
                                   std::vector<Projection> &projections, Prefetched &prefetched,
                                   store::MutationSavepoint &savepoint);

    store::Database &m_db;
    store::SyncStore m_store;
    std::vector<std::unique_ptr<EntityHandler>> m_handlers;
    // A batch that arrives before the one it follows waits (at most kOutOfOrderWait) for it here.
    void waitForPreviousBatch(std::unique_lock<std::mutex> &lock, std::size_t stripe,
                              const std::string &clientId, std::int64_t after);

    std::array<std::mutex, 64> m_ownerLocks;                  // striped by owner id
    std::array<std::condition_variable, 64> m_ownerBatchDone; // notified when a batch of the stripe ends
    std::atomic<int> m_waitingBatches{0};
};

// Sets (or clears, for "published") a listing's moderation from the server side and appends the change so
// the seller's devices see it. Returns the new revision, or nothing if there is no such listing.
std::optional<std::int64_t> moderateListing(store::Database &db, const std::string &listingId,
                                            const std::string &moderation, const std::string &reason);

} // namespace caravan::api::sync
