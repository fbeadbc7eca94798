#include "api/sync_http.h"
#include "accounts/account_service.h"
#include "api/sync_service.h"
#include "test_sync_helpers.h"

using namespace caravan::test;
using namespace caravan::test::sync;

TEST_CASE("sync: a pushed listing comes back in the pull - a repeated push applies once", "[sync]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const json batch =
        json::array({upsert(1, "lst-1", activeListing()),
                     upsert(2, "lst-1", {{"price_minor", 17500}}, 1, {{"price_minor", 18500}})});
    const auto first = push(ts, mei, "client-a", batch);
    REQUIRE(first.size() == 2);
    CHECK(first[0] == json{{"id", 1}, {"status", "applied"}, {"revision", 1}});
    CHECK(first[1] == json{{"id", 2}, {"status", "applied"}, {"revision", 2}});

    const auto page = pull(ts, mei);
    const auto listing = lastChange(page.at("changes"), "listing", "lst-1");
    REQUIRE(!listing.is_null());
    CHECK(listing.at("op") == "upsert");
    CHECK(listing.at("revision") == 2);
    CHECK(listing.at("data").at("price_minor") == 17500);
    CHECK(listing.at("data").at("title") == activeListing().at("title"));
    CHECK(listing.at("data").at("moderation") == "published");
    CHECK(listing.at("data").at("moderation_reason") == "");
    CHECK(listing.at("data").contains("published_at"));
    CHECK(page.at("more") == false);
    const auto cursor = page.at("cursor").get<std::int64_t>();

    // The same batch again (a retry after a lost response): answered, nothing changes.
    const auto again = push(ts, mei, "client-a", batch);
    CHECK(again[0].at("status") == "applied");
    CHECK(again[1].at("status") == "applied");
    CHECK(again[1].at("revision") == 2);
    CHECK(pull(ts, mei, cursor).at("changes").empty());

    // A mutation id below the last one is not applied again, even with other content.
    const auto old = push(ts, mei, "client-a", json::array({upsert(1, "lst-1", {{"price_minor", 1}}, 2)}));
    CHECK(old[0].at("status") == "applied");
    CHECK(old[0].at("revision") == 2);
    CHECK(pull(ts, mei, cursor).at("changes").empty());
    const auto raw = pushRaw(ts, mei, "client-a", json::array());
    CHECK(json::parse(raw.body).at("last_mutation_id") == 2);
}

TEST_CASE("sync: a seller can never touch another seller's listing", "[sync]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto ana = makeSeller(ts, "ana@example.org", "PT");
    REQUIRE(push(ts, mei, "mei-laptop", json::array({upsert(1, "mei-watch", activeListing())}))[0].at(
                "status") == "applied");

    const auto edit = push(ts, ana, "ana-laptop",
                           json::array({upsert(1, "mei-watch", {{"title", "Stolen title for sure"}}, 1,
                                               {{"title", activeListing().at("title")}}),
                                        json{{"id", 2},
                                             {"entity", "listing"},
                                             {"entity_id", "mei-watch"},
                                             {"op", "delete"},
                                             {"base_revision", 1}},
                                        json{{"id", 3},
                                             {"entity", "listing"},
                                             {"entity_id", "never-existed"},
                                             {"op", "delete"},
                                             {"base_revision", 1}}}));
    CHECK(edit[0].at("status") == "rejected");
    CHECK(edit[0].at("code") == "forbidden");
    CHECK(edit[1].at("code") == "forbidden");
    // The answer for a record that does not exist is the same.
    CHECK(edit[2].at("code") == "forbidden");
    CHECK(edit[1].at("message") == edit[2].at("message"));

    // Nothing of Mei's reaches Ana, and Mei's listing is unchanged.
    for (const auto &c : pullAll(ts, ana))
        CHECK(c.at("entity_id") != "mei-watch");
    const auto mine = lastChange(pullAll(ts, mei), "listing", "mei-watch");
    CHECK(mine.at("revision") == 1);
    CHECK(mine.at("data").at("title") == activeListing().at("title"));

    // A client id belongs to the account that used it first.
    const auto hijack = pushRaw(ts, ana, "mei-laptop", json::array());
    CHECK(hijack.status == 403);
    CHECK(json::parse(hijack.body).at("error") == "forbidden");
    // Another seller's profile is off limits too.
    const auto profile = push(ts, ana, "ana-laptop",
                              json::array({json{{"id", 4},
                                                {"entity", "profile"},
                                                {"entity_id", mei.id},
                                                {"op", "upsert"},
                                                {"fields", {{"bio", "hi"}}}}}));
    CHECK(profile[0].at("code") == "forbidden");
}

