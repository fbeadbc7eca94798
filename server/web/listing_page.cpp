// The listing page: photos, condition and its definition, item specifics, the seller, and what the buyer
// really pays to their door with each postage service (docs/escrow.md, "The order").
#include "escrow/pricing.h"
#include "listing/categories.h"
#include "listing/listing_json.h"
#include "orders/escrow_services.h"
#include "store/favourites.h"
#include "store/orders.h"
#include "store/sync_store.h"
#include "trade/rules.h"
#include "web/format.h"
#include "web/marketplace.h"

namespace caravan::web {

using nlohmann::json;

namespace {

json specificsOf(const WebContext &ctx, const http::Request &req, const listing::Listing &l)
{
    const auto &lang = req.lang;
    json out = json::array();
    if (!l.brand.empty())
        out.push_back({{"name", ctx.text(req, "listing_brand")}, {"value", l.brand}});
    const auto *category = listing::CategoryCatalog::standard().find(l.category);
    for (const auto &[key, value] : l.specifics) {
        const auto *def = category ? category->specific(key) : nullptr;
        std::string shown = value;
        if (def)
            for (const auto &v : def->values)
                if (v.id == value)
                    shown = v.name.in(lang);
        out.push_back({{"name", def ? def->name.in(lang) : key}, {"value", shown}});
    }
    return out;
}

} // namespace

json landedCostTable(const WebContext &ctx, const http::Request &req, const listing::Listing &l,
                     const std::string &destination, std::int64_t quantity)
{
    json rows = json::array();
    if (destination.empty())
        return rows;
    for (const auto &serviceId : l.postageServices) {
        try {
            const auto p = escrow::priceOrder({l, quantity, destination, serviceId, today()}, trade::RuleSet::standard(),
                                              shipping::ServiceCatalog::standard(), ctx.escrow->settings().policy);
            rows.push_back(landedCostRow(ctx, req, serviceId, &p, {}));
        } catch (const escrow::PricingError &e) {
            rows.push_back(landedCostRow(ctx, req, serviceId, nullptr, e.code));
        }
    }
    return rows;
}

http::Response listingPage(WebContext &ctx, http::Request &req)
{
    const auto id = req.param("id");
    const auto view = ctx.listings.find(id);
    const auto record = store::SyncStore::findRecord(ctx.listings.database(), "listing", id);
    // Object-level check: the public sees active or sold listings that moderation did not remove; the
    // seller also sees their own drafts.
    const bool isSeller = view && req.user && req.user->id == view->listing.sellerId;
    const bool isPublic = view && (view->listing.status == "active" || view->listing.status == "sold") &&
                          view->listing.moderationStatus != "rejected";
    if (!view || (!isPublic && !isSeller))
        return errorPage(ctx, req, 404);
    const auto &row = view->listing;
    const auto decoded = record ? listing::fromJson(record->data) : listing::JsonDecodeResult{};
    const auto &l = decoded.listing;

    http::Response cookieCarrier;
    const auto destination = shipToCountry(ctx, req, &cookieCarrier);
    const auto available = store::OrderStore::availableUnits(ctx.listings.database(), id).value_or(0);

    json photos = json::array();
    int n = 0;
    for (const auto &sha : row.photos)
        photos.push_back({{"url", "/photos/" + sha + ".jpg"}, {"number", std::to_string(++n)}});
    const auto costs = record ? landedCostTable(ctx, req, l, destination, 1) : json::array();
    const auto standing = sellerStanding(ctx, row.sellerId);
    store::FavouriteStore favourites(ctx.listings.database());
    const bool isFavourite = req.user && favourites.contains(req.user->id, id);
    const auto watchers = favourites.watchers(id);
    json similar = json::array();
    for (const auto &v : store::similarListings(ctx.listings.database(), row))
        similar.push_back(listingCardJson(ctx, req, v));
    bool anyOk = false;
    for (const auto &c : costs)
        anyOk = anyOk || c.value("ok", false);
    json data{{"page_title", row.title},
              {"id", id},
              {"title", row.title},
              {"description", row.description},
              {"price", formatMoney(row.priceMinor, row.currency)},
              {"category", categoryLabel(req.lang, row.category)},
              {"condition", conditionLabel(req.lang, row.condition)},
              {"condition_definition", conditionDefinition(req.lang, row.condition)},
              {"specifics", specificsOf(ctx, req, l)},
              {"has_specifics", !l.specifics.empty() || !l.brand.empty()},
              {"ships_from", ctx.countries.name(req.lang, row.shipsFrom)},
              {"weight", formatWeight(row.weightGrams)},
              {"available", std::to_string(std::max<std::int64_t>(0, available))},
              {"sold_out", available <= 0},
              {"seller_name", view->sellerName},
              {"seller_url", "/sellers/" + row.sellerId},
              {"seller_rating", standing.rating},
              {"seller_rating_count", std::to_string(standing.ratingCount)},
              {"seller_sales", std::to_string(standing.sales)},
              {"can_ask", isPublic && !isSeller && row.status == "active"},
              {"can_favourite", isPublic && !isSeller},
              {"can_report", isPublic && !isSeller},
              {"is_favourite", isFavourite},
              {"watchers", watchers > 0 ? std::to_string(watchers) : std::string()},
              {"similar", similar},
              {"has_similar", !similar.empty()},
              {"seller_country", ctx.countries.name(req.lang, view->sellerCountry)},
              {"photos", photos},
              {"has_photos", !photos.empty()},
              {"not_public", !isPublic},
              {"destination", destination},
              {"destination_name", destination.empty() ? std::string() : ctx.countries.name(req.lang, destination)},
              {"countries", countryOptions(ctx, req.lang, destination)},
              {"costs", costs},
              {"has_costs", !costs.empty()},
              {"ships_there", anyOk},
              {"can_buy", anyOk && available > 0 && isPublic && !isSeller},
              {"next", http::urlEncode("/listings/" + id)}};
    auto response = renderPage(ctx, req, "listing", std::move(data));
    for (const auto &[name, value] : cookieCarrier.headers)
        response.headers.emplace_back(name, value);
    if (isPublic)
        rememberViewed(req, id, response);
    return response;
}

} // namespace caravan::web
