#include "web/search_query.h"

#include "http/request.h"
#include "listing/categories.h"
#include "listing/countries.h"
#include "money/currency.h"
#include "money/fx.h"
#include "trade/rules.h"
#include "web/country_names.h"
#include "web/i18n.h"
#include "web/marketplace.h"

#include <Poco/URI.h>
#include <algorithm>
#include <optional>

namespace caravan::web {

namespace {

std::string trimmed(std::string s, std::size_t maxBytes)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    s = s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
    if (s.size() > maxBytes) {
        s.resize(maxBytes);
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80)
            s.pop_back();
        if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0x80))
            s.pop_back();
    }
    return s;
}

// A price the buyer typed ("25", "25.50", "25,50") in `currency`; nullopt if it is not one.
std::optional<money::Money> parsePrice(std::string text, const std::string &currency)
{
    text = trimmed(text, 20);
    if (text.empty())
        return std::nullopt;
    std::replace(text.begin(), text.end(), ',', '.');
    try {
        auto m = money::Money::parse(text, currency);
        if (m.isNegative())
            return std::nullopt;
        return m;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

// The buyer's range in every currency a listing may be priced in; nullopt when no range was given.
std::optional<std::vector<store::PriceBand>> priceBands(const std::optional<money::Money> &min,
                                                        const std::optional<money::Money> &max,
                                                        const std::string &buyerCurrency)
{
    if (!min && !max)
        return std::nullopt;
    const auto &rules = trade::RuleSet::standard();
    std::vector<store::PriceBand> bands;
    for (const auto &code : rules.currencies().codes()) {
        const auto digits = rules.currencies().minorUnits(code);
        store::PriceBand band{code};
        if (code == buyerCurrency) {
            band.minMinor = min ? min->minor() : 0;
            band.maxMinor = max ? max->minor() : band.maxMinor;
        } else {
            const auto rate = rules.fx().find(buyerCurrency, code, today());
            if (!rate)
                continue; // no rate: such listings cannot be compared, so they are not shown
            // Rounded outwards: a listing at the edge of the range is in it.
            band.minMinor = min ? rate->apply(*min, digits, money::Rounding::Down).minor() : 0;
            band.maxMinor = max ? rate->apply(*max, digits, money::Rounding::Up).minor() : band.maxMinor;
        }
        bands.push_back(band);
    }
    return bands;
}

std::int64_t pageOf(const std::string &text)
{
    try {
        return std::clamp<std::int64_t>(std::stoll(text), 1, 10000);
    } catch (const std::exception &) {
        return 1;
    }
}

} // namespace

BuyerSearch BuyerSearch::read(const std::function<std::string(const std::string &)> &value)
{
    BuyerSearch s;
    s.q = trimmed(value("q"), 100);
    const auto &categories = listing::CategoryCatalog::standard();
    if (const auto cat = value("cat"); categories.find(cat))
        s.category = cat;
    for (const auto &c : listing::conditionInfos())
        if (c.id == value("cond"))
            s.condition = c.id;
    if (const auto from = value("from"); listing::CountryTable::system().contains(from))
        s.from = from;
    if (const auto sort = value("sort"); sort == "newest" || sort == "price_asc" || sort == "price_desc")
        s.sort = sort;
    s.minText = trimmed(value("min"), 20);
    s.maxText = trimmed(value("max"), 20);
    s.shipsHere = value("ships") == "1";
    s.page = pageOf(value("page"));
    return s;
}

BuyerSearch BuyerSearch::fromQueryString(const std::string &query)
{
    std::map<std::string, std::string> values;
    try {
        const auto text = query.empty() ? std::string("/") : query.front() == '?' ? "/" + query : query;
        for (const auto &[k, v] : Poco::URI(text).getQueryParameters())
            values.emplace(k, v);
    } catch (const std::exception &) {
        // not a query string: the empty search
    }
    return read([&values](const std::string &name) {
        const auto it = values.find(name);
        return it == values.end() ? std::string() : it->second;
    });
}

std::string BuyerSearch::url(const std::map<std::string, std::string> &changes) const
{
    std::vector<std::pair<std::string, std::string>> values = {
        {"q", q},         {"cat", category}, {"cond", condition},  {"from", from},
        {"min", minText}, {"max", maxText},  {"ships", shipsHere ? "1" : ""},
        {"sort", sort == "relevance" ? "" : sort}, {"page", ""}};
    std::string out;
    for (auto &[key, value] : values) {
        if (const auto it = changes.find(key); it != changes.end())
            value = it->second;
        if (value.empty())
            continue;
        std::string encoded;
        Poco::URI::encode(value, "&=+?#/%", encoded);
        out += (out.empty() ? "?" : "&") + key + "=" + encoded;
    }
    return "/" + out;
}

std::string BuyerSearch::savedQuery() const
{
    const auto u = url({{"sort", ""}, {"page", ""}});
    return u == "/" ? std::string() : u.substr(1);
}

bool BuyerSearch::filtered() const
{
    return !category.empty() || !condition.empty() || !from.empty() || shipsHere || !minText.empty() ||
           !maxText.empty();
}

bool BuyerSearch::empty() const
{
    return q.empty() && !filtered();
}

store::ListingFilter BuyerSearch::filter(const std::string &destination, const std::string &currency)
{
    store::ListingFilter f;
    f.text = q;
    f.category = category;
    if (!condition.empty())
        f.conditions = {condition};
    f.sellerCountry = from;
    if (shipsHere && !destination.empty())
        f.shipsTo = destination;
    const auto min = parsePrice(minText, currency);
    const auto max = parsePrice(maxText, currency);
    priceInvalid = (!minText.empty() && !min) || (!maxText.empty() && !max);
    if (!min)
        minText.clear();
    if (!max)
        maxText.clear();
    if (min && max && *max < *min)
        std::swap(minText, maxText);
    f.priceBands = priceBands(min && max ? money::Money::min(*min, *max) : min,
                              min && max ? money::Money::max(*min, *max) : max, currency);
    using Sort = store::ListingFilter::Sort;
    f.sort = sort == "newest"       ? Sort::Newest
             : sort == "price_asc"  ? Sort::PriceLow
             : sort == "price_desc" ? Sort::PriceHigh
                                    : Sort::Relevance;
    f.priceScale = priceScale();
    return f;
}

std::vector<std::pair<std::string, std::map<std::string, std::string>>>
BuyerSearch::activeFilters(const Catalog &catalog, const CountryNames &countries, const std::string &lang,
                           const std::string &destination, const std::string &currency) const
{
    std::vector<std::pair<std::string, std::map<std::string, std::string>>> out;
    if (!category.empty())
        out.push_back({categoryLabel(lang, category), {{"cat", ""}}});
    if (!condition.empty())
        out.push_back({conditionLabel(lang, condition), {{"cond", ""}}});
    if (!from.empty())
        out.push_back({catalog.text(lang, "search_from") + " " + countries.name(lang, from), {{"from", ""}}});
    if (shipsHere && !destination.empty())
        out.push_back({catalog.text(lang, "search_ships_to") + " " + countries.name(lang, destination), {{"ships", ""}}});
    if (!minText.empty() || !maxText.empty())
        out.push_back({catalog.text(lang, "search_price") + " " + (minText.empty() ? "0" : minText) + " – " +
                           (maxText.empty() ? "∞" : maxText) + " " + currency,
                       {{"min", ""}, {"max", ""}}});
    return out;
}

std::string BuyerSearch::describe(const Catalog &catalog, const CountryNames &countries, const std::string &lang,
                                  const std::string &destination, const std::string &currency) const
{
    std::string out = q.empty() ? std::string() : "“" + q + "”";
    for (const auto &[label, drop] : activeFilters(catalog, countries, lang, destination, currency))
        out += (out.empty() ? "" : " · ") + label;
    return out.empty() ? catalog.text(lang, "saved_all_listings") : out;
}

const std::map<std::string, std::int64_t> &priceScale()
{
    static const std::map<std::string, std::int64_t> scale = [] {
        std::map<std::string, std::int64_t> out;
        const auto &rules = trade::RuleSet::standard();
        for (const auto &code : rules.currencies().codes()) {
            const auto digits = rules.currencies().minorUnits(code);
            const auto rate = rules.fx().find(code, "EUR", rules.fx().latestDate().value_or(today()));
            if (rate)
                // 10,000 minor units in 1e-4 EUR: one minor unit in 1e-8 EUR.
                out[code] = rate->apply(money::Money::ofMinor(10000, code, digits), 4).minor();
        }
        return out;
    }();
    return scale;
}

} // namespace caravan::web
