// The buyer order API against the real sandbox provider (docs/escrow.md, docs/http-api.md "Orders").
#include "orders/escrow_services.h"
#include "store/ledger.h"
#include "store/money_movements.h"
#include "store/orders.h"
#include "support/escrow_world.h"
#include "test_sync_helpers.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

json orderBody(const std::string &listing, std::int64_t quantity = 1,
               const std::string &service = "sample-ems", const json &shipTo = EscrowWorld::address())
{
    return {{"listing_id", listing}, {"quantity", quantity}, {"ship_to", shipTo}, {"service", service}};
}

std::int64_t payable(EscrowWorld &w, const std::string &currency)
{
    return -store::LedgerStore::balance(w.db(), "seller_payable:" + w.seller.id, currency);
}

} // namespace

TEST_CASE("An order is priced - frozen in both currencies and shown to its buyer and seller only", "[orders]")
{
    EscrowWorld w;
    const auto o = w.createOrder(w.buyer, w.listingId);
    CHECK(o.at("status") == "awaiting_payment");
    const auto &l = o.at("amounts").at("listing");
    const auto &b = o.at("amounts").at("buyer");
    CHECK(l.at("currency") == "JPY");
    CHECK(b.at("currency") == "EUR");
    CHECK(l.at("item") == 18500);
    // Every part in each currency adds up to what is charged.
    for (const auto *set : {&l, &b})
        CHECK(set->at("total").get<std::int64_t>() ==
              set->at("item").get<std::int64_t>() + set->at("postage").get<std::int64_t>() +
                  set->at("import_checkout").get<std::int64_t>() + set->at("buyer_fee").get<std::int64_t>());
    CHECK(b.at("seller_net") == b.at("item").get<std::int64_t>() + b.at("postage").get<std::int64_t>() -
                                    b.at("seller_fee").get<std::int64_t>());
    CHECK(o.at("fx").at("from") == "JPY");
    CHECK(o.at("fx").at("to") == "EUR");
    CHECK_FALSE(o.at("fx").at("date").get<std::string>().empty());
    CHECK(o.at("payment").at("checkout_url").get<std::string>().rfind(w.sandbox().baseUrl(), 0) == 0);
    CHECK_FALSE(o.at("deadlines").at("expires_at").is_null());

    const auto id = o.at("id").get<std::string>();
    const auto asSeller = w.order(w.seller, id);
    CHECK(asSeller.at("status") == "awaiting_payment");
    CHECK_FALSE(asSeller.contains("payment")); // the payment page is the buyer's
    const auto stranger = w.makeBuyer("stranger@escrow.test");
    CHECK(w.call("GET", "/api/v1/orders/" + id, stranger).status == 404);
    Client anonymous(w.port());
    CHECK(anonymous.get("/api/v1/orders/" + id).status == 401);

    // The buyer's list and the seller's list both hold it.
    const auto mine = json::parse(w.call("GET", "/api/v1/orders?role=buyer", w.buyer).body).at("orders");
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].at("id") == id);
    const auto sold = json::parse(w.call("GET", "/api/v1/orders?role=seller", w.seller).body).at("orders");
    REQUIRE(sold.size() == 1);
    CHECK(json::parse(w.call("GET", "/api/v1/orders?role=buyer", stranger).body).at("orders").empty());
    CHECK(w.ledgerHolds());
}

TEST_CASE("Order creation refuses bad input naming the field", "[orders]")
{
    EscrowWorld w;
    const auto refuse = [&](const json &body, int status, const std::string &field) {
        const auto r = w.call("POST", "/api/v1/orders", w.buyer, body, newKey());
        INFO(r.body);
        CHECK(r.status == status);
        if (!field.empty())
            CHECK(json::parse(r.body).value("field", "") == field);
    };
    refuse(orderBody("no-such-listing"), 422, "listing_id");
    refuse(orderBody(w.listingId, 0), 422, "quantity");
    refuse(orderBody(w.listingId, 1, "no-such-service"), 422, "service");
    refuse(orderBody(w.listingId, 1, "sample-express"), 422, "service"); // exists, not offered by the listing
    refuse(orderBody(w.listingId, 1, "sample-ems", EscrowWorld::address("RU")), 422, "ship_to.country");
    refuse(orderBody(w.listingId, 1, "sample-ems", EscrowWorld::address("XX")), 422, "ship_to.country");
    auto noCity = EscrowWorld::address();
    noCity.erase("city");
    refuse(orderBody(w.listingId, 1, "sample-ems", noCity), 422, "ship_to.city");
    auto extra = EscrowWorld::address();
    extra["colour"] = "red";
    refuse(orderBody(w.listingId, 1, "sample-ems", extra), 422, "ship_to.colour");
    refuse(orderBody(w.listingId, 2), 409, "quantity"); // one unit listed
    // The seller cannot buy their own listing.
    const auto own = w.call("POST", "/api/v1/orders", w.seller, orderBody(w.listingId), newKey());
    CHECK(own.status == 422);
    CHECK(json::parse(own.body).at("error") == "own_listing");
    // Money-moving requests need a key.
    const auto noKey = w.call("POST", "/api/v1/orders", w.buyer, orderBody(w.listingId));
    CHECK(noKey.status == 400);
    CHECK(json::parse(noKey.body).at("error") == "idempotency_key_required");
    // Malformed JSON is refused before anything else.
    Client c(w.port());
    const auto malformed =
        c.request("POST", "/api/v1/orders", "{\"listing_id\":", "application/json",
                  {{"Authorization", "Bearer " + w.buyer.token}, {"Idempotency-Key", newKey()}});
    CHECK(malformed.status == 400);
    CHECK(store::OrderStore::countByState(w.db()).empty());
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 1);
}

