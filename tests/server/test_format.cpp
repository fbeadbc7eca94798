// Formatting on the buyer pages: amounts with the decimals of the shared ISO 4217 table.
#include "web/format.h"

#include <catch2/catch.hpp>

using caravan::web::formatMoney;

TEST_CASE("format: money uses the shared currency table's decimal places", "[web][format]")
{
    CHECK(formatMoney(125000, "JPY") == "JPY 125,000");
    CHECK(formatMoney(1250, "EUR") == "EUR 12.50");
    CHECK(formatMoney(5, "EUR") == "EUR 0.05");
    CHECK(formatMoney(-123456789, "USD") == "USD -1,234,567.89");
    CHECK(formatMoney(1250, "KWD") == "KWD 1.250");
    CHECK(formatMoney(100, "ISK") == "ISK 100");
    // Four decimal places (ISO 4217 List One): a short hand-made table gets these wrong.
    CHECK(formatMoney(12345, "CLF") == "CLF 1.2345");
    CHECK(formatMoney(10000000, "UYW") == "UYW 1,000.0000");
    CHECK(formatMoney(999, "EUR") == "EUR 9.99");
    CHECK(formatMoney(100000, "EUR") == "EUR 1,000.00");
    CHECK(formatMoney(-5, "EUR") == "EUR -0.05");
    CHECK(formatMoney(-100000, "JPY") == "JPY -100,000");
}

TEST_CASE("format: a code outside the currency table is not given guessed decimals", "[web][format]")
{
    CHECK(formatMoney(1250, "XYZ") == "XYZ 1250 (minor units)");
}
