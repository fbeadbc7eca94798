// The `order` entity of the sync protocol (docs/sync.md): the seller's app pulls its orders and marks them
// shipped with a push, through the same order workflow as the HTTP API, on SQLite and PostgreSQL.
#include "store/orders.h"
#include "support/escrow_world.h"
#include "test_sync_helpers.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

json pushOrder(EscrowWorld &w, const Account &who, std::int64_t mutationId, const std::string &orderId,
               const json &fields, std::int64_t baseRevision, const std::string &client = "device-a")
{
    const json body{{"client_id", client},
                    {"mutations",
                     json::array({{{"id", mutationId},
                                   {"entity", "order"},
                                   {"entity_id", orderId},
                                   {"op", "upsert"},
                                   {"base_revision", baseRevision},
                                   {"base", {{"carrier", nullptr}, {"tracking_number", nullptr}}},
                                   {"fields", fields}}})}};
    const auto r = w.call("POST", "/api/v1/sync/push", who, body);
    INFO(r.body);
    REQUIRE(r.status == 200);
    const auto results = json::parse(r.body).at("results");
    REQUIRE(results.size() == 1);
    return results[0];
}

// Every change of the seller's feed about `orderId`, oldest first.
std::vector<json> orderChanges(EscrowWorld &w, const std::string &orderId)
{
    std::vector<json> out;
    std::int64_t cursor = 0;
    for (;;) {
        const auto r = w.call("GET", "/api/v1/sync/pull?cursor=" + std::to_string(cursor) + "&limit=500", w.seller);
        REQUIRE(r.status == 200);
        const auto page = json::parse(r.body);
        for (const auto &c : page.at("changes"))
            if (c.at("entity") == "order" && c.at("entity_id") == orderId)
                out.push_back(c);
        cursor = page.at("cursor").get<std::int64_t>();
        if (!page.value("more", false))
            return out;
    }
}

std::string paidOrder(EscrowWorld &w)
{
    auto o = w.createOrder(w.buyer, w.listingId);
    const auto id = o.at("id").get<std::string>();
    w.pay(o);
    w.flushWebhooks();
    w.waitForStatus(w.buyer, id, "paid");
    return id;
}

} // namespace

