#include "listing/listing_json.h"
#include "sync/entity.h"
#include "sync/merge.h"

#include <catch2/catch.hpp>
#include <set>

using namespace caravan;
using nlohmann::json;

namespace {

listing::Listing everyFieldSet()
{
    listing::Listing l;
    l.id = "b3a0-0001";
    l.title = "Vintage Seiko 5";
    l.description = "Automatic, 1978.";
    l.category = "watches/wristwatches";
    l.condition = listing::Condition::Good;
    l.brand = "Seiko";
    l.specifics = {{"movement", "automatic"}};
    l.quantity = 1;
    l.priceMinor = 18500;
    l.currency = "JPY";
    l.acceptsOffers = true;
    l.handlingDays = 2;
    l.shipsFrom = "JP";
    l.originCountry = "JP";
    l.destinations = listing::Destinations{listing::Destinations::Mode::Only, {"DE"}};
    l.postageServices = {"jp-post.ems"};
    l.weightG = 150;
    l.packedMm = listing::Dimensions{100, 80, 60};
    l.hsCode = "910221";
    l.status = listing::Status::Scheduled;
    l.scheduledStart = 1796115600;
    l.photos = {std::string(64, 'a')};
    return l;
}

std::set<std::string> asSet(const std::vector<std::string> &names)
{
    return {names.begin(), names.end()};
}

} // namespace

TEST_CASE("sync entities: the listing declaration is exactly what the listing JSON writes", "[core][sync]")
{
    std::set<std::string> written;
    const json encoded = listing::sellerOwnedJson(everyFieldSet());
    for (const auto &[key, value] : encoded.items())
        written.insert(key);
    CHECK(written == asSet(sync::listing().sellerOwned));
    CHECK(sync::listing().sellerOwned.size() == 21);
    CHECK(asSet(sync::listing().serverOwned) ==
          std::set<std::string>{"moderation", "moderation_reason", "published_at", "sold_quantity"});
}

TEST_CASE("sync entities: the listing decoder knows the declared fields and id, nothing else", "[core][sync]")
{
    json j = listing::toJson(everyFieldSet());
    j["moderation"] = "published"; // server-owned: not a field of the listing itself
    j["colour"] = "red";
    const auto decoded = listing::fromJson(j);
    REQUIRE(decoded.ok());
    CHECK(std::set<std::string>(decoded.unknownFields.begin(), decoded.unknownFields.end()) ==
          std::set<std::string>{"colour", "moderation"});
    CHECK(decoded.listing.id == "b3a0-0001");
}

TEST_CASE("sync entities: names, owners and operations as docs/sync.md declares them", "[core][sync]")
{
    std::vector<std::string> names;
    for (const auto *entity : sync::entities())
        names.push_back(entity->name);
    CHECK(names ==
          std::vector<std::string>{"profile", "listing", "conflict", "order", "evidence", "message"});

    for (const auto *entity : sync::entities()) {
        INFO(entity->name);
        CHECK(sync::find(entity->name) == entity);
        CHECK(asSet(entity->sellerOwned).size() == entity->sellerOwned.size());
        for (const auto &field : entity->sellerOwned)
            CHECK(entity->owner(field) == sync::Owner::Seller);
        for (const auto &field : entity->serverOwned)
            CHECK(entity->owner(field) == sync::Owner::Server);
    }
    CHECK(sync::find("payout") == nullptr);
    CHECK(sync::find("") == nullptr);
    CHECK(sync::find("Listing") == nullptr);

    CHECK(asSet(sync::profile().sellerOwned) == std::set<std::string>{"display_name", "country", "bio"});
    CHECK(asSet(sync::profile().serverOwned) == std::set<std::string>{"email", "roles", "created_at"});
    CHECK(sync::conflict().sellerOwned.empty());
    CHECK(sync::profile().owner("id") == sync::Owner::Unknown);

    CHECK(sync::listing().takes("upsert"));
    CHECK(sync::listing().takes("delete"));
    CHECK_FALSE(sync::listing().takes("resolve"));
    CHECK(sync::profile().takes(sync::Op::Upsert));
    CHECK_FALSE(sync::profile().takes("delete"));
    CHECK(asSet(sync::order().sellerOwned) == std::set<std::string>{"carrier", "tracking_number"});
    CHECK(sync::order().owner("status") == sync::Owner::Server);
    CHECK(sync::order().owner("shipment") == sync::Owner::Server);
    CHECK(sync::order().takes("upsert"));
    CHECK_FALSE(sync::order().takes("delete"));
    CHECK(sync::evidence().owner("received_at") == sync::Owner::Server);
    CHECK(sync::evidence().owner("photos") == sync::Owner::Seller);
    CHECK_FALSE(sync::evidence().takes("delete"));
    CHECK(sync::message().owner("body") == sync::Owner::Seller);
    CHECK(sync::message().owner("thread_id") == sync::Owner::Seller);
    CHECK(sync::message().owner("from_seller") == sync::Owner::Server);
    CHECK(sync::message().takes("upsert"));
    CHECK_FALSE(sync::message().takes("delete"));
    CHECK(sync::conflict().takes("resolve"));
    CHECK_FALSE(sync::conflict().takes("upsert"));
    CHECK_FALSE(sync::listing().takes("UPSERT"));
    CHECK_FALSE(sync::listing().takes(""));
    for (auto op : {sync::Op::Upsert, sync::Op::Delete, sync::Op::Resolve})
        CHECK(sync::parseOp(sync::toString(op)) == op);
}

