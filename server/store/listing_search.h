#pragma once

#include "store/database.h"
#include "store/listings.h"
#include "store/migrations.h"

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

// The buyer's search: text, filters, sort and pages over public listings (docs/operations.md, "Search").
// Text queries rank a bounded set of candidates (kSearchCandidates), so a word found in every listing
// costs no more than a rare one; counts stop at kCountCap (or the page asked for).
namespace caravan::store {

inline constexpr std::int64_t kSearchCandidates = 1000;
// Counts stop here (or at the end of the page asked for, when that is further): "1000+".
inline constexpr std::int64_t kCountCap = 1000;

// A price range in one currency (minor units, both ends included).
struct PriceBand
{
    std::string currency;
    std::int64_t minMinor = 0;
    std::int64_t maxMinor = std::numeric_limits<std::int64_t>::max();
};

struct ListingFilter
{
    enum class Sort { Relevance, Newest, PriceLow, PriceHigh };

    std::string text;                    // full-text (see store/search.h); empty: every listing
    std::string category;                // a category id; a top-level id takes its subcategories too
    std::vector<std::string> conditions; // any of these; empty: any
    std::string sellerCountry;           // ISO 3166-1 alpha-2 of the seller's account
    std::string sellerId;                // only this seller's listings (the seller's profile)
    std::string shipsTo;                 // only listings whose destinations allow this country
    // When set, a listing shows only if its price lies in the band of its currency (listings in a
    // currency without a band are left out): the buyer's range converted into each currency.
    std::optional<std::vector<PriceBand>> priceBands;
    Sort sort = Sort::Relevance;
    // For the price sorts: what one minor unit of each currency is worth in a common unit (integers, e.g.
    // micro-euros). Listings in a currency missing here come last.
    std::map<std::string, std::int64_t> priceScale;
    // Only listings changed (published, edited, repriced) after this time in seconds: a saved search's
    // check. Text candidates are then taken among those listings, not the whole catalogue.
    std::optional<std::int64_t> changedAfter;
    std::int64_t limit = 24;
    std::int64_t offset = 0;
};

struct ListingPage
{
    std::vector<ListingView> listings; // with their photos
    std::int64_t total = 0;            // matching listings, at most kCountCap (or the candidates)
    bool totalCapped = false;          // there are more than `total`
};

ListingPage searchListings(Database &db, const ListingFilter &filter);

// Migration 8: where each listing ships (projected from its synced document) and the indexes of the
// search page's filters and sorts.
Migration browseMigration();

// Fills the photos of each view (in their order) with one query.
void loadListingPhotos(Database &db, std::vector<ListingView> &views);
void loadListingPhotos(Database &db, Poco::Data::Session &session, std::vector<ListingView> &views);

// The columns of a ListingView row (listings l JOIN users u), and the view built from such a row.
extern const char *const kListingColumns;
ListingView listingViewFromRow(const Row &row);

} // namespace caravan::store
