// The `listing` entity on the server (docs/sync.md, "Push"): records written at the end of the batch,
// validated with the app's rules, projected into the buyer-facing `listings` rows.
#include "api/sync_handler.h"
#include "listing/listing_json.h"
#include "listing/validation.h"
#include "shipping/shipping.h"
#include "store/orders.h"

namespace caravan::api::sync {

using nlohmann::json;
using store::SyncRecord;

namespace {

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

std::vector<listing::Issue> validateListing(const listing::Listing &merged, const json &serverData,
                                            bool exists)
{
    if (!schedulesStart(merged, serverData, exists))
        return listing::validateForStatus(merged, serverContext());
    auto ctx = serverContext();
    ctx.now = store::nowSeconds();
    return listing::validateForStatus(merged, ctx);
}

class ListingHandler final : public EntityHandler
{
public:
    ListingHandler()
        : EntityHandler(caravan::sync::listing())
    {}

    bool defersWrites() const override { return true; }

    Current current(MutationContext &ctx, const std::string &id) override
    {
        auto record = load(ctx, id);
        if (!record) {
            if (auto owner = projectedOwner(ctx, id)) {
                if (*owner != ctx.userId)
                    return forbidden(ctx.mutationId);
                record = store::SyncStore::recordFromProjection(ctx.tx, id);
            }
        }
        return record;
    }

    Canonical canonical(MutationContext &ctx, const std::string &id, const json &merged,
                        const std::optional<SyncRecord> &current, const json &) override
    {
        const json serverData = current ? current->data : json::object();
        json sellerPart = caravan::sync::sellerPart(entity(), merged);
        sellerPart["id"] = id;
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
        if (!issues.empty())
            return validationRefusal(ctx.mutationId,
                                     "The listing is not valid: " + issues.front().field + " (" +
                                         issues.front().code + ").",
                                     issues);
        json canonical = listing::sellerOwnedJson(decoded.listing);
        canonical["moderation"] = serverData.value("moderation", "published");
        canonical["moderation_reason"] = serverData.value("moderation_reason", "");
        canonical["sold_quantity"] = serverData.value("sold_quantity", 0);
        if (serverData.contains("published_at"))
            canonical["published_at"] = serverData["published_at"];
        else if (decoded.listing.status == listing::Status::Active)
            canonical["published_at"] = listing::formatUtcTimestamp(store::nowSeconds());
        return canonical;
    }

    void write(MutationContext &ctx, SyncRecord &record) override
    {
        ctx.savedListings.push_back(record);
        ctx.projections.push_back({record.entityId, record});
    }

    Result remove(MutationContext &ctx, const std::string &id) override
    {
        auto current = load(ctx, id);
        if (!current) {
            const auto owner = projectedOwner(ctx, id);
            if (owner && *owner == ctx.userId)
                current = store::SyncStore::recordFromProjection(ctx.tx, id);
        }
        if (!current || current->ownerId != ctx.userId)
            return forbidden(ctx.mutationId);
        // Orders keep the listing they were bought from (docs/sync.md, rule 7).
        if (!current->deleted && store::OrderStore::listingHasOrders(ctx.tx, id))
            return Result::rejected(ctx.mutationId, "has_orders",
                                    "The listing has orders; end it instead of deleting it.");
        if (!current->deleted) {
            current->deleted = true;
            current->revision += 1;
            current->data = json::object();
            ctx.savedListings.push_back(*current);
            // Removed now (a failure belongs to this mutation), and queued so that an upsert of the same
            // listing earlier in the batch is not written after it.
            ctx.beforeWrite();
            store::SyncStore::removeListingProjection(ctx.tx, id);
            ctx.projections.push_back({id, std::nullopt});
            ctx.changes.push_back({0, entity().name, id, "delete", current->revision, {}});
        }
        return Result::applied(ctx.mutationId, current->revision);
    }

private:
    // The record as of this point in the batch (read ahead with the batch's other listings).
    static std::optional<SyncRecord> load(MutationContext &ctx, const std::string &id)
    {
        if (const auto it = ctx.prefetched.records.find(id); it != ctx.prefetched.records.end())
            return it->second;
        return store::SyncStore::loadRecord(ctx.tx, "listing", id);
    }

    // The seller of a listing that exists only as a buyer-facing row (made before sync, e.g. demo data).
    static std::optional<std::string> projectedOwner(MutationContext &ctx, const std::string &id)
    {
        if (ctx.prefetched.records.count(id)) {
            const auto it = ctx.prefetched.projectedOwners.find(id);
            if (it == ctx.prefetched.projectedOwners.end())
                return std::nullopt;
            return it->second;
        }
        return store::SyncStore::projectedListingOwner(ctx.tx, id);
    }
};

} // namespace

std::unique_ptr<EntityHandler> makeListingHandler()
{
    return std::make_unique<ListingHandler>();
}

} // namespace caravan::api::sync
