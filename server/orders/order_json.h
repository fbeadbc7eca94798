#pragma once

#include "store/orders.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace caravan::orders {

enum class Viewer { Buyer, Seller };

// A time as the API shows it: ISO 8601 UTC, or null for 0 (never happened).
nlohmann::json timeOrNull(std::int64_t seconds);

// The order as the API shows it (docs/http-api.md, "Orders"): amounts in minor units of both
// currencies, the locked rate, the deadlines and times as ISO 8601 UTC, the shipment; the buyer also
// sees the payment page while the order awaits payment. `events` adds the timeline.
nlohmann::json orderJson(const store::OrderRecord &order, Viewer viewer,
                         const std::vector<store::OrderEvent> *events = nullptr);

// The order's record in its seller's sync feed (docs/sync.md, entity `order`): the seller's view with the
// timeline (event details limited to what the seller may read: no provider ids), and the seller-owned
// fields `carrier` and `tracking_number` at the top level, where a push writes them.
nlohmann::json sellerRecordData(const store::OrderRecord &order, const std::vector<store::OrderEvent> &events);

} // namespace caravan::orders
