#include "accounts/countries.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace caravan::accounts {

Countries Countries::load(const std::filesystem::path &isoCodesJson)
{
    Countries c;
    std::ifstream in(isoCodesJson);
    if (!in)
        return c;
    try {
        const auto doc = nlohmann::json::parse(in);
        for (const auto &entry : doc.at("3166-1")) {
            const auto code = entry.value("alpha_2", std::string());
            const auto name = entry.value("common_name", entry.value("name", std::string()));
            if (code.size() == 2)
                c.m_names[code] = name;
        }
    } catch (const nlohmann::json::exception &) {
        c.m_names.clear();
    }
    return c;
}

bool Countries::isValid(const std::string &code) const
{
    if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z')
        return false;
    return m_names.empty() || m_names.count(code) > 0;
}

std::string Countries::nameOf(const std::string &code) const
{
    const auto it = m_names.find(code);
    return it == m_names.end() ? code : it->second;
}

} // namespace caravan::accounts
