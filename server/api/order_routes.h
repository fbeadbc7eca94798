#pragma once

#include "orders/reviews.h"

#include "http/router.h"

#include <cstdint>
#include <functional>

namespace caravan::store {
class IdempotencyStore;
}
namespace caravan::payments {
class PaymentProvider;
class TrackingProvider;
} // namespace caravan::payments
namespace caravan::orders {
class OrderService;
class MoneyJobs;
class PaymentEvents;
} // namespace caravan::orders

namespace caravan::api {

// The buyer's and seller's order API, payouts, and the provider's webhooks (docs/http-api.md, "Orders").
struct OrderApiContext
{
    orders::OrderService &orders;
    orders::MoneyJobs &money;
    orders::PaymentEvents &events;
    store::IdempotencyStore &idempotency;
    payments::PaymentProvider *provider;  // null: payments not configured
    payments::TrackingProvider *tracking; // null: tracking not configured
    std::function<void()> moneyMoved;     // a refund or payout was written: send it soon
    orders::ReviewRules reviews{};        // market.review_window_days, market.review_max_chars
};

void addOrderRoutes(http::Router &router, OrderApiContext &ctx);

} // namespace caravan::api
