#include "core/iso_codes.h"

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace caravan {

std::filesystem::path isoCodesDir()
{
    if (const char *env = std::getenv("CARAVAN_ISO_CODES"); env && *env)
        return env;
    return "/usr/share/iso-codes/json";
}

nlohmann::json readIsoCodes(const std::filesystem::path &dir, const std::string &file, const std::string &key)
{
    const auto path = dir / file;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string() +
                                 " (install Debian's iso-codes or set CARAVAN_ISO_CODES)");
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(path.string() + " is not valid JSON: " + e.what());
    }
    const auto entries = doc.find(key);
    if (entries == doc.end() || !entries->is_array())
        throw std::runtime_error(path.string() + " has no \"" + key + "\" array");
    return *entries;
}

} // namespace caravan
