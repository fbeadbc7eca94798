#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace caravan::accounts {

// ISO 3166-1 alpha-2 country codes with their English names, read from Debian's iso-codes
// (iso_3166-1.json). Without that file every two-letter upper-case code is accepted.
class Countries
{
public:
    static Countries
    load(const std::filesystem::path &isoCodesJson = "/usr/share/iso-codes/json/iso_3166-1.json");

    bool isValid(const std::string &code) const;
    const std::map<std::string, std::string> &all() const { return m_names; } // code -> name
    std::string nameOf(const std::string &code) const;

private:
    std::map<std::string, std::string> m_names;
};

} // namespace caravan::accounts
