// Sealed packing evidence (docs/sync.md, entity `evidence`) on SQLite and PostgreSQL: taken once for the
// seller's own order with photos the seller uploaded, then neither the seller nor anyone else can change
// or delete it, and its photos are never collected.
#include "accounts/crypto.h"
#include "orders/escrow_services.h"
#include "store/evidence.h"
#include "store/orders.h"
#include "store/photo_usage.h"
#include "support/escrow_world.h"
#include "test_sync_helpers.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

std::string uploadPhoto(EscrowWorld &w, const Account &who, const std::string &fixture)
{
    const auto bytes = sync::readFile(TestEnv::fixtures() / "photos" / fixture);
    const auto sha = accounts::sha256Hex(bytes);
    Client c(w.port());
    const auto r = c.request("PUT",
                             "/api/v1/photos/" + sha + "/upload?offset=0&total=" + std::to_string(bytes.size()),
                             bytes, "application/octet-stream", {{"Authorization", "Bearer " + who.token}});
    INFO(r.body);
    REQUIRE(r.status == 200);
    return sha;
}

json pushEvidence(EscrowWorld &w, const Account &who, std::int64_t mutationId, const std::string &id,
                  const json &fields, const std::string &client = "device-a")
{
    const json body{{"client_id", client},
                    {"mutations",
                     json::array({{{"id", mutationId},
                                   {"entity", "evidence"},
                                   {"entity_id", id},
                                   {"op", "upsert"},
                                   {"base_revision", 0},
                                   {"base", json::object()},
                                   {"fields", fields}}})}};
    const auto r = w.call("POST", "/api/v1/sync/push", who, body);
    INFO(r.body);
    REQUIRE(r.status == 200);
    return json::parse(r.body).at("results").at(0);
}

json evidenceFields(const std::string &orderId, const std::vector<std::string> &photos)
{
    return {{"order_id", orderId},
            {"photos", photos},
            {"weight_g", 640},
            {"dims_mm", {220, 160, 110}},
            {"note", "Watch in its box, wrapped twice in bubble film."},
            {"recorded_at", "2026-12-03T09:30:00.125Z"},
            {"sha256", std::string(64, 'a')}};
}

} // namespace

TEST_CASE("Evidence: recorded once for the seller's order, then sealed for everyone", "[orders][sync][evidence]")
{
    EscrowWorld w;
    auto o = w.createOrder(w.buyer, w.listingId);
    const auto orderId = o.at("id").get<std::string>();
    const auto teapot = uploadPhoto(w, w.seller, "teapot.jpg");
    const auto lantern = uploadPhoto(w, w.seller, "lantern.jpg");
    const std::string id = "5f0c7a2e-1b7d-4c3a-9a55-0d6b9e3f2a10";

    // Refused, nothing stored: a photo the server does not have, a stranger's order, bad measures.
    const auto missing = pushEvidence(w, w.seller, 1, id, evidenceFields(orderId, {std::string(64, 'b')}));
    CHECK(missing.at("code") == "validation");
    CHECK(missing.at("issues")[0].at("code") == "photo_missing");
    const auto stranger = w.makeBuyer("stranger@escrow.test");
    const auto strangerPhoto = uploadPhoto(w, stranger, "lantern.jpg");
    CHECK(pushEvidence(w, stranger, 1, id, evidenceFields(orderId, {strangerPhoto}), "stranger-device")
              .at("code") == "forbidden");
    auto bad = evidenceFields(orderId, {teapot});
    bad["weight_g"] = 0;
    CHECK(pushEvidence(w, w.seller, 2, id, bad).at("issues")[0].at("field") == "weight_g");
    const auto owned = pushEvidence(w, w.seller, 3, id, {{"received_at", "2020-01-01T00:00:00Z"}});
    CHECK(owned.at("code") == "server_owned_field");

    // Taken: the server's receipt time, each photo's size and its seal.
    const auto taken = pushEvidence(w, w.seller, 4, id, evidenceFields(orderId, {teapot, lantern}));
    REQUIRE(taken.at("status") == "applied");
    std::vector<store::EvidenceRecord> stored = store::EvidenceStore::ofOrder(w.db(), orderId);
    REQUIRE(stored.size() == 1);
    const auto &e = stored.front();
    CHECK(e.sellerId == w.seller.id);
    REQUIRE(e.photos.size() == 2);
    CHECK(e.photos[0].sha256 == teapot);
    CHECK(e.photos[0].byteSize > 0);
    CHECK(e.receivedAt >= store::nowSeconds() - 60);
    CHECK(e.sealSha256 == accounts::sha256Hex(e.sealText()));
    CHECK(e.data.at("weight_g") == 640);

    // The record reaches the seller's devices with what the server added.
    const auto pulled = json::parse(w.call("GET", "/api/v1/sync/pull?cursor=0&limit=500", w.seller).body);
    json record;
    for (const auto &c : pulled.at("changes"))
        if (c.at("entity") == "evidence")
            record = c.at("data");
    REQUIRE(record.is_object());
    CHECK(record.at("seal_sha256") == e.sealSha256);
    CHECK(record.at("photo_sizes")[1] == e.photos[1].byteSize);

    // The same record again changes nothing; any change is refused; a delete is not an operation.
    const auto again = pushEvidence(w, w.seller, 1, id, evidenceFields(orderId, {teapot, lantern}), "device-b");
    CHECK(again.at("status") == "applied");
    CHECK(again.at("revision") == taken.at("revision"));
    auto changed = evidenceFields(orderId, {teapot});
    const auto sealed = pushEvidence(w, w.seller, 2, id, changed, "device-b");
    INFO(sealed.dump());
    CHECK(sealed.value("code", "") == "sealed");
    const json del{{"client_id", "device-b"},
                   {"mutations", json::array({{{"id", 3}, {"entity", "evidence"}, {"entity_id", id}, {"op", "delete"},
                                               {"base_revision", 1}}})}};
    const auto deleted = json::parse(w.call("POST", "/api/v1/sync/push", w.seller, del).body).at("results").at(0);
    CHECK(deleted.at("status") == "rejected");

    // Not even the database's own writers can change or remove it.
    {
        store::Transaction tx(w.db());
        CHECK_THROWS(tx.execute("UPDATE order_evidence SET data = '{}' WHERE id = ?", {id}));
    }
    {
        store::Transaction tx(w.db());
        CHECK_THROWS(tx.execute("DELETE FROM evidence_photos WHERE evidence_id = ?", {id}));
    }
    CHECK(store::EvidenceStore::ofOrder(w.db(), orderId).front().sealSha256 == e.sealSha256);

    // Its photos are kept by the cleanup, however old.
    const auto unused = store::PhotoUsageStore(w.db()).unusedCandidates(store::nowSeconds() + 3600, 100);
    CHECK(std::find(unused.begin(), unused.end(), teapot) == unused.end());
    CHECK(std::find(unused.begin(), unused.end(), lantern) == unused.end());
}

