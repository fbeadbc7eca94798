// Saved searches (docs/marketplace.md, "Saved searches"): a signed-in buyer saves the search on the home
// page, finds it again under /saved-searches and gets a mail when a new listing matches (the mail is
// written by SavedSearchAlerts). Every route acts only on the signed-in user's own searches.
#include "store/saved_searches.h"
#include "web/marketplace.h"
#include "web/search_query.h"

namespace caravan::web {

using nlohmann::json;

namespace {

http::Response savedSearchesPage(WebContext &ctx, http::Request &req, const std::string &error = {},
                                 int status = 200)
{
    const auto zone = timeZoneFor(req, req.user->country);
    json items = json::array();
    for (const auto &s : store::SavedSearchStore(ctx.listings.database()).list(req.user->id)) {
        const auto search = BuyerSearch::fromQueryString(s.query);
        items.push_back({{"id", s.id},
                         {"url", search.url()},
                         {"label", search.describe(ctx.renderer.catalog(), ctx.countries, req.lang, s.destination,
                                                   s.currency)},
                         {"alerts", s.alerts},
                         {"last_mailed", localTime(s.lastMailedAt, zone)}});
    }
    json data{{"page_title", ctx.text(req, "saved_title")},
              {"searches", items},
              {"has_searches", !items.empty()},
              {"error", error},
              {"has_error", !error.empty()}};
    return renderPage(ctx, req, "saved_searches", std::move(data), status);
}

http::Response saveSearch(WebContext &ctx, http::Request &req)
{
    // Never the posted text itself: the search as the page reads it, written back canonically.
    const auto search = BuyerSearch::fromQueryString(req.formValue("query"));
    if (search.empty())
        return http::Response::redirect("/");
    const auto destination = shipToCountry(ctx, req, nullptr);
    const auto currency = buyerCurrency(req, destination, nullptr);
    const auto now = store::nowSeconds();
    const auto saved = store::SavedSearchStore(ctx.listings.database())
                           .add(req.user->id, search.savedQuery(), destination, currency, now,
                                ctx.market.savedSearchesMax, now + ctx.market.savedSearchIntervalSeconds);
    if (!saved)
        return savedSearchesPage(ctx, req,
                                 ctx.text(req, "saved_error_full") + " (" + std::to_string(ctx.market.savedSearchesMax) + ")",
                                 409);
    return http::Response::redirect(search.url());
}

http::Response deleteSearch(WebContext &ctx, http::Request &req)
{
    if (!store::SavedSearchStore(ctx.listings.database()).remove(req.user->id, req.param("id")))
        return errorPage(ctx, req, 404);
    return http::Response::redirect("/saved-searches");
}

http::Response setAlerts(WebContext &ctx, http::Request &req)
{
    if (!store::SavedSearchStore(ctx.listings.database())
             .setAlerts(req.user->id, req.param("id"), req.formValue("alerts") == "1"))
        return errorPage(ctx, req, 404);
    return http::Response::redirect("/saved-searches");
}

} // namespace

void addSavedSearchRoutes(http::Router &router, WebContext &ctx)
{
    using http::RouteKind;
    router.add("GET", "/saved-searches", RouteKind::Web, true,
               [&ctx](http::Request &r) { return savedSearchesPage(ctx, r); });
    router.add("POST", "/saved-searches", RouteKind::Web, true, [&ctx](http::Request &r) { return saveSearch(ctx, r); });
    router.add("POST", "/saved-searches/{id}/delete", RouteKind::Web, true,
               [&ctx](http::Request &r) { return deleteSearch(ctx, r); });
    router.add("POST", "/saved-searches/{id}/alerts", RouteKind::Web, true,
               [&ctx](http::Request &r) { return setAlerts(ctx, r); });
}

} // namespace caravan::web
