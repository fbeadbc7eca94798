// Messages between buyer and seller (questions and order threads, unread counts, who may read them,
// abuse guards) and blind reviews with the seller's computed rating on the profile page.
#include "orders/escrow_services.h"
#include "store/messages.h"
#include "store/orders.h"
#include "support/escrow_world.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

Client browserOf(EscrowWorld &w, const Account &who)
{
    Client c(w.port());
    REQUIRE(c.signIn(who.email, kWorldPassword).status == 303);
    return c;
}

// Posts a form that carries the page's CSRF token.
HttpResponse postFrom(Client &browser, const std::string &pagePath, const std::string &action,
                      std::map<std::string, std::string> fields)
{
    const auto page = browser.get(pagePath);
    REQUIRE(page.status == 200);
    fields["csrf_token"] = extractCsrf(page.body);
    return browser.postForm(action, fields);
}

// An order of the buyer, paid, shipped and confirmed: released.
std::string releasedOrder(EscrowWorld &w, const std::string &listingId)
{
    auto o = w.createOrder(w.buyer, listingId);
    const auto id = o.at("id").get<std::string>();
    w.pay(o);
    w.flushWebhooks();
    w.waitForStatus(w.buyer, id, "paid");
    REQUIRE(w.call("POST", "/api/v1/orders/" + id + "/ship", w.seller,
                   {{"carrier", "EMS"}, {"tracking_number", "EE123456789JP"}})
                .status == 200);
    REQUIRE(w.call("POST", "/api/v1/orders/" + id + "/confirm-receipt", w.buyer, nullptr, "confirm-" + id).status ==
            200);
    return id;
}

} // namespace

TEST_CASE("A question from the listing page starts one thread the seller answers - nobody else reads it",
          "[marketplace][messages]")
{
    EscrowWorld w;
    auto buyer = browserOf(w, w.buyer);
    const auto listing = "/listings/" + w.listingId;
    CHECK_THAT(buyer.get(listing + "?lang=en").body, Catch::Contains("Ask the seller a question"));
    auto asked = postFrom(buyer, listing + "/ask", listing + "/ask",
                          {{"body", "Does it keep time?\nAnd is the <b>bracelet</b> original?"}});
    REQUIRE(asked.status == 303);
    const auto threadUrl = asked.header("location").substr(0, asked.header("location").find('#'));
    REQUIRE(threadUrl.rfind("/messages/", 0) == 0);
    // Asking again goes to the same thread.
    asked = postFrom(buyer, listing + "/ask", listing + "/ask", {{"body", "One more thing."}});
    CHECK(asked.header("location").rfind(threadUrl, 0) == 0);

    // The seller sees two unread messages, in the header and the list, and the text escaped.
    auto seller = browserOf(w, w.seller);
    auto list = seller.get("/messages?lang=en");
    CHECK_THAT(list.body, Catch::Contains("2 unread"));
    const auto thread = seller.get(threadUrl);
    REQUIRE(thread.status == 200);
    CHECK_THAT(thread.body, Catch::Contains("is the &lt;b&gt;bracelet&lt;/b&gt; original?"));
    CHECK_THAT(thread.body, !Catch::Contains("<b>bracelet"));
    CHECK_THAT(thread.body, Catch::Contains("<p>Does it keep time?</p>")); // line breaks kept
    CHECK(store::MessageStore(w.db()).unreadCount(w.seller.id) == 0);   // read by opening it
    REQUIRE(postFrom(seller, threadUrl, threadUrl, {{"body", "Yes, +15 s a day. Original bracelet."}}).status == 303);
    CHECK(store::MessageStore(w.db()).unreadCount(w.buyer.id) == 1);
    CHECK_THAT(buyer.get(threadUrl).body, Catch::Contains("Yes, +15 s a day."));

    // Someone else: the thread does not exist for them, and they cannot write into it.
    const auto other = w.makeBuyer("nosy@escrow.test");
    auto nosy = browserOf(w, other);
    CHECK(nosy.get(threadUrl).status == 404);
    const auto home = nosy.get("/messages");
    CHECK(nosy.postForm(threadUrl, {{"csrf_token", extractCsrf(home.body)}, {"body", "hi"}}).status == 404);
    Client anonymous(w.port());
    CHECK(anonymous.get(threadUrl).status == 303); // sign in first
    // A seller cannot ask about their own listing.
    CHECK(seller.get(listing + "/ask").status == 404);
}

TEST_CASE("Messages have a size limit and a rate limit - an unconfirmed email cannot send",
          "[marketplace][messages]")
{
    WorldOptions options;
    options.server = {{"market.messages_per_hour", "3"}, {"market.message_max_chars", "20"}};
    EscrowWorld w(options);
    auto buyer = browserOf(w, w.buyer);
    const auto ask = "/listings/" + w.listingId + "/ask";
    const auto tooLong = postFrom(buyer, ask, ask, {{"body", std::string(21, 'x')}});
    CHECK(tooLong.status == 422);
    CHECK_THAT(tooLong.body, Catch::Contains("too long"));
    CHECK_THAT(tooLong.body, Catch::Contains(std::string(21, 'x'))); // kept for the writer to copy
    CHECK(postFrom(buyer, ask, ask, {{"body", "   "}}).status == 422);
    // 20 characters of Chinese are 20, not 60 bytes' worth.
    std::string chinese;
    for (int i = 0; i < 20; ++i)
        chinese += "字";
    CHECK(postFrom(buyer, ask, ask, {{"body", chinese}}).status == 303);
    CHECK(postFrom(buyer, ask, ask, {{"body", "two"}}).status == 303);
    // The third counted message of the hour is the last.
    CHECK(postFrom(buyer, ask, ask, {{"body", "three"}}).status == 303);
    const auto limited = postFrom(buyer, ask, ask, {{"body", "four"}});
    CHECK(limited.status == 429);
    CHECK_FALSE(limited.header("retry-after").empty());

    Client fresh(w.port());
    REQUIRE(fresh.registerAccount("fresh@escrow.test", kWorldPassword, "Fresh", "DE").status == 303);
    CHECK(postFrom(fresh, ask, ask, {{"body", "hello"}}).status == 403);
}

