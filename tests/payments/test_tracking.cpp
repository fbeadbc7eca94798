// Carrier tracking through the production EasyPostTracking against caravan-paysim.
#include "payments/webhook_signature.h"
#include "support/sandbox_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

payments::HttpAnswer advance(SandboxFixture &f, const std::string &tracker, const std::string &status,
                             const std::string &detail, const std::string &message = {})
{
    return httpPostJson(
        f.base() + "/sandbox/trackers/" + tracker + "/events",
        nlohmann::json{{"status", status}, {"status_detail", detail}, {"message", message}}.dump());
}

// The verified updates that arrived, oldest first.
std::vector<payments::TrackingUpdate> updates(SandboxFixture &f)
{
    std::vector<payments::TrackingUpdate> out;
    for (const auto &r : f.receiver().received("/easypost"))
        out.push_back(f.tracking().verifyWebhook(r.body, r.headers.at("x-hmac-signature")));
    return out;
}

bool arrived(SandboxFixture &f, std::size_t count)
{
    return f.receiver().waitFor([&](const auto &all) {
        std::size_t n = 0;
        for (const auto &r : all)
            n += r.path == "/easypost";
        return n >= count;
    });
}

} // namespace

TEST_CASE("A tracker is created, held by customs, released and delivered - every update verifies",
          "[payments]")
{
    SandboxFixture f;
    const auto tracker = f.tracking().createTracker({"LX123456789JP", "JapanPost"});
    CHECK(tracker.id.rfind("trk_", 0) == 0);
    CHECK(tracker.trackingCode == "LX123456789JP");
    CHECK(tracker.carrier == "JapanPost");
    CHECK(tracker.status == "pre_transit");
    CHECK(f.tracking().createTracker({"LX123456789JP", "JapanPost"}).id == tracker.id); // the same parcel

    REQUIRE(advance(f, tracker.id, "in_transit", "arrived_at_destination").status == 200);
    REQUIRE(advance(f, tracker.id, "in_transit", "held_by_customs").status == 200);
    REQUIRE(advance(f, tracker.id, "in_transit", "held", "Held by customs: duty unpaid").status == 200);
    REQUIRE(advance(f, tracker.id, "in_transit", "in_transit").status == 200);
    REQUIRE(advance(f, tracker.id, "delivered", "arrived_at_destination", "Delivered to the door").status ==
            200);
    REQUIRE(arrived(f, 6));
    REQUIRE(httpPostForm(f.base() + "/sandbox/webhooks/flush?timeout_ms=20000", {}).status == 200);

    const auto all = updates(f);
    REQUIRE(all.size() == 6); // tracker.created + five updates, in order (no chaos)
    for (const auto &u : all) {
        CHECK(u.eventId.rfind("evt_", 0) == 0);
        CHECK(u.trackerId == tracker.id);
        CHECK(u.trackingCode == "LX123456789JP");
        CHECK(u.carrier == "JapanPost");
        CHECK(u.occurredAt > 0);
    }
    CHECK(all[0].status == "pre_transit");
    CHECK_FALSE(all[1].heldByCustoms);
    CHECK(all[2].heldByCustoms);
    CHECK(all[2].statusDetail == "held_by_customs");
    CHECK(all[3].heldByCustoms); // EasyPost's "held" with a message naming customs
    CHECK_FALSE(all[4].heldByCustoms);
    CHECK(all[5].status == "delivered");
    CHECK_FALSE(all[5].heldByCustoms);
}

TEST_CASE("Tracking webhooks with a bad signature are refused - other events come back empty", "[payments]")
{
    SandboxFixture f;
    const auto tracker = f.tracking().createTracker({"1Z999", "UPS"});
    REQUIRE(arrived(f, 1));
    const auto r = f.receiver().received("/easypost").front();
    CHECK_THROWS_AS(f.tracking().verifyWebhook(r.body, ""), payments::WebhookError);
    CHECK_THROWS_AS(f.tracking().verifyWebhook(r.body, payments::easyPostSignature("wrong", r.body)),
                    payments::WebhookError);
    CHECK_THROWS_AS(f.tracking().verifyWebhook(r.body + " ", r.headers.at("x-hmac-signature")),
                    payments::WebhookError);
    const std::string notEvent = R"({"id":"x"})";
    CHECK_THROWS_AS(
        f.tracking().verifyWebhook(notEvent, payments::easyPostSignature(kTrackingSecret, notEvent)),
        payments::WebhookError);
    const std::string batch = R"({"id":"evt_b","object":"Event","description":"batch.updated","result":{}})";
    const auto other = f.tracking().verifyWebhook(batch, payments::easyPostSignature(kTrackingSecret, batch));
    CHECK(other.eventId == "evt_b");
    CHECK(other.trackerId.empty());

    CHECK(advance(f, tracker.id, "teleported", "in_transit").status == 422);
    CHECK(advance(f, tracker.id, "in_transit", "made_up").status == 422);
    CHECK(advance(f, "trk_unknown", "in_transit", "in_transit").status == 404);
}

TEST_CASE("The tracker API wants the key and a tracking code", "[payments]")
{
    SandboxFixture f;
    payments::EasyPostTracking::Config config;
    config.apiBase = f.sandbox().listenUrl();
    config.apiKey = "wrong";
    try {
        payments::EasyPostTracking(config).createTracker({"LX1", "JapanPost"});
        FAIL("a wrong key was accepted");
    } catch (const payments::ProviderError &e) {
        CHECK(e.httpStatus == 401);
        CHECK_FALSE(e.transient);
    }
    try {
        f.tracking().createTracker({"", "JapanPost"});
        FAIL("a tracker without a code was created");
    } catch (const payments::ProviderError &e) {
        CHECK(e.httpStatus == 422);
        CHECK(e.code == "PARAMETER.REQUIRED");
    }
}
