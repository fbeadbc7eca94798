#include "trade/iso_codes.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace caravan::trade {

namespace {

nlohmann::json readJson(const std::filesystem::path &file)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error("cannot read " + file.string() + " (Debian package iso-codes; or set CARAVAN_ISO_CODES)");
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(file.string() + ": not valid JSON: " + e.what());
    }
}

} // namespace

IsoCodes IsoCodes::load(const std::filesystem::path &folder)
{
    IsoCodes codes;
    codes.folder_ = folder;
    const auto countries = readJson(folder / "iso_3166-1.json");
    for (const auto &c : countries.at("3166-1"))
        codes.countries_.insert(c.at("alpha_2").get<std::string>());
    const auto currencies = readJson(folder / "iso_4217.json");
    for (const auto &c : currencies.at("4217"))
        codes.currencies_.insert(c.at("alpha_3").get<std::string>());
    if (codes.countries_.empty() || codes.currencies_.empty())
        throw std::runtime_error(folder.string() + ": iso-codes files hold no codes");
    return codes;
}

const IsoCodes &IsoCodes::system()
{
    static const IsoCodes codes = [] {
        const char *env = std::getenv("CARAVAN_ISO_CODES");
        return load(env && *env ? std::filesystem::path(env) : std::filesystem::path("/usr/share/iso-codes/json"));
    }();
    return codes;
}

} // namespace caravan::trade