TEST_CASE("Sync orders: the seller pulls each order with its timeline and ships it with a push",
          "[orders][sync]")
{
    EscrowWorld w;
    const auto id = paidOrder(w);

    auto changes = orderChanges(w, id);
    REQUIRE(changes.size() >= 2); // created, paid
    const auto paid = changes.back();
    CHECK(paid.at("data").at("status") == "paid");
    CHECK(paid.at("data").at("carrier") == "");
    CHECK(paid.at("data").at("tracking_number") == "");
    CHECK(paid.at("revision") == store::OrderStore::load(w.db(), id)->version);
    const auto &timeline = paid.at("data").at("timeline");
    REQUIRE(timeline.size() == 2);
    CHECK(timeline[0].at("event") == "created");
    CHECK(timeline[1].at("to") == "paid");
    // The provider's ids stay on the server.
    CHECK_FALSE(timeline[1].at("detail").contains("payment_intent"));
    CHECK_FALSE(timeline[1].at("detail").contains("event"));
    const auto revision = paid.at("revision").get<std::int64_t>();

    // Refused before anything moves: someone else's order, a server-owned field, a wrong check digit.
    CHECK(pushOrder(w, w.buyer, 1, id, {{"carrier", "post"}, {"tracking_number", "RR123456785DE"}}, revision,
                    "buyer-device")
              .at("code") == "forbidden");
    const auto owned = pushOrder(w, w.seller, 1, id, {{"status", "shipped"}}, revision);
    CHECK(owned.at("code") == "server_owned_field");
    CHECK(owned.at("field") == "status");
    const auto digit = pushOrder(w, w.seller, 2, id, {{"carrier", "post"}, {"tracking_number", "RR123456786DE"}},
                                 revision);
    CHECK(digit.at("code") == "validation");
    CHECK(digit.at("issues")[0].at("field") == "tracking_number");
    CHECK(digit.at("issues")[0].at("code") == "check_digit");
    CHECK(store::OrderStore::load(w.db(), id)->state == "paid");

    // Shipped: a known carrier by its name, the number as printed with spaces.
    const auto shipped = pushOrder(w, w.seller, 3, id,
                                   {{"carrier", "Postal service (UPU S10 number)"},
                                    {"tracking_number", "rr 123 456 785 de"}},
                                   revision);
    INFO(shipped.dump());
    REQUIRE(shipped.at("status") == "applied");
    const auto order = *store::OrderStore::load(w.db(), id);
    CHECK(order.state == "shipped");
    CHECK(order.carrier == "post");
    CHECK(order.trackingNumber == "RR123456785DE");
    CHECK(shipped.at("revision") == order.version);
    CHECK(w.order(w.buyer, id).at("shipment").at("tracking_number") == "RR123456785DE");

    // One change for the new revision (the workflow's), not a second one from the push.
    changes = orderChanges(w, id);
    std::size_t atRevision = 0;
    for (const auto &c : changes)
        atRevision += c.at("revision") == order.version ? 1 : 0;
    CHECK(atRevision == 1);
    CHECK(changes.back().at("data").at("status") == "shipped");
    CHECK(changes.back().at("data").at("carrier") == "post");
    CHECK(changes.back().at("data").at("timeline").back().at("detail").at("tracking_number") == "RR123456785DE");

    // The same push again (a retry) and the same shipment from a second device change nothing.
    CHECK(pushOrder(w, w.seller, 3, id, {{"carrier", "post"}, {"tracking_number", "RR123456785DE"}}, revision)
              .at("status") == "applied");
    const auto again = pushOrder(w, w.seller, 1, id, {{"carrier", "post"}, {"tracking_number", "RR123456785DE"}},
                                 order.version, "device-b");
    CHECK(again.at("status") == "applied");
    CHECK(again.at("revision") == order.version);
    CHECK(store::OrderStore::load(w.db(), id)->version == order.version);
    // Another number once shipped is refused, not made a conflict.
    const auto other = pushOrder(w, w.seller, 2, id, {{"carrier", "ups"}, {"tracking_number", "1Z999AA10123456784"}},
                                 order.version, "device-b");
    CHECK(other.at("code") == "not_shippable");
    CHECK(store::OrderStore::load(w.db(), id)->trackingNumber == "RR123456785DE");
    CHECK(w.ledgerHolds());
}

TEST_CASE("Sync orders: a shipment pushed after the order was cancelled is refused and moves nothing",
          "[orders][sync]")
{
    EscrowWorld w(WorldOptions{{}, {}, 2});
    const auto id = paidOrder(w);
    const auto revision = store::OrderStore::load(w.db(), id)->version;
    // The seller's app is offline and marks it shipped; meanwhile the seller cancels on another device.
    REQUIRE(w.call("POST", "/api/v1/orders/" + id + "/cancel", w.seller, nullptr, newKey()).status == 200);
    const auto state = store::OrderStore::load(w.db(), id)->state;
    const auto r = pushOrder(w, w.seller, 1, id, {{"carrier", "dhl_express"}, {"tracking_number", "1234567890"}},
                             revision);
    CHECK(r.at("status") == "rejected");
    CHECK(r.at("code") == "not_shippable");
    const auto after = *store::OrderStore::load(w.db(), id);
    CHECK(after.state == state);
    CHECK(after.trackingNumber.empty());
    CHECK(w.ledgerHolds());
}

TEST_CASE("Sync orders: an order that does not exist is refused like someone else's", "[orders][sync]")
{
    EscrowWorld w;
    const auto r = pushOrder(w, w.seller, 1, "00000000-0000-4000-8000-000000000000",
                             {{"carrier", "fedex"}, {"tracking_number", "123456789012"}}, 0);
    CHECK(r.at("code") == "forbidden");
}
