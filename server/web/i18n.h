#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caravan::web {

// The web pages' message catalogs: resources/web/i18n/<lang>.json plus <area>.<lang>.json files for the keys
// of one part of the site, flat {"key": "text"} objects merged per language.
// "en" is the reference and must exist; every catalog must have exactly the same keys.
class Catalog
{
public:
    static Catalog load(const std::filesystem::path &i18nDir);

    std::vector<std::string> languages() const;
    bool has(const std::string &lang) const { return m_catalogs.count(lang) > 0; }
    // The text for key in lang (falls back to English, then to the key itself).
    std::string text(const std::string &lang, const std::string &key) const;
    const nlohmann::json &all(const std::string &lang) const;

    // Picks the language: ?lang=, then the lang cookie, then Accept-Language, then English.
    std::string pick(const std::string &queryLang, const std::string &cookieLang,
                     const std::string &acceptLanguage) const;
    // Maps "zh-CN", "zh_cn", "zh" and the like to a catalog name, or "".
    std::string normalise(const std::string &tag) const;

private:
    std::map<std::string, nlohmann::json> m_catalogs;
};

} // namespace caravan::web
