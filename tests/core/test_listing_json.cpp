#include "listing/listing_json.h"
#include "listing/sha256.h"

#include <catch2/catch.hpp>

using namespace caravan::listing;

namespace {
Listing sample()
{
    Listing l;
    l.id = "c9d1-0002";
    l.title = "手工青花瓷茶杯 Blue-and-white teacup";
    l.description = "Hand-painted, one of a pair.\nNo chips, no cracks.";
    l.category = "home-decor/tableware";
    l.condition = Condition::LikeNew;
    l.specifics = {{"material", "porcelain"}, {"colour", "blue \"cobalt\""}};
    l.quantity = 2;
    l.priceMinor = 4250;
    l.currency = "CNY";
    l.acceptsOffers = true;
    l.handlingDays = 2;
    l.shipsFrom = "CN";
    l.originCountry = "CN";
    l.destinations = Destinations{Destinations::Mode::Only, {"DE", "FR", "JP"}};
    l.postageServices = {"cn-post.epacket"};
    l.weightG = 420;
    l.packedMm = Dimensions{200, 150, 120};
    l.hsCode = "691110";
    l.status = Status::Scheduled;
    l.scheduledStart = 1796115600;
    l.photos = {std::string(64, 'a'), std::string(64, 'b')};
    return l;
}
} // namespace

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors", "[core][listing]")
{
    CHECK(Sha256::hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    Sha256 million;
    const std::string chunk(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        million.update(chunk);
    const auto d = million.finish();
    CHECK(d[0] == 0xcd);
    CHECK(d[1] == 0xc7);
    CHECK(d[31] == 0xd0);
}

TEST_CASE("listing JSON: round trip and a stable encoding", "[core][listing][json]")
{
    const Listing l = sample();
    const auto text = toStableJson(l);
    const auto back = fromJsonText(text);
    INFO(text);
    REQUIRE(back.ok());
    CHECK(back.unknownFields.empty());
    CHECK(back.listing == l);
    CHECK(toStableJson(back.listing) == text);
    // Sorted keys, compact, sync field names.
    CHECK(text.rfind("{\"accepts_offers\":true,\"category\":", 0) == 0);
    CHECK_THAT(text, Catch::Contains("\"dims_mm\":[200,150,120]"));
    CHECK_THAT(text,
               Catch::Contains("\"destinations\":{\"countries\":[\"DE\",\"FR\",\"JP\"],\"mode\":\"only\"}"));
    CHECK_THAT(text, Catch::Contains("\"scheduled_at\":\"2026-12-01T09:00:00Z\""));
    CHECK_THAT(text, Catch::Contains("手工青花瓷茶杯"));

    // An empty draft encodes to the few fields that always exist.
    CHECK(toStableJson(Listing{}) ==
          R"({"accepts_offers":false,"destinations":{"countries":[],"mode":"all"},"status":"draft"})");
}

TEST_CASE("listing JSON: the content hash covers the seller-owned fields only", "[core][listing][json]")
{
    const Listing l = sample();
    const auto h = contentHash(l);
    CHECK(h.size() == 7 + 64);
    CHECK(h.rfind("sha256:", 0) == 0);
    CHECK(contentHash(sample()) == h);

    Listing otherId = l;
    otherId.id = "another-id";
    CHECK(contentHash(otherId) == h); // identity is not content

    Listing changed = l;
    changed.priceMinor = 4251;
    CHECK(contentHash(changed) != h);
    changed = l;
    changed.specifics["colour"] = "blue";
    CHECK(contentHash(changed) != h);
    changed = l;
    changed.status = Status::Active;
    CHECK(contentHash(changed) != h);
    changed = l;
    std::swap(changed.photos[0], changed.photos[1]);
    CHECK(contentHash(changed) != h); // photo order is content
}

TEST_CASE("listing JSON: wrong types are reported per field, never guessed", "[core][listing][json]")
{
    const auto r = fromJsonText(R"({"title": 5, "quantity": "2", "price_minor": 1.5, "accepts_offers": "yes",
        "dims_mm": [1, 2], "destinations": {"mode": "some"}, "services": "a,b", "hs_code": "61.09",
        "condition": "mint", "status": "paused", "scheduled_at": "tomorrow", "specifics": {"size": 42},
        "moderation": "approved"})");
    CHECK_FALSE(r.ok());
    auto has = [&](const std::string &field, const std::string &code) {
        return std::any_of(r.issues.begin(), r.issues.end(),
                           [&](const Issue &i) { return i.field == field && i.code == code; });
    };
    CHECK(has("title", "json_invalid"));
    CHECK(has("quantity", "json_invalid"));
    CHECK(has("price_minor", "json_invalid"));
    CHECK(has("accepts_offers", "json_invalid"));
    CHECK(has("dims_mm", "json_invalid"));
    CHECK(has("destinations", "json_invalid"));
    CHECK(has("services", "json_invalid"));
    CHECK(has("specifics.size", "json_invalid"));
    CHECK(has("hs_code", "invalid_hs_code"));
    CHECK(has("condition", "unknown_condition"));
    CHECK(has("status", "unknown_status"));
    CHECK(has("scheduled_at", "invalid_timestamp"));
    CHECK(r.unknownFields == std::vector<std::string>{"moderation"});

    CHECK_FALSE(fromJsonText("{not json").ok());
    CHECK_FALSE(fromJsonText("[1,2]").ok());
    const auto dotted = fromJsonText(R"({"hs_code": "9102.21"})");
    REQUIRE(dotted.ok());
    CHECK(dotted.listing.hsCode == "910221");
}
