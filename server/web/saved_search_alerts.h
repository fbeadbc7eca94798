#pragma once

#include "web/market_policy.h"

#include <cstdint>
#include <functional>
#include <string>

namespace caravan::mail {
class MailOutbox;
}
namespace caravan::store {
class Database;
struct SavedSearch;
struct User;
} // namespace caravan::store

namespace caravan::web {

class Catalog;
class CountryNames;

// The mail about new matches of saved searches (docs/marketplace.md, "Saved searches"). A pass claims the
// saved searches whose check is due (a lease in the database, so with several servers each search is
// checked by one of them), looks for public listings that match and changed since the search's
// watermark, leaves out those already mailed about, and in one transaction queues one mail in the owner's
// language, records the listings as mailed and moves the watermark. A process that dies mid-check leaves
// the lease to expire and the next check redoes it: a listing is mailed about at most once per search.
class SavedSearchAlerts
{
public:
    SavedSearchAlerts(store::Database &db, const Catalog &catalog, const CountryNames &countries,
                      mail::MailOutbox &outbox, MarketPolicy policy, std::function<std::string()> publicUrl);

    struct Pass
    {
        std::size_t checked = 0;  // saved searches looked at
        std::size_t mailed = 0;   // mails queued
        std::size_t listings = 0; // listings named in them
    };
    Pass runOnce(std::int64_t now, const std::string &holder);

    // Listings changed up to this long before a check are looked at again by the next one (their writing
    // transaction may commit after the check read): the mailed-about record keeps them from a second mail.
    static constexpr std::int64_t kOverlapSeconds = 120;
    static constexpr std::int64_t kLeaseSeconds = 300;

private:
    // Checks one claimed search; true when a mail was queued.
    bool checkOne(const store::SavedSearch &search, const store::User &user, std::int64_t watermark,
                  std::int64_t nextCheck, std::int64_t now, const std::string &holder, Pass &pass);

    store::Database &m_db;
    const Catalog &m_catalog;
    const CountryNames &m_countries;
    mail::MailOutbox &m_outbox;
    MarketPolicy m_policy;
    std::function<std::string()> m_publicUrl;
};

} // namespace caravan::web
