// The buyer's marketplace pages: the landed cost on the listing page, checkout through the sandbox
// provider (a double submit places one order), and the order pages with their access rules.
#include "orders/escrow_services.h"
#include "store/addresses.h"
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

std::map<std::string, std::string> checkoutFields(const std::string &form, const std::string &service = "sample-ems")
{
    return {{"csrf_token", extractCsrf(form)},
            {"action_key", hiddenValue(form, "action_key")},
            {"to", "DE"},
            {"service", service},
            {"ship_name", "Emma Johnson"},
            {"ship_line1", "Hauptstrasse 1"},
            {"ship_city", "Berlin"},
            {"ship_postal_code", "10115"}};
}

} // namespace

TEST_CASE("The listing page shows what a buyer pays to their door, in their language", "[marketplace]")
{
    EscrowWorld w;
    Client anonymous(w.port());
    const auto page = anonymous.get("/listings/" + w.listingId + "?to=DE");
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("What you pay to your door"));
    CHECK_THAT(page.body, Catch::Contains("EUR 134.80")); // item, postage and buyer protection, paid now
    CHECK_THAT(page.body, Catch::Contains("Duty and import tax due on delivery"));
    CHECK_THAT(page.body, Catch::Contains("Exchange rate"));
    CHECK_THAT(page.body, Catch::Contains("Sign in to buy"));
    bool remembered = false;
    for (const auto &c : page.all("set-cookie"))
        remembered = remembered || c.rfind("ship_to=DE", 0) == 0;
    CHECK(remembered);
    // The condition and category as labels, with the condition's definition.
    CHECK_THAT(page.body, Catch::Contains("Good"));
    CHECK_THAT(page.body, Catch::Contains("Watches"));

    const auto zh = anonymous.get("/listings/" + w.listingId + "?to=DE&lang=zh_CN");
    CHECK_THAT(zh.body, Catch::Contains("到手总价"));
    const auto excluded = anonymous.get("/listings/" + w.listingId + "?to=RU&lang=en");
    CHECK_THAT(excluded.body, Catch::Contains("does not ship to"));
    CHECK(anonymous.get("/listings/no-such-listing").status == 404);
}

TEST_CASE("Checkout places one order however often the form is sent and pays on the provider's page", "[marketplace]")
{
    EscrowWorld w;
    auto browser = browserOf(w, w.buyer);
    const auto form = browser.get("/listings/" + w.listingId + "/buy?to=DE");
    REQUIRE(form.status == 200);
    CHECK_THAT(form.body, Catch::Contains("Continue to payment"));
    const auto fields = checkoutFields(form.body);
    const auto first = browser.postForm("/listings/" + w.listingId + "/buy", fields);
    INFO(first.body);
    REQUIRE(first.status == 303);
    const auto payPage = first.header("location");
    CHECK(payPage.rfind(w.sandbox().baseUrl() + "/pay/", 0) == 0);
    // A double click or a reload sends the same form again: the same order, the same payment page.
    const auto second = browser.postForm("/listings/" + w.listingId + "/buy", fields);
    CHECK(second.status == 303);
    CHECK(second.header("location") == payPage);
    const auto orders = json::parse(w.call("GET", "/api/v1/orders?role=buyer", w.buyer).body).at("orders");
    REQUIRE(orders.size() == 1);
    const auto id = orders[0].at("id").get<std::string>();

    // A declined card shows on the order page; a good one pays.
    w.pay(orders[0], "4000000000000002");
    w.flushWebhooks();
    auto orderPage = browser.get("/orders/" + id);
    REQUIRE(orderPage.status == 200);
    CHECK_THAT(orderPage.body, Catch::Contains("Awaiting payment"));
    CHECK_THAT(orderPage.body, Catch::Contains("The card was declined."));
    w.pay(orders[0]);
    w.flushWebhooks();
    orderPage = browser.get("/orders/" + id);
    CHECK_THAT(orderPage.body, Catch::Contains("Paid — waiting for the seller to ship"));
    CHECK_THAT(orderPage.body, Catch::Contains("Europe/Berlin")); // deadlines in the buyer's time zone
    CHECK_THAT(browser.get("/orders").body, Catch::Contains("/orders/" + id));

    // Someone else's order is not there for them; signed out, the page asks to sign in.
    const auto other = w.makeBuyer("other@escrow.test");
    auto otherBrowser = browserOf(w, other);
    CHECK(otherBrowser.get("/orders/" + id).status == 404);
    CHECK(otherBrowser.get("/orders/" + id + "/problem").status == 404);
    Client anonymous(w.port());
    CHECK(anonymous.get("/orders/" + id).status == 303);

    // The buyer cancels from the page: refunded in full.
    const auto cancel = browser.postForm("/orders/" + id + "/cancel",
                                         {{"csrf_token", extractCsrf(orderPage.body)},
                                          {"action_key", hiddenValue(orderPage.body, "action_key")}});
    CHECK(cancel.status == 303);
    CHECK(store::OrderStore::load(w.db(), id)->state == "refunded");
    CHECK(w.ledgerHolds());
}