TEST_CASE("An Idempotency-Key replays the first answer and refuses another body", "[orders][idempotency]")
{
    EscrowWorld w;
    const auto key = newKey();
    const auto body = orderBody(w.listingId);
    const auto first = w.call("POST", "/api/v1/orders", w.buyer, body, key);
    REQUIRE(first.status == 201);
    // The same request again (a retry after a lost answer): the same answer, byte for byte, no new order.
    const auto again = w.call("POST", "/api/v1/orders", w.buyer, body, key);
    CHECK(again.status == 201);
    CHECK(again.body == first.body);
    CHECK(again.header("idempotent-replayed") == "true");
    const auto counts = store::OrderStore::countByState(w.db());
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].second == 1);
    // The same key with another body: refused, nothing runs.
    const auto other =
        w.call("POST", "/api/v1/orders", w.buyer, orderBody(w.listingId, 1, "sample-post-registered"), key);
    CHECK(other.status == 422);
    CHECK(json::parse(other.body).at("error") == "idempotency_key_reused");
    // Keys are per user: another buyer's identical key is a different request.
    const auto second = w.makeBuyer("second@escrow.test");
    const auto theirs = w.call("POST", "/api/v1/orders", second, body, key);
    CHECK(theirs.status == 409); // the only unit is reserved
    CHECK(json::parse(theirs.body).at("error") == "sold_out");
    // A refusal is an answer too: replayed as it was.
    const auto replayedRefusal = w.call("POST", "/api/v1/orders", second, body, key);
    CHECK(replayedRefusal.status == 409);
    CHECK(replayedRefusal.body == theirs.body);
}

TEST_CASE("Paying with a test card moves the money into escrow and the order to paid", "[orders][payments]")
{
    EscrowWorld w;
    auto o = w.createOrder(w.buyer, w.listingId);
    const auto id = o.at("id").get<std::string>();

    SECTION("4242 4242 4242 4242 succeeds")
    {
        w.pay(o);
    }
    SECTION("a declined card first, then a good one")
    {
        w.pay(o, "4000000000000002");
        w.flushWebhooks();
        const auto declined = w.order(w.buyer, id);
        CHECK(declined.at("status") == "awaiting_payment");
        bool noted = false;
        for (const auto &e : declined.at("timeline"))
            noted =
                noted || (e.at("event") == "payment_failed" && e.at("detail").at("code") == "card_declined");
        CHECK(noted);
        w.pay(o);
    }
    SECTION("a card that needs the 3-D Secure step")
    {
        w.pay(o, "4000002760003184");
        w.flushWebhooks();
        CHECK(w.order(w.buyer, id).at("status") == "awaiting_payment");
        w.authenticate(o, true);
    }
    w.flushWebhooks();
    o = w.waitForStatus(w.buyer, id, "paid");
    CHECK_FALSE(o.at("deadlines").at("ship_by").is_null());
    const auto total = o.at("amounts").at("buyer").at("total").get<std::int64_t>();
    CHECK(-store::LedgerStore::balance(w.db(), "escrow:" + id, "EUR") == total);
    CHECK(w.ledgerHolds());

    // The seller's devices see the order and the sold unit through sync.
    const auto changes = sync::pullAll(w.server(), {w.seller.id, w.seller.token});
    const auto orderChange = sync::lastChange(changes, "order", id);
    REQUIRE_FALSE(orderChange.is_null());
    CHECK(orderChange.at("data").at("status") == "paid");
    const auto listingChange = sync::lastChange(changes, "listing", w.listingId);
    CHECK(listingChange.at("data").at("sold_quantity") == 1);
    CHECK(listingChange.at("data").at("status") == "sold");
}

