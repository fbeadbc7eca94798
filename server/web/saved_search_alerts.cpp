#include "web/saved_search_alerts.h"

#include "mail/outbox.h"
#include "runtime/log.h"
#include "store/listing_search.h"
#include "store/saved_searches.h"
#include "store/users.h"
#include "web/format.h"
#include "web/i18n.h"
#include "web/search_query.h"

#include <algorithm>

namespace caravan::web {

namespace {

std::string fill(std::string text, const std::map<std::string, std::string> &values)
{
    for (const auto &[name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (std::size_t pos = 0; (pos = text.find(placeholder, pos)) != std::string::npos; pos += value.size())
            text.replace(pos, placeholder.size(), value);
    }
    return text;
}

} // namespace

SavedSearchAlerts::SavedSearchAlerts(store::Database &db, const Catalog &catalog, const CountryNames &countries,
                                     mail::MailOutbox &outbox, MarketPolicy policy,
                                     std::function<std::string()> publicUrl)
    : m_db(db)
    , m_catalog(catalog)
    , m_countries(countries)
    , m_outbox(outbox)
    , m_policy(policy)
    , m_publicUrl(std::move(publicUrl))
{}

bool SavedSearchAlerts::checkOne(const store::SavedSearch &search, const store::User &user, std::int64_t watermark,
                                 std::int64_t nextCheck, std::int64_t now, const std::string &holder, Pass &pass)
{
    store::SavedSearchStore saved(m_db);
    auto query = BuyerSearch::fromQueryString(search.query);
    auto filter = query.filter(search.destination, search.currency);
    filter.sort = store::ListingFilter::Sort::Relevance; // best match first (the newest without text)
    filter.changedAfter = search.watermark;
    filter.limit = 50;
    filter.offset = 0;
    const auto page = store::searchListings(m_db, filter);
    std::vector<std::string> ids;
    for (const auto &v : page.listings)
        if (v.listing.sellerId != user.id) // not the buyer's own listings
            ids.push_back(v.listing.id);
    const auto fresh = saved.notYetSent(search.id, ids);
    if (fresh.empty()) {
        saved.finishCheck(search, holder, std::nullopt, {}, watermark, nextCheck, now);
        return false;
    }

    const auto lang = m_catalog.has(user.language) ? user.language : std::string("en");
    const auto site = m_publicUrl();
    const auto name = query.describe(m_catalog, m_countries, lang, search.destination, search.currency);
    std::string lines;
    std::size_t named = 0;
    for (const auto &v : page.listings) {
        if (std::find(fresh.begin(), fresh.end(), v.listing.id) == fresh.end())
            continue;
        if (named++ == static_cast<std::size_t>(m_policy.savedSearchMailListings))
            break;
        lines += "- " + v.listing.title + " — " + formatMoney(v.listing.priceMinor, v.listing.currency) + "\n  " + site +
                 "/listings/" + v.listing.id + "\n";
    }
    named = std::min<std::size_t>(named, static_cast<std::size_t>(m_policy.savedSearchMailListings));
    std::map<std::string, std::string> values{{"name", user.displayName},
                                              {"search", name},
                                              {"count", std::to_string(fresh.size())},
                                              {"more", std::to_string(fresh.size() - named)},
                                              {"all_link", site + query.url({{"sort", "newest"}})},
                                              {"manage_link", site + "/saved-searches"}};
    std::string text = fill(m_catalog.text(lang, "mail_greeting"), values) + "\n\n" +
                       fill(m_catalog.text(lang, fresh.size() == 1 ? "saved_mail_intro_one" : "saved_mail_intro"), values) +
                       "\n\n" + lines;
    if (fresh.size() > named)
        text += fill(m_catalog.text(lang, "saved_mail_more"), values) + "\n";
    text += "\n" + fill(m_catalog.text(lang, "saved_mail_all"), values) + "\n" +
            fill(m_catalog.text(lang, "saved_mail_manage"), values) + "\n\n" + m_catalog.text(lang, "mail_signature") +
            "\n";
    const auto mail = m_outbox.compose(user.id, "saved_search", user.email, lang,
                                       fill(m_catalog.text(lang, "saved_mail_subject"), values), text);
    if (!saved.finishCheck(search, holder, mail, fresh, watermark, nextCheck, now))
        return false; // another process took the search over: its check mails
    ++pass.mailed;
    pass.listings += fresh.size();
    server::logEvent(server::LogLevel::Info, "saved_search_mailed",
                     {{"saved_search", search.id}, {"listings", std::to_string(fresh.size())},
                      {"message_id", mail.messageId}});
    return true;
}

SavedSearchAlerts::Pass SavedSearchAlerts::runOnce(std::int64_t now, const std::string &holder)
{
    Pass pass;
    store::SavedSearchStore saved(m_db);
    store::UserRepository users(m_db);
    bool queued = false;
    for (;;) {
        const auto batch = saved.claimDue(now, holder, kLeaseSeconds, 50);
        if (batch.empty())
            break;
        for (const auto &search : batch) {
            ++pass.checked;
            const auto nextCheck = now + m_policy.savedSearchIntervalSeconds;
            const auto watermark = std::max(search.watermark, now - kOverlapSeconds);
            const auto user = users.findById(search.userId);
            // No mail to an address not (or no longer) confirmed; the watermark moves on all the same.
            if (!user || !user->emailVerified()) {
                saved.finishCheck(search, holder, std::nullopt, {}, watermark, nextCheck, now);
                continue;
            }
            try {
                if (checkOne(search, *user, watermark, nextCheck, now, holder, pass))
                    queued = true;
            } catch (const std::exception &e) {
                // The lease runs out and a later pass tries again.
                server::logEvent(server::LogLevel::Warn, "saved_search_check_failed",
                                 {{"saved_search", search.id}, {"error", e.what()}});
            }
        }
    }
    if (queued)
        m_outbox.wake();
    return pass;
}

} // namespace caravan::web
