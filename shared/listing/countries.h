#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

// ISO 3166-1 alpha-2 country codes, read from Debian's iso-codes data
// (/usr/share/iso-codes/json/iso_3166-1.json) or from the folder named by $CARAVAN_ISO_CODES.
namespace caravan::listing {

class CountryTable
{
public:
    // Reads <dir>/iso_3166-1.json. Throws std::runtime_error naming the file when it is missing or bad.
    static CountryTable loadFrom(const std::filesystem::path &dir);
    // $CARAVAN_ISO_CODES if set, else /usr/share/iso-codes/json. Loaded once, on first use.
    static const CountryTable &system();
    static std::filesystem::path defaultDir();

    // Exact, upper-case alpha-2 codes only ("DE" yes, "de" and "DEU" no).
    bool contains(std::string_view alpha2) const;
    // English short name, or an empty string for an unknown code.
    std::string name(std::string_view alpha2) const;
    std::vector<std::string> codes() const; // sorted
    std::size_t size() const { return names_.size(); }

private:
    std::map<std::string, std::string, std::less<>> names_;
};

} // namespace caravan::listing
