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

bool PhotoAccess::inDisputeOf(const std::string &sha256, const std::string &userId)
{
    auto s = m_db.session();
    if (!m_db.query(s,
                    "SELECT 1 FROM evidence_photos p JOIN order_evidence e ON e.id = p.evidence_id "
                    "JOIN disputes d ON d.order_id = e.order_id "
                    "WHERE p.sha256 = ? AND (d.buyer_id = ? OR d.seller_id = ?) LIMIT 1",
                    {sha256, userId, userId})
             .empty())
        return true;
    // An event's photos are a JSON list of hex hashes: the quoted hash matches exactly one entry.
    return !m_db.query(s,
                       "SELECT 1 FROM dispute_events e JOIN disputes d ON d.id = e.dispute_id "
                       "WHERE (d.buyer_id = ? OR d.seller_id = ?) AND e.photos LIKE ? LIMIT 1",
                       {userId, userId, "%\"" + sha256 + "\"%"})
                .empty();
}

} // namespace caravan::store
