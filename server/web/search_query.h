#pragma once

#include "store/listing_search.h"

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace caravan::web {

class Catalog;
class CountryNames;

// A buyer's search as the home page reads it from its URL (?q=&cat=&cond=&from=&min=&max=&ships=&sort=
// &page=): every value checked, so it can go back into links and forms. The same reading serves the
// page and the saved searches (which keep the canonical query string).
struct BuyerSearch
{
    std::string q, category, condition, from, sort = "relevance", minText, maxText;
    bool shipsHere = false;
    std::int64_t page = 1;
    bool priceInvalid = false; // min or max was not a price (then dropped)

    // Reads the values; `value(name)` gives a query parameter ("" when absent).
    static BuyerSearch read(const std::function<std::string(const std::string &)> &value);
    // Reads a canonical query string ("?q=lamp&cat=home", "" or "/" for everything).
    static BuyerSearch fromQueryString(const std::string &query);

    // The URL of this search with values changed ("" drops one); page 1 unless given.
    std::string url(const std::map<std::string, std::string> &changes = {}) const;
    // The canonical query string of the search without its page and sort ("" for everything): what a
    // saved search keeps.
    std::string savedQuery() const;
    bool empty() const;    // no text and no filter
    bool filtered() const; // a filter besides the text

    // The store filter for a buyer shopping for `destination` in `currency`. Drops a min or max that is not a
    // price (setting priceInvalid) and orders a reversed range.
    store::ListingFilter filter(const std::string &destination, const std::string &currency);

    // Each active filter as a label in `lang` and the values that drop it (for chips and descriptions).
    std::vector<std::pair<std::string, std::map<std::string, std::string>>>
    activeFilters(const Catalog &catalog, const CountryNames &countries, const std::string &lang,
                  const std::string &destination, const std::string &currency) const;
    // One line that names the search: "“lamp” · Lighting · from Germany" (the catalog's all_listings
    // when empty).
    std::string describe(const Catalog &catalog, const CountryNames &countries, const std::string &lang,
                         const std::string &destination, const std::string &currency) const;
};

// What one minor unit of each currency is worth in 1e-8 EUR (the price sorts).
const std::map<std::string, std::int64_t> &priceScale();

} // namespace caravan::web
