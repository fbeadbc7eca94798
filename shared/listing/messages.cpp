#include "listing/messages.h"

#include "core/resources.h"
#include "listing/json_file.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace caravan::listing {

namespace {
std::string langOf(std::string_view lang)
{
    if (lang == "zh_CN" || lang == "zh" || lang == "zh-CN")
        return "zh_CN";
    return "en";
}

std::map<std::string, std::map<std::string, std::string>, std::less<>>
readSection(const nlohmann::json &doc, const char *name, const std::string &file)
{
    std::map<std::string, std::map<std::string, std::string>, std::less<>> out;
    if (!doc.contains(name) || !doc[name].is_object())
        throw std::runtime_error(file + ": no \"" + name + "\" object");
    for (const auto &[key, value] : doc[name].items()) {
        if (!value.is_object())
            throw std::runtime_error(file + ": " + name + "." + key + " must be an object of languages");
        for (const auto &[lang, text] : value.items()) {
            if (!text.is_string() || text.get<std::string>().empty())
                throw std::runtime_error(file + ": " + name + "." + key + "." + lang +
                                         " must be a non-empty text");
            out[key][lang] = text.get<std::string>();
        }
    }
    return out;
}
} // namespace

MessageCatalog MessageCatalog::load(const std::filesystem::path &file)
{
    const auto doc = loadFormattedJson(file, "caravan-listing-messages/1");
    MessageCatalog m;
    m.templates_ = readSection(doc, "messages", file.string());
    m.fields_ = readSection(doc, "fields", file.string());
    return m;
}

const MessageCatalog &MessageCatalog::standard()
{
    static const MessageCatalog catalog = load(resourcePath("listing/messages.json"));
    return catalog;
}

bool MessageCatalog::hasTemplate(std::string_view code, std::string_view lang) const
{
    const auto it = templates_.find(code);
    return it != templates_.end() && it->second.count(std::string(lang));
}

std::string MessageCatalog::fieldLabel(const Issue &issue, std::string_view lang) const
{
    const std::string l = langOf(lang);
    if (const auto p = issue.params.find("label_" + l); p != issue.params.end())
        return p->second;
    std::string_view field = issue.field;
    if (const auto it = fields_.find(field); it != fields_.end()) {
        if (const auto t = it->second.find(l); t != it->second.end())
            return t->second;
        if (const auto t = it->second.find("en"); t != it->second.end())
            return t->second;
    }
    return issue.field;
}

std::string MessageCatalog::render(const Issue &issue, std::string_view lang) const
{
    const std::string l = langOf(lang);
    const auto it = templates_.find(issue.code);
    if (it == templates_.end()) {
        std::string out = issue.field + ": " + issue.code;
        for (const auto &[k, v] : issue.params)
            out += " " + k + "=" + v;
        return out;
    }
    auto t = it->second.find(l);
    if (t == it->second.end())
        t = it->second.find("en");
    const std::string &tpl = t->second;
    std::string out;
    out.reserve(tpl.size() + 32);
    for (std::size_t i = 0; i < tpl.size();) {
        if (tpl[i] == '{') {
            const auto close = tpl.find('}', i + 1);
            if (close != std::string::npos) {
                const std::string name = tpl.substr(i + 1, close - i - 1);
                if (name == "field") {
                    out += fieldLabel(issue, l);
                    i = close + 1;
                    continue;
                }
                if (const auto p = issue.params.find(name); p != issue.params.end()) {
                    out += p->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out.push_back(tpl[i]);
        ++i;
    }
    return out;
}

std::vector<std::string> MessageCatalog::codes() const
{
    std::vector<std::string> out;
    for (const auto &[code, langs] : templates_)
        out.push_back(code);
    return out;
}

} // namespace caravan::listing
