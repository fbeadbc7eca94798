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
#include "web/search_query.h"
#include "store/saved_searches.h"

#include <Poco/URI.h>

namespace caravan::web {

using nlohmann::json;

namespace {

constexpr std::int64_t kPageSize = 24;

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
    std::string priceError;
    auto s = BuyerSearch::read([&req](const std::string &name) { return req.queryValue(name); });
    auto filter = s.filter(destination, currency);
    if (s.priceInvalid)
        priceError = ctx.text(req, "search_price_invalid");
    filter.limit = kPageSize;
    filter.offset = (s.page - 1) * kPageSize;

    const auto result = store::searchListings(ctx.listings.database(), filter);
    json cards = json::array();
    for (const auto &v : result.listings)
        cards.push_back(card(ctx, req, v, currency));

    // A capped count ("1000+") means more listings follow: at least one more page, shown as "42+".
    const auto pages = std::max<std::int64_t>({1, (result.total + kPageSize - 1) / kPageSize,
                                               result.totalCapped ? s.page + 1 : 1});
    const bool filtered = s.filtered();
    // The active filters, each with a link that drops it.
    json active = json::array();
    for (const auto &[label, drop] : s.activeFilters(ctx.renderer.catalog(), ctx.countries, req.lang, destination, currency))
        active.push_back({{"label", label}, {"remove_url", s.url(drop)}});
    // Saving the search (signed in): whether it is saved already.
    const auto savedQuery = s.savedQuery();
    bool saved = false;
    if (req.user && !s.empty())
        for (const auto &saved_ : store::SavedSearchStore(ctx.listings.database()).list(req.user->id))
            saved = saved || saved_.query == savedQuery;

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
              {"price_error", priceError},
              {"has_price_error", !priceError.empty()},
              {"can_save", !s.empty()},
              {"saved_query", savedQuery},
              {"saved_already", saved},
              {"save_signin_url", "/signin?next=" + http::urlEncode(s.url())},
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
              {"pages", std::to_string(pages) + (result.totalCapped ? "+" : "")},
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
