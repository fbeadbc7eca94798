#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace caravan::money {

// ISO 4217 minor units (JPY 0, EUR 2, KWD 3, CLF 4) from resources/trade/currencies.json, whose header
// names its source. Immutable after loading; safe to share between threads.
class CurrencyTable
{
public:
    // Reads a caravan-currencies/1 file. Throws MoneyError naming the file and the bad entry.
    static CurrencyTable load(const std::filesystem::path &file);
    // The project's table (resources/trade/currencies.json), loaded once on first use.
    static const CurrencyTable &standard();

    bool contains(std::string_view code) const;
    // Throws MoneyError("unknown currency ...") for a code that is not in the table.
    int minorUnits(std::string_view code) const;
    std::vector<std::string> codes() const; // sorted
    const std::string &source() const { return source_; }
    const std::string &version() const { return version_; }

private:
    std::unordered_map<std::string, int> minor_;
    std::string source_;
    std::string version_;
};

// True for three upper-case ASCII letters (the shape of an ISO 4217 alphabetic code).
bool looksLikeCurrencyCode(std::string_view code);

} // namespace caravan::money
