// The `order` entity on the server (docs/sync.md): the seller marks an order shipped from the app, offline
// if need be. The push applies it through the same path as the HTTP API (orders::shipLocked), only while
// the order is still paid; the order's record and its change are published by the order workflow.
#include "api/sync_handler.h"
#include "listing/issues.h"
#include "orders/order_json.h"
#include "orders/order_service.h"
#include "orders/order_workflow.h"

namespace caravan::api::sync {

using nlohmann::json;
using store::SyncRecord;

namespace {

std::string text(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

class OrderHandler final : public EntityHandler
{
public:
    explicit OrderHandler(const orders::OrderWorkflow &workflow)
        : EntityHandler(caravan::sync::order())
        , m_workflow(workflow)
    {}

    bool publishesChanges() const override { return true; }

    Current current(MutationContext &ctx, const std::string &id) override
    {
        // Locked the way every writer of an order locks it: the seller's sync lock (the push holds it
        // already) and then the order's row, so what canonical() decides on stays true until the write.
        ctx.beforeWrite();
        const auto order = orders::OrderWorkflow::lock(ctx.tx, id);
        if (!order || order->sellerId != ctx.userId)
            return forbidden(ctx.mutationId); // an app never creates orders, and sees only its own
        return SyncRecord{entity().name, id, order->sellerId, order->version, false,
                          orders::sellerRecordData(*order, store::OrderStore::events(ctx.tx, id))};
    }

    Canonical canonical(MutationContext &ctx, const std::string &, const json &merged,
                        const std::optional<SyncRecord> &current, const json &pushed) override
    {
        if (!current)
            return forbidden(ctx.mutationId);
        for (const auto &[field, value] : pushed.items())
            if (!value.is_string())
                return validationRefusal(ctx.mutationId, "The shipment is not valid: " + field + ".",
                                         {{field, "json_invalid", {{"expected", "text"}}}});
        // What this push says (a field it leaves out keeps the record's value).
        const auto carrier = pushed.contains("carrier") ? text(pushed, "carrier") : text(merged, "carrier");
        const auto tracking =
            pushed.contains("tracking_number") ? text(pushed, "tracking_number") : text(merged, "tracking_number");
        orders::Shipment shipment;
        try {
            shipment = orders::checkShipment(carrier, tracking);
        } catch (const orders::OrderError &e) {
            return validationRefusal(ctx.mutationId, "The shipment is not valid: " + e.field + ".",
                                     {{e.field, e.code, {}}});
        }
        const auto &data = current->data;
        const auto status = text(data, "status");
        if (status == "shipped" && text(data, "carrier") == shipment.carrier &&
            text(data, "tracking_number") == shipment.trackingNumber)
            return data; // the same shipment again (another device, or the HTTP API): nothing changes
        if (status != "paid") {
            auto r = Result::rejected(ctx.mutationId, "not_shippable",
                                      "The order can no longer be shipped: it is " + status + ".");
            r.issues = json::array({json{{"field", "status"}, {"code", "not_shippable"}, {"params", {{"status", status}}}}});
            return r;
        }
        json out = data;
        out["carrier"] = shipment.carrier;
        out["tracking_number"] = shipment.trackingNumber;
        return out;
    }

    void write(MutationContext &ctx, SyncRecord &record) override
    {
        auto order = store::OrderStore::loadForUpdate(ctx.tx, record.entityId); // locked by current()
        if (!order)
            throw std::runtime_error("order " + record.entityId + " vanished while locked");
        orders::shipLocked(ctx.tx, m_workflow, *order,
                           {text(record.data, "carrier"), text(record.data, "tracking_number")}, ctx.userId,
                           store::nowSeconds());
        // The workflow stored the record and its change; the answer carries that record's revision.
        if (auto stored = store::SyncStore::loadRecord(ctx.tx, entity().name, record.entityId))
            record = std::move(*stored);
        // The tracking service learns the number on the next timer pass (OrderTimers registers shipped
        // orders without a tracker), outside this transaction.
    }

private:
    const orders::OrderWorkflow &m_workflow;
};

} // namespace

std::unique_ptr<EntityHandler> makeOrderHandler(const orders::OrderWorkflow &workflow)
{
    return std::make_unique<OrderHandler>(workflow);
}

} // namespace caravan::api::sync
