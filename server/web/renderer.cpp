#include "web/renderer.h"

#include <atomic>
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
    case nlohmann::json::value_t::string: {
        // "" is false, as in other mustache implementations: {{#x}} hides an empty value and {{^x}} shows
        // its alternative ({{x}} draws nothing either way).
        const auto &text = j.get_ref<const std::string &>();
        return text.empty() ? mu::data{false} : mu::data{text};
    }
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

struct Renderer::LanguageValues
{
    mu::data values{mu::data::type::object};
};

namespace {
std::atomic<std::uint64_t> g_nextRendererId{1};

// Parsed templates of this thread, by renderer and name (a parsed template is reused, not shared).
std::unique_ptr<mu::mustache> &parsedOnThisThread(std::uint64_t rendererId, const std::string &name,
                                                  const std::string &text)
{
    thread_local std::map<std::pair<std::uint64_t, std::string>, std::unique_ptr<mu::mustache>> cache;
    auto &slot = cache[{rendererId, name}];
    if (!slot)
        slot = std::make_unique<mu::mustache>(text);
    return slot;
}
} // namespace

Renderer::~Renderer() = default;

Renderer::Renderer(const std::filesystem::path &webDir)
    : m_catalog(Catalog::load(webDir / "i18n"))
    , m_id(g_nextRendererId++)
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
    nlohmann::json languages = nlohmann::json::array();
    for (const auto &l : m_catalog.languages())
        languages.push_back({{"code", l}, {"name", m_catalog.text(l, "language_name")}, {"current", false}});
    for (const auto &lang : m_catalog.languages()) {
        auto list = languages;
        for (auto &entry : list)
            entry["current"] = entry["code"] == lang;
        auto v = std::make_unique<LanguageValues>();
        v->values.set("t", toData(m_catalog.all(lang)));
        v->values.set("lang", mu::data{lang});
        v->values.set("html_lang", mu::data{lang == "zh_CN" ? std::string("zh-CN") : lang});
        v->values.set("languages", toData(list));
        m_languageValues[lang] = std::move(v);
    }
}

std::string Renderer::render(const std::string &page, nlohmann::json data, const std::string &lang) const
{
    const auto it = m_templates.find(page);
    if (it == m_templates.end())
        throw std::runtime_error("no template named " + page);
    auto values = m_languageValues.find(lang);
    if (values == m_languageValues.end())
        values = m_languageValues.find("en");
    if (values == m_languageValues.end())
        values = m_languageValues.begin();

    mu::data root = toData(data);
    const std::string &pageText = it->second;
    root.set("content", mu::partial{[&pageText]() { return pageText; }});
    // The page's values first, then the language's (a page value never hides `t`: pages do not set it).
    mu::context<std::string> context;
    context.push(&values->second->values);
    context.push(&root);
    auto &layout = parsedOnThisThread(m_id, "layout", m_templates.at("layout"));
    std::string html = layout->render(context);
    if (!layout->is_valid()) {
        const auto message = layout->error_message();
        layout.reset(); // an error sticks to a parsed template: parse it again next time
        throw std::runtime_error("rendering " + page + ": " + message);
    }
    return html;
}

} // namespace caravan::web
