#include "escrow/policy.h"

#include <charconv>
#include <stdexcept>

namespace caravan::escrow {

namespace {

constexpr int kMaxCategoryDays = 60;

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// A prefix matches the whole id or a part of it that ends at a '/': "toys" matches "toys/figures",
// not "toyshop".
bool prefixMatches(std::string_view prefix, std::string_view category)
{
    if (prefix.empty() || category.size() < prefix.size() || category.substr(0, prefix.size()) != prefix)
        return false;
    return category.size() == prefix.size() || category[prefix.size()] == '/';
}

std::pair<std::string, int> parseCategoryPart(std::string_view part)
{
    const auto colon = part.rfind(':');
    if (colon == std::string_view::npos)
        throw std::invalid_argument("\"" + std::string(part) + "\": expected category:days");
    const std::string_view category = trimmed(part.substr(0, colon));
    const std::string_view daysText = trimmed(part.substr(colon + 1));
    if (category.empty())
        throw std::invalid_argument("\"" + std::string(part) + "\": the category is empty");
    int days = -1;
    const auto [end, ec] = std::from_chars(daysText.data(), daysText.data() + daysText.size(), days);
    if (daysText.empty() || ec != std::errc() || end != daysText.data() + daysText.size() || days < 0 ||
        days > kMaxCategoryDays)
        throw std::invalid_argument("\"" + std::string(part) + "\": days must be a whole number from 0 to " +
                                    std::to_string(kMaxCategoryDays));
    return {std::string(category), days};
}

} // namespace

int EscrowPolicy::inspectionDaysFor(std::string_view category) const
{
    std::size_t bestLength = 0;
    int days = inspectionDays;
    for (const auto &[prefix, prefixDays] : inspectionDaysByCategory) {
        if (prefix.size() > bestLength && prefixMatches(prefix, category)) {
            bestLength = prefix.size();
            days = prefixDays;
        }
    }
    return days;
}

std::vector<std::pair<std::string, int>> EscrowPolicy::parseCategoryDays(std::string_view text)
{
    std::vector<std::pair<std::string, int>> out;
    if (trimmed(text).empty())
        return out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const std::string_view part = trimmed(
            text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (part.empty())
            throw std::invalid_argument("an empty entry in \"" + std::string(text) + "\"");
        auto entry = parseCategoryPart(part);
        for (const auto &existing : out)
            if (existing.first == entry.first)
                throw std::invalid_argument("\"" + entry.first + "\" is given twice");
        out.push_back(std::move(entry));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return out;
}

} // namespace caravan::escrow
