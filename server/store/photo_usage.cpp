#include "store/photo_usage.h"

#include <nlohmann/json.hpp>

namespace caravan::store {

namespace {
const char *kUnused = "NOT EXISTS (SELECT 1 FROM listing_photos lp WHERE lp.sha256 = p.sha256) "
                      "AND NOT EXISTS (SELECT 1 FROM listing_photo_refs r WHERE r.sha256 = p.sha256) "
                      "AND NOT EXISTS (SELECT 1 FROM evidence_photos e WHERE e.sha256 = p.sha256) ";
} // namespace

std::int64_t PhotoUsageStore::bytesOf(const std::string &userId, const std::string &exceptSha256)
{
    auto s = m_db.session();
    const auto stored = m_db.query(s,
                                   "SELECT COALESCE(SUM(p.byte_size), 0) FROM photo_meta m "
                                   "JOIN photos p ON p.sha256 = m.sha256 WHERE m.uploaded_by = ?",
                                   {userId});
    const auto pending =
        m_db.query(s, "SELECT COALESCE(SUM(total), 0) FROM photo_uploads WHERE user_id = ? AND sha256 <> ?",
                   {userId, exceptSha256});
    return stored.front().integer(0) + pending.front().integer(0);
}

std::vector<std::string> PhotoUsageStore::unusedCandidates(std::int64_t createdBefore, std::int64_t limit)
{
    std::vector<std::string> out;
    for (const auto &r : m_db.query(std::string("SELECT p.sha256 FROM photos p WHERE p.created_at < ? AND ") +
                                        kUnused + "ORDER BY p.created_at, p.sha256 LIMIT ?",
                                    {createdBefore, limit}))
        out.push_back(r.text(0));
    return out;
}

std::set<std::string> PhotoUsageStore::keptByOrders(const std::vector<std::string> &hashes)
{
    std::set<std::string> kept;
    if (hashes.empty())
        return kept;
    // The database narrows the orders down to those whose snapshot mentions a candidate at all; the
    // snapshot's "photos" list then decides exactly.
    std::string sql = "SELECT listing_snapshot FROM orders WHERE ";
    std::vector<Param> params;
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        sql += i ? " OR listing_snapshot LIKE ?" : "listing_snapshot LIKE ?";
        params.emplace_back("%" + hashes[i] + "%"); // hex digits only: nothing to escape
    }
    const std::set<std::string> wanted(hashes.begin(), hashes.end());
    for (const auto &r : m_db.query(sql, params)) {
        const auto snapshot = nlohmann::json::parse(r.text(0), nullptr, false);
        if (!snapshot.is_object() || !snapshot.contains("photos") || !snapshot["photos"].is_array())
            continue;
        for (const auto &p : snapshot["photos"])
            if (p.is_string() && wanted.count(p.get<std::string>()))
                kept.insert(p.get<std::string>());
    }
    return kept;
}

bool PhotoUsageStore::removeIfUnused(const std::string &sha256, std::int64_t createdBefore)
{
    Transaction tx(m_db);
    const auto still = tx.query(std::string("SELECT 1 FROM photos p WHERE p.sha256 = ? AND p.created_at < ? AND ") +
                                    kUnused,
                                {sha256, createdBefore});
    if (still.empty())
        return false;
    tx.execute("DELETE FROM photo_meta WHERE sha256 = ?", {sha256});
    const auto removed = tx.execute("DELETE FROM photos WHERE sha256 = ?", {sha256});
    tx.commit();
    return removed == 1;
}

} // namespace caravan::store
