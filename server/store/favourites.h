#pragma once

#include "store/database.h"
#include "store/listings.h"

#include <string>
#include <vector>

// The buyer's watch list, and listings like a given one (docs/marketplace.md, "Finding again").
namespace caravan::store {

class FavouriteStore
{
public:
    static constexpr std::int64_t kMaxPerUser = 500;

    explicit FavouriteStore(Database &db)
        : m_db(db)
    {}

    // False when the list is full or the listing does not exist; adding twice is fine.
    bool add(const std::string &userId, const std::string &listingId, std::int64_t now);
    void remove(const std::string &userId, const std::string &listingId);
    bool contains(const std::string &userId, const std::string &listingId);
    // The user's favourites, most recently added first, whatever their status now (sold, ended).
    std::vector<ListingView> list(const std::string &userId);
    // How many people watch the listing.
    std::int64_t watchers(const std::string &listingId);

private:
    Database &m_db;
};

// Public listings of `category` like `listing`: the most recent candidates of the category ranked by the
// words their titles and descriptions share with it (Jaccard similarity), at most `limit`.
std::vector<ListingView> similarListings(Database &db, const Listing &listing, std::size_t limit = 6);

// Public listings among `ids`, in that order (recently viewed).
std::vector<ListingView> publicListingsIn(Database &db, const std::vector<std::string> &ids);

} // namespace caravan::store
