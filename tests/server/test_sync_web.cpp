// What buyers see of synced listings, moderation from caravan-cli, and the server fixes sync relies on.
#include "accounts/crypto.h"
#include "cli/moderation.h"
#include "http/request.h"
#include "runtime/settings.h"
#include "test_sync_helpers.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/MapConfiguration.h>

using namespace caravan::test;
using namespace caravan::test::sync;

namespace {

int moderate(TestServer &ts, std::vector<std::string> args, std::string &out, std::string &err)
{
    args.push_back("--data-dir");
    args.push_back(ts.env().dataDir().string());
    if (!ts.env().dbUrl().empty()) {
        args.push_back("--db");
        args.push_back(ts.env().dbUrl());
    }
    std::ostringstream o, e;
    const int code = caravan::server::runListingCommand(args, o, e);
    out = o.str();
    err = e.str();
    return code;
}

} // namespace

TEST_CASE("sync web: a published listing is on the home page with its photo after one push", "[sync][web]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto photo = readFile(TestEnv::fixtures() / "photos" / "kimono.jpg");
    const auto sha = caravan::accounts::sha256Hex(photo);
    const auto late = readFile(TestEnv::fixtures() / "photos" / "teapot.jpg");
    const auto lateSha = caravan::accounts::sha256Hex(late);
    Client app(ts.port());
    REQUIRE(app.request("PUT",
                        "/api/v1/photos/" + sha + "/upload?offset=0&total=" + std::to_string(photo.size()),
                        photo, "image/jpeg", mei.auth())
                .status == 200);

    auto listing = activeListing();
    listing["title"] = "Hand-painted silk kimono";
    listing["photos"] = {sha, lateSha};
    auto draft = activeListing();
    draft["title"] = "A draft nobody should see";
    draft["status"] = "draft";
    const auto r =
        push(ts, mei, "c", json::array({upsert(1, "kimono-1", listing), upsert(2, "draft-1", draft)}));
    REQUIRE(r[0].at("status") == "applied");
    REQUIRE(r[1].at("status") == "applied");

    Client buyer(ts.port());
    const auto home = buyer.get("/");
    CHECK_THAT(home.body, Catch::Contains("Hand-painted silk kimono"));
    CHECK_THAT(home.body, Catch::Contains("/listings/kimono-1"));
    CHECK_THAT(home.body, Catch::Contains("/photos/" + sha + ".jpg"));
    CHECK_THAT(home.body, !Catch::Contains("A draft nobody should see"));
    CHECK(buyer.get("/listings/draft-1").status == 404);
    auto page = buyer.get("/listings/kimono-1");
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("/photos/" + sha + ".jpg"));
    CHECK_THAT(page.body, !Catch::Contains(lateSha));
    // The second photo arrives after the listing: it shows once it is accepted.
    REQUIRE(app.request("PUT",
                        "/api/v1/photos/" + lateSha + "/upload?offset=0&total=" + std::to_string(late.size()),
                        late, "image/jpeg", mei.auth())
                .status == 200);
    page = buyer.get("/listings/kimono-1");
    CHECK_THAT(page.body, Catch::Contains("/photos/" + lateSha + ".jpg"));
    CHECK(page.body.find(sha) < page.body.find(lateSha)); // in the seller's order
}

