#include "money/currency.h"
#include "money/date.h"
#include "money/fx.h"
#include "money/money.h"

#include <catch2/catch.hpp>

using namespace caravan::money;

TEST_CASE("currencies carry their ISO 4217 minor units", "[core][money]")
{
    const auto &t = CurrencyTable::standard();
    CHECK(t.minorUnits("EUR") == 2);
    CHECK(t.minorUnits("JPY") == 0);
    CHECK(t.minorUnits("KRW") == 0);
    CHECK(t.minorUnits("KWD") == 3);
    CHECK(t.minorUnits("BHD") == 3);
    CHECK(t.minorUnits("CLF") == 4);
    CHECK_FALSE(t.contains("XAU"));
    CHECK_THROWS_WITH(t.minorUnits("ZZZ"), Catch::Contains("unknown currency"));
    CHECK_FALSE(t.source().empty());
}

TEST_CASE("amounts parse and format without doubles", "[core][money]")
{
    CHECK(Money::parse("12.50 EUR").minor() == 1250);
    CHECK(Money::parse("EUR 12.5").minor() == 1250);
    CHECK(Money::parse("1200 JPY").minor() == 1200);
    CHECK(Money::parse("1.250 KWD").minor() == 1250);
    CHECK(Money::parse("0.1 EUR").minor() == 10);
    CHECK(Money::parse("12.500 EUR").minor() == 1250);
    CHECK(Money::parse("-3.05 USD").amountString() == "-3.05");
    CHECK(Money::parse("3.05 USD").toString() == "3.05 USD");
    CHECK(Money::parse("5 KWD").amountString() == "5.000");
    CHECK(Money::parse("0.07 EUR").amountString() == "0.07");
    CHECK(Money::parse("90071992547409.93 USD").minor() == 9007199254740993); // beyond a double's precision

    CHECK_THROWS_WITH(Money::parse("12.505 EUR"), Catch::Contains("more decimals"));
    CHECK_THROWS_WITH(Money::parse("12.5 JPY"), Catch::Contains("more decimals"));
    CHECK_THROWS_WITH(Money::parse("12.50"), Catch::Contains("needs a currency"));
    CHECK_THROWS_WITH(Money::parse("12,50 EUR"), Catch::Contains("not an amount"));
    CHECK_THROWS_WITH(Money::parse("1e5 EUR"), Catch::Contains("not an amount"));
    CHECK_THROWS_WITH(Money::parse("12.50 eur"), Catch::Contains("currency"));
    CHECK_THROWS_WITH(Money::parse("12.50 ZZZ"), Catch::Contains("unknown currency"));
    CHECK_THROWS(Money::parse("99999999999999999999 EUR"));
}

TEST_CASE("arithmetic is checked", "[core][money]")
{
    const auto a = Money::parse("10.00 EUR");
    const auto b = Money::parse("0.05 EUR");
    CHECK((a + b).minor() == 1005);
    CHECK((a - b).minor() == 995);
    CHECK((a * 3).minor() == 3000);
    CHECK(a > b);
    CHECK_THROWS_WITH(a + Money::parse("1 USD"), Catch::Contains("cannot add EUR and USD"));
    CHECK_THROWS_WITH(a < Money::parse("1 USD"), Catch::Contains("cannot compare"));
    const auto huge = Money::ofMinor(INT64_MAX - 1, "EUR");
    CHECK_THROWS_WITH(huge + a, Catch::Contains("overflow"));
    CHECK_THROWS_WITH(huge * 2, Catch::Contains("overflow"));
}

TEST_CASE("rates multiply with stated rounding", "[core][money]")
{
    const auto v = Money::parse("10.05 EUR");
    CHECK(v.times(Decimal::parse("19%")).minor() == 191);                     // 1.9095 -> 1.91
    CHECK(v.times(Decimal::parse("19%"), Rounding::Down).minor() == 190);     // truncate
    CHECK(Money::parse("0.25 EUR").times(Decimal::parse("0.5"), Rounding::HalfEven).minor() == 12);
    CHECK(Money::parse("0.25 EUR").times(Decimal::parse("0.5"), Rounding::HalfUp).minor() == 13);
    CHECK(Money::parse("-0.25 EUR").times(Decimal::parse("0.5"), Rounding::HalfUp).minor() == -13);
    CHECK(Decimal::parse("25.5%").toString() == "0.255");
    CHECK(Decimal::parse("0.255").toPercentString() == "25.5%");
    CHECK(Decimal::parse("0.9100") == Decimal::parse("0.91"));
    CHECK_THROWS(Decimal::parse("abc"));
    CHECK_THROWS(Decimal::parse("1.2.3"));
    CHECK(Money::parse("1.00 CHF").roundedToStep(5, Rounding::HalfUp).minor() == 100);
    CHECK(Money::parse("1.03 CHF").roundedToStep(5, Rounding::HalfUp).minor() == 105);
}

TEST_CASE("conversion between currencies of different minor units", "[core][money]")
{
    const auto eur = Money::parse("100.00 EUR");
    CHECK(eur.convert("JPY", 0, Decimal::parse("162.51")).minor() == 16251);
    CHECK(Money::parse("1000 JPY").convert("EUR", 2, Decimal::parse("1"), Decimal::parse("162.51")).minor() == 615);
    CHECK(Money::parse("10.00 AUD").convert("USD", 2, Decimal::parse("0.91")).minor() == 910);
    CHECK(Money::parse("1.000 KWD").convert("EUR", 2, Decimal::parse("2.8")).minor() == 280);
}

TEST_CASE("dates parse strictly and know weekdays", "[core][money]")
{
    CHECK(Date::parse("2026-07-01").toString() == "2026-07-01");
    CHECK(Date::parse("2026-07-01").weekday() == 3); // a Wednesday
    CHECK(Date::parse("2026-06-30") < Date::parse("2026-07-01"));
    CHECK(Date::parse("2026-03-01").addDays(-1).toString() == "2026-02-28");
    CHECK_THROWS_WITH(Date::parse("2026-02-30"), Catch::Contains("invalid date"));
    CHECK_THROWS_WITH(Date::parse("1/7/2026"), Catch::Contains("invalid date"));
}