TEST_CASE("Shipped - then receipt confirmed: the seller's money is released", "[orders][payments]")
{
    EscrowWorld w;
    auto o = w.createOrder(w.buyer, w.listingId);
    const auto id = o.at("id").get<std::string>();
    w.pay(o);
    w.flushWebhooks();
    w.waitForStatus(w.buyer, id, "paid");

    // Only the seller ships, with a tracking number of a plausible shape.
    CHECK(w.call("POST", "/api/v1/orders/" + id + "/ship", w.buyer,
                 {{"carrier", "EMS"}, {"tracking_number", "EE123456789JP"}})
              .status == 404);
    CHECK(w.call("POST", "/api/v1/orders/" + id + "/ship", w.seller,
                 {{"carrier", "EMS"}, {"tracking_number", "no spaces!"}})
              .status == 422);
    const auto shipped = w.call("POST", "/api/v1/orders/" + id + "/ship", w.seller,
                                {{"carrier", "EMS"}, {"tracking_number", "EE123456789JP"}});
    INFO(shipped.body);
    REQUIRE(shipped.status == 200);
    CHECK(json::parse(shipped.body).at("status") == "shipped");
    CHECK(store::OrderStore::load(w.db(), id)->trackerId.rfind("trk_", 0) == 0);

    // Only the buyer confirms receipt; the answer is replayed for the same key.
    const auto key = newKey();
    CHECK(w.call("POST", "/api/v1/orders/" + id + "/confirm-receipt", w.seller, nullptr, newKey()).status ==
          404);
    const auto confirmed = w.call("POST", "/api/v1/orders/" + id + "/confirm-receipt", w.buyer, nullptr, key);
    INFO(confirmed.body);
    REQUIRE(confirmed.status == 200);
    const auto released = json::parse(confirmed.body);
    CHECK(released.at("status") == "released");
    CHECK(w.call("POST", "/api/v1/orders/" + id + "/confirm-receipt", w.buyer, nullptr, key).body ==
          confirmed.body);

    const auto net = released.at("amounts").at("listing").at("seller_net").get<std::int64_t>();
    CHECK(payable(w, "JPY") == net);
    CHECK(store::LedgerStore::balance(w.db(), "escrow:" + id, "EUR") == 0);
    // Nothing can be cancelled once it left.
    CHECK(w.call("POST", "/api/v1/orders/" + id + "/cancel", w.buyer, nullptr, newKey()).status == 409);
    // The timeline tells the whole story, each step with its cause.
    const auto full = w.order(w.buyer, id);
    std::vector<std::string> events;
    for (const auto &e : full.at("timeline"))
        if (e.at("event") != "tracking_update") // the carrier's first scan comes whenever it comes
            events.push_back(e.at("event").get<std::string>() + "/" + e.at("cause").get<std::string>());
    CHECK(events == std::vector<std::string>{"created/buyer", "paid/provider", "shipped/seller",
                                             "delivered/buyer", "receipt_confirmed/buyer"});
    CHECK(w.ledgerHolds());
}

TEST_CASE("Cancelling: before payment nothing moves - after payment the buyer is refunded",
          "[orders][payments]")
{
    EscrowWorld w(WorldOptions{{}, {}, 2});
    auto unpaid = w.createOrder(w.buyer, w.listingId);
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 1);
    const auto c1 = w.call("POST", "/api/v1/orders/" + unpaid.at("id").get<std::string>() + "/cancel",
                           w.buyer, nullptr, newKey());
    REQUIRE(c1.status == 200);
    CHECK(json::parse(c1.body).at("status") == "cancelled");
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 2);

    auto paid = w.createOrder(w.buyer, w.listingId);
    const auto id = paid.at("id").get<std::string>();
    w.pay(paid);
    w.flushWebhooks();
    w.waitForStatus(w.buyer, id, "paid");
    // The seller cancels (out of stock): a full refund to the buyer.
    const auto c2 = w.call("POST", "/api/v1/orders/" + id + "/cancel", w.seller, nullptr, newKey());
    INFO(c2.body);
    REQUIRE(c2.status == 200);
    CHECK(json::parse(c2.body).at("status") == "refunded");
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 2);
    // The refund reaches the provider and is settled there.
    CHECK(w.settleRefund(id) == "succeeded");
    const auto refunds = store::MoneyMovementStore::refundsOfOrder(w.db(), id);
    REQUIRE(refunds.size() == 1);
    CHECK(refunds[0].amountMinor == paid.at("amounts").at("buyer").at("total").get<std::int64_t>());
    CHECK(store::LedgerStore::balance(w.db(), "refunds_in_transit", "EUR") == 0);
    CHECK(w.ledgerHolds());
}
