// Checkout through the production StripeProvider against caravan-paysim: sessions, the hosted payment
// page driven as a browser without scripts, the test cards, 3-D Secure, idempotency, expiry.
#include "support/sandbox_fixture.h"

#include <catch2/catch.hpp>
#include <thread>

using namespace caravan;
using namespace caravan::test;

namespace {

std::string pagePath(const std::string &url)
{
    return url.substr(url.find('/', url.find("//") + 2));
}

} // namespace

TEST_CASE("A checkout session is created as Stripe describes it and paid with 4242 on the hosted page",
          "[payments]")
{
    SandboxFixture f;
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_1"));
    CHECK(session.id.rfind("cs_test_", 0) == 0);
    CHECK(session.status == "open");
    CHECK(session.paymentStatus == "unpaid");
    CHECK(session.orderId == "ord_1");
    CHECK(session.amountTotal == 1250);
    CHECK(session.currency == "EUR");
    CHECK(session.paymentIntentId.empty());
    REQUIRE(session.url == f.base() + "/pay/" + session.id);

    const auto page = httpGet(session.url);
    CHECK(page.status == 200);
    CHECK(page.body.find("SANDBOX") != std::string::npos);
    CHECK(page.body.find("12.50 EUR") != std::string::npos);
    CHECK(page.body.find("Vintage Seiko 5 × 1") != std::string::npos);
    CHECK(page.body.find("Cancel and return") != std::string::npos);
    CHECK(page.body.find("href=\"http://127.0.0.1:9/orders/ord_1\"") != std::string::npos);
    CHECK(formAction(page.body) == "/pay/" + session.id);

    const auto paid = payOnPage(session.url, "4242 4242 4242 4242");
    CHECK(paid.status == 303);
    CHECK(paid.header("location") == "http://127.0.0.1:9/orders/ord_1?session=" + session.id);

    const auto completed = f.waitForEvent("checkout.session.completed", session.id);
    REQUIRE(completed);
    CHECK(completed->orderId == "ord_1");
    CHECK(completed->status == "complete");
    CHECK(completed->amountMinor == 1250);
    CHECK(completed->currency == "EUR");
    CHECK(completed->paymentIntentId.rfind("pi_", 0) == 0);
    const auto succeeded = f.waitForEvent("payment_intent.succeeded", completed->paymentIntentId);
    REQUIRE(succeeded);
    CHECK(succeeded->orderId == "ord_1");
    CHECK(succeeded->amountMinor == 1250);
    CHECK(succeeded->status == "succeeded");

    const auto after = f.stripe().retrieveCheckoutSession(session.id);
    CHECK(after.status == "complete");
    CHECK(after.paymentStatus == "paid");
    CHECK(after.paymentIntentId == completed->paymentIntentId);

    // A paid session shows that it is paid and takes no second payment.
    const auto again = httpGet(session.url);
    CHECK(again.body.find("already paid") != std::string::npos);
    CHECK(formAction(again.body).empty());
    const auto second =
        httpPostForm(f.base() + "/pay/" + session.id,
                     {{"card_number", "4242424242424242"}, {"card_expiry", "12/34"}, {"card_cvc", "123"}});
    CHECK(second.status == 409);
    CHECK(second.body.find("SANDBOX") != std::string::npos);
}

