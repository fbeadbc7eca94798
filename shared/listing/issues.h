#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

// A problem found in a listing, a CSV file or a bulk edit: which field, a stable code, and the
// parameters its message needs. The message itself comes from messages.h, in the seller's language.
namespace caravan::listing {

struct Issue
{
    std::string field; // "title", "price", "specifics.size", "file", ...
    std::string code;  // one of kIssueCodes
    std::map<std::string, std::string> params;

    friend bool operator==(const Issue &, const Issue &) = default;
};

// Every code the listing code can produce. resources/listing/messages.json holds an English and a
// Chinese template for each (a test checks it).
inline constexpr std::array<std::string_view, 48> kIssueCodes{
    // fields
    "required", "too_long", "too_short", "control_chars", "invalid_utf8", "invalid_id", "not_an_integer",
    "out_of_range", "not_a_boolean", "invalid_value", "unknown_category", "unknown_condition",
    "unknown_specific", "specific_not_allowed", "invalid_price", "price_not_positive", "price_too_high",
    "unknown_currency", "price_without_currency", "invalid_country", "invalid_destinations",
    "destinations_empty", "duplicate_country", "invalid_postage_service", "unknown_postage_service",
    "duplicate_postage_service", "invalid_hs_code", "unknown_hs_chapter", "unknown_hs_heading",
    "invalid_photo_hash", "too_many", "duplicate_id", "invalid_timestamp", "scheduled_start_required",
    "scheduled_start_in_past", "unknown_status", "status_transition",
    // CSV files
    "csv_empty", "csv_unterminated_quote", "csv_bad_quote", "csv_stray_quote", "csv_column_count",
    "csv_unknown_column", "csv_duplicate_column", "csv_missing_column",
    // bulk edits and JSON
    "currency_mismatch", "price_would_be_negative", "json_invalid"};

constexpr bool isKnownIssueCode(std::string_view code)
{
    for (auto c : kIssueCodes) {
        if (c == code)
            return true;
    }
    return false;
}

} // namespace caravan::listing
