#pragma once

#include "escrow/ledger_verify.h"
#include "store/database.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

// One currency's set of an order's frozen amounts, in minor units (docs/escrow.md, "The order").
struct OrderAmounts
{
    std::int64_t item = 0;
    std::int64_t postage = 0;
    std::int64_t importCheckout = 0;
    std::int64_t buyerFee = 0;
    std::int64_t total = 0;
    std::int64_t sellerFee = 0;
    std::int64_t sellerNet = 0;
};

// An order as stored. Times are Unix seconds; 0 means "not set" (NULL in the table).
struct OrderRecord
{
    std::string id;
    std::string listingId;
    std::string sellerId;
    std::string buyerId;
    std::int64_t quantity = 1;
    std::string state = "awaiting_payment";
    std::int64_t version = 1;
    nlohmann::json shipTo = nlohmann::json::object();
    std::string destination;
    std::string serviceId;
    std::string category;
    std::string listingCurrency;
    std::string buyerCurrency;
    OrderAmounts listing;
    OrderAmounts buyer;
    std::int64_t importAtDoor = 0; // buyer currency
    std::string collectedAt;       // none, border, checkout
    std::string checkoutScheme;
    std::string fxMultiply;
    std::string fxDivide;
    std::string fxDate;
    std::string fxSource;
    std::int64_t handlingDays = 0;
    std::int64_t serviceMinDays = 0;
    std::int64_t serviceMaxDays = 0;
    nlohmann::json pricing = nlohmann::json::object();         // explanation lines, warnings, postage
    nlohmann::json listingSnapshot = nlohmann::json::object(); // the listing as bought
    std::int64_t createdAt = 0;
    std::int64_t paidAt = 0;
    std::int64_t shippedAt = 0;
    std::int64_t deliveredAt = 0;
    std::int64_t closedAt = 0;
    std::int64_t expiresAt = 0;
    std::int64_t shipBy = 0;
    std::int64_t deliveryDue = 0;
    std::int64_t releaseAt = 0;
    std::int64_t dueAt = 0;    // the deadline of the current state; 0 when none or paused
    std::int64_t pausedAt = 0; // a customs hold stopped the clock at this time
    std::string carrier;
    std::string trackingNumber;
    std::string trackerId;
    std::string checkoutSessionId;
    std::string checkoutUrl;
    std::string paymentIntentId;
    std::int64_t updatedAt = 0;
};

// One line of an order's history.
struct OrderEvent
{
    std::int64_t id = 0;
    std::string orderId;
    std::string fromState;
    std::string toState;
    std::string event; // "created", "paid", "payment_failed", "shipped", "customs_hold", ...
    std::string cause; // buyer, seller, staff, provider, carrier, timer, system
    std::string actorId;
    nlohmann::json detail = nlohmann::json::object();
    std::int64_t createdAt = 0;
};

struct OrderFilter
{
    std::string buyerId; // one of the two
    std::string sellerId;
    std::vector<std::string> states; // empty: all
    std::int64_t limit = 50;
    std::int64_t beforeCreatedAt = 0; // paging: older than this (0: newest)
};

// The SQL of orders and their history. Functions taking a Transaction run in the caller's transaction.
class OrderStore
{
public:
    static void insert(Transaction &tx, const OrderRecord &order);
    // Locks the row for the rest of the transaction (FOR UPDATE on PostgreSQL; with SKIP LOCKED when
    // `skipLocked`, returning nothing if another transaction holds it).
    static std::optional<OrderRecord> loadForUpdate(Transaction &tx, const std::string &id,
                                                    bool skipLocked = false);
    static std::optional<OrderRecord> load(Database &db, const std::string &id);
    // Writes every mutable field if the stored version is `expectedVersion`, and bumps the version.
    // False (nothing written) when someone else changed the order first.
    static bool update(Transaction &tx, OrderRecord &order, std::int64_t expectedVersion);
    static void appendEvent(Transaction &tx, const OrderEvent &event);
    static std::vector<OrderEvent> events(Database &db, const std::string &orderId);
    static std::vector<OrderEvent> events(Transaction &tx, const std::string &orderId);
    static std::vector<OrderRecord> list(Database &db, const OrderFilter &filter);
    // Ids of orders whose current deadline has passed, oldest deadline first.
    static std::vector<std::string> due(Database &db, std::int64_t now, std::int64_t limit);
    // Shipped orders without a registered tracker (registration failed or tracking was down).
    static std::vector<std::string> untracked(Database &db, std::int64_t limit);
    static std::optional<std::string> byCheckoutSession(Database &db, const std::string &sessionId);
    static std::optional<std::string> byPaymentIntent(Database &db, const std::string &paymentIntentId);
    static std::optional<std::string> byTracker(Database &db, const std::string &trackerId);
    static void setCheckout(Transaction &tx, const std::string &orderId, const std::string &sessionId,
                            const std::string &url);
    static void setTracker(Database &db, const std::string &orderId, const std::string &trackerId);
    static bool listingHasOrders(Transaction &tx, const std::string &listingId);
    // What escrow holds for the seller's orders (paid, shipped, delivered, disputed), per listing currency:
    // the sellers' net amounts.
    static std::vector<std::pair<std::string, std::int64_t>> heldForSeller(Database &db,
                                                                           const std::string &sellerId);
    // Every order's state and charged total, for ledger verification.
    static std::vector<escrow::OrderFacts> ledgerFacts(ReadSnapshot &read);
    // Counts per state, for the demo report and monitoring.
    static std::vector<std::pair<std::string, std::int64_t>> countByState(Database &db);

    // Quantity of the listing's `listings` row (docs/escrow.md, "Quantity").
    // True if n units were reserved (the listing is active, approved and has them).
    static bool reserveUnits(Transaction &tx, const std::string &listingId, std::int64_t n);
    static void releaseUnits(Transaction &tx, const std::string &listingId, std::int64_t n);
    // quantity - reserved_quantity of an active, approved listing; nothing for any other listing.
    static std::optional<std::int64_t> availableUnits(Database &db, const std::string &listingId);
};

} // namespace caravan::store
