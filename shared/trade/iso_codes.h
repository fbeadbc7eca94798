#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>

namespace caravan::trade {

// Country (ISO 3166-1 alpha-2) and currency (ISO 4217 alphabetic) codes from Debian's iso-codes JSON
// (/usr/share/iso-codes/json, or the folder named by $CARAVAN_ISO_CODES). Never a hand-written list.
class IsoCodes
{
public:
    static IsoCodes load(const std::filesystem::path &folder);
    // $CARAVAN_ISO_CODES or /usr/share/iso-codes/json, loaded once. Throws std::runtime_error if absent.
    static const IsoCodes &system();

    bool isCountry(std::string_view alpha2) const { return countries_.count(std::string(alpha2)) != 0; }
    bool isCurrency(std::string_view alpha3) const { return currencies_.count(std::string(alpha3)) != 0; }
    std::size_t countryCount() const { return countries_.size(); }
    std::size_t currencyCount() const { return currencies_.size(); }
    const std::filesystem::path &folder() const { return folder_; }

private:
    std::set<std::string, std::less<>> countries_;
    std::set<std::string, std::less<>> currencies_;
    std::filesystem::path folder_;
};

} // namespace caravan::trade
