// The home and search page: full-text search with filters (category, price in the buyer's currency,
// condition, seller's country, ships to the buyer's country), sorts and stable, paged URLs
// (docs/operations.md, "Search").
#include "listing/categories.h"
#include "listing/countries.h"
#include "money/currency.h"
#include "money/fx.h"
#include "store/favourites.h"
#include "store/listing_search.h"
#include "trade/rules.h"
#include "web/format.h"
#include "web/marketplace.h"

#include <Poco/URI.h>

namespace caravan::web {

using nlohmann::json;

namespace {

constexpr std::int64_t kPageSize = 24;

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

// The search as the page understood it: every value checked, so it can go back into links and forms.
struct Search
{
    std::string q, category, condition, from, sort = "relevance", minText, maxText;
    bool shipsHere = false;
    std::int64_t page = 1;
    std::string priceError;

    // The URL of this search with one value changed ("" drops it); page 1 unless given.
    std::string url(const std::map<std::string, std::string> &changes = {}) const
    {
        std::vector<std::pair<std::string, std::string>> values = {
            {"q", q},        {"cat", category},     {"cond", condition}, {"from", from},
            {"min", minText}, {"max", maxText},      {"ships", shipsHere ? "1" : ""},
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
};

Search readSearch(const http::Request &req)
{
    Search s;
    s.q = trimmed(req.queryValue("q"), 100);
    const auto &categories = listing::CategoryCatalog::standard();
    if (const auto cat = req.queryValue("cat"); categories.find(cat))
        s.category = cat;
    for (const auto &c : listing::conditionInfos())
        if (c.id == req.queryValue("cond"))
            s.condition = c.id;
    if (const auto from = req.queryValue("from"); listing::CountryTable::system().contains(from))
        s.from = from;
    if (const auto sort = req.queryValue("sort"); sort == "newest" || sort == "price_asc" || sort == "price_desc")
        s.sort = sort;
    s.minText = trimmed(req.queryValue("min"), 20);
    s.maxText = trimmed(req.queryValue("max"), 20);
    s.shipsHere = req.queryValue("ships") == "1";
    s.page = pageNumber(req);
    return s;
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

// What one minor unit of each currency is worth in 1e-8 EUR, for the price sorts.
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

json currencyOptions(const std::string &selected)
{
    json out = json::array();
    for (const auto &code : priceScale()) // the currencies prices can be compared in
        out.push_back({{"code", code.first}, {"selected", code.first == selected}});
    return out;
}

json categoryOptions(const std::string &lang, const std::string &selected)
{
    const auto &catalog = listing::CategoryCatalog::standard();
    json out = json::array();
    for (const auto &top : catalog.topLevel()) {
        const auto *c = catalog.find(top);
        out.push_back({{"id", top}, {"name", c->name.in(lang)}, {"selected", top == selected}, {"sub", false}});
        for (const auto &child : c->children) {
            const auto *sub = catalog.find(child);
            out.push_back({{"id", child}, {"name", sub->name.in(lang)}, {"selected", child == selected}, {"sub", true}});
        }
    }
    return out;
}

json conditionOptions(const std::string &lang, const std::string &selected)
{
    json out = json::array();
    for (const auto &c : listing::conditionInfos())
        out.push_back({{"id", c.id}, {"name", c.name.in(lang)}, {"selected", c.id == selected}});
    return out;
}

json card(const WebContext &ctx, const http::Request &req, const store::ListingView &v, const std::string &buyerCurrency)
{
    const auto &l = v.listing;
    auto c = listingCardJson(ctx, req, v);
    // The price in the buyer's currency, for comparison only (the checkout locks the day's rate).
    if (!buyerCurrency.empty() && buyerCurrency != l.currency) {
        const auto &rules = trade::RuleSet::standard();
        try {
            const auto rate = rules.fx().find(l.currency, buyerCurrency, today());
            if (rate) {
                const auto price = money::Money::ofMinor(l.priceMinor, l.currency, rules.currencies().minorUnits(l.currency));
                const auto converted = rate->apply(price, rules.currencies().minorUnits(buyerCurrency));
                c["approx"] = formatMoney(converted.minor(), buyerCurrency);
            }
        } catch (const std::exception &) {
            // an unknown currency: the listing's own price is shown alone
        }
    }
    return c;
}

} // namespace

http::Response searchPage(WebContext &ctx, http::Request &req)
{
    http::Response cookieCarrier;
    const auto destination = shipToCountry(ctx, req, &cookieCarrier);
    const auto currency = buyerCurrency(req, destination, &cookieCarrier);
    auto s = readSearch(req);

    store::ListingFilter filter;
    filter.text = s.q;
    filter.category = s.category;
    if (!s.condition.empty())
        filter.conditions = {s.condition};
    filter.sellerCountry = s.from;
    if (s.shipsHere && !destination.empty())
        filter.shipsTo = destination;
    const auto min = parsePrice(s.minText, currency);
    const auto max = parsePrice(s.maxText, currency);
    if ((!s.minText.empty() && !min) || (!s.maxText.empty() && !max))
        s.priceError = ctx.text(req, "search_price_invalid");
    if (!min)
        s.minText.clear();
    if (!max)
        s.maxText.clear();
    if (min && max && *max < *min)
        std::swap(s.minText, s.maxText);
    filter.priceBands = priceBands(min && max ? money::Money::min(*min, *max) : min,
                                   min && max ? money::Money::max(*min, *max) : max, currency);
    using Sort = store::ListingFilter::Sort;
    filter.sort = s.sort == "newest"       ? Sort::Newest
                  : s.sort == "price_asc"  ? Sort::PriceLow
                  : s.sort == "price_desc" ? Sort::PriceHigh
                                           : Sort::Relevance;
    filter.priceScale = priceScale();
    filter.limit = kPageSize;
    filter.offset = (s.page - 1) * kPageSize;

    const auto result = store::searchListings(ctx.listings.database(), filter);
    json cards = json::array();
    for (const auto &v : result.listings)
        cards.push_back(card(ctx, req, v, currency));

    const auto pages = std::max<std::int64_t>(1, (result.total + kPageSize - 1) / kPageSize);
    const bool filtered = !s.category.empty() || !s.condition.empty() || !s.from.empty() || s.shipsHere ||
                          !s.minText.empty() || !s.maxText.empty();
    // The active filters, each with a link that drops it.
    json active = json::array();
    const auto chip = [&](const std::string &label, const std::map<std::string, std::string> &drop) {
        active.push_back({{"label", label}, {"remove_url", s.url(drop)}});
    };
    if (!s.category.empty())
        chip(categoryLabel(req.lang, s.category), {{"cat", ""}});
    if (!s.condition.empty())
        chip(conditionLabel(req.lang, s.condition), {{"cond", ""}});
    if (!s.from.empty())
        chip(ctx.text(req, "search_from") + " " + ctx.countries.name(req.lang, s.from), {{"from", ""}});
    if (s.shipsHere && !destination.empty())
        chip(ctx.text(req, "search_ships_to") + " " + ctx.countries.name(req.lang, destination), {{"ships", ""}});
    if (!s.minText.empty() || !s.maxText.empty())
        chip(ctx.text(req, "search_price") + " " + (s.minText.empty() ? "0" : s.minText) + " – " +
                 (s.maxText.empty() ? "∞" : s.maxText) + " " + currency,
             {{"min", ""}, {"max", ""}});

    // Recently viewed, on the plain home page only.
    json recent = json::array();
    if (s.q.empty() && !filtered && s.page == 1)
        for (const auto &v : store::publicListingsIn(ctx.listings.database(), recentlyViewed(req)))
            recent.push_back(listingCardJson(ctx, req, v));
    std::string count = std::to_string(result.total) + (result.totalCapped ? "+" : "");
    json data{{"page_title", ctx.text(req, s.q.empty() && !filtered ? "home_title" : "search_title")},
              {"q", s.q},
              {"searching", !s.q.empty()},
              {"filtered", filtered || !s.q.empty()},
              {"listings", cards},
              {"recent", recent},
              {"has_recent", !recent.empty()},
              {"has_listings", !cards.empty()},
              {"count", count},
              {"count_label", ctx.text(req, result.total == 1 && !result.totalCapped ? "search_result_one" : "search_results")},
              {"categories", categoryOptions(req.lang, s.category)},
              {"conditions", conditionOptions(req.lang, s.condition)},
              {"countries", countryOptions(ctx, req.lang, s.from)},
              {"min", s.minText},
              {"max", s.maxText},
              {"currency", currency},
              {"currencies", currencyOptions(currency)},
              {"price_error", s.priceError},
              {"has_price_error", !s.priceError.empty()},
              {"ships_here", s.shipsHere},
              {"destination", destination},
              {"destination_name", destination.empty() ? std::string() : ctx.countries.name(req.lang, destination)},
              {"sort_relevance", s.sort == "relevance"},
              {"sort_newest", s.sort == "newest"},
              {"sort_price_asc", s.sort == "price_asc"},
              {"sort_price_desc", s.sort == "price_desc"},
              {"active_filters", active},
              {"has_active_filters", !active.empty()},
              {"clear_url", s.q.empty() ? std::string("/") : "/?q=" + http::urlEncode(s.q)},
              {"page", std::to_string(s.page)},
              {"pages", std::to_string(pages)},
              {"has_pages", pages > 1},
              {"has_prev", s.page > 1},
              {"prev_url", s.url({{"page", s.page > 2 ? std::to_string(s.page - 1) : ""}})},
              {"has_next", s.page < pages},
              {"next_url", s.url({{"page", std::to_string(s.page + 1)}})}};
    auto response = renderPage(ctx, req, "home", std::move(data));
    for (const auto &[name, value] : cookieCarrier.headers)
        response.headers.emplace_back(name, value);
    return response;
}

} // namespace caravan::web