TEST_CASE("sync: server-owned and unknown fields are refused, invalid listings get the issues", "[sync]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    auto withModeration = activeListing();
    withModeration["moderation"] = "published";
    auto invalid = activeListing();
    invalid["price_minor"] = -5;
    invalid.erase("title");
    const auto r = push(ts, mei, "c1",
                        json::array({upsert(1, "l1", withModeration), upsert(2, "l1", {{"sold_quantity", 0}}),
                                     upsert(3, "l1", {{"colour", "red"}}), upsert(4, "l1", invalid),
                                     upsert(5, "l1", activeListing()),
                                     upsert(6, "l1", {{"status", "draft"}}, 1, {{"status", "active"}})}));
    CHECK(r[0].at("status") == "rejected");
    CHECK(r[0].at("code") == "server_owned_field");
    CHECK(r[0].at("field") == "moderation");
    CHECK(r[1].at("code") == "server_owned_field");
    CHECK(r[1].at("field") == "sold_quantity");
    CHECK(r[2].at("code") == "unknown_field");
    CHECK(r[3].at("code") == "validation");
    bool sawTitle = false, sawPrice = false;
    for (const auto &issue : r[3].at("issues")) {
        sawTitle = sawTitle || (issue.at("field") == "title" && issue.at("code") == "required");
        sawPrice = sawPrice || issue.at("field") == "price_minor";
    }
    CHECK(sawTitle);
    CHECK(sawPrice);
    CHECK(r[4].at("status") == "applied");
    CHECK(r[4].at("revision") == 1);
    // active -> draft is not a status change the app allows either.
    CHECK(r[5].at("code") == "validation");
    CHECK(r[5].at("issues")[0].at("code") == "status_transition");
    const auto changes = pullAll(ts, mei);
    CHECK(lastChange(changes, "listing", "l1").at("revision") == 1);
}