TEST_CASE("An order thread is between the order's buyer and seller", "[marketplace][messages]")
{
    EscrowWorld w;
    auto o = w.createOrder(w.buyer, w.listingId);
    const auto id = o.at("id").get<std::string>();
    auto buyer = browserOf(w, w.buyer);
    const auto sent = postFrom(buyer, "/orders/" + id, "/orders/" + id + "/messages", {{"body", "Gift wrap?"}});
    REQUIRE(sent.status == 303);
    const auto threadUrl = sent.header("location").substr(0, sent.header("location").find('#'));
    CHECK_THAT(buyer.get("/orders/" + id).body, Catch::Contains(threadUrl));
    auto seller = browserOf(w, w.seller);
    CHECK_THAT(seller.get(threadUrl).body, Catch::Contains("Gift wrap?"));
    const auto other = w.makeBuyer("other@escrow.test");
    auto nosy = browserOf(w, other);
    const auto page = nosy.get("/messages");
    CHECK(nosy.postForm("/orders/" + id + "/messages", {{"csrf_token", extractCsrf(page.body)}, {"body", "x"}})
              .status == 404);
}

TEST_CASE("Reviews are blind until both sides wrote - the profile's rating is computed from them",
          "[marketplace][reviews]")
{
    EscrowWorld w;
    const auto second = w.makeListing(1);
    const auto id = releasedOrder(w, w.listingId);
    const auto other = releasedOrder(w, second);
    auto buyer = browserOf(w, w.buyer);

    // Not before the order is released.
    auto unreleased = w.createOrder(w.buyer, w.makeListing(1));
    CHECK(w.call("POST", "/api/v1/orders/" + unreleased.at("id").get<std::string>() + "/review", w.buyer,
                 {{"rating", 5}})
              .status == 409);

    const auto page = buyer.get("/orders/" + id + "?lang=en");
    CHECK_THAT(page.body, Catch::Contains("Review the seller"));
    REQUIRE(postFrom(buyer, "/orders/" + id, "/orders/" + id + "/review", {{"rating", "4"}, {"body", "Good watch."}})
                .status == 303);
    // Once only; a rating outside 1..5 is refused.
    CHECK(postFrom(buyer, "/orders/" + id, "/orders/" + id + "/review", {{"rating", "5"}}).status == 409);
    CHECK(w.call("POST", "/api/v1/orders/" + other + "/review", w.buyer, {{"rating", 6}}).status == 422);

    // Blind: the seller's profile shows nothing yet, the buyer sees theirs waiting.
    Client anonymous(w.port());
    auto profile = anonymous.get("/sellers/" + w.seller.id + "?lang=en");
    REQUIRE(profile.status == 200);
    CHECK_THAT(profile.body, Catch::Contains("No reviews yet"));
    CHECK_THAT(buyer.get("/orders/" + id + "?lang=en").body, Catch::Contains("Your review is published when"));

    // The seller reviews the buyer through the API: both published.
    CHECK(w.call("POST", "/api/v1/orders/" + id + "/review", w.seller, {{"rating", 5}, {"body", "Quick payer."}})
              .status == 201);
    profile = anonymous.get("/sellers/" + w.seller.id + "?lang=en");
    CHECK_THAT(profile.body, Catch::Contains("★ 4.0"));
    CHECK_THAT(profile.body, Catch::Contains("Good watch."));
    CHECK_THAT(profile.body, Catch::Contains("2 completed sales"));
    CHECK_THAT(buyer.get("/orders/" + id + "?lang=en").body, Catch::Contains("Quick payer."));

    // A second review, published when its window closes: the mean is computed, never stored.
    CHECK(w.call("POST", "/api/v1/orders/" + other + "/review", w.buyer, {{"rating", 5}}).status == 201);
    CHECK_THAT(anonymous.get("/sellers/" + w.seller.id + "?lang=en").body, Catch::Contains("★ 4.0"));
    w.db().execute("UPDATE reviews SET window_ends_at = 1 WHERE order_id = ?", {other});
    CHECK_THAT(anonymous.get("/sellers/" + w.seller.id + "?lang=en").body, Catch::Contains("★ 4.5"));
    // The listing page links to the profile with the rating and the sales count.
    const auto listing = anonymous.get("/listings/" + w.listingId + "?lang=en");
    CHECK_THAT(listing.body, Catch::Contains("/sellers/" + w.seller.id));
    CHECK_THAT(listing.body, Catch::Contains("★ 4.5 (2 reviews)"));
    // Someone else's order cannot be reviewed.
    const auto nosy = w.makeBuyer("nosy@escrow.test");
    CHECK(w.call("POST", "/api/v1/orders/" + id + "/review", nosy, {{"rating", 1}}).status == 404);
    CHECK(anonymous.get("/sellers/no-such-user").status == 404);
}
