#include "money/fx.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace caravan::money;

namespace {
std::string fixture(const std::string &name)
{
    std::ifstream in(std::string(CARAVAN_TEST_FIXTURES) + "/trade/" + name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

TEST_CASE("ECB reference files import in XML and CSV shapes", "[core][money]")
{
    for (const char *name : {"eurofxref-test.xml", "eurofxref-test-hist.csv"}) {
        const FxTable t = FxTable::parseEcb(fixture(name), "test");
        CHECK(t.size() == 4); // N/A cells are skipped
        const auto c = t.find("EUR", "USD", Date::parse("2026-11-22"));
        REQUIRE(c);
        CHECK(c->date == Date::parse("2026-10-21"));
        CHECK(c->apply(Money::parse("100.00 EUR"), 2).toString() == "110.00 USD");
        // crossed through EUR: 1 USD = 160 / 1.1 JPY
        const auto x = t.find("USD", "JPY", Date::parse("2026-11-22"));
        REQUIRE(x);
        CHECK(x->apply(Money::parse("11.00 USD"), 0).toString() == "1600 JPY");
    }
    const FxTable daily = FxTable::parseEcb("Date, USD, JPY,\n20 November 2026, 1.0530, 162.51,\n", "test");
    CHECK(daily.find("EUR", "JPY", Date::parse("2026-11-20"))->apply(Money::parse("1.00 EUR"), 0).minor() == 163);
    CHECK_THROWS(FxTable::parseEcb("nothing here", "test"));
}

TEST_CASE("the EU monthly rule uses the penultimate Wednesday of the previous month", "[core][money]")
{
    // October 2026: Wednesdays 7, 14, 21, 28 -> the penultimate is the 21st, used for all of November.
    CHECK(fxReferenceDay(FxPolicy::EuMonthly, Date::parse("2026-11-22")) == Date::parse("2026-10-21"));
    CHECK(fxReferenceDay(FxPolicy::EuMonthly, Date::parse("2026-11-01")) == Date::parse("2026-10-21"));
    const FxTable t = FxTable::parseEcb(fixture("eurofxref-test.xml"), "test");
    // On 2026-10-22 the monthly rule still uses September's penultimate Wednesday (2026-09-23) -> the July rate.
    const auto c = t.find("EUR", "USD", Date::parse("2026-10-22"), FxPolicy::EuMonthly);
    REQUIRE(c);
    CHECK(c->multiply == Decimal::parse("1.25"));
    CHECK_FALSE(t.find("EUR", "USD", Date::parse("2026-07-01")));
}
