#include "api/sync_service.h"

#include "store/changelog.h"
#include "store/listing_moderation.h"
#include "store/users.h"

#include <algorithm>
#include <unordered_map>

namespace caravan::api::sync {

using caravan::sync::Mutation;
using caravan::sync::Result;
using nlohmann::json;
using store::Change;
using store::SyncRecord;

SyncService::SyncService(store::Database &db, const listing::CountryTable &countries,
                         const orders::OrderWorkflow &workflow, MessageLimits messages)
    : m_db(db)
    , m_store(db)
{
    m_handlers.push_back(makeProfileHandler(countries));
    m_handlers.push_back(makeListingHandler());
    m_handlers.push_back(makeOrderHandler(workflow));
    m_handlers.push_back(makeMessageHandler(messages));
    m_handlers.push_back(makeEvidenceHandler());
    m_handlers.push_back(
        makeConflictHandler([this](const std::string &entity) { return handlerFor(entity); }));
}

SyncService::~SyncService() = default;

EntityHandler *SyncService::handlerFor(const std::string &entity) const
{
    for (const auto &handler : m_handlers)
        if (handler->entity().name == entity)
            return handler.get();
    return nullptr;
}

namespace {

// Writes the listing projections of a batch: the last state of each listing, upserts together.
void flushProjections(store::Transaction &tx, const std::vector<Projection> &projections)
{
    std::unordered_map<std::string, std::size_t> last;
    for (std::size_t i = 0; i < projections.size(); ++i)
        last[projections[i].listingId] = i;
    std::vector<const SyncRecord *> upserts;
    for (std::size_t i = 0; i < projections.size(); ++i) {
        const auto &p = projections[i];
        if (last[p.listingId] != i)
            continue;
        if (p.record)
            upserts.push_back(&*p.record);
        else
            store::SyncStore::removeListingProjection(tx, p.listingId); // again: it may have been queued
    }
    constexpr std::size_t kChunk = 200;
    for (std::size_t i = 0; i < upserts.size(); i += kChunk)
        store::SyncStore::projectListings(
            tx, std::vector<const SyncRecord *>(
                    upserts.begin() + static_cast<std::ptrdiff_t>(i),
                    upserts.begin() + static_cast<std::ptrdiff_t>(std::min(upserts.size(), i + kChunk))));
}

// Writes the listing records the batch changed (their last state), in one statement per 200.
void flushRecords(store::Transaction &tx, Prefetched &prefetched)
{
    std::vector<const SyncRecord *> records;
    for (const auto &id : prefetched.dirty)
        records.push_back(&*prefetched.records.at(id));
    constexpr std::size_t kChunk = 200;
    for (std::size_t i = 0; i < records.size(); i += kChunk)
        store::SyncStore::saveRecords(
            tx, std::vector<const SyncRecord *>(
                    records.begin() + static_cast<std::ptrdiff_t>(i),
                    records.begin() + static_cast<std::ptrdiff_t>(std::min(records.size(), i + kChunk))));
    prefetched.dirty.clear();
    prefetched.dirtySet.clear();
}

} // namespace

Result SyncService::alreadyHandled(store::Transaction &tx, const std::string &userId,
                                   const Mutation &mutation)
{
    // Handled before (a retry after a lost response, or a duplicated request): nothing changes.
    auto r = Result::applied(mutation.id, std::nullopt);
    if (mutation.entity == caravan::sync::conflict().name) {
        if (auto c = store::SyncStore::loadConflict(tx, mutation.entityId); c && c->ownerId == userId)
            r.revision = store::SyncStore::recordRevision(tx, c->entity, c->entityId);
    } else {
        r.revision = store::SyncStore::recordRevision(tx, mutation.entity, mutation.entityId);
    }
    return r;
}

void SyncService::waitForPreviousBatch(std::unique_lock<std::mutex> &lock, std::size_t stripe,
                                       const std::string &clientId, std::int64_t after)
{
    // Two batches sent one after the other can reach their server threads in either order; the later
    // one waits here (without the lock) until the earlier one is applied. Across server processes
    // (PostgreSQL) nothing wakes it early: it gives up after the wait and is answered out of order.
    struct Waiting
    {
        std::atomic<int> &count;
        ~Waiting() { --count; }
    } waiting{m_waitingBatches};
    if (++m_waitingBatches > kMaxWaitingBatches)
        return; // enough threads wait already: this one is answered out of order at once
    const auto deadline = std::chrono::steady_clock::now() + kOutOfOrderWait;
    for (;;) {
        {
            store::Transaction tx(m_db);
            if (store::SyncStore::lastMutationId(tx, clientId) >= after)
                return;
        }
        if (m_ownerBatchDone[stripe].wait_until(lock, deadline) == std::cv_status::timeout)
            return;
    }
}

std::vector<Result> SyncService::applyBatch(const std::string &userId, const std::string &clientId,
                                            const std::vector<Mutation> &mutations,
                                            std::int64_t &lastMutationId, std::int64_t after)
{
    const std::size_t stripe = std::hash<std::string>{}(userId) % m_ownerLocks.size();
    std::unique_lock ownerLock(m_ownerLocks[stripe]);
    if (after > 0)
        waitForPreviousBatch(ownerLock, stripe, clientId, after);
    struct NotifyWhenDone
    {
        std::condition_variable &done;
        ~NotifyWhenDone() { done.notify_all(); }
    } notify{m_ownerBatchDone[stripe]};
    // One database transaction for the request, one savepoint per mutation: each mutation applies
    // completely or not at all, and the answer is only sent after the commit, so a crash before it loses
    // nothing the client was told about. The change log rows and the client's last_mutation_id of the
    // whole batch are written once, just before the commit (same transaction, so the same guarantees as
    // writing them per mutation, with two statements per batch instead of four per mutation). So are the
    // buyer-facing listing rows (derived from the records; nothing in the batch reads them back for a
    // listing it wrote, since that listing's record exists by then).
    std::vector<Result> results;
    results.reserve(mutations.size());
    store::Transaction tx(m_db);
    store::ChangeLog::lockOwner(tx, userId);
    const std::int64_t stored = store::SyncStore::lastMutationId(tx, clientId);
    if (after > 0 && stored < after)
        throw OutOfOrderBatch(stored); // the transaction rolls back: nothing was written
    std::int64_t last = stored;
    std::vector<Change> changes;
    std::vector<Projection> projections;
    // The listings the batch names, read with two queries instead of two per mutation.
    const std::string &listingName = caravan::sync::listing().name;
    Prefetched prefetched;
    {
        std::vector<std::string> ids;
        for (const auto &m : mutations)
            if (m.id > last && m.entity == listingName && !prefetched.records.count(m.entityId)) {
                ids.push_back(m.entityId);
                prefetched.records[ids.back()] = std::nullopt;
            }
        for (auto &[id, record] : store::SyncStore::loadListingRecords(tx, ids))
            prefetched.records[id] = std::move(record);
        std::vector<std::string> unsynced;
        for (const auto &id : ids)
            if (!prefetched.records[id])
                unsynced.push_back(id);
        prefetched.projectedOwners = store::SyncStore::projectedListingOwners(tx, unsynced);
    }
    const auto finish = [&] {
        flushRecords(tx, prefetched);
        flushProjections(tx, projections);
        store::ChangeLog::append(tx, userId, changes);
        if (last != stored)
            store::SyncStore::setLastMutationId(tx, clientId, last);
        tx.commit();
    };
    for (const auto &m : mutations) {
        // Mutations of an entity whose records are written at the end of the batch write nothing before
        // (unless they open a conflict or remove a buyer-facing row): they need no savepoint of their own.
        // Anything else reads records straight from the database, so what the batch changed so far is
        // written first.
        const EntityHandler *handler = handlerFor(m.entity);
        const bool deferred = m.id > last && handler && handler->defersWrites();
        if (!deferred)
            flushRecords(tx, prefetched);
        if (m.id <= last) {
            results.push_back(alreadyHandled(tx, userId, m));
            continue;
        }
        store::MutationSavepoint savepoint(tx);
        if (!deferred)
            savepoint.take();
        try {
            auto result = applyOne(tx, userId, m, changes, projections, prefetched, savepoint);
            savepoint.release();
            results.push_back(std::move(result));
            last = m.id;
        } catch (...) {
            // Keep what the earlier mutations did; the client retries from this one.
            savepoint.rollback();
            finish();
            throw;
        }
    }
    finish();
    lastMutationId = last;
    return results;
}

Result SyncService::applyOne(store::Transaction &tx, const std::string &userId, const Mutation &m,
                             std::vector<Change> &changes, std::vector<Projection> &projections,
                             Prefetched &prefetched, store::MutationSavepoint &savepoint)
{
    const caravan::sync::Entity *entity = caravan::sync::find(m.entity);
    EntityHandler *handler = entity && entity->takes(m.op) ? handlerFor(m.entity) : nullptr;
    if (!handler)
        return Result::rejected(m.id, "unsupported",
                                "Entity \"" + m.entity + "\" does not take the operation \"" + m.op + "\".");
    // Listings, shipments and packing evidence are a seller's (a buyer-only account has none to write).
    if (m.entity == "listing" || m.entity == "order" || m.entity == "evidence") {
        if (!prefetched.seller)
            prefetched.seller = store::UserRepository::hasRole(tx, userId, "seller");
        if (!*prefetched.seller)
            return Result::rejected(m.id, "forbidden", "Only a seller account writes listings, shipments and evidence.");
    }
    MutationContext ctx{tx, userId, m.id, prefetched, savepoint, {}, {}, {}};
    auto result = handler->apply(ctx, m);
    // Only a mutation that completed adds its changes (an exception above leaves them out).
    for (auto &c : ctx.changes)
        changes.push_back(std::move(c));
    for (auto &p : ctx.projections)
        projections.push_back(std::move(p));
    for (auto &r : ctx.savedListings) {
        if (prefetched.dirtySet.insert(r.entityId).second)
            prefetched.dirty.push_back(r.entityId);
        prefetched.records[r.entityId] = std::move(r);
    }
    return result;
}

std::optional<std::int64_t> moderateListing(store::Database &db, const std::string &listingId,
                                            const std::string &moderation, const std::string &reason)
{
    store::Transaction tx(db);
    const auto revision = store::moderateListing(tx, listingId, moderation, reason);
    if (revision)
        tx.commit();
    return revision;
}

} // namespace caravan::api::sync