TEST_CASE("sync: concurrent edits of one field become a conflict both devices pull - resolving reaches both",
          "[sync]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto title = activeListing().at("title").get<std::string>();
    REQUIRE(push(ts, mei, "laptop", json::array({upsert(1, "watch", activeListing())}))[0].at("revision") ==
            1);

    // Both devices edited offline from revision 1: the laptop the title and the price, the desktop the
    // title and the brand.
    const auto laptop =
        push(ts, mei, "laptop",
             json::array({upsert(2, "watch", {{"title", "Seiko 5 from the laptop"}, {"price_minor", 16000}},
                                 1, {{"title", title}, {"price_minor", 18500}})}));
    CHECK(laptop[0].at("status") == "applied");
    CHECK(laptop[0].at("revision") == 2);
    const auto desktop = push(
        ts, mei, "desktop",
        json::array({upsert(7, "watch", {{"title", "Seiko 5 from the desktop"}, {"brand", "Seiko Japan"}}, 1,
                            {{"title", title}, {"brand", "Seiko"}})}));
    REQUIRE(desktop[0].at("status") == "conflict");
    const auto conflictId = desktop[0].at("conflict_id").get<std::string>();
    CHECK(desktop[0].at("revision") == 3); // the brand (no overlap) was still applied

    const auto changes = pullAll(ts, mei); // what either device pulls
    const auto listing = lastChange(changes, "listing", "watch");
    CHECK(listing.at("data").at("title") == "Seiko 5 from the laptop");
    CHECK(listing.at("data").at("price_minor") == 16000);
    CHECK(listing.at("data").at("brand") == "Seiko Japan");
    const auto conflict = lastChange(changes, "conflict", conflictId);
    REQUIRE(!conflict.is_null());
    CHECK(conflict.at("data").at("state") == "open");
    CHECK(conflict.at("data").at("entity") == "listing");
    CHECK(conflict.at("data").at("entity_id") == "watch");
    CHECK(conflict.at("data").at("fields").at("title") == json{{"base", title},
                                                               {"server", "Seiko 5 from the laptop"},
                                                               {"client", "Seiko 5 from the desktop"}});
    CHECK(!conflict.at("data").at("fields").contains("brand"));
    const auto cursor = pull(ts, mei, 0, 500).at("cursor").get<std::int64_t>();

    // The desktop resolves: the laptop's next pull brings the chosen title and the resolved conflict.
    const auto resolved = push(ts, mei, "desktop",
                               json::array({json{{"id", 8},
                                                 {"entity", "conflict"},
                                                 {"entity_id", conflictId},
                                                 {"op", "resolve"},
                                                 {"fields", {{"title", "Seiko 5 automatic, merged"}}}}}));
    CHECK(resolved[0].at("status") == "applied");
    CHECK(resolved[0].at("revision") == 4);
    const auto after = pull(ts, mei, cursor).at("changes");
    CHECK(lastChange(after, "listing", "watch").at("data").at("title") == "Seiko 5 automatic, merged");
    CHECK(lastChange(after, "conflict", conflictId).at("data").at("state") == "resolved");
    // Another seller cannot resolve it.
    const auto ana = makeSeller(ts, "ana@example.org");
    const auto foreign = push(ts, ana, "ana",
                              json::array({json{{"id", 1},
                                                {"entity", "conflict"},
                                                {"entity_id", conflictId},
                                                {"op", "resolve"},
                                                {"fields", {{"title", "x"}}}}}));
    CHECK(foreign[0].at("code") == "forbidden");
}

TEST_CASE("sync: a delete travels as a tombstone", "[sync]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    push(ts, mei, "c", json::array({upsert(1, "gone", activeListing())}));
    const auto r = push(ts, mei, "c",
                        json::array({json{{"id", 2},
                                          {"entity", "listing"},
                                          {"entity_id", "gone"},
                                          {"op", "delete"},
                                          {"base_revision", 1}},
                                     upsert(3, "gone", {{"price_minor", 100}}, 2)}));
    CHECK(r[0] == json{{"id", 2}, {"status", "applied"}, {"revision", 2}});
    CHECK(r[1].at("code") == "deleted");
    const auto tomb = lastChange(pullAll(ts, mei), "listing", "gone");
    CHECK(tomb.at("op") == "delete");
    CHECK(tomb.at("revision") == 2);
    CHECK(!tomb.contains("data"));
    Client buyer(ts.port());
    CHECK(buyer.get("/listings/gone").status == 404);
}

TEST_CASE("sync: pull pages with more - a cursor past the end gives an empty page", "[sync]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    json batch = json::array();
    for (int i = 1; i <= 25; ++i) {
        auto l = activeListing();
        l["title"] = "Vintage Seiko watch number " + std::to_string(i);
        batch.push_back(upsert(i, "page-" + std::to_string(i), l));
    }
    push(ts, mei, "c", batch);
    std::int64_t cursor = 0;
    std::vector<std::int64_t> seqs;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const auto page = pull(ts, mei, cursor, 10);
        CHECK(page.at("changes").size() <= 10);
        for (const auto &c : page.at("changes"))
            seqs.push_back(c.at("seq").get<std::int64_t>());
        more = page.at("more").get<bool>();
        cursor = page.at("cursor").get<std::int64_t>();
    }
    CHECK(pages == 3); // 25 listings + the profile = 26 changes
    REQUIRE(seqs.size() == 26);
    for (std::size_t i = 1; i < seqs.size(); ++i)
        CHECK(seqs[i] == seqs[i - 1] + 1);
    const auto past = pull(ts, mei, cursor + 1000);
    CHECK(past.at("changes").empty());
    CHECK(past.at("more") == false);
    Client c(ts.port());
    CHECK(c.get("/api/v1/sync/pull?cursor=abc", mei.auth()).status == 400);
    CHECK(c.get("/api/v1/sync/pull").status == 401);
}

