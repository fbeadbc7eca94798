#include "api/sync_service.h"

#include "api/sync_merge.h"
#include "listing/countries.h"
#include "listing/listing_json.h"
#include "listing/text.h"
#include "listing/validation.h"
#include "shipping/shipping.h"
#include "store/changelog.h"
#include "store/orders.h"

#include <Poco/UUIDGenerator.h>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace caravan::api::sync {

using nlohmann::json;
using store::Change;
using store::SyncRecord;

namespace {

json rejected(std::int64_t id, const std::string &code, const std::string &message)
{
    return json{{"id", id}, {"status", "rejected"}, {"code", code}, {"message", message}};
}

json issuesJson(const std::vector<listing::Issue> &issues)
{
    json out = json::array();
    for (const auto &i : issues)
        out.push_back(json{{"field", i.field}, {"code", i.code}, {"params", i.params}});
    return out;
}

std::string nowText()
{
    return listing::formatUtcTimestamp(store::nowSeconds());
}

// The context a pushed listing is validated with: the same rules as the app, with the data the server
// has (docs/sync.md, rule 4): the postage services that exist, and - when the mutation schedules the
// listing or moves its start - the clock, so a start in the past is refused. A start that has passed since
// it was set is left alone: the listing goes live then, and other edits must not fail because of it.
const listing::ValidationContext &serverContext()
{
    static const listing::ValidationContext withServices = [] {
        listing::ValidationContext ctx;
        for (const auto &service : shipping::ServiceCatalog::standard().services())
            ctx.postageServices.insert(service.id);
        return ctx;
    }();
    return withServices;
}

bool schedulesStart(const listing::Listing &merged, const json &serverData, bool exists)
{
    if (merged.status != listing::Status::Scheduled)
        return false;
    const auto start = merged.scheduledStart ? listing::formatUtcTimestamp(*merged.scheduledStart) : "";
    return !exists || serverData.value("status", "") != "scheduled" ||
           serverData.value("scheduled_at", "") != start;
}

std::vector<listing::Issue> validateListing(const listing::Listing &merged, const json &serverData, bool exists)
{
    if (!schedulesStart(merged, serverData, exists))
        return listing::validateForStatus(merged, serverContext());
    auto ctx = serverContext();
    ctx.now = store::nowSeconds();
    return listing::validateForStatus(merged, ctx);
}

const EntityFields *fieldsOf(const std::string &entity)
{
    if (entity == "listing")
        return &listingFields();
    if (entity == "profile")
        return &profileFields();
    return nullptr;
}

} // namespace

struct SyncService::Context
{
    store::Transaction &tx;
    std::string userId;
    std::int64_t mutationId;
    std::vector<Change> changes;
    std::vector<Projection> projections;
    Prefetched *prefetched = nullptr;
    bool *savepoint = nullptr;             // taken before the mutation's first immediate write
    std::vector<SyncRecord> savedListings; // written at the end of the batch if the mutation succeeds
};

struct SyncService::Prefetched
{
    // Every listing id the batch names: its current record (nullopt: none) as of this point in the batch.
    std::unordered_map<std::string, std::optional<SyncRecord>> records;
    // The `listings` rows' sellers, for the ids without a record when the batch started.
    std::unordered_map<std::string, std::string> projectedOwners;
    // Listing records changed by the batch and not yet written to sync_records.
    std::vector<std::string> dirty;           // in first-written order
    std::unordered_set<std::string> dirtySet; // the same ids, for the membership test
};

void SyncService::beforeWrite(Context &ctx)
{
    if (ctx.savepoint && !*ctx.savepoint) {
        ctx.tx.execute("SAVEPOINT mutation");
        *ctx.savepoint = true;
    }
}

std::optional<SyncRecord> SyncService::loadListing(Context &ctx, const std::string &id)
{
    if (ctx.prefetched)
        if (const auto it = ctx.prefetched->records.find(id); it != ctx.prefetched->records.end())
            return it->second;
    return store::SyncStore::loadRecord(ctx.tx, "listing", id);
}

std::optional<std::string> SyncService::projectedOwner(Context &ctx, const std::string &id)
{
    if (ctx.prefetched && ctx.prefetched->records.count(id)) {
        const auto it = ctx.prefetched->projectedOwners.find(id);
        if (it == ctx.prefetched->projectedOwners.end())
            return std::nullopt;
        return it->second;
    }
    return store::SyncStore::projectedListingOwner(ctx.tx, id);
}

