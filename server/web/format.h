#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace caravan::web {

// Digits after the decimal point of an ISO 4217 currency (JPY 0, EUR 2, KWD 3).
int currencyMinorDigits(const std::string &currency);
// 125000, "JPY" -> "JPY 125,000"; 1250, "EUR" -> "EUR 12.50"
std::string formatMoney(std::int64_t minor, const std::string &currency);
// "12.50", "EUR" -> 1250. Refuses signs, exponents, and more decimals than the currency has.
std::optional<std::int64_t> parseMoney(const std::string &text, const std::string &currency);
// 350 -> "350 g", 1250 -> "1.25 kg"
std::string formatWeight(std::int64_t grams);
// Seconds since the epoch -> "2025-01-31 12:00 UTC"
std::string formatTimestamp(std::int64_t seconds);
// Seconds since the epoch -> ISO 8601 "2025-01-31T12:00:00Z"
std::string isoTimestamp(std::int64_t seconds);

} // namespace caravan::web
