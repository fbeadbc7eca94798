// "Download my data": everything the account holds, as one JSON document, read through the store classes.
#include "accounts/account_service.h"
#include "orders/order_json.h"
#include "store/account_records.h"
#include "store/addresses.h"
#include "store/favourites.h"
#include "store/saved_searches.h"
#include "store/listings.h"
#include "store/orders.h"
#include "store/sync_store.h"
#include "web/account_pages.h"
#include "web/format.h"

namespace caravan::web::account_detail {

namespace {

using nlohmann::json;

std::string isoOrNull(std::int64_t t)
{
    return t ? isoTimestamp(t) : std::string();
}

// Every order of the buyer or the seller, newest first, with its history. OrderStore::list pages by
// creation time; orders sharing the last second of a full page are read again with the next page.
json ordersOf(store::Database &db, const std::string &userId, orders::Viewer viewer)
{
    json out = json::array();
    store::OrderFilter filter;
    (viewer == orders::Viewer::Buyer ? filter.buyerId : filter.sellerId) = userId;
    filter.limit = 200;
    for (;;) {
        auto page = store::OrderStore::list(db, filter);
        const bool full = std::int64_t(page.size()) == filter.limit;
        if (full) {
            const auto last = page.back().createdAt;
            std::size_t keep = page.size();
            while (keep > 0 && page[keep - 1].createdAt == last)
                --keep;
            if (keep == 0) { // one second holds a whole page: read a larger one
                filter.limit *= 2;
                continue;
            }
            page.resize(keep);
            filter.beforeCreatedAt = last + 1;
        }
        for (const auto &o : page) {
            const auto events = store::OrderStore::events(db, o.id);
            out.push_back(orders::orderJson(o, viewer, &events));
        }
        if (!full)
            break;
    }
    return out;
}

json listingsOf(store::Database &db, const std::string &userId)
{
    json out = json::array();
    store::ListingRepository listings(db);
    for (const auto &id : store::AccountRecords(db).listingIdsOf(userId)) {
        if (const auto record = store::SyncStore::findRecord(db, "listing", id); record && !record->deleted) {
            auto data = record->data;
            data["id"] = id;
            data["revision"] = record->revision;
            out.push_back(std::move(data));
        } else if (const auto view = listings.find(id)) {
            const auto &l = view->listing;
            out.push_back({{"id", l.id},
                           {"title", l.title},
                           {"description", l.description},
                           {"category", l.category},
                           {"condition", l.condition},
                           {"price_minor", l.priceMinor},
                           {"currency", l.currency},
                           {"quantity", l.quantity},
                           {"ships_from", l.shipsFrom},
                           {"hs_code", l.hsCode},
                           {"weight_g", l.weightGrams},
                           {"status", l.status},
                           {"photos", l.photos},
                           {"created_at", isoOrNull(l.createdAt)},
                           {"updated_at", isoOrNull(l.updatedAt)}});
        }
    }
    return out;
}

} // namespace

json exportAccountData(store::Database &db, accounts::AccountService &accounts, const store::User &u)
{
    json addresses = json::array();
    for (const auto &a : store::AddressStore(db).list(u.id)) {
        auto entry = a.toShipTo();
        entry["id"] = a.id;
        entry["is_default"] = a.isDefault;
        entry["created_at"] = isoOrNull(a.createdAt);
        entry["updated_at"] = isoOrNull(a.updatedAt);
        addresses.push_back(std::move(entry));
    }
    json devices = json::array();
    for (const auto &t : accounts.activeApiTokens(u.id))
        devices.push_back({{"device_name", t.deviceName},
                           {"signed_in_at", isoOrNull(t.createdAt)},
                           {"last_used_at", isoOrNull(t.lastUsedAt)},
                           {"expires_at", isoOrNull(t.expiresAt)}});
    json saved = json::array();
    for (const auto &s : store::SavedSearchStore(db).list(u.id))
        saved.push_back({{"query", s.query},
                         {"ship_to", s.destination},
                         {"currency", s.currency},
                         {"email_alerts", s.alerts},
                         {"created_at", isoOrNull(s.createdAt)},
                         {"last_mailed_at", isoOrNull(s.lastMailedAt)}});
    json favourites = json::array();
    for (const auto &v : store::FavouriteStore(db).list(u.id))
        favourites.push_back({{"listing_id", v.listing.id}, {"title", v.listing.title}});
    return {{"format", "caravan-account-data"},
            {"version", 1},
            {"exported_at", isoTimestamp(store::nowSeconds())},
            {"profile",
             {{"id", u.id},
              {"email", u.email},
              {"email_verified_at", isoOrNull(u.emailVerifiedAt)},
              {"display_name", u.displayName},
              {"country", u.country},
              {"language", u.language},
              {"roles", u.roles},
              {"created_at", isoOrNull(u.createdAt)}}},
            {"addresses", addresses},
            {"saved_searches", saved},
            {"favourites", favourites},
            {"orders_as_buyer", ordersOf(db, u.id, orders::Viewer::Buyer)},
            {"orders_as_seller", ordersOf(db, u.id, orders::Viewer::Seller)},
            {"listings", listingsOf(db, u.id)},
            {"desktop_apps", devices},
            {"browser_sessions", accounts.webSessionCount(u.id)}};
}

} // namespace caravan::web::account_detail
