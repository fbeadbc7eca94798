#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The listing taxonomy (resources/listing/categories.json) and the item conditions
// (resources/listing/conditions.json). Names are held in English ("en") and Simplified Chinese ("zh_CN").
namespace caravan::listing {

struct LocalText
{
    std::string en;
    std::string zhCN;
    // "zh_CN" (or "zh", "zh-CN") gives the Chinese text, anything else English.
    const std::string &in(std::string_view lang) const;
};

struct SpecificValue
{
    std::string id;
    LocalText name;
};

struct SpecificDef
{
    enum class Type { Text, Integer, Boolean, Enum };
    std::string key;
    LocalText name;
    Type type = Type::Text;
    bool required = false;
    std::int64_t maxLength = 100;      // text
    std::int64_t min = 0, max = 0;     // integer
    std::vector<SpecificValue> values; // enum

    bool allowsValue(std::string_view id) const;
};

struct Category
{
    std::string id;
    std::string parent; // empty for a top-level category
    LocalText name;
    std::string hsHeading;              // default HS heading (4 digits)
    std::vector<SpecificDef> specifics; // effective: inherited from the parent, then this category's own
    std::vector<std::string> children;  // ids, in data order
    bool isLeaf() const { return children.empty(); }
    const SpecificDef *specific(std::string_view key) const;
};

class CategoryCatalog
{
public:
    // Reads a caravan-categories/1 file; throws std::runtime_error naming the file and the bad entry.
    static CategoryCatalog load(const std::filesystem::path &file);
    // resources/listing/categories.json, loaded once.
    static const CategoryCatalog &standard();

    const Category *find(std::string_view id) const;
    const std::vector<std::string> &topLevel() const { return topLevel_; }
    std::vector<std::string> allIds() const; // depth-first, data order
    // The category's default HS heading (its own, else its nearest ancestor's); empty if unknown.
    std::string suggestedHsHeading(std::string_view categoryId) const;

private:
    std::map<std::string, Category, std::less<>> byId_;
    std::vector<std::string> topLevel_;
};

struct ConditionInfo
{
    std::string id;
    LocalText name;
    LocalText definition;
};

// resources/listing/conditions.json: the name and definition of every condition, in data order.
const std::vector<ConditionInfo> &conditionInfos();
std::vector<ConditionInfo> loadConditionInfos(const std::filesystem::path &file);

} // namespace caravan::listing
