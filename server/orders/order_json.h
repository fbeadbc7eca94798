#pragma once

#include "store/orders.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace caravan::orders {

enum class Viewer { Buyer, Seller };

// The order as the API shows it (docs/http-api.md, "Orders"): amounts in minor units of both
// currencies, the locked rate, the deadlines and times as ISO 8601 UTC, the shipment; the buyer also
// sees the payment page while the order awaits payment. `events` adds the timeline.
nlohmann::json orderJson(const store::OrderRecord &order, Viewer viewer,
                         const std::vector<store::OrderEvent> *events = nullptr);

} // namespace caravan::orders
