// The demo data as a seller's device receives it: complete listing records that pass the app's publish
// rules, and edits pushed back apply and reach the buyer pages.
#include "core/resources.h"
#include "listing/listing_json.h"
#include "listing/validation.h"
#include "test_sync_helpers.h"
#include "web/format.h"

using namespace caravan::test;
using namespace caravan::test::sync;
namespace listing = caravan::listing;

TEST_CASE("demo sync: a demo seller pulls complete, publishable listings and a pushed price edit applies",
          "[sync][demo]")
{
    const auto demoFile = caravan::resourcePath("demo/demo.json");
    const auto demo = json::parse(readFile(demoFile));
    const std::string email = "mei.tanaka@demo.caravan";
    std::map<std::string, json> expected;
    for (const auto &l : demo.at("listings"))
        if (l.at("seller") == email)
            expected[l.at("id").get<std::string>()] = l;
    REQUIRE(expected.size() >= 2);

    TestServer ts({{"server.demo", "true"}});
    const auto mei = signInApp(ts, email, demo.at("password").get<std::string>());
    const auto changes = pullAll(ts, mei);

    std::map<std::string, json> pulled;
    for (const auto &c : changes)
        if (c.at("entity") == "listing")
            pulled[c.at("entity_id").get<std::string>()] = c;
    REQUIRE(pulled.size() == expected.size());

    for (const auto &[id, entry] : expected) {
        INFO(id);
        REQUIRE(pulled.count(id) == 1);
        const auto &data = pulled[id].at("data");
        auto sellerPart = data;
        sellerPart["id"] = id;
        const auto decoded = listing::fromJson(sellerPart);
        REQUIRE(decoded.ok());
        const auto issues = listing::validate(decoded.listing, listing::ValidationContext{},
                                              listing::ValidationMode::Publish);
        for (const auto &i : issues)
            UNSCOPED_INFO(i.field << ": " << i.code);
        CHECK(issues.empty());
        // Every field of the demo entry survived, not only those the buyer pages show.
        const auto &l = decoded.listing;
        CHECK(l.title == entry.at("title").get<std::string>());
        CHECK(l.originCountry == entry.at("origin").get<std::string>());
        REQUIRE(l.packedMm);
        CHECK(l.packedMm->lengthMm == entry.at("dims_mm")[0].get<std::int64_t>());
        CHECK(l.packedMm->heightMm == entry.at("dims_mm")[2].get<std::int64_t>());
        CHECK(l.handlingDays == entry.at("handling_days").get<std::int64_t>());
        CHECK(l.postageServices == entry.at("services").get<std::vector<std::string>>());
        CHECK(l.acceptsOffers == entry.at("accepts_offers").get<bool>());
        CHECK(l.specifics == entry.at("specifics").get<std::map<std::string, std::string>>());
        CHECK(data.at("destinations") == entry.at("destinations"));
        CHECK(l.photos.size() == entry.at("photos").size());
        CHECK(l.status == listing::Status::Active);
        CHECK(data.at("moderation") == "published");
        CHECK(pulled[id].at("revision") == 1);
    }

    // The app edits the price of one listing, with the pulled values as its base.
    const auto &[id, entry] = *expected.begin();
    const auto &before = pulled[id];
    const auto oldPrice = before.at("data").at("price_minor").get<std::int64_t>();
    const auto newPrice = oldPrice + 1234;
    const auto results = push(
        ts, mei, "mei-laptop",
        json::array({upsert(1, id, json{{"price_minor", newPrice}}, before.at("revision").get<std::int64_t>(),
                            json{{"price_minor", oldPrice}})}));
    INFO(results.dump());
    REQUIRE(results[0].at("status") == "applied");
    CHECK(results[0].at("revision") == 2);

    const auto after = lastChange(pullAll(ts, mei), "listing", id);
    REQUIRE(!after.is_null());
    CHECK(after.at("data").at("price_minor") == newPrice);
    CHECK(after.at("data").at("dims_mm") == before.at("data").at("dims_mm")); // nothing else was lost
    CHECK(after.at("data").at("specifics") == before.at("data").at("specifics"));

    Client buyer(ts.port());
    const auto page = buyer.get("/listings/" + id);
    REQUIRE(page.status == 200);
    const auto currency = entry.at("currency").get<std::string>();
    CHECK_THAT(page.body, Catch::Contains(caravan::web::formatMoney(newPrice, currency)));
    CHECK_THAT(page.body, !Catch::Contains(caravan::web::formatMoney(oldPrice, currency)));
}
