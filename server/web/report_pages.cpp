// Reporting a listing to staff (docs/disputes.md, "Reported listings"): a signed-in buyer picks a reason
// and may say more; staff remove the listing or dismiss the reports from the app's console.
#include "orders/order_service.h"
#include "staff/report_service.h"
#include "web/pages.h"

namespace caravan::web {

using nlohmann::json;

namespace {

// The listing a report is about: public and not the reporter's own (the service checks again).
std::optional<store::ListingView> reportable(WebContext &ctx, const http::Request &req)
{
    auto view = ctx.listings.find(req.param("id"));
    if (!view || (view->listing.status != "active" && view->listing.status != "sold") ||
        view->listing.moderationStatus == "rejected" || view->listing.sellerId == req.user->id)
        return std::nullopt;
    return view;
}

http::Response reportForm(WebContext &ctx, http::Request &req, const store::ListingView &view,
                          const std::string &reason, const std::string &details, const std::string &error,
                          int status = 200)
{
    json reasons = json::array();
    for (const auto &r : staff::reportReasons())
        reasons.push_back({{"value", r}, {"label", ctx.text(req, "report_reason_" + r)}, {"checked", r == reason}});
    json data{{"page_title", ctx.text(req, "report_title")},
              {"listing_id", view.listing.id},
              {"title", view.listing.title},
              {"seller_name", view.sellerName},
              {"reasons", reasons},
              {"details", details},
              {"error", error},
              {"max_chars", std::to_string(ctx.reports->settings().detailsMaxChars)}};
    return renderPage(ctx, req, "report", std::move(data), status);
}

http::Response reportGet(WebContext &ctx, http::Request &req)
{
    const auto view = reportable(ctx, req);
    if (!view || !ctx.reports)
        return errorPage(ctx, req, 404);
    return reportForm(ctx, req, *view, "", "", "");
}

http::Response reportPost(WebContext &ctx, http::Request &req)
{
    const auto view = reportable(ctx, req);
    if (!view || !ctx.reports)
        return errorPage(ctx, req, 404);
    const auto reason = req.formValue("reason");
    const auto details = req.formValue("details");
    try {
        ctx.reports->report(*req.user, view->listing.id, reason, details, store::nowSeconds());
    } catch (const orders::OrderError &e) {
        if (e.code == "already_reported") {
            // Nothing lost: the first report stands, and the page says so.
        } else {
            const std::string key = e.code == "too_many_reports" ? "report_error_limit"
                                    : e.field == "reason"         ? "report_error_reason"
                                    : e.field == "details" && details.empty() ? "report_error_details_needed"
                                                                              : "report_error_details";
            return reportForm(ctx, req, *view, reason, details, ctx.text(req, key), e.status == 429 ? 429 : 422);
        }
    }
    json data{{"page_title", ctx.text(req, "report_sent_title")},
              {"listing_id", view->listing.id},
              {"title", view->listing.title},
              {"sent", true}};
    return renderPage(ctx, req, "report", std::move(data));
}

} // namespace

void addReportPages(http::Router &router, WebContext &ctx)
{
    router.add("GET", "/listings/{id}/report", http::RouteKind::Web, true,
               [&ctx](http::Request &r) { return reportGet(ctx, r); });
    router.add("POST", "/listings/{id}/report", http::RouteKind::Web, true,
               [&ctx](http::Request &r) { return reportPost(ctx, r); });
}

} // namespace caravan::web