void SyncService::saveListing(Context &ctx, const SyncRecord &record)
{
    if (!ctx.prefetched) {
        store::SyncStore::saveRecord(ctx.tx, record);
        return;
    }
    ctx.savedListings.push_back(record);
}

namespace {

// Writes the listing projections of a batch: the last state of each listing, upserts together.
void flushProjections(store::Transaction &tx, const std::vector<SyncService::Projection> &projections)
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
void flushRecords(store::Transaction &tx, SyncService::Prefetched &prefetched)
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

std::string SyncService::checkPush(const json &body)
{
    const auto client = body.find("client_id");
    if (client == body.end() || !client->is_string() || client->get_ref<const std::string &>().empty() ||
        client->get_ref<const std::string &>().size() > 100)
        return "\"client_id\" is required: a string of 1 to 100 bytes";
    const auto mutations = body.find("mutations");
    if (mutations == body.end() || !mutations->is_array())
        return "\"mutations\" is required and must be an array";
    for (std::size_t i = 0; i < mutations->size(); ++i) {
        const auto &m = (*mutations)[i];
        const std::string where = "mutations[" + std::to_string(i) + "]";
        if (!m.is_object())
            return where + " must be an object";
        if (!m.contains("id") || !m["id"].is_number_integer() || m["id"].get<std::int64_t>() <= 0)
            return where + ".id must be a positive whole number";
        for (const char *key : {"entity", "entity_id", "op"})
            if (!m.contains(key) || !m[key].is_string() || m[key].get_ref<const std::string &>().empty())
                return where + "." + key + " must be a non-empty string";
        if (m["entity_id"].get_ref<const std::string &>().size() > 100)
            return where + ".entity_id is longer than 100 bytes";
        if (m.contains("fields") && !m["fields"].is_object())
            return where + ".fields must be an object";
        if (m.contains("base") && !m["base"].is_null() && !m["base"].is_object())
            return where + ".base must be an object";
        if (m.contains("base_revision") && !m["base_revision"].is_number_integer())
            return where + ".base_revision must be a whole number";
    }
    const auto after = body.find("after_mutation_id");
    if (after != body.end() && (!after->is_number_integer() || after->get<std::int64_t>() < 0))
        return "\"after_mutation_id\" must be a whole number >= 0";
    if (after != body.end() && !mutations->empty() &&
        after->get<std::int64_t>() >= (*mutations)[0]["id"].get<std::int64_t>())
        return "\"after_mutation_id\" must be below the id of the first mutation";
    return {};
}

json SyncService::alreadyHandled(store::Transaction &tx, const std::string &userId, const json &mutation)
{
    // Handled before (a retry after a lost response, or a duplicated request): nothing changes.
    json r{{"id", mutation.at("id")}, {"status", "applied"}};
    const auto &entity = mutation.at("entity").get_ref<const std::string &>();
    const auto &entityId = mutation.at("entity_id").get_ref<const std::string &>();
    if (entity == "conflict") {
        if (auto c = store::SyncStore::loadConflict(tx, entityId); c && c->ownerId == userId)
            if (auto rev = store::SyncStore::recordRevision(tx, c->entity, c->entityId))
                r["revision"] = *rev;
    } else if (auto rev = store::SyncStore::recordRevision(tx, entity, entityId)) {
        r["revision"] = *rev;
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

json SyncService::applyBatch(const std::string &userId, const std::string &clientId, const json &mutations,
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
    json results = json::array();
    store::Transaction tx(m_db);
    store::ChangeLog::lockOwner(tx, userId);
    const std::int64_t stored = store::SyncStore::lastMutationId(tx, clientId);
    if (after > 0 && stored < after)
        throw OutOfOrderBatch(stored); // the transaction rolls back: nothing was written
    std::int64_t last = stored;
    std::vector<Change> changes;
    std::vector<Projection> projections;
    // The listings the batch names, read with two queries instead of two per mutation.
    Prefetched prefetched;
    {
        std::vector<std::string> ids;
        for (const auto &m : mutations)
            if (m.at("id").get<std::int64_t>() > last && m.at("entity") == "listing" &&
                !prefetched.records.count(m.at("entity_id").get<std::string>())) {
                ids.push_back(m.at("entity_id").get<std::string>());
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
        const auto id = m.at("id").get<std::int64_t>();
        // Listing upserts and deletes write nothing until the end of the batch (unless they open a conflict
        // or remove a buyer-facing row): they need no savepoint of their own. Anything else reads records
        // straight from the database, so what the batch changed so far is written first.
        const bool deferred = id > last && m.at("entity") == "listing";
        if (!deferred)
            flushRecords(tx, prefetched);
        if (id <= last) {
            results.push_back(alreadyHandled(tx, userId, m));
            continue;
        }
        bool savepoint = false;
        if (!deferred) {
            tx.execute("SAVEPOINT mutation");
            savepoint = true;
        }
        try {
            auto result = applyInTransaction(tx, userId, m, changes, projections, &prefetched, savepoint);
            if (savepoint)
                tx.execute("RELEASE SAVEPOINT mutation");
            results.push_back(std::move(result));
            last = id;
        } catch (...) {
            // Keep what the earlier mutations did; the client retries from this one.
            if (savepoint)
                tx.execute("ROLLBACK TO SAVEPOINT mutation");
            finish();
            throw;
        }
    }
    finish();
    lastMutationId = last;
    return results;
}

json SyncService::applyInTransaction(store::Transaction &tx, const std::string &userId, const json &m,
                                     std::vector<Change> &changes, std::vector<Projection> &projections,
                                     Prefetched *prefetched, bool &savepoint)
{
    Context ctx{tx, userId, m.at("id").get<std::int64_t>(), {}, {}, prefetched, &savepoint, {}};
    const auto &entity = m.at("entity").get_ref<const std::string &>();
    const auto &entityId = m.at("entity_id").get_ref<const std::string &>();
    const auto &op = m.at("op").get_ref<const std::string &>();
    static const json kEmpty = json::object();
    const auto fieldsIt = m.find("fields");
    const json &fields = fieldsIt != m.end() ? *fieldsIt : kEmpty;
    const auto baseIt = m.find("base");
    const json &base = baseIt != m.end() && baseIt->is_object() ? *baseIt : kEmpty;

    json result;
    if ((entity == "listing" || entity == "profile") && op == "upsert")
        result = upsert(ctx, entity, entityId, fields, base, nullptr);
    else if (entity == "listing" && op == "delete")
        result = remove(ctx, entityId);
    else if (entity == "conflict" && op == "resolve")
        result = resolve(ctx, entityId, fields);
    else
        return rejected(ctx.mutationId, "unsupported",
                        "Entity \"" + entity + "\" does not take the operation \"" + op + "\".");
    // Only a mutation that completed adds its changes (an exception above leaves them out).
    for (auto &c : ctx.changes)
        changes.push_back(std::move(c));
    for (auto &p : ctx.projections)
        projections.push_back(std::move(p));
    for (auto &r : ctx.savedListings) {
        if (prefetched->dirtySet.insert(r.entityId).second)
            prefetched->dirty.push_back(r.entityId);
        prefetched->records[r.entityId] = std::move(r);
    }
    return result;
}

json SyncService::upsert(Context &ctx, const std::string &entity, const std::string &entityId,
                         const json &fields, const json &base, store::ConflictRecord *resolving)
{
    const auto id = ctx.mutationId;
    const auto forbidden = [&] {
        return rejected(id, "forbidden", "The record does not exist or belongs to someone else.");
    };
    const EntityFields &def = *fieldsOf(entity);

    // 1. Ownership (the answer does not reveal whether someone else's record exists).
    std::optional<SyncRecord> current = entity == "listing"
                                            ? loadListing(ctx, entityId)
                                            : store::SyncStore::loadRecord(ctx.tx, entity, entityId);
    if (entity == "profile") {
        if (entityId != ctx.userId)
            return forbidden();
        if (!current)
            current = store::SyncStore::profileFromUser(ctx.tx, ctx.userId);
    } else if (!current) {
        if (auto owner = projectedOwner(ctx, entityId)) {
            if (*owner != ctx.userId)
                return forbidden();
            current = store::SyncStore::recordFromProjection(ctx.tx, entityId);
        }
    }
    if (current && current->ownerId != ctx.userId)
        return forbidden();
    if (current && current->deleted)
        return rejected(id, "deleted", "The record was deleted.");

    // 2. Only seller-owned fields may be written.
    for (const auto &[field, value] : fields.items()) {
        if (def.serverOwned.count(field))
            return json{{"id", id},
                        {"status", "rejected"},
                        {"code", "server_owned_field"},
                        {"field", field},
                        {"message", "The field \"" + field + "\" is written only by the server."}};
        if (!def.sellerOwned.count(field))
            return json{{"id", id},
                        {"status", "rejected"},
                        {"code", "unknown_field"},
                        {"field", field},
                        {"message", "\"" + field + "\" is not a field of " + entity + "."}};
    }

    // 3. Three-way merge against the server's current values.
    const json serverData = current ? current->data : json::object();
    auto merge = mergeFields(serverData, base, fields);

    // 4. Validation of the merged record, with the app's rules.
    json canonical;
    if (entity == "listing") {
        json sellerPart = json::object();
        for (const auto &[field, value] : merge.merged.items())
            if (def.sellerOwned.count(field))
                sellerPart[field] = value;
        sellerPart["id"] = entityId;
        auto decoded = listing::fromJson(sellerPart);
        auto issues = decoded.issues;
        if (issues.empty()) {
            issues = validateListing(decoded.listing, serverData, current.has_value());
            if (current) {
                const auto from = listing::parseStatus(serverData.value("status", "draft"));
                if (from && *from != decoded.listing.status &&
                    !listing::canTransition(*from, decoded.listing.status))
                    issues.push_back({"status",
                                      "status_transition",
                                      {{"from", std::string(listing::toString(*from))},
                                       {"to", std::string(listing::toString(decoded.listing.status))}}});
            }
        }
        if (!issues.empty()) {
            auto r = rejected(id, "validation",
                              "The listing is not valid: " + issues.front().field + " (" +
                                  issues.front().code + ").");
            r["issues"] = issuesJson(issues);
            return r;
        }
        canonical = listing::sellerOwnedJson(decoded.listing);
        canonical["moderation"] = serverData.value("moderation", "published");
        canonical["moderation_reason"] = serverData.value("moderation_reason", "");
        canonical["sold_quantity"] = serverData.value("sold_quantity", 0);
        if (serverData.contains("published_at"))
            canonical["published_at"] = serverData["published_at"];
        else if (decoded.listing.status == listing::Status::Active)
            canonical["published_at"] = nowText();
    } else {
        canonical = merge.merged;
        std::vector<listing::Issue> issues;
        const auto name = canonical.value("display_name", "");
        if (!listing::text::isValidUtf8(name) || listing::text::trim(name).empty() ||
            listing::text::codePoints(name) > 80 || listing::text::hasControlChars(name, false))
            issues.push_back({"display_name", "invalid_value", {}});
        if (!m_countries.contains(canonical.value("country", "")))
            issues.push_back({"country", "invalid_country", {{"value", canonical.value("country", "")}}});
        const auto bio = canonical.value("bio", "");
        if (!listing::text::isValidUtf8(bio) || listing::text::codePoints(bio) > 2000 ||
            listing::text::hasControlChars(bio, true))
            issues.push_back({"bio", "invalid_value", {}});
        for (const auto &[field, value] : fields.items())
            if (!value.is_string() && !value.is_null())
                issues.push_back({field, "json_invalid", {{"expected", "text"}}});
        if (!issues.empty()) {
            auto r = rejected(id, "validation", "The profile is not valid: " + issues.front().field + ".");
            r["issues"] = issuesJson(issues);
            return r;
        }
    }

    // 5. Write: the record (if it changed), the conflict record, the resolution.
    SyncRecord record =
        current ? *current : SyncRecord{entity, entityId, ctx.userId, 0, false, json::object()};
    if (!current || canonical != current->data) {
        record.revision += 1;
        record.data = canonical;
        if (entity == "listing")
            saveListing(ctx, record);
        else
            store::SyncStore::saveRecord(ctx.tx, record);
        if (entity == "listing")
            ctx.projections.push_back({entityId, record});
        else
            store::SyncStore::updateUserProfile(ctx.tx, ctx.userId, canonical.value("display_name", ""),
                                                canonical.value("country", ""));
        ctx.changes.push_back({0, entity, entityId, "upsert", record.revision, record.data.dump()});
    }
    if (resolving && resolving->state != "resolved") {
        resolving->state = "resolved";
        resolving->revision += 1;
        store::SyncStore::saveConflict(ctx.tx, *resolving);
        ctx.changes.push_back(
            {0, "conflict", resolving->id, "upsert", resolving->revision, resolving->toJson().dump()});
    }
    json result{{"id", id}, {"status", "applied"}, {"revision", record.revision}};
    if (!merge.conflicts.empty()) {
        store::ConflictRecord conflict;
        conflict.id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
        conflict.ownerId = ctx.userId;
        conflict.entity = entity;
        conflict.entityId = entityId;
        conflict.fields = merge.conflicts;
        beforeWrite(ctx);
        store::SyncStore::saveConflict(ctx.tx, conflict);
        ctx.changes.push_back(
            {0, "conflict", conflict.id, "upsert", conflict.revision, conflict.toJson().dump()});
        result["status"] = "conflict";
        result["conflict_id"] = conflict.id;
    }
    return result;
}

json SyncService::remove(Context &ctx, const std::string &entityId)
{
    auto current = loadListing(ctx, entityId);
    if (!current) {
        const auto owner = projectedOwner(ctx, entityId);
        if (owner && *owner == ctx.userId)
            current = store::SyncStore::recordFromProjection(ctx.tx, entityId);
    }
    if (!current || current->ownerId != ctx.userId)
        return rejected(ctx.mutationId, "forbidden", "The record does not exist or belongs to someone else.");
    // Orders keep the listing they were bought from (docs/sync.md, rule 7).
    if (!current->deleted && store::OrderStore::listingHasOrders(ctx.tx, entityId))
        return rejected(ctx.mutationId, "has_orders", "The listing has orders; end it instead of deleting it.");
    if (!current->deleted) {
        current->deleted = true;
        current->revision += 1;
        current->data = json::object();
        saveListing(ctx, *current);
        // Removed now (a failure belongs to this mutation), and queued so that an upsert of the same
        // listing earlier in the batch is not written after it.
        beforeWrite(ctx);
        store::SyncStore::removeListingProjection(ctx.tx, entityId);
        ctx.projections.push_back({entityId, std::nullopt});
        ctx.changes.push_back({0, "listing", entityId, "delete", current->revision, {}});
    }
    return json{{"id", ctx.mutationId}, {"status", "applied"}, {"revision", current->revision}};
}

json SyncService::resolve(Context &ctx, const std::string &conflictId, const json &fields)
{
    auto conflict = store::SyncStore::loadConflict(ctx.tx, conflictId);
    if (!conflict || conflict->ownerId != ctx.userId)
        return rejected(ctx.mutationId, "forbidden", "The record does not exist or belongs to someone else.");
    json base = json::object();
    for (const auto &[field, value] : fields.items()) {
        if (!conflict->fields.contains(field))
            return json{{"id", ctx.mutationId},
                        {"status", "rejected"},
                        {"code", "not_in_conflict"},
                        {"field", field},
                        {"message", "The conflict does not hold the field \"" + field + "\"."}};
        base[field] = conflict->fields[field].value("server", json());
    }
    const auto target = store::SyncStore::loadRecord(ctx.tx, conflict->entity, conflict->entityId);
    if (target && target->deleted) {
        // The record is gone: nothing to apply, the conflict is settled.
        if (conflict->state != "resolved") {
            conflict->state = "resolved";
            conflict->revision += 1;
            store::SyncStore::saveConflict(ctx.tx, *conflict);
            ctx.changes.push_back(
                {0, "conflict", conflict->id, "upsert", conflict->revision, conflict->toJson().dump()});
        }
        return json{{"id", ctx.mutationId}, {"status", "applied"}, {"revision", target->revision}};
    }
    return upsert(ctx, conflict->entity, conflict->entityId, fields, base, &*conflict);
}

std::optional<std::int64_t> moderateListing(store::Database &db, const std::string &listingId,
                                            const std::string &moderation, const std::string &reason)
{
    store::Transaction tx(db);
    auto record = store::SyncStore::loadRecord(tx, "listing", listingId);
    if (!record)
        record = store::SyncStore::recordFromProjection(tx, listingId);
    if (!record || record->deleted)
        return std::nullopt;
    store::ChangeLog::lockOwner(tx, record->ownerId);
    // Re-read under the owner's lock: a push may have changed it meanwhile.
    if (auto again = store::SyncStore::loadRecord(tx, "listing", listingId))
        record = std::move(again);
    record->data["moderation"] = moderation;
    record->data["moderation_reason"] = moderation == "published" ? "" : reason;
    record->revision += 1;
    store::SyncStore::saveRecord(tx, *record);
    store::SyncStore::projectListing(tx, *record);
    std::vector<Change> changes{{0, "listing", listingId, "upsert", record->revision, record->data.dump()}};
    store::ChangeLog::append(tx, record->ownerId, changes);
    tx.commit();
    return record->revision;
}

} // namespace caravan::api::sync
