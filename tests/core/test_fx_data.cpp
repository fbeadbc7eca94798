// The exchange rates shipped in resources/trade/fx: they load, they carry dates and sources, and they
// cover the currency of every destination the rule data claims.
#include "core/resources.h"
#include "money/fx.h"
#include "trade/quote.h"
#include "trade/rules.h"

#include <catch2/catch.hpp>
#include <set>

using namespace caravan;
using money::Date;

namespace {

// The currency each destination uses on `day`, from the rule data itself.
std::set<std::string> destinationCurrencies(const trade::RuleSet &rules, Date day)
{
    std::set<std::string> out;
    for (const auto &country : rules.destinations()) {
        for (const trade::Rule *r : rules.rulesFor(country))
            if (r->kind == trade::RuleKind::Currency && r->activeOn(day) && r->appliesToCountry(country))
                out.insert(r->name);
    }
    return out;
}

} // namespace

TEST_CASE("the shipped ECB table loads with dates and sources", "[fx][data]")
{
    const auto table = money::FxTable::loadJson(resourcePath("trade/fx/ecb.json"));
    CHECK(table.size() == 60); // 30 currencies on 2025-02-28 and on 2025-10-21
    REQUIRE(table.latestDate());
    CHECK(*table.latestDate() == Date::parse("2025-10-21"));

    const auto usd = table.find("EUR", "USD", Date::parse("2025-10-21"));
    REQUIRE(usd);
    CHECK(usd->multiply.toString() == "1.1607");
    CHECK(usd->source.find("ecb.europa.eu") != std::string::npos);
    // The day before the newer table, the older one answers.
    const auto feb = table.find("EUR", "USD", Date::parse("2025-10-20"));
    REQUIRE(feb);
    CHECK(feb->date == Date::parse("2025-02-28"));
    CHECK(feb->multiply.toString() == "1.0411");
    // Nothing before the first published day: no invented rate.
    CHECK_FALSE(table.find("EUR", "USD", Date::parse("2025-02-27")));
}

TEST_CASE("the shipped rates cover the currency of every destination", "[fx][data]")
{
    const auto &rules = trade::RuleSet::standard();
    for (const char *day : {"2025-11-01", "2026-11-22"}) {
        const Date d = Date::parse(day);
        for (const auto &cur : destinationCurrencies(rules, d)) {
            INFO(cur << " on " << day);
            CHECK(rules.fx().find("EUR", cur, d));
            CHECK(rules.fx().find("USD", cur, d)); // crossed through EUR
        }
    }
}

TEST_CASE("the SDR rate converts both ways", "[fx][data]")
{
    const auto &fx = trade::RuleSet::standard().fx();
    const auto c = fx.find("EUR", "XDR", Date::parse("2026-11-22"));
    REQUIRE(c);
    CHECK(c->date == Date::parse("2025-10-20"));
    CHECK(c->source.find("IMF") != std::string::npos);
    // 300 SDR at 1.17176 EUR per SDR = 351.53 EUR
    const auto back = fx.find("XDR", "EUR", Date::parse("2026-11-22"));
    REQUIRE(back);
    CHECK(back->apply(money::Money::ofMinor(30000, "XDR", 2), 2).toString() == "351.53 EUR");
}

TEST_CASE("a quote names the shipped rate, its date and source, and warns that it is old", "[fx][data]")
{
    trade::QuoteRequest r;
    r.from = "JP";
    r.to = "US";
    r.date = Date::parse("2026-11-22");
    trade::QuoteItem item;
    item.description = "Ceramic bowl";
    item.hs = "6912.00";
    item.unitValue = money::Money::parse("50.00 EUR");
    r.items = {item};
    const auto q = trade::computeQuote(trade::RuleSet::standard(), r);
    CHECK(q.currency == "USD");
    CHECK(q.goods.toString() == "58.04 USD"); // 50 × 1.1607
    bool named = false;
    for (const auto &line : q.lines)
        if (line.text.find("1 EUR = 1.1607 USD") != std::string::npos &&
            line.text.find("2025-10-21") != std::string::npos &&
            line.source.find("ecb.europa.eu") != std::string::npos)
            named = true;
    CHECK(named);
    bool warned = false;
    for (const auto &w : q.warnings)
        if (w.find("2025-10-21") != std::string::npos && w.find("45 days") != std::string::npos)
            warned = true;
    CHECK(warned);
}
