#include "store/saved_searches.h"

#include "store/users.h"

namespace caravan::store {

namespace {

const char *kColumns = "SELECT id, user_id, query, destination, currency, alerts, created_at, watermark, "
                       "next_check_at, last_mailed_at FROM saved_searches ";

SavedSearch fromRow(const Row &r)
{
    SavedSearch s;
    s.id = r.text(0);
    s.userId = r.text(1);
    s.query = r.text(2);
    s.destination = r.text(3);
    s.currency = r.text(4);
    s.alerts = r.integer(5) != 0;
    s.createdAt = r.integer(6);
    s.watermark = r.integer(7);
    s.nextCheckAt = r.integer(8);
    s.lastMailedAt = r.integer(9);
    return s;
}

} // namespace

Migration savedSearchMigration()
{
    return {11,
            "saved searches: the query, mail about new matches, what was mailed",
            {
                R"(CREATE TABLE saved_searches (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    query TEXT NOT NULL,
    destination TEXT NOT NULL,
    currency TEXT NOT NULL,
    alerts BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    watermark BIGINT NOT NULL,
    next_check_at BIGINT NOT NULL,
    last_mailed_at BIGINT NOT NULL,
    lease_holder TEXT NOT NULL,
    lease_until BIGINT NOT NULL,
    UNIQUE (user_id, query)))",
                "CREATE INDEX saved_searches_due ON saved_searches(alerts, next_check_at)",
                R"(CREATE TABLE saved_search_sent (
    saved_search_id TEXT NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
    listing_id TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (saved_search_id, listing_id)))",
                // A check looks only at listings changed since its watermark.
                "CREATE INDEX listings_public_updated ON listings(status, updated_at)",
            }};
}

std::optional<SavedSearch> SavedSearchStore::add(const std::string &userId, const std::string &query,
                                                 const std::string &destination, const std::string &currency,
                                                 std::int64_t now, std::int64_t maxPerUser, std::int64_t firstCheckAt)
{
    Transaction tx(m_db);
    if (auto existing = tx.query(std::string(kColumns) + "WHERE user_id = ? AND query = ?", {userId, query});
        !existing.empty())
        return fromRow(existing.front());
    if (tx.query("SELECT COUNT(*) FROM saved_searches WHERE user_id = ?", {userId}).front().integer(0) >= maxPerUser)
        return std::nullopt;
    // Matches that exist when the search is saved are what the buyer sees now: only later changes are new.
    tx.execute("INSERT INTO saved_searches (id, user_id, query, destination, currency, alerts, created_at, watermark, "
               "next_check_at, last_mailed_at, lease_holder, lease_until) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 0, '', 0) "
               "ON CONFLICT (user_id, query) DO NOTHING",
               {newUuid(), userId, query, destination, currency, now, now, firstCheckAt});
    auto row = tx.query(std::string(kColumns) + "WHERE user_id = ? AND query = ?", {userId, query});
    tx.commit();
    return fromRow(row.front());
}

std::vector<SavedSearch> SavedSearchStore::list(const std::string &userId)
{
    std::vector<SavedSearch> out;
    for (const auto &r : m_db.query(std::string(kColumns) + "WHERE user_id = ? ORDER BY created_at DESC, id", {userId}))
        out.push_back(fromRow(r));
    return out;
}

std::optional<SavedSearch> SavedSearchStore::find(const std::string &userId, const std::string &id)
{
    const auto rows = m_db.query(std::string(kColumns) + "WHERE user_id = ? AND id = ?", {userId, id});
    if (rows.empty())
        return std::nullopt;
    return fromRow(rows.front());
}

bool SavedSearchStore::remove(const std::string &userId, const std::string &id)
{
    Transaction tx(m_db);
    if (tx.query("SELECT 1 FROM saved_searches WHERE user_id = ? AND id = ?", {userId, id}).empty())
        return false;
    tx.execute("DELETE FROM saved_search_sent WHERE saved_search_id = ?", {id});
    tx.execute("DELETE FROM saved_searches WHERE id = ?", {id});
    tx.commit();
    return true;
}

bool SavedSearchStore::setAlerts(const std::string &userId, const std::string &id, bool alerts)
{
    return m_db.execute("UPDATE saved_searches SET alerts = ? WHERE user_id = ? AND id = ?",
                        {std::int64_t{alerts ? 1 : 0}, userId, id}) > 0;
}

std::vector<SavedSearch> SavedSearchStore::claimDue(std::int64_t now, const std::string &holder,
                                                    std::int64_t leaseSeconds, std::int64_t limit)
{
    std::vector<SavedSearch> out;
    const auto due = m_db.query("SELECT id FROM saved_searches WHERE alerts = 1 AND next_check_at <= ? AND "
                                "lease_until <= ? ORDER BY next_check_at, id LIMIT ?",
                                {now, now, limit});
    for (const auto &row : due) {
        const auto id = row.text(0);
        // The claim: only one process turns a free (or expired) lease into its own.
        if (m_db.execute("UPDATE saved_searches SET lease_holder = ?, lease_until = ? WHERE id = ? AND alerts = 1 "
                         "AND next_check_at <= ? AND lease_until <= ?",
                         {holder, now + leaseSeconds, id, now, now}) == 0)
            continue;
        const auto rows = m_db.query(std::string(kColumns) + "WHERE id = ?", {id});
        if (!rows.empty())
            out.push_back(fromRow(rows.front()));
    }
    return out;
}

std::vector<std::string> SavedSearchStore::notYetSent(const std::string &savedSearchId,
                                                      const std::vector<std::string> &listingIds)
{
    std::vector<std::string> out;
    for (const auto &id : listingIds)
        if (m_db.query("SELECT 1 FROM saved_search_sent WHERE saved_search_id = ? AND listing_id = ?",
                       {savedSearchId, id})
                .empty())
            out.push_back(id);
    return out;
}

bool SavedSearchStore::finishCheck(const SavedSearch &search, const std::string &holder,
                                   const std::optional<QueuedMail> &mail, const std::vector<std::string> &sentListingIds,
                                   std::int64_t newWatermark, std::int64_t nextCheckAt, std::int64_t now)
{
    Transaction tx(m_db);
    // Still ours? (A process that stalled past its lease leaves the search to the one that took it over.)
    if (tx.execute("UPDATE saved_searches SET lease_holder = '', lease_until = 0, watermark = ?, next_check_at = ?, "
                   "last_mailed_at = ? WHERE id = ? AND lease_holder = ? AND lease_until > ?",
                   {newWatermark, nextCheckAt, mail ? now : search.lastMailedAt, search.id, holder, now}) == 0)
        return false;
    for (const auto &id : sentListingIds)
        tx.execute("INSERT INTO saved_search_sent (saved_search_id, listing_id, sent_at) VALUES (?, ?, ?) "
                   "ON CONFLICT (saved_search_id, listing_id) DO NOTHING",
                   {search.id, id, now});
    if (mail) // due at once in real time (`now` is the check's clock, which tests move ahead)
        MailOutboxStore::enqueue(tx, *mail, nowSeconds());
    tx.commit();
    return true;
}

std::size_t SavedSearchStore::removeFor(Transaction &tx, const std::string &userId)
{
    tx.execute("DELETE FROM saved_search_sent WHERE saved_search_id IN (SELECT id FROM saved_searches WHERE user_id = ?)",
               {userId});
    return tx.execute("DELETE FROM saved_searches WHERE user_id = ?", {userId});
}

} // namespace caravan::store
