#include "listing/bulk_edit.h"

#include <catch2/catch.hpp>

using namespace caravan::listing;
using caravan::money::Decimal;
using caravan::money::Money;

namespace {
Listing priced(std::int64_t minor, const std::string &currency)
{
    Listing l;
    l.title = "Priced item";
    l.priceMinor = minor;
    l.currency = currency;
    return l;
}

Listing publishable()
{
    Listing l;
    l.title = "Pokemon Pikachu figure, 1998";
    l.description = "Original Tomy figure from 1998, paint intact, no box.";
    l.category = "toys/figures";
    l.condition = Condition::Good;
    l.specifics = {{"age_range", "adult"}};
    l.quantity = 1;
    l.priceMinor = 1500;
    l.currency = "EUR";
    l.handlingDays = 2;
    l.shipsFrom = "DE";
    l.originCountry = "JP";
    l.postageServices = {"dhl.paket"};
    l.weightG = 120;
    l.packedMm = Dimensions{120, 80, 60};
    l.hsCode = "9503";
    return l;
}
} // namespace

TEST_CASE("bulk: percent changes round half away from zero in the currency's minor unit",
          "[core][listing][bulk]")
{
    const std::vector<Listing> in{priced(1999, "EUR"), priced(1005, "EUR"), priced(333, "JPY"),
                                  priced(1001, "KWD"), priced(5, "EUR")};
    const auto r = adjustPriceByPercent(in, Decimal::parse("-10"));
    REQUIRE(r.ok());
    CHECK(*r.listings[0].priceMinor == 1799); // 17.991 -> 17.99
    CHECK(*r.listings[1].priceMinor == 905);  // 9.045 -> 9.05 (half away from zero)
    CHECK(*r.listings[2].priceMinor == 300);  // JPY 299.7 -> 300
    CHECK(*r.listings[3].priceMinor == 901);  // KWD 0.9009 -> 0.901
    CHECK(*r.listings[4].priceMinor == 5);    // 0.045 -> 0.05: unchanged
    CHECK(r.changed == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(*in[0].priceMinor == 1999); // the input is untouched

    const auto up = adjustPriceByPercent({priced(1000, "EUR"), priced(999, "EUR")}, Decimal::parse("12.5"));
    CHECK(*up.listings[0].priceMinor == 1125);
    CHECK(*up.listings[1].priceMinor == 1124); // 11.23875 -> 11.24
    const auto third = adjustPriceByPercent({priced(100, "EUR")}, Decimal::parse("33.333"));
    CHECK(*third.listings[0].priceMinor == 133);
}

TEST_CASE("bulk: a price never becomes zero or negative", "[core][listing][bulk]")
{
    const auto all = adjustPriceByPercent({priced(1000, "EUR")}, Decimal::parse("-100"));
    REQUIRE(all.problems.size() == 1);
    CHECK(all.problems[0].issue.code == "price_would_be_negative");
    CHECK(*all.listings[0].priceMinor == 1000);

    const auto beyond = adjustPriceByPercent({priced(1000, "EUR")}, Decimal::parse("-150"));
    REQUIRE(beyond.problems.size() == 1);
    CHECK(beyond.problems[0].issue.params.at("value") == "-5.00");

    const auto rounding = adjustPriceByPercent({priced(1, "EUR")}, Decimal::parse("-60"));
    REQUIRE(rounding.problems.size() == 1); // 0.004 rounds to 0.00
    CHECK(*rounding.listings[0].priceMinor == 1);

    const auto minus =
        adjustPriceByAmount({priced(500, "EUR"), priced(2000, "EUR")}, Money::parse("-5.00 EUR"));
    REQUIRE(minus.problems.size() == 1);
    CHECK(minus.problems[0].index == 0);
    CHECK(*minus.listings[0].priceMinor == 500);
    CHECK(*minus.listings[1].priceMinor == 1500);
}

TEST_CASE("bulk: amounts must be in the listing's currency", "[core][listing][bulk]")
{
    Listing unpriced;
    const auto r =
        adjustPriceByAmount({priced(1000, "EUR"), priced(1000, "JPY"), unpriced}, Money::parse("2.50 EUR"));
    CHECK(*r.listings[0].priceMinor == 1250);
    CHECK(*r.listings[1].priceMinor == 1000);
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].index == 1);
    CHECK(r.problems[0].issue.code == "currency_mismatch");
    CHECK(r.problems[1].index == 2);
    CHECK(r.problems[1].issue.code == "required");
}

TEST_CASE("bulk: set postage services and destinations", "[core][listing][bulk]")
{
    const ValidationContext ctx{.postageServices = {"dhl.paket", "dhl.express"}};
    const std::vector<Listing> in{publishable(), publishable()};
    const auto r = setPostageServices(in, {"dhl.express", "dhl.paket"}, ctx);
    REQUIRE(r.ok());
    CHECK(r.listings[1].postageServices == std::vector<std::string>{"dhl.express", "dhl.paket"});
    const auto bad = setPostageServices(in, {"ups.ground"}, ctx);
    CHECK(bad.problems.size() == 2);
    CHECK(bad.listings[0].postageServices == in[0].postageServices);

    const auto d = setDestinations(in, Destinations{Destinations::Mode::AllExcept, {"RU", "BY"}}, ctx);
    REQUIRE(d.ok());
    CHECK(d.listings[0].destinations.mode == Destinations::Mode::AllExcept);
    CHECK(d.changed.size() == 2);
    const auto badD = setDestinations(in, Destinations{Destinations::Mode::Only, {"XX"}}, ctx);
    REQUIRE(badD.problems.size() == 2);
    CHECK(badD.problems[0].issue.code == "invalid_country");
}

TEST_CASE("bulk: set status checks the transition and, to publish, the whole listing",
          "[core][listing][bulk]")
{
    const ValidationContext ctx;
    Listing incomplete = publishable();
    incomplete.weightG.reset();
    Listing sold = publishable();
    sold.status = Status::Sold;
    Listing active = publishable();
    active.status = Status::Active;
    const auto r = setStatus({publishable(), incomplete, sold, active}, Status::Active, ctx);
    CHECK(r.listings[0].status == Status::Active);
    CHECK(r.listings[1].status == Status::Draft);
    CHECK(r.listings[2].status == Status::Active); // sold -> active: the sale was cancelled
    CHECK(r.listings[3].status == Status::Active); // already active: nothing to do
    CHECK(r.changed == std::vector<std::size_t>{0, 2});
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].index == 1);
    CHECK(r.problems[0].issue.field == "weight_g");

    const auto toSold = setStatus({publishable()}, Status::Sold, ctx);
    REQUIRE(toSold.problems.size() == 1);
    CHECK(toSold.problems[0].issue.code == "status_transition");
    CHECK(toSold.problems[0].issue.params.at("allowed") == "scheduled, active");
    CHECK(toSold.listings[0].status == Status::Draft);
}
