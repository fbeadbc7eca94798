#include "web/renderer.h"

#include <fstream>
#include <mustache.hpp>
#include <sstream>
#include <stdexcept>

namespace caravan::web {

namespace mu = kainjow::mustache;

namespace {

mu::data toData(const nlohmann::json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::object: {
        mu::data d{mu::data::type::object};
        for (const auto &[key, value] : j.items())
            d.set(key, toData(value));
        return d;
    }
    case nlohmann::json::value_t::array: {
        mu::data d{mu::data::type::list};
        for (const auto &value : j)
            d.push_back(toData(value));
        return d;
    }
    case nlohmann::json::value_t::boolean:
        return mu::data{j.get<bool>()};
    case nlohmann::json::value_t::string:
        return mu::data{j.get<std::string>()};
    case nlohmann::json::value_t::null:
        return mu::data{false};
    default:
        return mu::data{j.dump()};
    }
}

std::string readFile(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

Renderer::Renderer(const std::filesystem::path &webDir)
    : m_catalog(Catalog::load(webDir / "i18n"))
{
    for (const auto &entry : std::filesystem::directory_iterator(webDir / "templates")) {
        if (entry.path().extension() != ".mustache")
            continue;
        const auto text = readFile(entry.path());
        mu::mustache check{text};
        if (!check.is_valid())
            throw std::runtime_error("template " + entry.path().string() + ": " + check.error_message());
        m_templates[entry.path().stem().string()] = text;
    }
    if (!m_templates.count("layout"))
        throw std::runtime_error("layout.mustache missing in " + (webDir / "templates").string());
}

std::string Renderer::render(const std::string &page, nlohmann::json data, const std::string &lang) const
{
    const auto it = m_templates.find(page);
    if (it == m_templates.end())
        throw std::runtime_error("no template named " + page);
    data["t"] = m_catalog.all(lang);
    data["lang"] = lang;
    data["html_lang"] = lang == "zh_CN" ? "zh-CN" : lang;
    nlohmann::json languages = nlohmann::json::array();
    for (const auto &l : m_catalog.languages())
        languages.push_back(
            {{"code", l}, {"name", m_catalog.text(l, "language_name")}, {"current", l == lang}});
    data["languages"] = languages;

    mu::data root = toData(data);
    const std::string &pageText = it->second;
    root.set("content", mu::partial{[&pageText]() { return pageText; }});
    mu::mustache layout{m_templates.at("layout")};
    std::string html = layout.render(root);
    if (!layout.is_valid())
        throw std::runtime_error("rendering " + page + ": " + layout.error_message());
    return html;
}

} // namespace caravan::web