TEST_CASE("sync: an oversize batch is refused whole - malformed bodies name the problem", "[sync]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    json batch = json::array();
    for (int i = 1; i <= static_cast<int>(caravan::api::sync::kMaxMutations) + 1; ++i)
        batch.push_back(upsert(i, "big-" + std::to_string(i), activeListing()));
    const auto r = pushRaw(ts, mei, "c", batch);
    CHECK(r.status == 413);
    CHECK(json::parse(r.body).at("error") == "too_many_mutations");
    // Over 1 MiB of JSON (within 100 mutations) is refused too.
    auto huge = activeListing();
    huge["description"] = std::string(1100 * 1024, 'x');
    // Sent gzip-compressed, so the limit that counts is the server's on the inflated body.
    const auto body = json{{"client_id", "c"}, {"mutations", json::array({upsert(1, "huge", huge)})}}.dump();
    auto headers = mei.auth();
    headers["Content-Encoding"] = "gzip";
    Client gz(ts.port());
    const auto tooBig =
        gz.request("POST", "/api/v1/sync/push", caravan::api::sync::gzip(body), "application/json", headers);
    CHECK(tooBig.status == 413);
    for (const auto &c : pullAll(ts, mei))
        CHECK(c.at("entity") == "profile");

    Client app(ts.port());
    const auto broken =
        app.postJson("/api/v1/sync/push", "{\"client_id\": \"c\", \"mutations\": [", mei.auth());
    CHECK(broken.status == 400);
    CHECK(json::parse(broken.body).at("error") == "malformed_json");
    // A number beyond a double is malformed too, not a server error (found by tests/fuzz), here and on
    // the other JSON routes.
    const auto overflow = app.postJson(
        "/api/v1/sync/push", "{\"client_id\": \"c\", \"mutations\": [{\"id\": 2e886266}]}", mei.auth());
    CHECK(overflow.status == 400);
    CHECK(json::parse(overflow.body).at("error") == "malformed_json");
    const auto hugeSession = app.postJson("/api/v1/session", "{\"email\": 1e999999}");
    CHECK(hugeSession.status == 400);
    CHECK(json::parse(hugeSession.body).at("error") == "malformed_json");
    const auto noId =
        app.postJson("/api/v1/sync/push",
                     json{{"client_id", "c"}, {"mutations", {{{"entity", "listing"}}}}}.dump(), mei.auth());
    CHECK(noId.status == 400);
    CHECK_THAT(json::parse(noId.body).at("message").get<std::string>(), Catch::Contains("mutations[0].id"));
    const auto noClient =
        app.postJson("/api/v1/sync/push", json{{"mutations", json::array()}}.dump(), mei.auth());
    CHECK(noClient.status == 400);
    CHECK_THAT(json::parse(noClient.body).at("message").get<std::string>(), Catch::Contains("client_id"));
}

