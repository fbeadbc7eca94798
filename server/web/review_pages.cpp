// Reviews from the order page and the seller's public profile (docs/marketplace.md, "Reviews" and
// "Seller profiles").
#include "orders/escrow_services.h"
#include "orders/order_service.h"
#include "orders/reviews.h"
#include "store/account_records.h"
#include "store/listing_search.h"
#include "store/orders.h"
#include "store/reviews.h"
#include "store/users.h"
#include "web/format.h"
#include "web/marketplace.h"

namespace caravan::web {

using nlohmann::json;

namespace {
orders::ReviewRules reviewRules(const WebContext &ctx)
{
    return {ctx.market.reviewWindowSeconds, ctx.market.reviewMaxChars};
}

std::string ratingText(const store::RatingSummary &r)
{
    if (r.count == 0)
        return {};
    // One decimal, rounded half up, from integers: 4.25 -> "4.3".
    const auto tenths = (r.sum * 10 * 2 + r.count) / (2 * r.count);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

json reviewJson(const WebContext &ctx, const http::Request &req, const store::Review &r)
{
    std::string stars;
    for (std::int64_t i = 0; i < 5; ++i)
        stars += i < r.rating ? "★" : "☆";
    return {{"author", r.authorName},
            {"rating", std::to_string(r.rating)},
            {"stars", stars},
            {"body", r.body},
            {"when", formatTimestamp(r.createdAt).substr(0, 10)},
            {"side", ctx.text(req, r.authorRole == "buyer" ? "review_by_buyer" : "review_by_seller")}};
}

} // namespace

json reviewSection(WebContext &ctx, const http::Request &req, const store::OrderRecord &o)
{
    const auto now = store::nowSeconds();
    const auto state = orders::reviewStateOf(ctx.listings.database(), o, *req.user, reviewRules(ctx), now);
    json out{{"can_review", state.canWrite},
             {"review_window_ends", localTime(state.windowEndsAt, timeZoneFor(req, o.destination))},
             {"has_my_review", state.mine.has_value()},
             {"has_their_review", state.theirs.has_value()},
             {"review_waiting", state.mine && !state.theirs && now < state.windowEndsAt}};
    if (state.mine)
        out["my_review"] = reviewJson(ctx, req, *state.mine);
    if (state.theirs)
        out["their_review"] = reviewJson(ctx, req, *state.theirs);
    return out;
}

SellerStanding sellerStanding(WebContext &ctx, const std::string &sellerId)
{
    auto &db = ctx.listings.database();
    const auto rating = store::ReviewStore(db).ratingOf(sellerId, "buyer", store::nowSeconds());
    return {ratingText(rating), rating.count, store::completedSales(db, sellerId)};
}

namespace {

http::Response reviewPost(WebContext &ctx, http::Request &req)
{
    const auto order = ctx.escrow->orders().visibleTo(*req.user, req.param("id"));
    if (!order || order->buyerId != req.user->id)
        return errorPage(ctx, req, 404);
    std::int64_t rating = 0;
    try {
        rating = std::stoll(req.formValue("rating"));
    } catch (const std::exception &) {
    }
    const auto outcome = orders::submitReview(ctx.listings.database(), *order, *req.user, rating,
                                              req.formValue("body"), reviewRules(ctx), store::nowSeconds());
    if (outcome == orders::ReviewOutcome::Saved)
        return http::Response::redirect("/orders/" + order->id + "?notice=review_saved#review");
    json data{{"page_title", ctx.text(req, "review_title")},
              {"error", ctx.text(req, std::string("review_error_") + orders::toString(outcome))},
              {"back", "/orders/" + order->id},
              {"body", req.formValue("body")}};
    return renderPage(ctx, req, "message_refused", std::move(data),
                      outcome == orders::ReviewOutcome::AlreadyWritten ? 409 : 422);
}

http::Response sellerPage(WebContext &ctx, http::Request &req)
{
    auto &db = ctx.listings.database();
    store::UserRepository users(db);
    const auto seller = users.findById(req.param("id"));
    if (!seller || store::AccountRecords(db).deletedAt(seller->id) != 0)
        return errorPage(ctx, req, 404);
    const auto now = store::nowSeconds();
    store::ReviewStore reviews(db);
    const auto rating = reviews.ratingOf(seller->id, "buyer", now);
    json reviewList = json::array();
    for (const auto &r : reviews.publishedAbout(seller->id, "buyer", now))
        reviewList.push_back(reviewJson(ctx, req, r));

    const auto page = pageNumber(req);
    store::ListingFilter filter;
    filter.sellerId = seller->id;
    filter.sort = store::ListingFilter::Sort::Newest;
    filter.offset = (page - 1) * filter.limit;
    const auto listings = store::searchListings(db, filter);
    json cards = json::array();
    for (const auto &v : listings.listings)
        cards.push_back(listingCardJson(ctx, req, v));
    const auto pages = std::max<std::int64_t>(1, (listings.total + filter.limit - 1) / filter.limit);
    const auto base = "/sellers/" + seller->id;
    json data{{"page_title", seller->displayName},
              {"name", seller->displayName},
              {"country", ctx.countries.name(req.lang, seller->country)},
              {"member_since", formatTimestamp(seller->createdAt).substr(0, 10)},
              {"rating", ratingText(rating)},
              {"has_rating", rating.count > 0},
              {"rating_count", std::to_string(rating.count)},
              {"sales", std::to_string(store::completedSales(db, seller->id))},
              {"listings", cards},
              {"has_listings", !cards.empty()},
              {"listing_count", std::to_string(listings.total)},
              {"reviews", reviewList},
              {"has_reviews", !reviewList.empty()},
              {"has_pages", pages > 1},
              {"page", std::to_string(page)},
              {"pages", std::to_string(pages)},
              {"has_prev", page > 1},
              {"prev_url", page > 2 ? base + "?page=" + std::to_string(page - 1) : base},
              {"has_next", page < pages},
              {"next_url", base + "?page=" + std::to_string(page + 1)}};
    return renderPage(ctx, req, "seller", std::move(data));
}

} // namespace

void addReviewRoutes(http::Router &router, WebContext &ctx)
{
    using http::RouteKind;
    router.add("POST", "/orders/{id}/review", RouteKind::Web, true,
               [&ctx](http::Request &r) { return reviewPost(ctx, r); });
    router.add("GET", "/sellers/{id}", RouteKind::Web, false, [&ctx](http::Request &r) { return sellerPage(ctx, r); });
}

} // namespace caravan::web
