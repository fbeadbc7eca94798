#include "store/account_records.h"

#include "store/mail_outbox.h"
#include "store/saved_searches.h"
#include "store/sync_store.h"
#include "store/users.h"

namespace caravan::store {

namespace {
constexpr const char *kOpenStates = "('awaiting_payment', 'paid', 'shipped', 'delivered', 'disputed')";
}

bool AccountRecords::markEmailVerified(Transaction &tx, const std::string &userId, const std::string &email,
                                       std::int64_t now)
{
    return tx.execute("UPDATE users SET email_verified_at = COALESCE(email_verified_at, ?), updated_at = ? "
                      "WHERE id = ? AND email_lower = ? AND deleted_at IS NULL",
                      {now, now, userId, normaliseEmail(email)}) == 1;
}

void AccountRecords::setPasswordHash(Transaction &tx, const std::string &userId, const std::string &hash,
                                     std::int64_t now)
{
    tx.execute("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?", {hash, now, userId});
}

void AccountRecords::setLanguage(Transaction &tx, const std::string &userId, const std::string &language)
{
    tx.execute("UPDATE users SET language = ? WHERE id = ?", {language, userId});
}

std::size_t AccountRecords::endOtherSessions(Transaction &tx, const std::string &userId,
                                             const std::string &keepTokenHash, std::int64_t now)
{
    return tx.execute("DELETE FROM web_sessions WHERE user_id = ? AND token_hash <> ?", {userId, keepTokenHash}) +
           tx.execute("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                      {now, userId});
}

bool AccountRecords::hasOpenOrders(const std::string &userId)
{
    return !m_db
                .query(std::string("SELECT 1 FROM orders WHERE (buyer_id = ? OR seller_id = ?) AND state IN ") +
                           kOpenStates + " LIMIT 1",
                       {userId, userId})
                .empty();
}

std::vector<std::string> AccountRecords::listingIdsOf(const std::string &sellerId)
{
    std::vector<std::string> ids;
    for (const auto &r :
         m_db.query("SELECT id, created_at FROM listings WHERE seller_id = ? UNION "
                    "SELECT entity_id, updated_at FROM sync_records WHERE owner_id = ? AND entity = 'listing' "
                    "AND deleted = 0 AND entity_id NOT IN (SELECT id FROM listings WHERE seller_id = ?) "
                    "ORDER BY 2 DESC, 1",
                    {sellerId, sellerId, sellerId}))
        ids.push_back(r.text(0));
    return ids;
}

std::int64_t AccountRecords::deletedAt(const std::string &userId)
{
    const auto rows = m_db.query("SELECT deleted_at FROM users WHERE id = ?", {userId});
    return rows.empty() ? 0 : rows.front().integer(0);
}

ErasureReport AccountRecords::erase(Transaction &tx, const std::string &userId, std::int64_t now)
{
    ErasureReport report;
    const auto user = tx.query("SELECT email FROM users WHERE id = ?", {userId});
    if (user.empty())
        return report;
    const auto email = user.front().text(0);

    report.sessions = tx.execute("DELETE FROM web_sessions WHERE user_id = ?", {userId}) +
                      tx.execute("DELETE FROM api_tokens WHERE user_id = ?", {userId});
    tx.execute("DELETE FROM account_tokens WHERE user_id = ?", {userId});
    report.addresses = tx.execute("DELETE FROM addresses WHERE user_id = ?", {userId});
    report.mail = MailOutboxStore::removeFor(tx, userId, email);
    tx.execute("DELETE FROM idempotency_keys WHERE user_id = ?", {userId});
    // What the person was looking for: favourites and saved searches.
    tx.execute("DELETE FROM favourites WHERE user_id = ?", {userId});
    SavedSearchStore::removeFor(tx, userId);

    // Listings: those that were sold (or reserved) stay as the orders' listing, ended and off the buyer
    // pages; the others go.
    for (const auto &r : tx.query("SELECT id FROM listings WHERE seller_id = ?", {userId})) {
        const auto id = r.text(0);
        if (tx.query("SELECT 1 FROM orders WHERE listing_id = ? LIMIT 1", {id}).empty()) {
            SyncStore::removeListingProjection(tx, id);
            ++report.listingsRemoved;
        } else {
            tx.execute("UPDATE listings SET status = 'ended', updated_at = ? WHERE id = ?", {now, id});
            ++report.listingsEnded;
        }
    }
    // What the desktop app synced: records (profile, listings and drafts), the change feed, conflicts,
    // devices and unfinished photo uploads.
    for (const char *sql : {"DELETE FROM sync_records WHERE owner_id = ?", "DELETE FROM change_log WHERE owner_id = ?",
                            "DELETE FROM sync_conflicts WHERE owner_id = ?", "DELETE FROM sync_owner_seq WHERE owner_id = ?",
                            "DELETE FROM sync_clients WHERE user_id = ?", "DELETE FROM photo_uploads WHERE user_id = ?"})
        report.syncRows += tx.execute(sql, {userId});

    // The tombstone: the row stays (orders, payouts and the ledger refer to it by id), without a way in
    // and without the person's email address or name.
    const auto tombstone = "deleted-" + userId + "@deleted.invalid";
    tx.execute("UPDATE users SET email = ?, email_lower = ?, display_name = ?, password_hash = '!', "
               "email_verified_at = NULL, deleted_at = ?, updated_at = ? WHERE id = ?",
               {tombstone, tombstone, std::string("Deleted user"), now, now, userId});
    return report;
}

} // namespace caravan::store