TEST_CASE("Checkout says so when the last unit went to someone else", "[marketplace]")
{
    EscrowWorld w;
    w.createOrder(w.buyer, w.listingId); // reserves the only unit
    const auto late = w.makeBuyer("late@escrow.test");
    auto browser = browserOf(w, late);
    const auto form = browser.get("/listings/" + w.listingId + "/buy?to=DE");
    REQUIRE(form.status == 200);
    const auto r = browser.postForm("/listings/" + w.listingId + "/buy", checkoutFields(form.body));
    CHECK(r.status == 422);
    CHECK_THAT(r.body, Catch::Contains("this item has just been sold"));
    // Without the form's token nothing happens.
    auto noCsrf = checkoutFields(form.body);
    noCsrf.erase("csrf_token");
    CHECK(browser.postForm("/listings/" + w.listingId + "/buy", noCsrf).status == 403);
}

TEST_CASE("Checkout fills the address from the address book, keeps a new one, marks a bad field", "[marketplace]")
{
    EscrowWorld w;
    auto browser = browserOf(w, w.buyer);
    // A first order with "save this address": it lands in the address book.
    auto form = browser.get("/listings/" + w.listingId + "/buy?to=DE");
    REQUIRE(form.status == 200);
    CHECK_THAT(form.body, !Catch::Contains("Hauptstrasse 1")); // nothing saved yet
    auto fields = checkoutFields(form.body);
    fields["save_address"] = "1";
    REQUIRE(browser.postForm("/listings/" + w.listingId + "/buy", fields).status == 303);
    store::AddressStore book(w.db());
    const auto saved = book.list(w.buyer.id);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].line1 == "Hauptstrasse 1");
    CHECK(saved[0].country == "DE");

    // The next checkout to Germany starts with it; to France (no saved address there) it does not.
    const auto second = w.makeListing(1);
    form = browser.get("/listings/" + second + "/buy?to=DE");
    REQUIRE(form.status == 200);
    CHECK_THAT(form.body, Catch::Contains("value=\"Hauptstrasse 1\""));
    CHECK_THAT(browser.get("/listings/" + second + "/buy?to=FR").body, !Catch::Contains("Hauptstrasse 1"));

    // A required field left empty: the form comes back with that field named and marked.
    fields = checkoutFields(form.body);
    fields["ship_city"] = "";
    const auto bad = browser.postForm("/listings/" + second + "/buy", fields);
    CHECK(bad.status == 422);
    CHECK_THAT(bad.body, Catch::Contains("Fill in this field: City"));
    CHECK_THAT(bad.body, Catch::Contains("aria-invalid=\"true\""));
    CHECK(book.list(w.buyer.id).size() == 1); // nothing saved by a refused form
}

TEST_CASE("An account whose email address is not confirmed cannot buy", "[marketplace]")
{
    EscrowWorld w;
    Client browser(w.port());
    REQUIRE(browser.registerAccount("new@escrow.test", kWorldPassword, "New Buyer", "DE").status == 303);
    const auto form = browser.get("/listings/" + w.listingId + "/buy?to=DE");
    REQUIRE(form.status == 200);
    const auto r = browser.postForm("/listings/" + w.listingId + "/buy", checkoutFields(form.body));
    CHECK(r.status == 403);
    CHECK_THAT(r.body, Catch::Contains("Confirm your email address before you buy"));
    CHECK(store::OrderStore::availableUnits(w.db(), w.listingId) == 1);
}
