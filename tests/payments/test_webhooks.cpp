// Webhooks: the signatures StripeProvider::verifyWebhook accepts and refuses, and the sandbox's delivery
// (retries, giving up, duplicates and reordering).
#include "payments/webhook_signature.h"
#include "support/sandbox_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

const std::string kEvent =
    R"({"id":"evt_1","object":"event","type":"payment_intent.succeeded","created":1796000000,)"
    R"("data":{"object":{"id":"pi_1","object":"payment_intent","amount":990,"currency":"usd",)"
    R"("status":"succeeded","metadata":{"order_id":"ord_9"}}}})";

payments::StripeProvider verifier(std::int64_t tolerance = 300)
{
    payments::StripeProvider::Config config;
    config.webhookSecret = kWebhookSecret;
    config.webhookToleranceSeconds = tolerance;
    return payments::StripeProvider(config);
}

std::string refusal(const std::string &body, const std::string &header, std::int64_t now)
{
    try {
        verifier().verifyWebhook(body, header, now);
    } catch (const payments::WebhookError &e) {
        return e.what();
    }
    return "accepted";
}

json sandboxEvents(SandboxFixture &f)
{
    return json::parse(httpGet(f.base() + "/sandbox/events").body)["data"];
}

} // namespace

TEST_CASE("A correctly signed Stripe event is verified and parsed", "[payments]")
{
    const auto now = unixNow();
    const auto e =
        verifier().verifyWebhook(kEvent, payments::stripeSignatureHeader(kWebhookSecret, now, kEvent), now);
    CHECK(e.id == "evt_1");
    CHECK(e.type == "payment_intent.succeeded");
    CHECK(e.created == 1796000000);
    CHECK(e.objectId == "pi_1");
    CHECK(e.paymentIntentId == "pi_1");
    CHECK(e.orderId == "ord_9");
    CHECK(e.amountMinor == 990);
    CHECK(e.currency == "USD");
    CHECK(e.status == "succeeded");

    // Any v1 may match (a secret being rolled), other schemes are ignored, the edge of the tolerance passes.
    const auto good = payments::stripeSignatureHeader(kWebhookSecret, now - 300, kEvent);
    const auto v1 = good.substr(good.find("v1="));
    const auto header = "t=" + std::to_string(now - 300) + ",v0=abc,v1=" + std::string(64, '0') + "," + v1;
    CHECK(verifier().verifyWebhook(kEvent, header, now).id == "evt_1");
}

TEST_CASE("Bad, stale, tampered and missing signatures are refused with a reason", "[payments]")
{
    const auto now = unixNow();
    const auto signedNow = payments::stripeSignatureHeader(kWebhookSecret, now, kEvent);
    CHECK(refusal(kEvent, payments::stripeSignatureHeader("whsec_other", now, kEvent), now).find("matches") !=
          std::string::npos);
    CHECK(refusal(kEvent, payments::stripeSignatureHeader(kWebhookSecret, now - 301, kEvent), now)
              .find("tolerance") != std::string::npos);
    CHECK(refusal(kEvent, payments::stripeSignatureHeader(kWebhookSecret, now + 400, kEvent), now)
              .find("tolerance") != std::string::npos);
    auto tampered = kEvent;
    tampered.replace(tampered.find("990"), 3, "999");
    CHECK(refusal(tampered, signedNow, now).find("matches") != std::string::npos);
    CHECK(refusal(kEvent, "", now).find("no Stripe-Signature") != std::string::npos);
    CHECK(refusal(kEvent, "v1=" + std::string(64, 'a'), now).find("no timestamp") != std::string::npos);
    CHECK(refusal(kEvent, "t=" + std::to_string(now), now).find("no v1") != std::string::npos);
    CHECK(refusal(kEvent, "t=soon,v1=ab", now).find("not a number") != std::string::npos);
    const std::string notAnEvent = R"({"hello":"world"})";
    CHECK(refusal(notAnEvent, payments::stripeSignatureHeader(kWebhookSecret, now, notAnEvent), now)
              .find("not a Stripe event") != std::string::npos);

    payments::StripeProvider::Config unconfigured;
    CHECK_THROWS_AS(payments::StripeProvider(unconfigured).verifyWebhook(kEvent, signedNow, now),
                    payments::WebhookError);
}

TEST_CASE("A delivery that fails is retried until it gets a 2xx", "[payments]")
{
    SandboxFixture f;
    f.receiver().failNext(2, 503);
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_retry"));
    REQUIRE(f.stripe().expireCheckoutSession(session.id).status == "expired");
    REQUIRE(f.waitForEvent("checkout.session.expired", session.id));
    REQUIRE(httpPostForm(f.base() + "/sandbox/webhooks/flush?timeout_ms=20000", {}).status == 200);

    const auto deliveries = f.receiver().received("/stripe");
    CHECK(deliveries.size() == 3);
    std::set<std::string> ids;
    for (const auto &d : deliveries)
        ids.insert(payments::StripeProvider::parseEvent(d.body).id);
    CHECK(ids.size() == 1); // the same event three times
    const auto events = sandboxEvents(f);
    REQUIRE(events.size() == 1);
    CHECK(events[0]["status"] == "delivered");
    CHECK(events[0]["copies"][0]["attempts"].size() == 3);
    CHECK(events[0]["copies"][0]["attempts"][0]["http_status"] == 503);
    CHECK(events[0]["copies"][0]["attempts"][2]["http_status"] == 200);
}

TEST_CASE("The sandbox gives up on an event after --max-attempts", "[payments]")
{
    SandboxFixture f([](paysim::PaysimOptions &o) { o.maxAttempts = 2; });
    f.receiver().failNext(10, 500);
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_give_up"));
    f.stripe().expireCheckoutSession(session.id);
    REQUIRE(httpPostForm(f.base() + "/sandbox/webhooks/flush?timeout_ms=20000", {}).status == 200);
    const auto events = sandboxEvents(f);
    REQUIRE(events.size() == 1);
    CHECK(events[0]["status"] == "failed");
    CHECK(events[0]["copies"][0]["attempts"].size() == 2);
    CHECK(f.receiver().received("/stripe").size() == 2);
}

TEST_CASE("Duplicate and reordered delivery: every event arrives at least once, duplicates share the id",
          "[payments]")
{
    SandboxFixture f([](paysim::PaysimOptions &o) {
        o.duplicateRate = 1.0;
        o.reorder = true;
        o.seed = 42;
    });
    for (int i = 0; i < 4; ++i) {
        const auto session =
            f.stripe().createCheckoutSession(f.checkoutRequest("ord_chaos_" + std::to_string(i)));
        REQUIRE(payOnPage(session.url, "4242424242424242").status == 303);
    }
    REQUIRE(httpPostForm(f.base() + "/sandbox/webhooks/flush?timeout_ms=20000", {}).status == 200);

    const auto sent = sandboxEvents(f);
    REQUIRE(sent.size() == 8); // payment_intent.succeeded + checkout.session.completed per session
    std::map<std::string, std::vector<std::string>> bodiesById;
    for (const auto &r : f.receiver().received("/stripe")) {
        const auto event = f.stripe().verifyWebhook(r.body, r.headers.at("stripe-signature"), unixNow());
        bodiesById[event.id].push_back(r.body);
    }
    for (const auto &event : sent) {
        const auto id = event["id"].get<std::string>();
        INFO(id);
        CHECK(event["status"] == "delivered");
        CHECK(event["copies"].size() == 2);
        REQUIRE(bodiesById[id].size() == 2);
        CHECK(bodiesById[id][0] == bodiesById[id][1]);
    }
    CHECK(bodiesById.size() == sent.size());
}
