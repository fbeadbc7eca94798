// Finding listings again: favourites (a watch list only its owner sees), recently viewed (a cookie, so
// signed out too) and similar items on the listing page.
#include "support/escrow_world.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("Favourites: saved from the listing page, listed for their owner only, removed again", "[marketplace][finding]")
{
    EscrowWorld w;
    Client buyer(w.port());
    REQUIRE(buyer.signIn(w.buyer.email, kWorldPassword).status == 303);
    const auto listing = "/listings/" + w.listingId;
    auto page = buyer.get(listing + "?lang=en");
    CHECK_THAT(page.body, Catch::Contains("Save to favourites"));
    REQUIRE(buyer.postForm(listing + "/favourite", {{"csrf_token", extractCsrf(page.body)}}).status == 303);
    page = buyer.get(listing + "?lang=en");
    CHECK_THAT(page.body, Catch::Contains("Saved — remove from favourites"));
    CHECK_THAT(page.body, Catch::Contains("1 people watch this"));
    CHECK_THAT(buyer.get("/favourites").body, Catch::Contains(listing));

    // Another account's list is its own; without a CSRF token nothing is saved.
    const auto other = w.makeBuyer("other@escrow.test");
    Client otherBrowser(w.port());
    REQUIRE(otherBrowser.signIn(other.email, kWorldPassword).status == 303);
    CHECK_THAT(otherBrowser.get("/favourites").body, !Catch::Contains(listing));
    CHECK(otherBrowser.postForm(listing + "/favourite", {}).status == 403);
    Client anonymous(w.port());
    CHECK(anonymous.get("/favourites").status == 303);
    CHECK(buyer.postForm("/listings/no-such/favourite", {{"csrf_token", extractCsrf(page.body)}}).status == 404);

    REQUIRE(buyer.postForm(listing + "/unfavourite", {{"csrf_token", extractCsrf(page.body)}}).status == 303);
    CHECK_THAT(buyer.get("/favourites").body, !Catch::Contains(listing));
}

TEST_CASE("Recently viewed listings show on the home page, newest first, signed out too", "[marketplace][finding]")
{
    EscrowWorld w;
    const auto second = w.makeListing(1);
    Client anonymous(w.port());
    REQUIRE(anonymous.get("/listings/" + w.listingId).status == 200);
    REQUIRE(anonymous.get("/listings/" + second).status == 200);
    const auto home = anonymous.get("/?lang=en");
    REQUIRE(home.status == 200);
    const auto recent = home.body.find("Recently viewed");
    REQUIRE(recent != std::string::npos);
    const auto a = home.body.find("/listings/" + second, recent);
    const auto b = home.body.find("/listings/" + w.listingId, recent);
    CHECK(a < b); // the last one viewed first
    // A forged cookie is read as ids only.
    Client forged(w.port());
    forged.setCookie("recent", "<script>.." + w.listingId);
    const auto page = forged.get("/?lang=en");
    CHECK(page.status == 200);
    CHECK_THAT(page.body, !Catch::Contains("<script>"));
}

TEST_CASE("Similar items: the same category, the most words in common first", "[marketplace][finding]")
{
    EscrowWorld w;
    // The default listing is a Seiko watch; two more watches, one sharing its words.
    const auto near = w.makeListing(1);
    w.db().execute("UPDATE listings SET title = 'Vintage Seiko 5 automatic watch, serviced' WHERE id = ?", {near});
    const auto far = w.makeListing(1);
    w.db().execute("UPDATE listings SET title = 'Quartz alarm', description = 'Loud.' WHERE id = ?", {far});
    Client anonymous(w.port());
    const auto page = anonymous.get("/listings/" + w.listingId + "?lang=en");
    const auto similar = page.body.find("Similar items");
    REQUIRE(similar != std::string::npos);
    const auto n = page.body.find("/listings/" + near, similar);
    const auto f = page.body.find("/listings/" + far, similar);
    REQUIRE(n != std::string::npos);
    REQUIRE(f != std::string::npos);
    CHECK(n < f);
    CHECK(page.body.find("href=\"/listings/" + w.listingId + "\"", similar) == std::string::npos); // not itself
}
