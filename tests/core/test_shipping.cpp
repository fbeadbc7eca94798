#include "shipping/shipping.h"

#include <catch2/catch.hpp>

using namespace caravan::shipping;

TEST_CASE("parcels parse without floating point", "[core][shipping]")
{
    const Parcel p = Parcel::parse("30x20x10cm,1.2kg");
    CHECK(p.longestMm() == 300);
    CHECK(p.weightGrams == 1200);
    CHECK(Parcel::parse("10x300x200mm,850g").lengthMm == 300);
    CHECK_THROWS_WITH(Parcel::parse("30x20cm,1kg"), Catch::Contains("three sides"));
    CHECK_THROWS_WITH(Parcel::parse("30x20x10,1kg"), Catch::Contains("unit"));
    CHECK_THROWS_WITH(Parcel::parse("30x20x10cm,1.2lb"), Catch::Contains("weight"));
    CHECK_THROWS_WITH(Parcel::parse("30x20x10cm,-1kg"), Catch::Contains("weight"));
}

TEST_CASE("chargeable weight: volumetric divisor, side condition and rounding", "[core][shipping]")
{
    const auto &cat = ServiceCatalog::standard();
    // Express: 40x30x20 cm / 5000 = 4.8 kg > 1.2 kg actual, rounded up to 5.0 kg.
    auto r = cat.quote("sample-express", "DE", Parcel::parse("40x30x20cm,1.2kg"));
    REQUIRE(std::holds_alternative<PostageQuote>(r));
    auto q = std::get<PostageQuote>(r);
    CHECK(q.volumetricGrams == 4800);
    CHECK(q.chargeableGrams == 5000);
    CHECK(q.amount.toString() == "122.40 EUR"); // 69.00 + 6 × 8.90
    CHECK(q.sample);
    // EMS: volumetric only when a side reaches 40 cm.
    q = std::get<PostageQuote>(cat.quote("sample-ems", "DE", Parcel::parse("39x30x20cm,1.2kg")));
    CHECK(q.volumetricGrams == 0);
    CHECK(q.chargeableGrams == 1500);
    q = std::get<PostageQuote>(cat.quote("sample-ems", "DE", Parcel::parse("40x30x20cm,1.2kg")));
    CHECK(q.volumetricGrams == 4000);
    CHECK(q.minDays == 3);
    CHECK(q.maxDays == 7);
}

TEST_CASE("a parcel over a service's limits gets a reason, not a price", "[core][shipping]")
{
    const auto &cat = ServiceCatalog::standard();
    auto r = cat.quote("sample-post-registered", "US", Parcel::parse("72x10x5cm,0.5kg"));
    REQUIRE(std::holds_alternative<Refusal>(r));
    CHECK(std::get<Refusal>(r).reason == "longest side 72 cm > 60 cm");
    r = cat.quote("sample-post-small-packet", "US", Parcel::parse("30x20x10cm,2.5kg"));
    CHECK(std::get<Refusal>(r).reason == "weight 2.5 kg > 2 kg");
    r = cat.quote("sample-post-small-packet", "US", Parcel::parse("50x30x20cm,1kg"));
    CHECK(std::get<Refusal>(r).reason == "length + width + height 100 cm > 90 cm");
    CHECK_THROWS_WITH(cat.quote("no-such-service", "US", Parcel::parse("1x1x1cm,1g")), Catch::Contains("unknown"));
}