TEST_CASE("A declined card shows the decline, sends payment_failed, and another card still pays",
          "[payments]")
{
    SandboxFixture f;
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_decline", 1200, "JPY"));
    CHECK(httpGet(session.url).body.find("1200 JPY") != std::string::npos);

    const auto declined = payOnPage(session.url, "4000 0000 0000 0002");
    CHECK(declined.status == 402);
    CHECK(declined.body.find("SANDBOX") != std::string::npos);
    CHECK(declined.body.find("Your card was declined.") != std::string::npos);
    CHECK(formAction(declined.body) == "/pay/" + session.id);

    const auto failed = f.waitForEvent("payment_intent.payment_failed");
    REQUIRE(failed);
    CHECK(failed->orderId == "ord_decline");
    CHECK(failed->failureCode == "card_declined");
    CHECK(!failed->failureMessage.empty());
    CHECK(f.stripe().retrieveCheckoutSession(session.id).status == "open");

    const auto insufficient = payOnPage(session.url, "4000000000009995");
    CHECK(insufficient.status == 402);
    CHECK(insufficient.body.find("insufficient funds") != std::string::npos);

    const auto paid = payOnPage(session.url, "4242424242424242");
    CHECK(paid.status == 303);
    const auto completed = f.waitForEvent("checkout.session.completed", session.id);
    REQUIRE(completed);
    CHECK(completed->paymentIntentId == failed->paymentIntentId); // the same PaymentIntent, retried
    CHECK(completed->amountMinor == 1200);
    CHECK(completed->currency == "JPY");
}

