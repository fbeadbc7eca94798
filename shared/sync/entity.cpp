#include "sync/entity.h"

#include <algorithm>

namespace caravan::sync {

using nlohmann::json;

std::string_view toString(Op op)
{
    switch (op) {
    case Op::Upsert:
        return "upsert";
    case Op::Delete:
        return "delete";
    case Op::Resolve:
        return "resolve";
    }
    return "upsert";
}

std::optional<Op> parseOp(std::string_view name)
{
    for (Op op : {Op::Upsert, Op::Delete, Op::Resolve})
        if (toString(op) == name)
            return op;
    return std::nullopt;
}

Owner Entity::owner(std::string_view field) const
{
    if (std::find(sellerOwned.begin(), sellerOwned.end(), field) != sellerOwned.end())
        return Owner::Seller;
    if (std::find(serverOwned.begin(), serverOwned.end(), field) != serverOwned.end())
        return Owner::Server;
    return Owner::Unknown;
}

bool Entity::takes(Op op) const
{
    return std::find(ops.begin(), ops.end(), op) != ops.end();
}

bool Entity::takes(std::string_view op) const
{
    const auto parsed = parseOp(op);
    return parsed && takes(*parsed);
}

// The declarations. A new entity is one more function like these and a line in entities().

const Entity &listing()
{
    static const Entity entity{
        "listing",
        {"title",    "description",  "category", "condition",      "brand",         "specifics",
         "quantity", "price_minor",  "currency", "accepts_offers", "handling_days", "ships_from",
         "origin",   "destinations", "services", "weight_g",       "dims_mm",       "hs_code",
         "status",   "scheduled_at", "photos"},
        {"moderation", "moderation_reason", "published_at", "sold_quantity"},
        {Op::Upsert, Op::Delete}};
    return entity;
}

const Entity &profile()
{
    static const Entity entity{
        "profile", {"display_name", "country", "bio"}, {"email", "roles", "created_at"}, {Op::Upsert}};
    return entity;
}

const Entity &conflict()
{
    // Nothing of a conflict is written directly: a `resolve` names fields of the record it is about.
    static const Entity entity{"conflict", {}, {"entity", "entity_id", "fields", "state"}, {Op::Resolve}};
    return entity;
}

const Entity &order()
{
    // Made by the server when a buyer orders; the seller writes only the shipment (docs/sync.md).
    static const Entity entity{
        "order",
        {"carrier", "tracking_number"},
        {"id", "status", "listing_id", "title", "seller_id", "buyer_id", "quantity", "service", "ship_to",
         "amounts", "fx", "deadlines", "created_at", "paid_at", "shipped_at", "delivered_at", "closed_at",
         "shipment", "handling_days", "delivery_days", "explanation", "version", "timeline"},
        {Op::Upsert}};
    return entity;
}

const Entity &evidence()
{
    // Sealed packing evidence: written once by the seller's app, never changed (docs/sync.md).
    static const Entity entity{"evidence",
                               {"order_id", "photos", "weight_g", "dims_mm", "note", "recorded_at", "sha256"},
                               {"received_at", "photo_sizes", "seal_sha256"},
                               {Op::Upsert}};
    return entity;
}

const Entity &message()
{
    // One message between buyer and seller, never changed once sent: the seller writes a reply from the
    // app, everything else comes from the server (docs/sync.md).
    static const Entity entity{"message",
                               {"thread_id", "body"},
                               {"sender_id", "from_seller", "created_at", "listing_id", "order_id", "subject",
                                "buyer_id", "buyer_name"},
                               {Op::Upsert}};
    return entity;
}

const std::vector<const Entity *> &entities()
{
    static const std::vector<const Entity *> all{&profile(), &listing(), &conflict(), &order(), &evidence(),
                                                   &message()};
    return all;
}

const Entity *find(std::string_view name)
{
    for (const Entity *entity : entities())
        if (entity->name == name)
            return entity;
    return nullptr;
}

std::optional<FieldRefusal> refuseFields(const Entity &entity, const json &fields)
{
    if (!fields.is_object())
        return std::nullopt;
    for (const auto &[field, value] : fields.items()) {
        switch (entity.owner(field)) {
        case Owner::Seller:
            break;
        case Owner::Server:
            return FieldRefusal{"server_owned_field", field};
        case Owner::Unknown:
            return FieldRefusal{"unknown_field", field};
        }
    }
    return std::nullopt;
}

json sellerPart(const Entity &entity, const json &data)
{
    json out = json::object();
    if (!data.is_object())
        return out;
    for (const auto &[field, value] : data.items())
        if (entity.owner(field) == Owner::Seller)
            out[field] = value;
    return out;
}

} // namespace caravan::sync
