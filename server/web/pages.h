#pragma once

#include "accounts/account_service.h"
#include "api/photo_policy.h"
#include "http/csrf.h"
#include "http/router.h"
#include "store/listings.h"
#include "store/photo_files.h"
#include "web/country_names.h"
#include "web/market_policy.h"
#include "web/renderer.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace caravan::orders {
class EscrowServices;
}
namespace caravan::staff {
class ReportService;
}

namespace caravan::web {

inline constexpr const char *kSessionCookie = "caravan_session";
inline constexpr const char *kLangCookie = "lang";
// The body limit of a web form that may carry photos (the dispute forms): six phone photos of a few MB.
inline constexpr std::size_t kPhotoFormBodyLimit = 32 * 1024 * 1024;
// The paths of those forms (http::DispatcherOptions::largerBodies patterns).
inline constexpr const char *kPhotoFormPaths[] = {"/orders/*/problem", "/disputes/*/messages", "/disputes/*/answer"};

// What the buyer pages need. Owned by the server; the routes keep a reference.
struct WebContext
{
    accounts::AccountService &accounts;
    store::ListingRepository &listings;
    store::PhotoFiles &photos;
    const Renderer &renderer;
    const http::Csrf &csrf;
    const CountryNames &countries;
    std::filesystem::path staticDir;
    bool secureCookies = false;
    orders::EscrowServices *escrow = nullptr; // orders, checkout and payments (the marketplace pages)
    MarketPolicy market{};                     // messages and reviews
    staff::ReportService *reports = nullptr;  // buyers' reports of listings (set once the server has it)
    api::PhotoPolicy photoPolicy{};            // photos.*: the quota and rate of photos sent in web forms

    bool secure(const http::Request &r) const { return secureCookies || r.secure; }
    std::string text(const http::Request &r, const std::string &key) const
    {
        return renderer.catalog().text(r.lang, key);
    }
};

// Renders `page` inside the layout with the values every page has (signed-in user, CSRF token,
// language switcher); remembers ?lang= in a cookie.
http::Response renderPage(const WebContext &ctx, const http::Request &request, const std::string &page,
                          nlohmann::json data, int status = 200);
http::Response errorPage(const WebContext &ctx, const http::Request &request, int status);

// Every country for a <select>: code, name in `lang`, sorted by that name, `selected` marked.
nlohmann::json countryOptions(const WebContext &ctx, const std::string &lang, const std::string &selected);

void addBrowseRoutes(http::Router &router, WebContext &ctx);
void addPhotoRoutes(http::Router &router, WebContext &ctx); // /photos/<sha256>.jpg (photo_routes.cpp)
void addMarketplaceRoutes(http::Router &router, WebContext &ctx); // listing page, checkout, orders
void addDisputePages(http::Router &router, WebContext &ctx);      // open and follow a dispute (dispute_pages.cpp)
void addMessageRoutes(http::Router &router, WebContext &ctx);     // threads (message_pages.cpp)
void addReviewRoutes(http::Router &router, WebContext &ctx);      // reviews, seller profiles (review_pages.cpp)
void addFindingRoutes(http::Router &router, WebContext &ctx);     // favourites (finding_pages.cpp)
void addReportPages(http::Router &router, WebContext &ctx);       // report a listing (report_pages.cpp)
void addSavedSearchRoutes(http::Router &router, WebContext &ctx); // saved searches (saved_search_pages.cpp)
// addAccountRoutes: web/account_pages.h

} // namespace caravan::web
