// The dispute pages (docs/disputes.md, "Parties"): the buyer opens a dispute from the order on the web,
// the seller answers with an offer, the buyer accepts it once however often the form is sent; outsiders
// see nothing and what people write is escaped.
#include "orders/escrow_services.h"
#include "store/disputes.h"
#include "store/orders.h"
#include "accounts/crypto.h"
#include "support/escrow_world.h"
#include "test_sync_helpers.h"

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

TEST_CASE("Photos go with a dispute from the web form, verified, and only the parties and staff see them",
          "[disputes][marketplace][photos]")
{
    EscrowWorld w;
    const auto id = deliveredOrder(w);
    auto buyer = browserOf(w, w.buyer);
    const auto form = buyer.get("/orders/" + id + "/problem");
    REQUIRE(form.status == 200);
    CHECK_THAT(form.body, Catch::Contains("enctype=\"multipart/form-data\""));
    CHECK_THAT(form.body, Catch::Contains("type=\"file\""));
    const auto csrf = extractCsrf(form.body);
    const auto teapot = test::sync::readFile(TestEnv::fixtures() / "photos" / "teapot.jpg");
    const auto lantern = test::sync::readFile(TestEnv::fixtures() / "photos" / "lantern.jpg");
    const std::map<std::string, std::string> fields{
        {"csrf_token", csrf}, {"reason", "damaged"}, {"text", "The spout arrived broken off, see the photos."}};

    // A file that is no photo refuses the form, keeps the text and opens nothing.
    auto r = buyer.postMultipart("/orders/" + id + "/problem", fields,
                                 {{"photos", "spout.jpg", "this is text, not a JPEG"}});
    CHECK(r.status == 415);
    CHECK_THAT(r.body, Catch::Contains("A photo could not be used"));
    CHECK_THAT(r.body, Catch::Contains("The spout arrived broken off"));
    CHECK(store::OrderStore::load(w.db(), id)->state == "delivered");
    // Without the CSRF token nothing happens either.
    auto noToken = fields;
    noToken.erase("csrf_token");
    CHECK(buyer.postMultipart("/orders/" + id + "/problem", noToken, {{"photos", "a.jpg", teapot}}).status == 403);
    CHECK(store::OrderStore::load(w.db(), id)->state == "delivered");

    r = buyer.postMultipart("/orders/" + id + "/problem", fields,
                            {{"photos", "spout.jpg", teapot}, {"photos", "box.jpg", lantern}});
    INFO(r.body);
    REQUIRE(r.status == 303);
    const auto url = r.header("location");
    const auto did = url.substr(10);
    const auto events = store::DisputeStore::events(w.db(), did);
    REQUIRE_FALSE(events.empty());
    const auto photos = events.front().photos;
    REQUIRE(photos.size() == 2);
    CHECK(photos[0] == accounts::sha256Hex(teapot));
    CHECK(photos[1] == accounts::sha256Hex(lantern));
    const auto page = buyer.get(url);
    CHECK_THAT(page.body, Catch::Contains("/photos/" + photos[0] + ".jpg"));

    // The stored photo is the re-encoded JPEG; the seller sees it, an outsider and the public do not.
    const auto mine = buyer.get("/photos/" + photos[0] + ".jpg");
    CHECK(mine.status == 200);
    CHECK(mine.header("content-type") == "image/jpeg");
    auto seller = browserOf(w, w.seller);
    CHECK(seller.get("/photos/" + photos[1] + ".jpg").status == 200);
    auto other = browserOf(w, w.makeBuyer("nosy@caravan.example"));
    CHECK(other.get("/photos/" + photos[0] + ".jpg").status == 404);
    Client anonymous(w.port());
    CHECK(anonymous.get("/photos/" + photos[0] + ".jpg").status == 404);

    // The seller answers with a photo of their own; staff see every photo of the case.
    const auto sellerPage = seller.get(url);
    const auto kimono = test::sync::readFile(TestEnv::fixtures() / "photos" / "kimono.jpg");
    r = seller.postMultipart(url + "/answer",
                             {{"csrf_token", extractCsrf(sellerPage.body)}, {"text", "It left here whole; photo."}},
                             {{"photos", "packed.jpg", kimono}});
    REQUIRE(r.status == 303);
    CHECK(store::DisputeStore::load(w.db(), did)->status == "awaiting_buyer");
    CHECK(buyer.get("/photos/" + accounts::sha256Hex(kimono) + ".jpg").status == 200);
    const auto staff = w.makeStaff("arbiter@caravan.example");
    const auto c = w.call("GET", "/api/v1/staff/disputes/" + did, staff);
    REQUIRE(c.status == 200);
    CHECK_THAT(c.body, Catch::Contains(accounts::sha256Hex(kimono)));
    CHECK(w.call("GET", "/api/v1/staff/photos/" + accounts::sha256Hex(kimono), staff).status == 200);

    // A client that sends every value as a file part (as Python's requests does with files=) is read the
    // same way: the token and the text arrive; with a wrong token nothing is written.
    {
        const auto page = buyer.get(url);
        const auto before = store::DisputeStore::events(w.db(), did).size();
        auto sent = buyer.postMultipart(url + "/messages", {},
                                        {{"csrf_token", "csrf_token", extractCsrf(page.body)},
                                         {"text", "text", "Sent as file parts, read as fields."}});
        CHECK(sent.status == 303);
        CHECK(store::DisputeStore::events(w.db(), did).size() == before + 1);
        sent = buyer.postMultipart(url + "/messages", {},
                                   {{"csrf_token", "csrf_token", "wrong-token"}, {"text", "text", "Not written."}});
        CHECK(sent.status == 403);
        CHECK(store::DisputeStore::events(w.db(), did).size() == before + 1);
    }

    // A message with more photos than a dispute step takes is refused before anything is stored.
    const auto again = buyer.get(url);
    r = buyer.postMultipart(url + "/messages", {{"csrf_token", extractCsrf(again.body)}, {"text", "More."}},
                            std::vector<Client::FilePart>(7, {"photos", "x.jpg", teapot}));
    CHECK(r.status == 303);
    CHECK(r.header("location") == url + "?error=too_many_photos");
}
