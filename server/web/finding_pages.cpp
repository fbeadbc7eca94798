// Finding listings again: favourites (the watch list), recently viewed (a cookie, so it works signed out)
// and similar listings (docs/marketplace.md, "Finding again").
#include "store/favourites.h"
#include "web/format.h"
#include "web/marketplace.h"

#include <sstream>

namespace caravan::web {

using nlohmann::json;

namespace {

constexpr std::size_t kRecentMax = 12;

bool isListingId(const std::string &id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (char c : id)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_')
            return false;
    return true;
}

http::Response favouritesPage(WebContext &ctx, http::Request &req)
{
    json cards = json::array();
    for (const auto &v : store::FavouriteStore(ctx.listings.database()).list(req.user->id)) {
        auto c = listingCardJson(ctx, req, v);
        c["gone"] = v.listing.status != "active";
        cards.push_back(c);
    }
    json data{{"page_title", ctx.text(req, "favourites_title")}, {"listings", cards}, {"has_listings", !cards.empty()}};
    return renderPage(ctx, req, "favourites", std::move(data));
}

http::Response favouritePost(WebContext &ctx, http::Request &req, bool add)
{
    const auto id = req.param("id");
    const auto view = ctx.listings.find(id);
    if (!view)
        return errorPage(ctx, req, 404);
    store::FavouriteStore favourites(ctx.listings.database());
    if (add) {
        if (!favourites.add(req.user->id, id, store::nowSeconds()))
            return errorPage(ctx, req, 409);
    } else {
        favourites.remove(req.user->id, id);
    }
    return http::Response::redirect(req.formValue("from") == "favourites" ? "/favourites" : "/listings/" + id);
}

} // namespace

std::vector<std::string> recentlyViewed(const http::Request &req)
{
    std::vector<std::string> ids;
    std::istringstream in(req.cookieValue(kRecentCookie));
    std::string id;
    while (std::getline(in, id, '.') && ids.size() < kRecentMax)
        if (isListingId(id) && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    return ids;
}

void rememberViewed(const http::Request &req, const std::string &listingId, http::Response &response)
{
    auto ids = recentlyViewed(req);
    ids.erase(std::remove(ids.begin(), ids.end(), listingId), ids.end());
    ids.insert(ids.begin(), listingId);
    if (ids.size() > kRecentMax)
        ids.resize(kRecentMax);
    std::string value;
    for (const auto &id : ids)
        value += (value.empty() ? "" : ".") + id;
    response.addCookie(http::cookie(kRecentCookie, value, 90L * 24 * 3600, true, req.secure));
}

json listingCardJson(const WebContext &ctx, const http::Request &req, const store::ListingView &v)
{
    const auto &l = v.listing;
    json c{{"url", "/listings/" + l.id},
           {"title", l.title},
           {"price", formatMoney(l.priceMinor, l.currency)},
           {"condition", conditionLabel(req.lang, l.condition)},
           {"category", categoryLabel(req.lang, l.category)},
           {"seller_country", ctx.countries.name(req.lang, v.sellerCountry)}};
    if (!l.photos.empty())
        c["cover"] = "/photos/" + l.photos.front() + ".jpg";
    return c;
}

void addFindingRoutes(http::Router &router, WebContext &ctx)
{
    using http::RouteKind;
    router.add("GET", "/favourites", RouteKind::Web, true, [&ctx](http::Request &r) { return favouritesPage(ctx, r); });
    router.add("POST", "/listings/{id}/favourite", RouteKind::Web, true,
               [&ctx](http::Request &r) { return favouritePost(ctx, r, true); });
    router.add("POST", "/listings/{id}/unfavourite", RouteKind::Web, true,
               [&ctx](http::Request &r) { return favouritePost(ctx, r, false); });
}

} // namespace caravan::web
