#pragma once

#include "http/request.h"
#include "http/response.h"
#include "money/date.h"
#include "store/idempotency.h"
#include "web/pages.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caravan::escrow {
struct OrderPricing;
}
namespace caravan::store {
struct OrderRecord;
}

// What the marketplace pages (listing, checkout, orders) share: the buyer's destination and time zone,
// labels in the page's language, and the landed-cost table of a listing.
namespace caravan::web {

inline constexpr const char *kShipToCookie = "ship_to";
inline constexpr const char *kTimeZoneCookie = "tz";
inline constexpr const char *kCurrencyCookie = "cur";
inline constexpr const char *kRecentCookie = "recent";

// The country the buyer shops for: ?to= (a valid code, remembered in a cookie on `response`), then the
// cookie, then the signed-in account's country; "" when none is known yet.
std::string shipToCountry(const WebContext &ctx, const http::Request &request, http::Response *response);
// Today's date in UTC (the day prices, rates and rules are looked up for).
money::Date today();
// The 1-based page number of ?page= (1 when absent or not a number, at most 10000).
std::int64_t pageNumber(const http::Request &request);

// The currency of a country on the day (the rule data's currency rule); "" when the data has none.
std::string currencyOfCountry(const std::string &country);
// The currency prices are compared in: ?cur= (a known currency, remembered in a cookie on `response`),
// then the cookie, then the currency of the buyer's country, else EUR.
std::string buyerCurrency(const http::Request &request, const std::string &country, http::Response *response);
// The time zone the pages show times in: ?tz= or the tz cookie if it is one of the country's zones, else
// the country's only zone; "" (UTC) when the country has several and none was chosen.
std::string timeZoneFor(const http::Request &request, const std::string &country);
// IANA zones of a country (ICU's canonical location zones).
std::vector<std::string> zonesOf(const std::string &country);
// "2026-12-07 23:59 (Europe/Berlin)" or "2026-12-07 22:59 UTC"; "" for 0.
std::string localTime(std::int64_t seconds, const std::string &zone);

std::string categoryLabel(const std::string &lang, const std::string &categoryId);
std::string conditionLabel(const std::string &lang, const std::string &condition);
std::string conditionDefinition(const std::string &lang, const std::string &condition);
std::string money(std::int64_t minor, const std::string &currency);

// Forms that move money carry a hidden `action_key` made when the page was drawn (16-64 letters, digits,
// '-' or '_'); their idempotency key is it, scoped to the user and the form's path, with the SHA-256 of
// every field but the CSRF token as the body hash (order_pages.cpp).
bool validActionKey(const std::string &key);
store::IdempotencyStore::Request formKey(const http::Request &request);

// The review part of an order page for the signed-in user: the form, their review, the other side's
// once published (review_pages.cpp).
nlohmann::json reviewSection(WebContext &ctx, const http::Request &request, const store::OrderRecord &order);
// The seller's rating as buyers rated them ("4.7"; "" with no published review) and completed sales.
struct SellerStanding
{
    std::string rating;
    std::int64_t ratingCount = 0;
    std::int64_t sales = 0;
};
SellerStanding sellerStanding(WebContext &ctx, const std::string &sellerId);

// Finding again (finding_pages.cpp): the listings the browser viewed last (the `recent` cookie, newest
// first), remembering one more on `response`, and a listing card's values.
std::vector<std::string> recentlyViewed(const http::Request &request);
void rememberViewed(const http::Request &request, const std::string &listingId, http::Response &response);
nlohmann::json listingCardJson(const WebContext &ctx, const http::Request &request, const store::ListingView &view);

// The home and search page (search_page.cpp).
http::Response searchPage(WebContext &ctx, http::Request &request);

// One row of a listing's landed-cost table: a postage service to the destination, or why it cannot go.
nlohmann::json landedCostRow(const WebContext &ctx, const http::Request &request, const std::string &serviceId,
                             const escrow::OrderPricing *pricing, const std::string &refusalCode);
// The text for an order refusal or pricing refusal code (order_error_<code>, else a generic one).
std::string refusalText(const WebContext &ctx, const http::Request &request, const std::string &code);

} // namespace caravan::web