TEST_CASE("sync: gzip request bodies are inflated, responses are gzip when accepted", "[sync]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto body =
        json{{"client_id", "gz"}, {"mutations", json::array({upsert(1, "gz-1", activeListing())})}}.dump();
    auto headers = mei.auth();
    headers["Content-Encoding"] = "gzip";
    headers["Accept-Encoding"] = "gzip";
    Client c(ts.port());
    const auto r =
        c.request("POST", "/api/v1/sync/push", caravan::api::sync::gzip(body), "application/json", headers);
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("results")[0].at("status") == "applied"); // small answers stay plain
    CHECK(r.header("content-encoding").empty());

    const auto page = c.get("/api/v1/sync/pull?cursor=0",
                            {{"Authorization", "Bearer " + mei.token}, {"Accept-Encoding", "gzip, deflate"}});
    REQUIRE(page.status == 200);
    CHECK(page.header("content-encoding") == "gzip");
    CHECK(page.header("vary") == "Accept-Encoding");
    bool tooLarge = false;
    const auto plain = json::parse(caravan::api::sync::gunzip(page.body, 1 << 20, tooLarge));
    CHECK(lastChange(plain.at("changes"), "listing", "gz-1").at("revision") == 1);
    CHECK(json::parse(c.get("/api/v1/sync/pull?cursor=0", mei.auth()).body) == plain);

    headers["Content-Encoding"] = "gzip";
    const auto broken =
        c.request("POST", "/api/v1/sync/push", "not gzip at all", "application/json", headers);
    CHECK(broken.status == 400);
    CHECK(json::parse(broken.body).at("error") == "bad_encoding");
}

TEST_CASE("sync: a pipelined batch that arrives before the one it follows is refused whole", "[sync]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto pushAfter = [&](std::int64_t after, const json &mutations) {
        Client c(ts.port());
        return c.postJson(
            "/api/v1/sync/push",
            json{{"client_id", "pipe"}, {"after_mutation_id", after}, {"mutations", mutations}}.dump(),
            mei.auth());
    };
    REQUIRE(push(ts, mei, "pipe", json::array({upsert(1, "pipe-1", activeListing())}))[0].at("status") ==
            "applied");

    // Batch 3..4 says it follows mutation 2, which the server has not seen (batch 2 is still on its way).
    const auto early = pushAfter(
        2, json::array({upsert(3, "pipe-2", activeListing()), upsert(4, "pipe-3", activeListing())}));
    REQUIRE(early.status == 409);
    CHECK(json::parse(early.body).at("error") == "out_of_order");
    CHECK(json::parse(early.body).at("last_mutation_id") == 1);
    CHECK(lastChange(pullAll(ts, mei), "listing", "pipe-2").is_null()); // nothing applied

    // Batch 2 arrives, then batch 3..4 again: applied in order.
    REQUIRE(pushAfter(1, json::array({upsert(2, "pipe-1", {{"price_minor", 17500}}, 1,
                                             {{"price_minor", activeListing().at("price_minor")}})}))
                .status == 200);
    const auto late = pushAfter(
        2, json::array({upsert(3, "pipe-2", activeListing()), upsert(4, "pipe-3", activeListing())}));
    REQUIRE(late.status == 200);
    CHECK(json::parse(late.body).at("last_mutation_id") == 4);
    CHECK_FALSE(lastChange(pullAll(ts, mei), "listing", "pipe-3").is_null());

    CHECK(pushAfter(-1, json::array({upsert(5, "pipe-4", activeListing())})).status == 400);
    CHECK(pushAfter(5, json::array({upsert(5, "pipe-4", activeListing())})).status == 400);
}

TEST_CASE("sync: an account without the seller role cannot publish listings", "[sync][roles]")
{
    TestServer ts;
    const std::string password = "sync test passphrase 42";
    const auto r = ts.server().accounts().createUser("buyer-only@example.org", "Only Buys", "DE", password, {"buyer"});
    REQUIRE(r.error == caravan::accounts::RegisterError::None);
    const auto buyer = signInApp(ts, "buyer-only@example.org", password);
    const auto results = push(ts, buyer, "buyer-laptop", json::array({upsert(1, "buyer-watch", activeListing())}));
    CHECK(results[0].at("status") == "rejected");
    CHECK(results[0].at("code") == "forbidden");
    const auto pulled = pull(ts, buyer); // kept: a range over a member of a temporary would dangle
    for (const auto &change : pulled.at("changes"))
        CHECK(change.at("entity") != "listing");
}
