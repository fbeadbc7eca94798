#include "listing/categories.h"

#include "core/resources.h"
#include "listing/hs.h"
#include "listing/json_file.h"
#include "listing/listing.h"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace caravan::listing {

using nlohmann::json;

const std::string &LocalText::in(std::string_view lang) const
{
    if (lang == "zh_CN" || lang == "zh" || lang == "zh-CN")
        return zhCN.empty() ? en : zhCN;
    return en;
}

bool SpecificDef::allowsValue(std::string_view id) const
{
    return std::any_of(values.begin(), values.end(), [&](const SpecificValue &v) { return v.id == id; });
}

const SpecificDef *Category::specific(std::string_view key) const
{
    for (const auto &s : specifics) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

namespace {

LocalText readLocal(const json &j, const std::string &where)
{
    if (!j.is_object() || !j.contains("en") || !j.contains("zh_CN") || !j["en"].is_string() ||
        !j["zh_CN"].is_string() || j["en"].get<std::string>().empty() ||
        j["zh_CN"].get<std::string>().empty())
        throw std::runtime_error(where + ": needs non-empty \"en\" and \"zh_CN\" texts");
    return LocalText{j["en"].get<std::string>(), j["zh_CN"].get<std::string>()};
}

SpecificDef readSpecific(const json &j, const std::string &where)
{
    SpecificDef s;
    if (!j.is_object() || !j.contains("key") || !j["key"].is_string())
        throw std::runtime_error(where + ": a specific without a key");
    s.key = j["key"].get<std::string>();
    const std::string at = where + " specific " + s.key;
    for (char c : s.key) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            throw std::runtime_error(at + ": keys use a-z, 0-9 and _");
    }
    s.name = readLocal(j.value("name", json()), at);
    const auto type = j.value("type", std::string());
    s.required = j.value("required", false);
    if (type == "text") {
        s.type = SpecificDef::Type::Text;
        s.maxLength = j.value("max_length", std::int64_t{100});
        if (s.maxLength < 1)
            throw std::runtime_error(at + ": max_length must be positive");
    } else if (type == "integer") {
        s.type = SpecificDef::Type::Integer;
        if (!j.contains("min") || !j.contains("max"))
            throw std::runtime_error(at + ": an integer needs min and max");
        s.min = j["min"].get<std::int64_t>();
        s.max = j["max"].get<std::int64_t>();
        if (s.min > s.max)
            throw std::runtime_error(at + ": min is above max");
    } else if (type == "boolean") {
        s.type = SpecificDef::Type::Boolean;
    } else if (type == "enum") {
        s.type = SpecificDef::Type::Enum;
        const auto values = j.value("values", json::array());
        if (!values.is_array() || values.empty())
            throw std::runtime_error(at + ": an enum needs values");
        for (const auto &v : values) {
            if (!v.is_object() || !v.contains("id") || !v["id"].is_string())
                throw std::runtime_error(at + ": a value without an id");
            SpecificValue sv;
            sv.id = v["id"].get<std::string>();
            sv.name = readLocal(v, at + " value " + sv.id);
            if (s.allowsValue(sv.id))
                throw std::runtime_error(at + ": value " + sv.id + " appears twice");
            s.values.push_back(std::move(sv));
        }
    } else {
        throw std::runtime_error(at + ": unknown type \"" + type + "\" (text, integer, boolean, enum)");
    }
    return s;
}

} // namespace

