#include "listing/countries.h"

#include "core/iso_codes.h"

#include <stdexcept>

namespace caravan::listing {

std::filesystem::path CountryTable::defaultDir()
{
    return isoCodesDir();
}

CountryTable CountryTable::loadFrom(const std::filesystem::path &dir)
{
    const auto file = dir / "iso_3166-1.json";
    const auto entries = readIsoCodes(dir, "iso_3166-1.json", "3166-1");
    CountryTable table;
    for (const auto &e : entries) {
        if (!e.is_object() || !e.contains("alpha_2") || !e["alpha_2"].is_string())
            throw std::runtime_error("country list " + file.string() + " has an entry without alpha_2");
        const auto code = e["alpha_2"].get<std::string>();
        if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z')
            throw std::runtime_error("country list " + file.string() + " has a bad alpha_2 code: " + code);
        table.names_[code] = e.value("name", code);
    }
    if (table.names_.empty())
        throw std::runtime_error("country list " + file.string() + " is empty");
    return table;
}

const CountryTable &CountryTable::system()
{
    static const CountryTable table = loadFrom(defaultDir());
    return table;
}

bool CountryTable::contains(std::string_view alpha2) const
{
    return names_.find(alpha2) != names_.end();
}

std::string CountryTable::name(std::string_view alpha2) const
{
    const auto it = names_.find(alpha2);
    return it == names_.end() ? std::string() : it->second;
}

std::vector<std::string> CountryTable::codes() const
{
    std::vector<std::string> out;
    out.reserve(names_.size());
    for (const auto &[code, name] : names_)
        out.push_back(code);
    return out;
}

} // namespace caravan::listing
