#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

// Debian's iso-codes data (ISO 3166-1 countries, ISO 4217 currencies): the one place that finds and
// reads it, for the listing rules and the trade rules alike. Never a hand-written list.
namespace caravan {

// $CARAVAN_ISO_CODES, or /usr/share/iso-codes/json.
std::filesystem::path isoCodesDir();

// Parses <dir>/<file> (e.g. "iso_3166-1.json") and returns its array <key> (e.g. "3166-1").
// Throws std::runtime_error naming the file, and how to provide it, when it is missing or malformed.
nlohmann::json readIsoCodes(const std::filesystem::path &dir, const std::string &file, const std::string &key);

} // namespace caravan
