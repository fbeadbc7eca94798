#include "web/i18n.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace caravan::web {

Catalog Catalog::load(const std::filesystem::path &i18nDir)
{
    Catalog c;
    // <lang>.json, and <area>.<lang>.json for the keys of one part of the site (orders.zh_CN.json):
    // merged per language; a key in two files of a language is an error.
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(i18nDir))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto &file : files) {
        std::ifstream in(file);
        nlohmann::json doc;
        try {
            doc = nlohmann::json::parse(in);
        } catch (const nlohmann::json::exception &e) {
            throw std::runtime_error("web catalog " + file.string() + " is not valid JSON: " + e.what());
        }
        if (!doc.is_object())
            throw std::runtime_error("web catalog " + file.string() + " must be a JSON object");
        const auto stem = file.stem().string();
        const auto dot = stem.rfind('.');
        const auto lang = dot == std::string::npos ? stem : stem.substr(dot + 1);
        auto &merged = c.m_catalogs[lang];
        if (merged.is_null())
            merged = nlohmann::json::object();
        for (auto &[key, value] : doc.items()) {
            if (merged.contains(key))
                throw std::runtime_error("web catalog " + file.string() + ": key " + key +
                                         " is also in another file of " + lang);
            merged[key] = std::move(value);
        }
    }
    if (!c.m_catalogs.count("en"))
        throw std::runtime_error("web catalog en.json missing in " + i18nDir.string());
    return c;
}

std::vector<std::string> Catalog::languages() const
{
    std::vector<std::string> out;
    for (const auto &[lang, doc] : m_catalogs)
        out.push_back(lang);
    return out;
}

std::string Catalog::text(const std::string &lang, const std::string &key) const
{
    for (const auto &l : {lang, std::string("en")}) {
        const auto it = m_catalogs.find(l);
        if (it != m_catalogs.end() && it->second.contains(key) && it->second[key].is_string())
            return it->second[key].get<std::string>();
    }
    return key;
}

const nlohmann::json &Catalog::all(const std::string &lang) const
{
    const auto it = m_catalogs.find(lang);
    return it != m_catalogs.end() ? it->second : m_catalogs.at("en");
}

std::string Catalog::normalise(const std::string &tag) const
{
    std::string t = tag;
    std::replace(t.begin(), t.end(), '-', '_');
    const auto lowerOf = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char ch) { return char(std::tolower(ch)); });
        return s;
    };
    const auto wanted = lowerOf(t);
    for (const auto &[lang, doc] : m_catalogs)
        if (lowerOf(lang) == wanted)
            return lang;
    const auto primary = wanted.substr(0, wanted.find('_'));
    for (const auto &[lang, doc] : m_catalogs)
        if (lowerOf(lang).substr(0, lowerOf(lang).find('_')) == primary)
            return lang;
    return {};
}

std::string Catalog::pick(const std::string &queryLang, const std::string &cookieLang,
                          const std::string &acceptLanguage) const
{
    for (const auto &explicitChoice : {queryLang, cookieLang})
        if (!explicitChoice.empty())
            if (auto l = normalise(explicitChoice); !l.empty())
                return l;
    // Accept-Language: "zh-CN,zh;q=0.9,en;q=0.8" — highest q wins, ties keep header order.
    std::vector<std::pair<double, std::string>> ranked;
    std::stringstream ss(acceptLanguage);
    std::string item;
    int order = 0;
    while (std::getline(ss, item, ',')) {
        const auto semi = item.find(';');
        std::string tag = item.substr(0, semi);
        tag.erase(std::remove(tag.begin(), tag.end(), ' '), tag.end());
        double q = 1.0;
        if (semi != std::string::npos) {
            const auto qpos = item.find("q=", semi);
            if (qpos != std::string::npos) {
                try {
                    q = std::stod(item.substr(qpos + 2));
                } catch (const std::exception &) {
                    q = 0;
                }
            }
        }
        ranked.emplace_back(q - order++ * 1e-6, tag);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[q, tag] : ranked)
        if (q > 0)
            if (auto l = normalise(tag); !l.empty())
                return l;
    return "en";
}

} // namespace caravan::web
