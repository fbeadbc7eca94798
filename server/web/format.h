#pragma once

#include <cstdint>
#include <string>

namespace caravan::web {

// 125000, "JPY" -> "JPY 125,000"; 1250, "EUR" -> "EUR 12.50"; 12345, "CLF" -> "CLF 1.2345". The decimal
// places come from the shared currency table (money::CurrencyTable::standard()). A code that is not in
// the table is shown as "<code> <minor> (minor units)" rather than with guessed decimals.
std::string formatMoney(std::int64_t minor, const std::string &currency);
// 350 -> "350 g", 1250 -> "1.25 kg"
std::string formatWeight(std::int64_t grams);
// Seconds since the epoch -> "2025-01-31 12:00 UTC"
std::string formatTimestamp(std::int64_t seconds);
// Seconds since the epoch -> ISO 8601 "2025-01-31T12:00:00Z"
std::string isoTimestamp(std::int64_t seconds);

} // namespace caravan::web
