#pragma once

#include "web/i18n.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace caravan::web {

// Renders the mustache templates in resources/web/templates. Every page is drawn inside layout.mustache
// (the page goes where the layout says {{> content}}). Values are HTML-escaped by {{ }}; the templates
// never use {{{ }}}. The catalog of the request's language is available to templates as `t`.
// Speed: the catalog and the language list are converted to template values once per language (not per
// request) and looked up behind the page's own values; the layout is parsed once per thread.
class Renderer
{
public:
    explicit Renderer(const std::filesystem::path &webDir);
    ~Renderer();

    const Catalog &catalog() const { return m_catalog; }
    bool hasTemplate(const std::string &name) const { return m_templates.count(name) > 0; }
    // data: the page's values; `t`, `lang` and the layout's values are added here.
    std::string render(const std::string &page, nlohmann::json data, const std::string &lang) const;

private:
    struct LanguageValues; // per language, made once: `t`, `lang`, `html_lang`, `languages`

    std::map<std::string, std::string> m_templates; // name (file stem) -> text
    Catalog m_catalog;
    std::map<std::string, std::unique_ptr<LanguageValues>> m_languageValues;
    std::uint64_t m_id; // tells this renderer's parsed templates apart in the per-thread cache
};

} // namespace caravan::web
