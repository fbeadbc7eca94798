#include "trade/iso_codes.h"

#include "core/iso_codes.h"

#include <stdexcept>

namespace caravan::trade {

IsoCodes IsoCodes::load(const std::filesystem::path &folder)
{
    IsoCodes codes;
    codes.folder_ = folder;
    for (const auto &c : readIsoCodes(folder, "iso_3166-1.json", "3166-1"))
        codes.countries_.insert(c.at("alpha_2").get<std::string>());
    for (const auto &c : readIsoCodes(folder, "iso_4217.json", "4217"))
        codes.currencies_.insert(c.at("alpha_3").get<std::string>());
    if (codes.countries_.empty() || codes.currencies_.empty())
        throw std::runtime_error(folder.string() + ": iso-codes files hold no codes");
    return codes;
}

const IsoCodes &IsoCodes::system()
{
    static const IsoCodes codes = load(isoCodesDir());
    return codes;
}

} // namespace caravan::trade
