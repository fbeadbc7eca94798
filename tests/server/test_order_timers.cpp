// The order clocks (docs/escrow.md, "States" and "Timers"): each deadline moves the order on once, on
// any number of job runners, after any downtime; a customs hold stops the clock.
#include "orders/escrow_services.h"
#include "payments/payment_provider.h"
#include "store/ledger.h"
#include "store/money_movements.h"
#include "store/orders.h"
#include "support/escrow_world.h"

#include <catch2/catch.hpp>
#include <thread>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

std::string paidOrder(EscrowWorld &w, const std::string &listing)
{
    const auto o = w.createOrder(w.buyer, listing);
    w.pay(o);
    w.flushWebhooks();
    return w.waitForStatus(w.buyer, o.at("id"), "paid").at("id").get<std::string>();
}

store::OrderRecord stored(EscrowWorld &w, const std::string &id)
{
    return *store::OrderStore::load(w.db(), id);
}

std::string sessionStatus(EscrowWorld &w, const std::string &sessionId)
{
    return w.escrow().provider()->retrieveCheckoutSession(sessionId).status;
}

} // namespace

TEST_CASE("An unpaid order expires after the payment window and gives its unit back", "[orders][timers]")
{
    EscrowWorld w;
    const auto o = w.createOrder(w.buyer, w.listingId);
    const auto id = o.at("id").get<std::string>();
    const auto created = stored(w, id);
    CHECK(created.expiresAt - created.createdAt == 900);
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 0);

    auto report = w.escrow().timers().runOnce(created.expiresAt - 1);
    CHECK(report.expired == 0);
    report = w.escrow().timers().runOnce(created.expiresAt + 1);
    CHECK(report.expired == 1);
    const auto after = w.order(w.buyer, id);
    CHECK(after.at("status") == "cancelled");
    CHECK(after.at("timeline").back().at("cause") == "timer");
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 1);
    // The provider's page can no longer be paid.
    CHECK(sessionStatus(w, EscrowWorld::sessionOf(o)) == "expired");
    CHECK(w.call("POST", "/api/v1/orders/" + id + "/pay", w.buyer, nullptr, newKey()).status == 410);
    CHECK(w.ledgerHolds());
}

TEST_CASE("A payment whose webhook never came is found before the order would expire", "[orders][timers]")
{
    WorldOptions options;
    options.webhooks = false;
    EscrowWorld w(options);
    const auto o = w.createOrder(w.buyer, w.listingId);
    w.pay(o);
    const auto id = o.at("id").get<std::string>();
    CHECK(w.order(w.buyer, id).at("status") == "awaiting_payment");
    const auto report = w.escrow().timers().runOnce(stored(w, id).expiresAt + 1);
    CHECK(report.paidLate == 1);
    CHECK(report.expired == 0);
    CHECK(w.order(w.buyer, id).at("status") == "paid");
    CHECK(w.ledgerHolds());
}

TEST_CASE("A payment that arrives after the order was cancelled is refunded at once", "[orders][timers]")
{
    EscrowWorld w;
    const auto o = w.createOrder(w.buyer, w.listingId);
    const auto id = o.at("id").get<std::string>();
    REQUIRE(w.call("POST", "/api/v1/orders/" + id + "/cancel", w.buyer, nullptr, newKey()).status == 200);
    // The buyer had the page open in another tab: the sandbox takes the payment only if the session is
    // still open, so the event is sent as the provider would have sent it.
    const auto &b = o.at("amounts").at("buyer");
    const json event{{"id", "evt_late_1"},
                     {"object", "event"},
                     {"type", "payment_intent.succeeded"},
                     {"created", store::nowSeconds()},
                     {"data",
                      {{"object",
                        {{"id", "pi_late_1"},
                         {"object", "payment_intent"},
                         {"status", "succeeded"},
                         {"amount", b.at("total")},
                         {"currency", "eur"},
                         {"metadata", {{"order_id", id}}}}}}}};
    const auto body = event.dump();
    Client c(w.port());
    REQUIRE(c.request("POST", "/api/v1/webhooks/payments", body, "application/json",
                      {{"Stripe-Signature", stripeSignature(body, store::nowSeconds())}})
                .status == 200);
    const auto after = w.order(w.buyer, id);
    CHECK(after.at("status") == "refunded");
    CHECK(after.at("timeline").back().at("event") == "late_payment_refunded");
    const auto refunds = store::MoneyMovementStore::refundsOfOrder(w.db(), id);
    REQUIRE(refunds.size() == 1);
    CHECK(refunds[0].amountMinor == b.at("total").get<std::int64_t>());
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 1); // given back once, at the cancel
    CHECK(w.ledgerHolds());
}

TEST_CASE("A missed ship-by deadline refunds the buyer in full", "[orders][timers]")
{
    EscrowWorld w;
    const auto id = paidOrder(w, w.listingId);
    const auto o = stored(w, id);
    CHECK(o.shipBy > o.paidAt);
    CHECK(w.escrow().timers().runOnce(o.shipBy - 1).refunded == 0);
    CHECK(w.escrow().timers().runOnce(o.shipBy + 1).refunded == 1);
    CHECK(w.order(w.buyer, id).at("status") == "refunded");
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 1);
    CHECK(w.settleRefund(id) == "succeeded");
    const auto refunds = store::MoneyMovementStore::refundsOfOrder(w.db(), id);
    REQUIRE(refunds.size() == 1);
    CHECK(refunds[0].reasonKey == "ship_by_missed");
    CHECK(w.ledgerHolds());
}