TEST_CASE("Incomplete card details are refused on the page without a payment attempt", "[payments]")
{
    SandboxFixture f;
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_form"));
    const auto badNumber = payOnPage(session.url, "4242 4242 4242 4241");
    CHECK(badNumber.status == 422);
    CHECK(badNumber.body.find("card number is incorrect") != std::string::npos);
    const auto past = payOnPage(session.url, "4242424242424242", "01/20");
    CHECK(past.status == 422);
    CHECK(past.body.find("in the past") != std::string::npos);
    // What the buyer typed is shown escaped, never as markup.
    const auto escaped = httpPostForm(
        f.base() + "/pay/" + session.id,
        {{"card_number", "1"}, {"card_expiry", "<b>\"x\"</b>"}, {"card_name", "<script>alert(1)</script>"}});
    CHECK(escaped.status == 422);
    CHECK(escaped.body.find("<script>alert(1)") == std::string::npos);
    CHECK(escaped.body.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(escaped.body.find("&lt;b&gt;&quot;x&quot;&lt;/b&gt;") != std::string::npos);
    CHECK(f.stripe().retrieveCheckoutSession(session.id).paymentIntentId.empty());
}

TEST_CASE("The 3-D Secure card asks for authentication - completing it pays, failing it does not",
          "[payments]")
{
    SandboxFixture f;
    SECTION("complete")
    {
        const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_3ds_ok"));
        const auto challenged = payOnPage(session.url, "4000 0027 6000 3184");
        REQUIRE(challenged.status == 303);
        CHECK(challenged.header("location") == "/pay/" + session.id + "/authenticate");
        const auto page = httpGet(f.base() + challenged.header("location"));
        CHECK(page.status == 200);
        CHECK(page.body.find("SANDBOX") != std::string::npos);
        CHECK(page.body.find("3-D Secure") != std::string::npos);
        CHECK(page.body.find("Complete authentication") != std::string::npos);
        CHECK(page.body.find("Fail authentication") != std::string::npos);
        REQUIRE(formAction(page.body) == "/pay/" + session.id + "/authenticate");
        CHECK(f.stripe().retrieveCheckoutSession(session.id).status == "open");

        const auto done = httpPostForm(f.base() + formAction(page.body), {{"result", "complete"}});
        CHECK(done.status == 303);
        CHECK(done.header("location") == "http://127.0.0.1:9/orders/ord_3ds_ok?session=" + session.id);
        REQUIRE(f.waitForEvent("checkout.session.completed", session.id));
        CHECK(f.stripe().retrieveCheckoutSession(session.id).paymentStatus == "paid");
    }
    SECTION("fail")
    {
        const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_3ds_fail"));
        REQUIRE(payOnPage(session.url, "4000002760003184").status == 303);
        const auto failed =
            httpPostForm(f.base() + "/pay/" + session.id + "/authenticate", {{"result", "fail"}});
        CHECK(failed.status == 402);
        CHECK(failed.body.find("could not be authenticated") != std::string::npos);
        const auto event = f.waitForEvent("payment_intent.payment_failed");
        REQUIRE(event);
        CHECK(event->failureCode == "payment_intent_authentication_failure");
        CHECK(event->orderId == "ord_3ds_fail");
        CHECK(f.stripe().retrieveCheckoutSession(session.id).status == "open");
        // Nothing waits for authentication any more: the step page sends the buyer back to the form.
        CHECK(httpGet(f.base() + "/pay/" + session.id + "/authenticate").status == 303);
    }
}

TEST_CASE("Creating a session is idempotent: the same key answers the same session, other params are refused",
          "[payments]")
{
    SandboxFixture f;
    auto request = f.checkoutRequest("ord_idem");
    const auto first = f.stripe().createCheckoutSession(request);
    const auto second = f.stripe().createCheckoutSession(request);
    CHECK(second.id == first.id);
    CHECK(second.url == first.url);

    // The replay is marked as Stripe marks it, byte for byte the first answer.
    const auto post = [&] {
        payments::HttpCall call;
        call.method = "POST";
        call.url = f.base() + "/v1/accounts";
        call.headers = {{"Authorization", "Bearer sk_test_fixture"}, {"Idempotency-Key", "raw-key"}};
        call.contentType = "application/x-www-form-urlencoded";
        call.body = "type=express&country=DE";
        return payments::sendHttp(call);
    };
    const auto a = post();
    const auto b = post();
    CHECK(a.status == 200);
    CHECK(b.status == 200);
    CHECK(a.header("idempotent-replayed").empty());
    CHECK(b.header("idempotent-replayed") == "true");
    CHECK(a.body == b.body);

    request.amountMinor = 999;
    try {
        f.stripe().createCheckoutSession(request);
        FAIL("a reused key with other parameters was accepted");
    } catch (const payments::ProviderError &e) {
        CHECK(e.httpStatus == 400);
        CHECK(e.code == "idempotency_error");
        CHECK_FALSE(e.transient);
    }
    // A new key is a new session.
    request.idempotencyKey = "checkout:ord_idem:2";
    CHECK(f.stripe().createCheckoutSession(request).id != first.id);
}

TEST_CASE("Expiring a session: by hand, again (returned as it is), and by its own clock", "[payments]")
{
    SandboxFixture f;
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_expire"));
    const auto expired = f.stripe().expireCheckoutSession(session.id);
    CHECK(expired.status == "expired");
    CHECK(expired.url.empty());
    CHECK(f.stripe().expireCheckoutSession(session.id).status == "expired");
    const auto event = f.waitForEvent("checkout.session.expired", session.id);
    REQUIRE(event);
    CHECK(event->orderId == "ord_expire");

    const auto page = httpGet(session.url);
    CHECK(page.status == 200);
    CHECK(page.body.find("SANDBOX") != std::string::npos);
    CHECK(page.body.find("expired") != std::string::npos);
    CHECK(formAction(page.body).empty());
    const auto pay = httpPostForm(
        session.url, {{"card_number", "4242424242424242"}, {"card_expiry", "12/34"}, {"card_cvc", "123"}});
    CHECK(pay.status == 409);

    // A completed session is returned as it is too.
    const auto paid = f.stripe().createCheckoutSession(f.checkoutRequest("ord_expire_paid"));
    REQUIRE(payOnPage(paid.url, "4242424242424242").status == 303);
    CHECK(f.stripe().expireCheckoutSession(paid.id).status == "complete");

    // A session past its expires_at expires by itself and says so.
    auto soon = f.checkoutRequest("ord_expire_clock");
    soon.expiresAt = unixNow() + 1;
    const auto shortLived = f.stripe().createCheckoutSession(soon);
    const auto selfExpired = f.waitForEvent("checkout.session.expired", shortLived.id);
    REQUIRE(selfExpired);
    CHECK(selfExpired->orderId == "ord_expire_clock");
    CHECK(f.stripe().retrieveCheckoutSession(shortLived.id).status == "expired");
}

TEST_CASE("The sandbox holds to Stripe's bounds on expires_at by default", "[payments]")
{
    SandboxFixture f([](paysim::PaysimOptions &o) { o.checkoutMinLifetimeSeconds = 1800; });
    auto request = f.checkoutRequest("ord_bounds");
    request.expiresAt = unixNow() + 900;
    try {
        f.stripe().createCheckoutSession(request);
        FAIL("expires_at 15 minutes ahead was accepted");
    } catch (const payments::ProviderError &e) {
        CHECK(e.httpStatus == 400);
        CHECK(e.code == "parameter_invalid");
        CHECK(std::string(e.what()).find("expires_at") != std::string::npos);
    }
    request.expiresAt = unixNow() + 31 * 60;
    CHECK(f.stripe().createCheckoutSession(request).status == "open");
}

TEST_CASE("Unknown sessions and missing keys are answered in Stripe's error shape", "[payments]")
{
    SandboxFixture f;
    try {
        f.stripe().retrieveCheckoutSession("cs_test_nothing");
        FAIL("an unknown session was found");
    } catch (const payments::ProviderError &e) {
        CHECK(e.httpStatus == 404);
        CHECK(e.code == "resource_missing");
        CHECK_FALSE(e.transient);
    }

    payments::StripeProvider::Config config = f.stripe().config();
    config.secretKey = "sk_test_wrong";
    payments::StripeProvider wrongKey(config);
    try {
        wrongKey.createCheckoutSession(f.checkoutRequest("ord_auth"));
        FAIL("a wrong key was accepted");
    } catch (const payments::ProviderError &e) {
        CHECK(e.httpStatus == 401);
        CHECK(e.code == "invalid_request_error");
        CHECK_FALSE(e.transient);
    }
    const auto raw = httpGet(f.base() + "/v1/checkout/sessions/cs_x");
    CHECK(raw.status == 401);
    CHECK(raw.body.find("\"error\"") != std::string::npos);
}

TEST_CASE("Every page the sandbox serves says SANDBOX, errors included", "[payments]")
{
    SandboxFixture f;
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_pages"));
    const auto tracker = f.tracking().createTracker({"LX123456789JP", "JapanPost"});
    for (const auto &path : {std::string("/"), pagePath(session.url), std::string("/pay/cs_test_unknown"),
                             std::string("/pay/") + session.id + "/authenticate", std::string("/nowhere"),
                             std::string("/track/") + tracker.id, std::string("/track/trk_unknown")}) {
        const auto page = httpGet(f.base() + path);
        INFO(path << " answered " << page.status);
        CHECK(page.body.find("SANDBOX") != std::string::npos);
        CHECK(!page.header("x-sandbox").empty());
    }
    CHECK(httpGet(f.base() + "/pay/cs_test_unknown").status == 404);
    const auto wrongMethod = httpPostForm(f.base() + "/", {});
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.body.find("SANDBOX") != std::string::npos);
}

TEST_CASE("The control API pays a session without the form, as a test or a benchmark would", "[payments]")
{
    SandboxFixture f;
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_control"));
    const auto declined = httpPostJson(f.base() + "/sandbox/checkout/" + session.id + "/pay",
                                       R"({"card": "4000000000000002"})");
    CHECK(declined.status == 402);
    CHECK(declined.body.find("\"outcome\":\"declined\"") != std::string::npos);
    const auto challenge =
        httpPostForm(f.base() + "/sandbox/checkout/" + session.id + "/pay", {{"card", "4000002760003184"}});
    CHECK(challenge.status == 200);
    CHECK(challenge.body.find("\"outcome\":\"requires_action\"") != std::string::npos);
    const auto done = httpPostJson(f.base() + "/sandbox/checkout/" + session.id + "/authenticate",
                                   R"({"result": "complete"})");
    CHECK(done.status == 200);
    CHECK(done.body.find("\"outcome\":\"succeeded\"") != std::string::npos);
    CHECK(f.stripe().retrieveCheckoutSession(session.id).paymentStatus == "paid");
}
