// Provider webhooks: only signed events count, and each has one effect however often and in whatever
// order it arrives (docs/escrow.md, "Webhooks").
#include "orders/escrow_services.h"
#include "store/ledger.h"
#include "store/money_movements.h"
#include "store/orders.h"
#include "support/escrow_world.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

// An event as the provider sends it (the fields the adapter reads).
json paymentEvent(const std::string &id, const std::string &type, const json &order, const std::string &pi)
{
    const auto &b = order.at("amounts").at("buyer");
    json object{{"id", type.rfind("checkout", 0) == 0 ? EscrowWorld::sessionOf(order) : pi},
                {"object", type.rfind("checkout", 0) == 0 ? "checkout.session" : "payment_intent"},
                {"status", type.rfind("checkout", 0) == 0 ? "complete" : "succeeded"},
                {"payment_status", "paid"},
                {"payment_intent", pi},
                {"amount", b.at("total")},
                {"amount_total", b.at("total")},
                {"currency", "eur"},
                {"client_reference_id", order.at("id")},
                {"metadata", {{"order_id", order.at("id")}}}};
    return {{"id", id},
            {"object", "event"},
            {"type", type},
            {"created", store::nowSeconds()},
            {"data", {{"object", object}}}};
}

HttpResponse deliver(EscrowWorld &w, const std::string &body, const std::string &signature)
{
    Client c(w.port());
    return c.request("POST", "/api/v1/webhooks/payments", body, "application/json",
                     {{"Stripe-Signature", signature}});
}

std::int64_t countRows(EscrowWorld &w, const std::string &sql)
{
    return w.db().query(sql).front().integer(0);
}

} // namespace

TEST_CASE("A webhook without a valid signature is refused and changes nothing", "[webhooks]")
{
    EscrowWorld w;
    const auto o = w.createOrder(w.buyer, w.listingId);
    const auto body = paymentEvent("evt_forged_1", "payment_intent.succeeded", o, "pi_forged").dump();
    const auto now = store::nowSeconds();
    const auto events = countRows(w, "SELECT COUNT(*) FROM provider_events");
    for (const auto &signature :
         {std::string(), std::string("t=") + std::to_string(now) + ",v1=" + std::string(64, 'a'),
          stripeSignature(body, now, "whsec_someone_else"), stripeSignature(body, now - 3600),
          stripeSignature(body + " ", now), std::string("garbage")}) {
        const auto r = deliver(w, body, signature);
        INFO(signature);
        CHECK(r.status == 400);
    }
    CHECK(countRows(w, "SELECT COUNT(*) FROM provider_events") == events);
    CHECK(w.order(w.buyer, o.at("id")).at("status") == "awaiting_payment");
    CHECK(countRows(w, "SELECT COUNT(*) FROM ledger_entries") == 0);
}

TEST_CASE("Replayed and reordered payment events have one effect", "[webhooks]")
{
    EscrowWorld w;
    const auto o = w.createOrder(w.buyer, w.listingId);
    const auto id = o.at("id").get<std::string>();
    const auto succeeded = paymentEvent("evt_pi_1", "payment_intent.succeeded", o, "pi_test_1").dump();
    const auto completed = paymentEvent("evt_cs_1", "checkout.session.completed", o, "pi_test_1").dump();
    const auto now = store::nowSeconds();
    // The payment intent's event first, then the session's, then both again.
    for (const auto *body : {&succeeded, &completed, &succeeded, &completed}) {
        const auto r = deliver(w, *body, stripeSignature(*body, now));
        INFO(r.body);
        CHECK(r.status == 200);
    }
    CHECK(w.order(w.buyer, id).at("status") == "paid");
    CHECK(countRows(w, "SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'order_funded'") == 1);
    CHECK(countRows(w, "SELECT COUNT(*) FROM order_events WHERE event = 'paid'") == 1);
    const auto replay = deliver(w, succeeded, stripeSignature(succeeded, now));
    CHECK(json::parse(replay.body).at("result") == "duplicate");
    CHECK(w.ledgerHolds());
}

TEST_CASE("A payment for another amount is recorded - never booked", "[webhooks]")
{
    EscrowWorld w;
    auto o = w.createOrder(w.buyer, w.listingId);
    o["amounts"]["buyer"]["total"] = 1;
    const auto body = paymentEvent("evt_odd", "payment_intent.succeeded", o, "pi_odd").dump();
    CHECK(deliver(w, body, stripeSignature(body, store::nowSeconds())).status == 200);
    const auto now = w.order(w.buyer, o.at("id"));
    CHECK(now.at("status") == "awaiting_payment");
    CHECK(now.at("timeline").back().at("event") == "payment_amount_mismatch");
    CHECK(countRows(w, "SELECT COUNT(*) FROM ledger_entries") == 0);
}

TEST_CASE("With every event delivered twice and out of order - the whole sale happens once", "[webhooks]")
{
    WorldOptions options;
    options.quantity = 3;
    options.sandbox.duplicateRate = 1.0;
    options.sandbox.reorder = true;
    options.sandbox.seed = 7;
    options.sandbox.refundDelayMs = 200; // refunds answer "pending" and settle by a later event
    EscrowWorld w(options);

    std::vector<std::string> ids;
    for (int i = 0; i < 3; ++i) {
        const auto o = w.createOrder(w.buyer, w.listingId);
        w.pay(o, i == 1 ? "4000000000000002" : "4242424242424242");
        if (i == 1)
            w.pay(o);
        ids.push_back(o.at("id").get<std::string>());
    }
    w.flushWebhooks();
    for (const auto &id : ids)
        w.waitForStatus(w.buyer, id, "paid");
    // One is cancelled by the buyer: the refund is pending at first, settled by the provider's event.
    REQUIRE(w.call("POST", "/api/v1/orders/" + ids[2] + "/cancel", w.buyer, nullptr, newKey()).status == 200);
    w.escrow().sendMoney(store::nowSeconds());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < deadline &&
           store::MoneyMovementStore::refundsOfOrder(w.db(), ids[2]).front().status != "succeeded") {
        w.flushWebhooks();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    CHECK(store::MoneyMovementStore::refundsOfOrder(w.db(), ids[2]).front().status == "succeeded");
    CHECK(countRows(w, "SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'order_funded'") == 3);
    CHECK(countRows(w, "SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'refund_settled'") == 1);
    CHECK(countRows(w, "SELECT COUNT(*) FROM order_events WHERE event = 'paid'") == 3);
    // Duplicates did arrive and were recognised.
    const auto events =
        json::parse(Client(w.sandbox().port())
                        .get("/sandbox/events", {{"Authorization", "Bearer sk_test_escrow_world"}})
                        .body);
    int twice = 0;
    for (const auto &e : events.at("data"))
        twice += e.at("copies").size() >= 2 ? 1 : 0;
    CHECK(twice > 0);
    CHECK(w.ledgerHolds());
}
