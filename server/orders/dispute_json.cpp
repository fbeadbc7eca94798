#include "orders/dispute_service.h"

#include "orders/order_json.h"

namespace caravan::orders {

using nlohmann::json;

json disputeJson(const store::DisputeRecord &d)
{
    return {{"id", d.id},
            {"order_id", d.orderId},
            {"buyer_id", d.buyerId},
            {"seller_id", d.sellerId},
            {"reason", d.reason},
            {"status", d.status},
            {"version", d.version},
            {"opened_at", timeOrNull(d.openedAt)},
            {"deadline_at", timeOrNull(d.deadlineAt)},
            {"escalated_at", timeOrNull(d.escalatedAt)},
            {"assigned_to", d.assignedTo.empty() ? json(nullptr) : json(d.assignedTo)},
            {"offer", d.offer},
            {"proposal", d.proposal},
            {"outcome", d.outcome.empty() ? json(nullptr) : json(d.outcome)},
            {"refund_minor", d.refundMinor},
            {"resolved_at", timeOrNull(d.resolvedAt)},
            {"return_carrier", d.returnCarrier.empty() ? json(nullptr) : json(d.returnCarrier)},
            {"return_tracking", d.returnTracking.empty() ? json(nullptr) : json(d.returnTracking)}};
}

json disputeEventJson(const store::DisputeEvent &e)
{
    return {{"id", e.id},           {"at", timeOrNull(e.at)}, {"actor_role", e.actorRole},
            {"actor_id", e.actorId}, {"kind", e.kind},         {"text", e.text},
            {"photos", e.photos},   {"detail", e.detail}};
}

} // namespace caravan::orders
