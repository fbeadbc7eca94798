#include "store/photo_access.h"

namespace caravan::store {

bool PhotoAccess::isPublic(const std::string &sha256)
{
    // The same rule as the buyer pages' listings, plus sold listings (their page and order history show
    // them); moderation "rejected" is the projection of "removed".
    return !m_db.query("SELECT 1 FROM listing_photos p JOIN listings l ON l.id = p.listing_id "
                       "WHERE p.sha256 = ? AND l.status IN ('active', 'sold') "
                       "AND l.moderation_status <> 'rejected' LIMIT 1",
                       {sha256})
                .empty();
}

bool PhotoAccess::ownedBy(const std::string &sha256, const std::string &userId)
{
    auto s = m_db.session();
    if (!m_db.query(s,
                    "SELECT 1 FROM listing_photo_refs r JOIN listings l ON l.id = r.listing_id "
                    "WHERE r.sha256 = ? AND l.seller_id = ? LIMIT 1",
                    {sha256, userId})
             .empty())
        return true;
    if (!m_db.query(s,
                    "SELECT 1 FROM listing_photos p JOIN listings l ON l.id = p.listing_id "
                    "WHERE p.sha256 = ? AND l.seller_id = ? LIMIT 1",
                    {sha256, userId})
             .empty())
        return true;
    return !m_db.query(s, "SELECT 1 FROM photo_meta WHERE sha256 = ? AND uploaded_by = ?", {sha256, userId})
                .empty();
}

} // namespace caravan::store
