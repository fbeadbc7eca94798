// The dispute pages (docs/disputes.md, "Parties"): the buyer opens a dispute from the order on the web,
// the seller answers with an offer, the buyer accepts it once however often the form is sent; outsiders
// see nothing and what people write is escaped.
#include "orders/escrow_services.h"
#include "store/disputes.h"
#include "store/orders.h"
#include "support/escrow_world.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

std::string hiddenValue(const std::string &html, const std::string &name)
{
    const std::string marker = "name=\"" + name + "\" value=\"";
    const auto pos = html.find(marker);
    if (pos == std::string::npos)
        return {};
    const auto start = pos + marker.size();
    return html.substr(start, html.find('"', start) - start);
}

Client browserOf(EscrowWorld &w, const Account &who)
{
    Client c(w.port());
    REQUIRE(c.signIn(who.email, kWorldPassword).status == 303);
    return c;
}

std::string deliveredOrder(EscrowWorld &w)
{
    const auto o = w.createOrder(w.buyer, w.listingId);
    w.pay(o);
    w.flushWebhooks();
    const auto id = w.waitForStatus(w.buyer, o.at("id"), "paid").at("id").get<std::string>();
    REQUIRE(w.call("POST", "/api/v1/orders/" + id + "/ship", w.seller,
                   {{"carrier", "EMS"}, {"tracking_number", "EE000000001JP"}})
                .status == 200);
    REQUIRE(w.escrow().timers().runOnce(store::OrderStore::load(w.db(), id)->deliveryDue + 1).delivered == 1);
    return id;
}

} // namespace

TEST_CASE("A buyer opens a dispute on the web and accepts the seller's offer once", "[disputes][marketplace]")
{
    EscrowWorld w;
    const auto id = deliveredOrder(w);
    auto buyer = browserOf(w, w.buyer);
    const auto form = buyer.get("/orders/" + id + "/problem");
    REQUIRE(form.status == 200);
    CHECK_THAT(form.body, Catch::Contains("It is not as described"));
    const auto csrf = extractCsrf(form.body);

    // Too short: the form comes back with the message and what was typed.
    auto r = buyer.postForm("/orders/" + id + "/problem",
                            {{"csrf_token", csrf}, {"reason", "not_as_described"}, {"text", "bad"}});
    CHECK(r.status == 422);
    CHECK_THAT(r.body, Catch::Contains("at least 10 characters"));

    r = buyer.postForm("/orders/" + id + "/problem",
                       {{"csrf_token", csrf},
                        {"reason", "not_as_described"},
                        {"text", "The strap is <b>missing</b> & the case is scratched."}});
    REQUIRE(r.status == 303);
    const auto url = r.header("location");
    REQUIRE(url.rfind("/disputes/", 0) == 0);
    const auto did = url.substr(10);
    auto page = buyer.get(url);
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("Waiting for the seller"));
    CHECK_THAT(page.body, Catch::Contains("&lt;b&gt;missing&lt;/b&gt; &amp; the case"));
    CHECK(page.body.find("<b>missing</b>") == std::string::npos);
    // The order page now leads to the dispute.
    CHECK(buyer.get("/orders/" + id + "/problem").header("location") == url);
    CHECK(store::OrderStore::load(w.db(), id)->state == "disputed");

    // Someone else sees nothing; the seller sees the case and answers with an offer.
    auto other = browserOf(w, w.makeBuyer("nosy@caravan.example"));
    CHECK(other.get(url).status == 404);
    auto seller = browserOf(w, w.seller);
    const auto sellerPage = seller.get(url);
    REQUIRE(sellerPage.status == 200);
    const auto o = *store::OrderStore::load(w.db(), id);
    r = seller.postForm(url + "/answer", {{"csrf_token", extractCsrf(sellerPage.body)},
                                          {"text", "Sorry, I missed the strap. Part refund?"},
                                          {"offer_amount", "20.00"}});
    REQUIRE(r.status == 303);
    CHECK(r.header("location") == url);
    CHECK(store::DisputeStore::load(w.db(), did)->status == "awaiting_buyer");

    page = buyer.get(url);
    CHECK_THAT(page.body, Catch::Contains("A partial refund of"));
    const std::map<std::string, std::string> accept{{"csrf_token", extractCsrf(page.body)},
                                                    {"action_key", hiddenValue(page.body, "action_key")}};
    REQUIRE(buyer.postForm(url + "/accept", accept).status == 303);
    REQUIRE(buyer.postForm(url + "/accept", accept).status == 303); // the double click
    const auto d = *store::DisputeStore::load(w.db(), did);
    CHECK(d.outcome == "split");
    CHECK(d.refundMinor == 2000);
    CHECK(o.buyerCurrency == "EUR");
    CHECK(store::OrderStore::load(w.db(), id)->state == "released");
    page = buyer.get(url);
    CHECK_THAT(page.body, Catch::Contains("Part of the money was refunded to the buyer"));
    CHECK(buyer.get(url + "?lang=zh_CN").body.find("部分款项退还买家") != std::string::npos);
    CHECK(w.ledgerHolds());
}

TEST_CASE("The dispute form explains when a dispute cannot be opened", "[disputes][marketplace]")
{
    EscrowWorld w;
    const auto o = w.createOrder(w.buyer, w.listingId);
    w.pay(o);
    w.flushWebhooks();
    const auto id = w.waitForStatus(w.buyer, o.at("id"), "paid").at("id").get<std::string>();
    auto buyer = browserOf(w, w.buyer);
    const auto form = buyer.get("/orders/" + id + "/problem");
    REQUIRE(form.status == 200);
    CHECK_THAT(form.body, Catch::Contains("after the seller has shipped"));
    const auto r = buyer.postForm("/orders/" + id + "/problem", {{"csrf_token", extractCsrf(form.body)},
                                                                 {"reason", "not_received"},
                                                                 {"text", "It has not come at all so far."}});
    CHECK(r.status == 409);
    CHECK_THAT(r.body, Catch::Contains("cannot be disputed now"));
    CHECK(store::OrderStore::load(w.db(), id)->state == "paid");
}