TEST_CASE("Shipped orders are delivered by the clock - then released after inspection", "[orders][timers]")
{
    EscrowWorld w;
    const auto id = paidOrder(w, w.listingId);
    REQUIRE(w.call("POST", "/api/v1/orders/" + id + "/ship", w.seller,
                   {{"carrier", "EMS"}, {"tracking_number", "EE000000001JP"}})
                .status == 200);
    const auto shipped = stored(w, id);
    CHECK(shipped.deliveryDue > shipped.shippedAt);
    CHECK(w.escrow().timers().runOnce(shipped.deliveryDue + 1).delivered == 1);
    const auto delivered = stored(w, id);
    CHECK(delivered.state == "delivered");
    CHECK(delivered.releaseAt - delivered.deliveredAt == 2 * 86400);
    CHECK(w.escrow().timers().runOnce(delivered.releaseAt - 1).released == 0);
    CHECK(w.escrow().timers().runOnce(delivered.releaseAt + 1).released == 1);
    CHECK(w.order(w.seller, id).at("status") == "released");
    CHECK(w.ledgerHolds());
}

TEST_CASE("A parcel held by customs stops the delivery clock until it moves on", "[orders][timers][tracking]")
{
    EscrowWorld w;
    const auto id = paidOrder(w, w.listingId);
    REQUIRE(w.call("POST", "/api/v1/orders/" + id + "/ship", w.seller,
                   {{"carrier", "EMS"}, {"tracking_number", "EE000000002JP"}})
                .status == 200);
    const auto shipped = stored(w, id);
    REQUIRE_FALSE(shipped.trackerId.empty());
    const auto track = [&](const std::string &status, const std::string &detail) {
        const auto r = w.sandboxPost("/sandbox/trackers/" + shipped.trackerId + "/events",
                                     {{"status", status}, {"status_detail", detail}, {"message", "test"}});
        INFO(r.body);
        REQUIRE(r.status == 200);
        w.flushWebhooks();
    };
    track("in_transit", "held_by_customs");
    const auto held = stored(w, id);
    CHECK(held.pausedAt > 0);
    CHECK(held.dueAt == 0);
    // The deadline passes while customs hold the parcel: nothing happens.
    CHECK(w.escrow().timers().runOnce(shipped.deliveryDue + 1).delivered == 0);
    track("in_transit", "arrived_at_destination");
    const auto moving = stored(w, id);
    CHECK(moving.pausedAt == 0);
    CHECK(moving.deliveryDue >= shipped.deliveryDue); // moved on by the time it was held
    CHECK(moving.dueAt == moving.deliveryDue);
    track("delivered", "arrived_at_destination");
    const auto o = w.order(w.buyer, id);
    CHECK(o.at("status") == "delivered");
    std::vector<std::string> events;
    for (const auto &e : o.at("timeline"))
        events.push_back(e.at("event"));
    CHECK(std::count(events.begin(), events.end(), "customs_hold") == 1);
    CHECK(std::count(events.begin(), events.end(), "customs_released") == 1);
    CHECK(o.at("timeline").back().at("cause") == "carrier");
    CHECK(w.ledgerHolds());
}

TEST_CASE("Two job runners at once - after a long downtime - move each order exactly once",
          "[orders][timers]")
{
    EscrowWorld w(WorldOptions{{}, {}, 8});
    std::vector<std::string> ids;
    for (int i = 0; i < 4; ++i)
        ids.push_back(paidOrder(w, w.listingId));
    for (int i = 0; i < 4; ++i)
        ids.push_back(w.createOrder(w.buyer, w.listingId).at("id").get<std::string>());
    // A month later, two servers wake up together.
    const auto later = store::nowSeconds() + 31 * 86400;
    orders::OrderTimers::Report a, b;
    std::thread t1([&] { a = w.escrow().timers().runOnce(later); });
    std::thread t2([&] { b = w.escrow().timers().runOnce(later); });
    t1.join();
    t2.join();
    CHECK(a.refunded + b.refunded == 4);
    // Expiring the provider's sessions makes it send checkout.session.expired, which may cancel an order
    // before the clock gets to it: either way each is cancelled once.
    CHECK(a.expired + b.expired <= 4);
    CHECK(w.db().query("SELECT COUNT(*) FROM order_events WHERE to_state = 'cancelled'").front().integer(0) ==
          4);
    CHECK(a.failed + b.failed == 0);
    for (std::size_t i = 0; i < ids.size(); ++i)
        CHECK(stored(w, ids[i]).state == (i < 4 ? "refunded" : "cancelled"));
    CHECK(w.db().query("SELECT COUNT(*) FROM refunds").front().integer(0) == 4);
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 8);
    CHECK(w.escrow().timers().runOnce(later + 86400).refunded == 0);
    CHECK(w.ledgerHolds());
}
