#pragma once

#include "orders/order_settings.h"
#include "orders/order_workflow.h"
#include "store/database.h"
#include "store/idempotency.h"
#include "store/orders.h"
#include "store/users.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

namespace caravan::trade {
class RuleSet;
}
namespace caravan::shipping {
class ServiceCatalog;
}
namespace caravan::payments {
class PaymentProvider;
class TrackingProvider;
} // namespace caravan::payments

namespace caravan::orders {

// A request the order service refuses: an HTTP status, a stable code, the field at fault (if any) and a
// message for developers.
class OrderError : public std::runtime_error
{
public:
    OrderError(int httpStatus, std::string errorCode, const std::string &message, std::string fieldName = {})
        : std::runtime_error(message)
        , status(httpStatus)
        , code(std::move(errorCode))
        , field(std::move(fieldName))
    {}
    int status;
    std::string code;
    std::string field;
};

struct NewOrder
{
    std::string listingId;
    std::int64_t quantity = 1;
    nlohmann::json shipTo = nlohmann::json::object();
    std::string serviceId;
};

// Runs inside the transaction of an order's change, after it (the API finishes the request's
// idempotency key there, so the answer and the effect commit together).
using InTransaction = std::function<void(store::Transaction &, const store::OrderRecord &)>;

// The buyer's and seller's actions on orders (docs/escrow.md). Every change goes through OrderWorkflow.
class OrderService
{
public:
    OrderService(store::Database &db, const OrderSettings &settings, const trade::RuleSet &rules,
                 const shipping::ServiceCatalog &services, payments::PaymentProvider *provider,
                 payments::TrackingProvider *tracking);

    // Phase 1 of creation: checks and prices the order, reserves the units and stores it awaiting
    // payment, all in one transaction (with `also`). Throws OrderError.
    store::OrderRecord create(const store::User &buyer, const NewOrder &request, std::int64_t now,
                              const InTransaction &also);
    // Phases 2 and 3: an open checkout session for an order awaiting payment (made at the provider with
    // a key derived from the order, so a retry finds the same session), stored on the order with `also`.
    // Throws OrderError (409 not_awaiting_payment, 410 payment_expired, 503/502 from the provider).
    store::OrderRecord ensureCheckout(const store::User &buyer, const std::string &orderId, std::int64_t now,
                                      const InTransaction &also);

    store::OrderRecord ship(const store::User &seller, const std::string &orderId, const std::string &carrier,
                            const std::string &trackingNumber, std::int64_t now);
    store::OrderRecord confirmReceipt(const store::User &buyer, const std::string &orderId, std::int64_t now,
                                      const InTransaction &also);
    store::OrderRecord cancel(const store::User &user, const std::string &orderId, std::int64_t now,
                              const InTransaction &also);

    // The order if `user` is its buyer or seller (anyone else: nothing, as if it did not exist).
    std::optional<store::OrderRecord> visibleTo(const store::User &user, const std::string &orderId);
    // Registers the tracking number of a shipped order with the tracking service (best effort; the
    // timer pass retries). True when the order has a tracker afterwards.
    bool registerTracker(const std::string &orderId);

    const OrderWorkflow &workflow() const { return m_workflow; }
    store::Database &database() { return m_db; }
    bool paymentsAvailable() const { return m_provider != nullptr; }

private:
    store::OrderRecord priced(const store::User &buyer, const NewOrder &request, std::int64_t now);
    template <typename Fn> store::OrderRecord change(const std::string &orderId, const Fn &fn);

    store::Database &m_db;
    const OrderSettings &m_settings;
    const trade::RuleSet &m_rules;
    const shipping::ServiceCatalog &m_services;
    payments::PaymentProvider *m_provider;
    payments::TrackingProvider *m_tracking;
    OrderWorkflow m_workflow;
};

// Places the order of an idempotent request (API or checkout page): phase 1 (order and reservation) with
// the key's recovery point in one transaction, unless a stopped request with this key got that far;
// then phases 2 and 3, storing `answer(order)` with `status` as the key's response. Throws OrderError.
store::OrderRecord placeOrder(OrderService &service, store::IdempotencyStore &keys,
                              const store::IdempotencyStore::Request &key, const store::IdempotencyStore::Claim &claim,
                              const store::User &buyer, const std::function<NewOrder()> &request, std::int64_t now,
                              int status, const std::function<std::string(const store::OrderRecord &)> &answer);

// Checks a shipping address ({"name", "line1", "line2", "city", "postal_code", "region", "country",
// "phone"}); throws OrderError 422 naming "ship_to.<field>". Returns it with only the known keys.
nlohmann::json checkAddress(const nlohmann::json &shipTo);

// A shipment as the seller gives it: a known carrier stored by its id ("post", "ups", ...), the
// tracking number normalized (shipping/tracking.h).
struct Shipment
{
    std::string carrier;
    std::string trackingNumber;
};
// Checks the carrier and the tracking number (in the carrier's format where it is known); throws
// OrderError 422 naming the field ("invalid", "format" or "check_digit").
Shipment checkShipment(const std::string &carrier, const std::string &trackingNumber);

// Ships an order locked by the caller (OrderWorkflow::lock) whose seller is `sellerId`. False when it is
// already shipped with this same shipment (nothing changes); throws OrderError 409 not_shippable when it
// is no longer paid.
bool shipLocked(store::Transaction &tx, const OrderWorkflow &workflow, store::OrderRecord &order,
                const Shipment &shipment, const std::string &sellerId, std::int64_t now);

} // namespace caravan::orders