TEST_CASE("Evidence: the buyer sees it on the dispute page - its photos only for the parties", "[orders][evidence][disputes]")
{
    EscrowWorld w;
    auto o = w.createOrder(w.buyer, w.listingId);
    const auto orderId = o.at("id").get<std::string>();
    const auto teapot = uploadPhoto(w, w.seller, "teapot.jpg");
    REQUIRE(pushEvidence(w, w.seller, 1, "7a1c0d3e-2b4f-4c5a-8d6e-9f0a1b2c3d4e", evidenceFields(orderId, {teapot}))
                .at("status") == "applied");
    w.pay(o);
    w.flushWebhooks();
    w.waitForStatus(w.buyer, orderId, "paid");
    REQUIRE(w.call("POST", "/api/v1/orders/" + orderId + "/ship", w.seller,
                   {{"carrier", "EMS"}, {"tracking_number", "EE000000001JP"}})
                .status == 200);
    Client buyer(w.port());
    REQUIRE(buyer.signIn(w.buyer.email, kWorldPassword).status == 303);
    // Before a dispute the buyer cannot fetch the seller's evidence photos.
    CHECK(buyer.get("/photos/" + teapot + ".jpg").status == 404);
    REQUIRE(w.escrow().timers().runOnce(store::OrderStore::load(w.db(), orderId)->deliveryDue + 1).delivered == 1);
    const auto opened = w.call("POST", "/api/v1/orders/" + orderId + "/dispute", w.buyer,
                               {{"reason", "damaged"}, {"text", "The teapot's lid arrived in pieces."}});
    REQUIRE(opened.status == 201);
    const auto disputeId = json::parse(opened.body).at("dispute").at("id").get<std::string>();
    const auto page = buyer.get("/disputes/" + disputeId);
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("packing evidence")); // the apostrophe is escaped
    CHECK_THAT(page.body, Catch::Contains("/photos/" + teapot + ".jpg"));
    CHECK_THAT(page.body, Catch::Contains(store::EvidenceStore::ofOrder(w.db(), orderId).front().sealSha256));
    CHECK(buyer.get("/photos/" + teapot + ".jpg").status == 200);
    Client stranger(w.port());
    const auto other = w.makeBuyer("onlooker@escrow.test");
    REQUIRE(stranger.signIn(other.email, kWorldPassword).status == 303);
    CHECK(stranger.get("/photos/" + teapot + ".jpg").status == 404);
    CHECK(stranger.get("/disputes/" + disputeId).status == 404);
}