CategoryCatalog CategoryCatalog::load(const std::filesystem::path &file)
{
    const json doc = loadFormattedJson(file, "caravan-categories/1");
    if (!doc.contains("categories") || !doc["categories"].is_array())
        throw std::runtime_error(file.string() + ": no categories array");

    CategoryCatalog cat;
    const std::string where = file.string();
    std::function<void(const json &, const Category *)> add = [&](const json &j, const Category *parent) {
        if (!j.is_object() || !j.contains("id") || !j["id"].is_string())
            throw std::runtime_error(where + ": a category without an id");
        Category c;
        c.id = j["id"].get<std::string>();
        const std::string at = where + " category " + c.id;
        if (parent) {
            c.parent = parent->id;
            if (!c.id.starts_with(parent->id + "/") || c.id.size() == parent->id.size() + 1)
                throw std::runtime_error(at + ": a subcategory id starts with its parent's id and a slash");
        } else if (c.id.find('/') != std::string::npos) {
            throw std::runtime_error(at + ": a top-level id has no slash");
        }
        if (cat.byId_.count(c.id))
            throw std::runtime_error(at + ": id appears twice");
        c.name = readLocal(j.value("name", json()), at);
        c.hsHeading = j.value("hs_heading", std::string());
        if (c.hsHeading.size() != 4 || !normalizeHsCode(c.hsHeading))
            throw std::runtime_error(at + ": hs_heading must be a 4-digit HS heading");
        if (parent)
            c.specifics = parent->specifics;
        for (const auto &s : j.value("specifics", json::array())) {
            auto def = readSpecific(s, at);
            auto it = std::find_if(c.specifics.begin(), c.specifics.end(),
                                   [&](const SpecificDef &d) { return d.key == def.key; });
            if (it != c.specifics.end())
                *it = std::move(def); // a subcategory redefines an inherited specific
            else
                c.specifics.push_back(std::move(def));
        }
        const std::string id = c.id;
        if (parent)
            cat.byId_.at(parent->id).children.push_back(id);
        else
            cat.topLevel_.push_back(id);
        const Category &stored = cat.byId_.emplace(id, std::move(c)).first->second;
        for (const auto &child : j.value("children", json::array()))
            add(child, &stored);
    };
    for (const auto &j : doc["categories"])
        add(j, nullptr);
    return cat;
}

const CategoryCatalog &CategoryCatalog::standard()
{
    static const CategoryCatalog catalog = load(resourcePath("listing/categories.json"));
    return catalog;
}

const Category *CategoryCatalog::find(std::string_view id) const
{
    const auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : &it->second;
}

std::vector<std::string> CategoryCatalog::allIds() const
{
    std::vector<std::string> out;
    std::function<void(const std::string &)> walk = [&](const std::string &id) {
        out.push_back(id);
        for (const auto &child : byId_.at(id).children)
            walk(child);
    };
    for (const auto &id : topLevel_)
        walk(id);
    return out;
}

std::string CategoryCatalog::suggestedHsHeading(std::string_view categoryId) const
{
    for (const Category *c = find(categoryId); c; c = c->parent.empty() ? nullptr : find(c->parent)) {
        if (!c->hsHeading.empty())
            return c->hsHeading;
    }
    return {};
}

std::vector<ConditionInfo> loadConditionInfos(const std::filesystem::path &file)
{
    const json doc = loadFormattedJson(file, "caravan-conditions/1");
    if (!doc.contains("conditions"))
        throw std::runtime_error(file.string() + ": has no conditions");
    std::vector<ConditionInfo> out;
    for (const auto &j : doc["conditions"]) {
        ConditionInfo info;
        info.id = j.value("id", std::string());
        if (!parseCondition(info.id))
            throw std::runtime_error(file.string() + ": unknown condition id \"" + info.id + "\"");
        info.name = readLocal(j.value("name", json()), file.string() + " " + info.id);
        info.definition = readLocal(j.value("definition", json()), file.string() + " " + info.id);
        out.push_back(std::move(info));
    }
    for (auto c :
         {Condition::New, Condition::LikeNew, Condition::Good, Condition::Fair, Condition::ForParts}) {
        if (std::none_of(out.begin(), out.end(), [&](const ConditionInfo &i) { return i.id == toString(c); }))
            throw std::runtime_error(file.string() + ": condition \"" + std::string(toString(c)) +
                                     "\" is missing");
    }
    return out;
}

const std::vector<ConditionInfo> &conditionInfos()
{
    static const std::vector<ConditionInfo> infos =
        loadConditionInfos(resourcePath("listing/conditions.json"));
    return infos;
}

} // namespace caravan::listing
