#include "store/favourites.h"

#include "store/listing_search.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace caravan::store {

namespace {

const std::string kSelect =
    std::string("SELECT ") + kListingColumns + "FROM listings l JOIN users u ON u.id = l.seller_id ";

// Lower-cased words of at least two bytes (UTF-8 sequences kept whole), for a similarity measure.
std::set<std::string> wordsOf(const std::string &text)
{
    std::set<std::string> out;
    std::string word;
    const auto flush = [&] {
        if (word.size() >= 2)
            out.insert(word);
        word.clear();
    };
    for (unsigned char c : text) {
        if (c >= 0x80 || std::isalnum(c))
            word += static_cast<char>(std::tolower(c));
        else
            flush();
    }
    flush();
    return out;
}

} // namespace

bool FavouriteStore::add(const std::string &userId, const std::string &listingId, std::int64_t now)
{
    Transaction tx(m_db);
    if (tx.query("SELECT 1 FROM listings WHERE id = ?", {listingId}).empty())
        return false;
    if (tx.query("SELECT COUNT(*) FROM favourites WHERE user_id = ?", {userId}).front().integer(0) >= kMaxPerUser)
        return false;
    tx.execute("INSERT INTO favourites (user_id, listing_id, created_at) VALUES (?, ?, ?) "
               "ON CONFLICT (user_id, listing_id) DO NOTHING",
               {userId, listingId, now});
    tx.commit();
    return true;
}

void FavouriteStore::remove(const std::string &userId, const std::string &listingId)
{
    m_db.execute("DELETE FROM favourites WHERE user_id = ? AND listing_id = ?", {userId, listingId});
}

bool FavouriteStore::contains(const std::string &userId, const std::string &listingId)
{
    return !m_db.query("SELECT 1 FROM favourites WHERE user_id = ? AND listing_id = ?", {userId, listingId}).empty();
}

std::vector<ListingView> FavouriteStore::list(const std::string &userId)
{
    std::vector<ListingView> out;
    for (const auto &r : m_db.query(kSelect + "JOIN favourites f ON f.listing_id = l.id WHERE f.user_id = ? AND "
                                              "l.moderation_status <> 'rejected' ORDER BY f.created_at DESC, l.id",
                                    {userId}))
        out.push_back(listingViewFromRow(r));
    loadListingPhotos(m_db, out);
    return out;
}

std::int64_t FavouriteStore::watchers(const std::string &listingId)
{
    return m_db.query("SELECT COUNT(*) FROM favourites WHERE listing_id = ?", {listingId}).front().integer(0);
}

std::vector<ListingView> similarListings(Database &db, const Listing &listing, std::size_t limit)
{
    // The 200 newest public listings of the same category are the candidates: bounded work per page view.
    std::vector<ListingView> candidates;
    for (const auto &r : db.query(kSelect + "WHERE l.status = 'active' AND l.moderation_status <> 'rejected' AND "
                                            "l.category = ? AND l.id <> ? ORDER BY l.created_at DESC, l.id LIMIT 200",
                                  {listing.category, listing.id}))
        candidates.push_back(listingViewFromRow(r));
    const auto mine = wordsOf(listing.title + " " + listing.description);
    std::vector<std::pair<double, std::size_t>> scored;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto theirs = wordsOf(candidates[i].listing.title + " " + candidates[i].listing.description);
        std::size_t shared = 0;
        for (const auto &w : theirs)
            shared += mine.count(w);
        const auto all = mine.size() + theirs.size() - shared;
        scored.push_back({all ? double(shared) / double(all) : 0.0, i});
    }
    // Most similar first; equal scores keep the newest first (the candidates' order).
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<ListingView> out;
    for (std::size_t k = 0; k < scored.size() && out.size() < limit; ++k)
        out.push_back(std::move(candidates[scored[k].second]));
    loadListingPhotos(db, out);
    return out;
}

std::vector<ListingView> publicListingsIn(Database &db, const std::vector<std::string> &ids)
{
    if (ids.empty())
        return {};
    std::string in;
    std::vector<Param> params;
    for (const auto &id : ids) {
        in += in.empty() ? "?" : ", ?";
        params.emplace_back(id);
    }
    std::map<std::string, ListingView> found;
    for (const auto &r : db.query(kSelect + "WHERE l.id IN (" + in +
                                      ") AND l.status IN ('active', 'sold') AND l.moderation_status <> 'rejected'",
                                  params)) {
        auto v = listingViewFromRow(r);
        found.emplace(v.listing.id, std::move(v));
    }
    std::vector<ListingView> out;
    for (const auto &id : ids)
        if (const auto it = found.find(id); it != found.end())
            out.push_back(it->second);
    loadListingPhotos(db, out);
    return out;
}

} // namespace caravan::store