TEST_CASE("sync web: moderation removes a listing from the buyer pages and the seller pulls the reason",
          "[sync][web][cli]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    auto listing = activeListing();
    listing["title"] = "Replica watch, clearly not genuine";
    push(ts, mei, "c", json::array({upsert(1, "fake-1", listing)}));
    const auto cursor = pull(ts, mei).at("cursor").get<std::int64_t>();
    Client buyer(ts.port());
    REQUIRE_THAT(buyer.get("/").body, Catch::Contains("Replica watch"));

    std::string out, err;
    CHECK(moderate(ts, {"remove", "fake-1"}, out, err) == 2); // the reason is required
    CHECK_THAT(err, Catch::Contains("--reason"));
    CHECK(moderate(ts, {"remove", "no-such-listing", "--reason", "x"}, out, err) == 1);
    REQUIRE(moderate(ts, {"remove", "fake-1", "--reason", "Counterfeit goods are not allowed"}, out, err) ==
            0);
    CHECK_THAT(out, Catch::Contains("fake-1 removed (revision 2)"));

    CHECK_THAT(buyer.get("/").body, !Catch::Contains("Replica watch"));
    CHECK(buyer.get("/listings/fake-1").status == 404);
    const auto changes = pull(ts, mei, cursor).at("changes");
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].at("revision") == 2);
    CHECK(changes[0].at("data").at("moderation") == "removed");
    CHECK(changes[0].at("data").at("moderation_reason") == "Counterfeit goods are not allowed");
    CHECK(changes[0].at("data").at("title") == "Replica watch, clearly not genuine");

    // The seller's edit keeps the moderation; restoring publishes it again.
    const auto edit =
        push(ts, mei, "c",
             json::array({upsert(2, "fake-1", {{"price_minor", 100}}, 2, {{"price_minor", 18500}})}));
    CHECK(edit[0].at("revision") == 3);
    CHECK(buyer.get("/listings/fake-1").status == 404);
    REQUIRE(moderate(ts, {"restore", "fake-1"}, out, err) == 0);
    const auto restored = lastChange(pullAll(ts, mei), "listing", "fake-1");
    CHECK(restored.at("revision") == 4);
    CHECK(restored.at("data").at("moderation") == "published");
    CHECK(restored.at("data").at("moderation_reason") == "");
    CHECK(restored.at("data").at("price_minor") == 100);
    CHECK(buyer.get("/listings/fake-1").status == 200);
}

TEST_CASE("sync web: the profile syncs - form fields decode '+' as a space", "[sync][web]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("erika@example.org", "sync test passphrase 42", "Erika Example", "DE")
                .status == 303);
    Client app(ts.port());
    const auto session = app.postJson("/api/v1/session", json{{"email", "erika@example.org"},
                                                              {"password", "sync test passphrase 42"},
                                                              {"device_name", "laptop"}}
                                                             .dump());
    REQUIRE(session.status == 201);
    const auto body = json::parse(session.body);
    CHECK(body.at("user").at("display_name") == "Erika Example");
    const Seller erika{body.at("user").at("id").get<std::string>(), body.at("token").get<std::string>()};

    const auto profile = lastChange(pullAll(ts, erika), "profile", erika.id);
    REQUIRE(!profile.is_null());
    CHECK(profile.at("data").at("display_name") == "Erika Example");
    CHECK(profile.at("data").at("email") == "erika@example.org");
    const auto r = push(ts, erika, "e",
                        json::array({json{{"id", 1},
                                          {"entity", "profile"},
                                          {"entity_id", erika.id},
                                          {"op", "upsert"},
                                          {"base_revision", 1},
                                          {"base", {{"bio", nullptr}}},
                                          {"fields", {{"bio", "Collector of Meissen porcelain."}}}},
                                     json{{"id", 2},
                                          {"entity", "profile"},
                                          {"entity_id", erika.id},
                                          {"op", "upsert"},
                                          {"fields", {{"email", "x@example.org"}}}},
                                     json{{"id", 3},
                                          {"entity", "profile"},
                                          {"entity_id", erika.id},
                                          {"op", "upsert"},
                                          {"base", {{"country", "DE"}}},
                                          {"fields", {{"country", "XX"}}}}}));
    CHECK(r[0].at("status") == "applied");
    CHECK(r[1].at("code") == "server_owned_field");
    CHECK(r[2].at("code") == "validation");
    CHECK(lastChange(pullAll(ts, erika), "profile", erika.id).at("data").at("bio") ==
          "Collector of Meissen porcelain.");

    const auto form = caravan::http::parseUrlEncoded("name=Erika+Example&plus=1%2B1&q=a+b%20c");
    CHECK(form.at("name") == "Erika Example");
    CHECK(form.at("plus") == "1+1");
    CHECK(form.at("q") == "a b c");
}

TEST_CASE("sync web: the server listens on 127.0.0.1 unless server.address says otherwise - favicon",
          "[sync][web]")
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> config = new Poco::Util::MapConfiguration;
    CHECK(caravan::server::Settings::fromConfig(*config).host == "127.0.0.1");
    config->setString("server.address", "::1");
    CHECK(caravan::server::Settings::fromConfig(*config).host == "::1");

    TestServer ts;
    Client browser(ts.port());
    const auto icon = browser.get("/favicon.ico");
    CHECK(icon.status == 200);
    CHECK(icon.header("content-type") == "image/svg+xml");
    CHECK_THAT(icon.body, Catch::StartsWith("<svg"));
    CHECK_THAT(browser.get("/").body, Catch::Contains(R"(<link rel="icon" href="/static/favicon.svg")"));
}
