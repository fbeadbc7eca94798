#pragma once

#include "store/database.h"
#include "store/mail_outbox.h"
#include "store/migrations.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Saved searches and their mail about new matches (docs/marketplace.md, "Saved searches").
namespace caravan::store {

struct SavedSearch
{
    std::string id;
    std::string userId;
    std::string query;       // the search page's canonical query string ("?q=lamp&cat=home"), or "" for all
    std::string destination; // the country the buyer shopped for when saving ("" if none yet)
    std::string currency;    // the currency the price range was typed in
    bool alerts = true;      // mail new matches
    std::int64_t createdAt = 0;
    // Listings changed after this (seconds) are looked at by the next check; those already mailed about
    // are in saved_search_sent and never mailed again.
    std::int64_t watermark = 0;
    std::int64_t nextCheckAt = 0;
    std::int64_t lastMailedAt = 0;
};

class SavedSearchStore
{
public:
    explicit SavedSearchStore(Database &db)
        : m_db(db)
    {}

    // Saves the search for the user; saving the same query again returns the existing one. nullopt when
    // the user already has `maxPerUser` saved searches.
    std::optional<SavedSearch> add(const std::string &userId, const std::string &query, const std::string &destination,
                                   const std::string &currency, std::int64_t now, std::int64_t maxPerUser,
                                   std::int64_t firstCheckAt);
    std::vector<SavedSearch> list(const std::string &userId);
    // The user's saved search (nullopt for someone else's or an unknown id).
    std::optional<SavedSearch> find(const std::string &userId, const std::string &id);
    bool remove(const std::string &userId, const std::string &id);
    bool setAlerts(const std::string &userId, const std::string &id, bool alerts);

    // Claims up to `limit` saved searches with alerts on whose next check is due and that no other live
    // process holds, for `holder` until now + leaseSeconds (several servers share the work; each search is
    // checked by one of them).
    std::vector<SavedSearch> claimDue(std::int64_t now, const std::string &holder, std::int64_t leaseSeconds,
                                      std::int64_t limit);
    // Of `listingIds`, those the saved search has not mailed about yet.
    std::vector<std::string> notYetSent(const std::string &savedSearchId, const std::vector<std::string> &listingIds);
    // Ends a check, in one transaction: the mail (if any) is queued, its listings recorded as sent, the
    // watermark moved and the lease released with the next check at `nextCheckAt`. False (and nothing
    // written) when the lease was lost to another process meanwhile.
    bool finishCheck(const SavedSearch &search, const std::string &holder, const std::optional<QueuedMail> &mail,
                     const std::vector<std::string> &sentListingIds, std::int64_t newWatermark,
                     std::int64_t nextCheckAt, std::int64_t now);

    // Removes the user's saved searches (account deletion). Returns how many.
    static std::size_t removeFor(Transaction &tx, const std::string &userId);

private:
    Database &m_db;
};

// Migration 11: saved searches, what each has mailed, and the index a check of recent changes walks.
Migration savedSearchMigration();

} // namespace caravan::store
