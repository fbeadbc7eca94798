#pragma once

#include "web/i18n.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace caravan::web {

// Renders the mustache templates in resources/web/templates. Every page is drawn inside layout.mustache
// (the page goes where the layout says {{> content}}). Values are HTML-escaped by {{ }}; the templates
// never use {{{ }}}. The catalog of the request's language is available to templates as `t`.
class Renderer
{
public:
    explicit Renderer(const std::filesystem::path &webDir);

    const Catalog &catalog() const { return m_catalog; }
    bool hasTemplate(const std::string &name) const { return m_templates.count(name) > 0; }
    // data: the page's values; `t`, `lang` and the layout's values are added here.
    std::string render(const std::string &page, nlohmann::json data, const std::string &lang) const;

private:
    std::map<std::string, std::string> m_templates; // name (file stem) -> text
    Catalog m_catalog;
};

} // namespace caravan::web