TEST_CASE("sync entities: pushed fields must be seller-owned", "[core][sync]")
{
    CHECK_FALSE(sync::refuseFields(sync::listing(), json{{"title", "x"}, {"photos", json::array()}}));
    CHECK_FALSE(sync::refuseFields(sync::listing(), json::object()));

    const auto server =
        sync::refuseFields(sync::listing(), json{{"title", "x"}, {"moderation", "published"}});
    REQUIRE(server);
    CHECK(server->code == "server_owned_field");
    CHECK(server->field == "moderation");

    const auto unknown = sync::refuseFields(sync::profile(), json{{"display_name", "Mei"}, {"title", "x"}});
    REQUIRE(unknown);
    CHECK(unknown->code == "unknown_field");
    CHECK(unknown->field == "title");

    // A resolve names fields of another record: the conflict itself takes none directly.
    const auto conflict = sync::refuseFields(sync::conflict(), json{{"state", "resolved"}});
    REQUIRE(conflict);
    CHECK(conflict->code == "server_owned_field");
}

TEST_CASE("sync entities: the seller part of a record", "[core][sync]")
{
    const json record{{"title", "x"}, {"moderation", "removed"}, {"price_minor", 100}, {"junk", 1}};
    CHECK(sync::sellerPart(sync::listing(), record) == json{{"title", "x"}, {"price_minor", 100}});
    CHECK(sync::sellerPart(sync::listing(), json::array()) == json::object());
    CHECK(sync::sellerPart(sync::conflict(), record) == json::object());
}

TEST_CASE("sync merge: empty values are all equal", "[core][sync][merge]")
{
    for (const json &empty : {json(), json(""), json::array(), json::object()}) {
        CHECK(sync::normalised(empty).is_null());
        CHECK(sync::sameValue(empty, json()));
        CHECK(sync::sameValue(json::array(), empty));
    }
    CHECK_FALSE(sync::sameValue(json(0), json()));
    CHECK_FALSE(sync::sameValue(json(false), json()));
    CHECK_FALSE(sync::sameValue(json(" "), json("")));
    CHECK(sync::sameValue(json{{"a", 1}}, json{{"a", 1}}));
    CHECK_FALSE(sync::sameValue(json::array({1, 2}), json::array({2, 1})));
}

TEST_CASE("sync merge: three-way per field", "[core][sync][merge]")
{
    const json server{{"title", "B"}, {"price_minor", 100}, {"brand", "Seiko"}, {"moderation", "published"}};

    SECTION("the server still holds the base: the client's value is applied")
    {
        const auto r = sync::mergeFields(server, json{{"price_minor", 100}}, json{{"price_minor", 90}});
        CHECK(r.conflicts.empty());
        CHECK(r.merged.at("price_minor") == 90);
        CHECK(r.merged.at("moderation") == "published"); // fields not pushed stay as they are
    }
    SECTION("the server already holds the client's value: applied, no conflict")
    {
        const auto r = sync::mergeFields(server, json{{"title", "A"}}, json{{"title", "B"}});
        CHECK(r.conflicts.empty());
        CHECK(r.merged.at("title") == "B");
    }
    SECTION("both changed it differently: the server's value stays and the field is a conflict")
    {
        const auto r = sync::mergeFields(server, json{{"title", "A"}, {"price_minor", 100}},
                                         json{{"title", "C"}, {"price_minor", 80}});
        CHECK(r.merged.at("title") == "B");
        CHECK(r.merged.at("price_minor") == 80); // the other field of the same change still applies
        REQUIRE(r.conflicts.size() == 1);
        CHECK(r.conflicts.at("title") == json{{"base", "A"}, {"server", "B"}, {"client", "C"}});
    }
    SECTION("a field missing from base has the base value null")
    {
        const auto r =
            sync::mergeFields(server, json::object(), json{{"brand", "Citizen"}, {"hs_code", "9102"}});
        CHECK(r.merged.at("hs_code") == "9102"); // s = null = b
        CHECK(r.merged.at("brand") == "Seiko");
        CHECK(r.conflicts.at("brand") == json{{"base", nullptr}, {"server", "Seiko"}, {"client", "Citizen"}});
    }
    SECTION("an empty client value removes the field")
    {
        const auto r = sync::mergeFields(server, json{{"brand", "Seiko"}}, json{{"brand", ""}});
        CHECK(r.conflicts.empty());
        CHECK_FALSE(r.merged.contains("brand"));
    }
    SECTION("empty and absent compare equal on every side")
    {
        const auto r = sync::mergeFields(json{{"specifics", json::object()}}, json{{"specifics", nullptr}},
                                         json{{"specifics", {{"movement", "quartz"}}}});
        CHECK(r.conflicts.empty());
        CHECK(r.merged.at("specifics") == json{{"movement", "quartz"}});
    }
    SECTION("a server record that is not an object merges into an empty one")
    {
        const auto r = sync::mergeFields(json::array(), json::object(), json{{"title", "X"}});
        CHECK(r.merged == json{{"title", "X"}});
    }
}
