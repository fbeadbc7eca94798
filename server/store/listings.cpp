#include "store/listings.h"

#include "store/listing_search.h"
#include "store/search.h"

namespace caravan::store {

const char *const kListingColumns =
    "l.id, l.seller_id, l.revision, l.title, l.description, l.category, l.item_condition, "
    "l.price_minor, l.currency, l.quantity, l.ships_from, l.hs_code, l.weight_g, l.status, "
    "l.moderation_status, l.moderation_reason, l.created_at, l.updated_at, u.display_name, u.country ";

namespace {
const std::string kListingSelect =
    std::string("SELECT ") + kListingColumns + "FROM listings l JOIN users u ON u.id = l.seller_id ";
} // namespace

ListingView listingViewFromRow(const Row &r)
{
    ListingView v;
    auto &l = v.listing;
    l.id = r.text(0);
    l.sellerId = r.text(1);
    l.revision = r.integer(2);
    l.title = r.text(3);
    l.description = r.text(4);
    l.category = r.text(5);
    l.condition = r.text(6);
    l.priceMinor = r.integer(7);
    l.currency = r.text(8);
    l.quantity = r.integer(9);
    l.shipsFrom = r.text(10);
    l.hsCode = r.text(11);
    l.weightGrams = r.integer(12);
    l.status = r.text(13);
    l.moderationStatus = r.text(14);
    l.moderationReason = r.text(15);
    l.createdAt = r.integer(16);
    l.updatedAt = r.integer(17);
    v.sellerName = r.text(18);
    v.sellerCountry = r.text(19);
    return v;
}

void ListingRepository::insert(const Listing &l)
{
    Transaction tx(m_db);
    tx.execute("INSERT INTO listings (id, seller_id, revision, title, description, category, item_condition, "
               "price_minor, currency, quantity, ships_from, hs_code, weight_g, status, moderation_status, "
               "moderation_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?, ?, ?)",
               {l.id, l.sellerId, l.revision, l.title, l.description, l.category, l.condition, l.priceMinor,
                l.currency, l.quantity, l.shipsFrom, l.hsCode, l.weightGrams, l.status, l.moderationStatus,
                l.moderationReason, l.createdAt, l.updatedAt});
    std::int64_t position = 0;
    for (const auto &sha : l.photos)
        tx.execute("INSERT INTO listing_photos (listing_id, position, sha256) VALUES (?, ?, ?)",
                   {l.id, position++, sha});
    tx.execute("INSERT INTO listing_changes (listing_id, revision, changed_at) VALUES (?, ?, ?)",
               {l.id, l.revision, l.updatedAt});
    tx.commit();
}

bool ListingRepository::exists(const std::string &id)
{
    return m_db.query("SELECT COUNT(*) FROM listings WHERE id = ?", {id}).front().integer(0) > 0;
}

std::vector<std::string> ListingRepository::photosOf(Poco::Data::Session &s, const std::string &listingId)
{
    std::vector<std::string> photos;
    for (const auto &r : m_db.query(
             s, "SELECT sha256 FROM listing_photos WHERE listing_id = ? ORDER BY position", {listingId}))
        photos.push_back(r.text(0));
    return photos;
}

std::optional<ListingView> ListingRepository::find(const std::string &id)
{
    auto s = m_db.session();
    const auto rows = m_db.query(s, kListingSelect + "WHERE l.id = ?", {id});
    if (rows.empty())
        return std::nullopt;
    auto v = listingViewFromRow(rows.front());
    v.listing.photos = photosOf(s, v.listing.id);
    return v;
}

std::vector<ListingView> ListingRepository::searchPublic(const std::string &text, std::int64_t limit,
                                                         std::int64_t offset)
{
    ListingFilter filter;
    filter.text = text;
    filter.limit = limit;
    filter.offset = offset;
    return searchListings(m_db, filter).listings;
}

void ListingRepository::registerPhoto(const std::string &sha256, const std::string &contentType,
                                      std::int64_t byteSize)
{
    m_db.execute("INSERT INTO photos (sha256, content_type, byte_size, created_at) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (sha256) DO NOTHING",
                 {sha256, contentType, byteSize, nowSeconds()});
}

bool ListingRepository::photoRegistered(const std::string &sha256)
{
    return m_db.query("SELECT COUNT(*) FROM photos WHERE sha256 = ?", {sha256}).front().integer(0) > 0;
}

ListingCounts ListingRepository::counts()
{
    auto s = m_db.session();
    ListingCounts c;
    c.listings = m_db.query(s, "SELECT COUNT(*) FROM listings").front().integer(0);
    c.photos = m_db.query(s, "SELECT COUNT(*) FROM photos").front().integer(0);
    c.listingPhotos = m_db.query(s, "SELECT COUNT(*) FROM listing_photos").front().integer(0);
    return c;
}

std::vector<std::string> ListingRepository::activeIdsOfSeller(const std::string &sellerId)
{
    std::vector<std::string> out;
    for (const auto &r : m_db.query("SELECT id FROM listings WHERE seller_id = ? AND status = 'active' AND "
                                    "moderation_status = 'approved' ORDER BY id",
                                    {sellerId}))
        out.push_back(r.text(0));
    return out;
}

} // namespace caravan::store
