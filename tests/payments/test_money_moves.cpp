// Refunds, connected accounts and transfers through the production StripeProvider against caravan-paysim.
#include "support/sandbox_fixture.h"

#include <Poco/Net/ServerSocket.h>
#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// A paid session's PaymentIntent.
std::string paidIntent(SandboxFixture &f, const std::string &orderId, std::int64_t amount = 5000)
{
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest(orderId, amount));
    REQUIRE(payOnPage(session.url, "4242424242424242").status == 303);
    const auto after = f.stripe().retrieveCheckoutSession(session.id);
    REQUIRE(after.paymentStatus == "paid");
    return after.paymentIntentId;
}

payments::RefundRequest refundOf(const std::string &intent, std::int64_t amount, const std::string &key)
{
    payments::RefundRequest r;
    r.paymentIntentId = intent;
    r.amountMinor = amount;
    r.reason = "requested_by_customer";
    r.idempotencyKey = key;
    r.metadata = {{"refund_id", key}, {"order_id", "ord_refund"}};
    return r;
}

template <class F> payments::ProviderError refusal(F f)
{
    try {
        f();
    } catch (const payments::ProviderError &e) {
        return e;
    }
    FAIL("the call was not refused");
    return payments::ProviderError(0, "", "", false);
}

} // namespace

TEST_CASE("Refunds: partial, the rest, nothing more - each answered once per key", "[payments]")
{
    SandboxFixture f;
    const auto intent = paidIntent(f, "ord_refund");

    const auto partial = f.stripe().createRefund(refundOf(intent, 1500, "refund:1"));
    CHECK(partial.id.rfind("re_", 0) == 0);
    CHECK(partial.status == "succeeded");
    CHECK(partial.amountMinor == 1500);
    CHECK(partial.currency == "EUR");
    CHECK(partial.paymentIntentId == intent);
    CHECK(partial.metadata.at("refund_id") == "refund:1");
    CHECK(f.stripe().createRefund(refundOf(intent, 1500, "refund:1")).id == partial.id); // replayed

    const auto over = refusal([&] { f.stripe().createRefund(refundOf(intent, 4000, "refund:2")); });
    CHECK(over.httpStatus == 400);
    CHECK(over.code == "amount_too_large");
    CHECK_FALSE(over.transient);

    const auto rest = f.stripe().createRefund(refundOf(intent, 0, "refund:3"));
    CHECK(rest.amountMinor == 3500);
    CHECK(f.stripe().retrieveRefund(rest.id).status == "succeeded");

    const auto none = refusal([&] { f.stripe().createRefund(refundOf(intent, 0, "refund:4")); });
    CHECK(none.code == "charge_already_refunded");

    const auto created = f.waitForEvent("refund.created", rest.id);
    REQUIRE(created);
    CHECK(created->status == "succeeded");
    CHECK(created->amountMinor == 3500);
    CHECK(created->paymentIntentId == intent);
    CHECK(created->orderId == "ord_refund");
    CHECK(created->metadata.at("refund_id") == "refund:3");
    REQUIRE(f.waitForEvent("charge.refunded"));
}

TEST_CASE("A refund of a payment that was never made is refused", "[payments]")
{
    SandboxFixture f;
    const auto missing = refusal([&] { f.stripe().createRefund(refundOf("pi_nothing", 0, "refund:x")); });
    CHECK(missing.httpStatus == 404);
    CHECK(missing.code == "resource_missing");

    // A declined attempt leaves an unpaid PaymentIntent.
    const auto session = f.stripe().createCheckoutSession(f.checkoutRequest("ord_unpaid"));
    REQUIRE(payOnPage(session.url, "4000000000000002").status == 402);
    const auto intent = f.stripe().retrieveCheckoutSession(session.id).paymentIntentId;
    REQUIRE(!intent.empty());
    const auto unpaid = refusal([&] { f.stripe().createRefund(refundOf(intent, 0, "refund:y")); });
    CHECK(unpaid.httpStatus == 400);
    CHECK(unpaid.code == "payment_intent_unexpected_state");
}

TEST_CASE("With --refund-delay-ms a refund is pending first and refund.updated says it succeeded",
          "[payments]")
{
    SandboxFixture f([](paysim::PaysimOptions &o) { o.refundDelayMs = 50; });
    const auto intent = paidIntent(f, "ord_slow_refund");
    const auto pending = f.stripe().createRefund(refundOf(intent, 0, "refund:slow"));
    CHECK(pending.status == "pending");
    const auto updated = f.waitForEvent("refund.updated", pending.id);
    REQUIRE(updated);
    CHECK(updated->status == "succeeded");
    CHECK(updated->metadata.at("refund_id") == "refund:slow");
    CHECK(f.stripe().retrieveRefund(pending.id).status == "succeeded");
}

TEST_CASE("A connected account is created and a transfer reaches it", "[payments]")
{
    SandboxFixture f;
    payments::AccountRequest a;
    a.country = "jp";
    a.email = "seller@example.com";
    a.idempotencyKey = "account:user_7";
    a.metadata = {{"user_id", "user_7"}};
    const auto account = f.stripe().createConnectedAccount(a);
    CHECK(account.id.rfind("acct_", 0) == 0);
    CHECK(account.payoutsEnabled);
    CHECK(f.stripe().createConnectedAccount(a).id == account.id);

    payments::TransferRequest t;
    t.amountMinor = 4200;
    t.currency = "JPY";
    t.destinationAccount = account.id;
    t.transferGroup = "payout_9";
    t.idempotencyKey = "payout:9";
    t.metadata = {{"payout_id", "payout_9"}};
    const auto transfer = f.stripe().createTransfer(t);
    CHECK(transfer.id.rfind("tr_", 0) == 0);
    CHECK(transfer.amountMinor == 4200);
    CHECK(transfer.currency == "JPY");
    CHECK(transfer.destinationAccount == account.id);
    CHECK_FALSE(transfer.reversed);
    CHECK(transfer.metadata.at("payout_id") == "payout_9");
    CHECK(f.stripe().createTransfer(t).id == transfer.id);

    const auto event = f.waitForEvent("transfer.created", transfer.id);
    REQUIRE(event);
    CHECK(event->metadata.at("payout_id") == "payout_9");
    CHECK(event->amountMinor == 4200);
    CHECK(event->currency == "JPY");
    REQUIRE(f.waitForEvent("account.updated", account.id));

    t.destinationAccount = "acct_nobody";
    t.idempotencyKey = "payout:10";
    const auto nobody = refusal([&] { f.stripe().createTransfer(t); });
    CHECK(nobody.httpStatus == 400);
    CHECK(nobody.code == "resource_missing");
}

TEST_CASE("No answer is a transient network error", "[payments]")
{
    std::uint16_t port = 0;
    {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
        port = socket.address().port();
    } // closed: nothing listens there now
    payments::StripeProvider::Config config;
    config.apiBase = "http://127.0.0.1:" + std::to_string(port);
    config.secretKey = "sk_test_x";
    config.timeoutSeconds = 5;
    payments::StripeProvider stripe(config);
    const auto e = refusal([&] { stripe.retrieveRefund("re_1"); });
    CHECK(e.httpStatus == 0);
    CHECK(e.code == "network");
    CHECK(e.transient);

    config.apiBase = "not a url";
    payments::StripeProvider broken(config);
    const auto bad = refusal([&] { broken.retrieveRefund("re_1"); });
    CHECK(bad.code == "invalid_url");
    CHECK_FALSE(bad.transient);
}
