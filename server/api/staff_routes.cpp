#include "api/staff_routes.h"

#include "api/idempotent.h"
#include "api/routes.h"
#include "orders/order_json.h"
#include "orders/order_service.h"
#include "staff/report_service.h"
#include "store/audit_log.h"
#include "store/photo_files.h"
#include "store/sync_store.h"

namespace caravan::api {

using http::Response;
using nlohmann::json;
using orders::OrderError;
using orders::timeOrNull;

namespace {

json queueRowJson(const store::ReportedListing &q)
{
    json reasons = json::object();
    for (const auto &[reason, count] : q.reasons)
        reasons[reason] = count;
    return {{"listing_id", q.listingId},
            {"title", q.title},
            {"seller_id", q.sellerId},
            {"seller_name", q.sellerName},
            {"listing_status", q.listingStatus},
            {"moderation", store::syncModeration(q.moderation)},
            {"reports", q.reports},
            {"reasons", reasons},
            {"first_reported_at", timeOrNull(q.firstReportedAt)},
            {"last_reported_at", timeOrNull(q.lastReportedAt)},
            {"status", q.status}};
}

json caseJson(const staff::ReportCase &c)
{
    const auto &l = c.listing.listing;
    json listing{{"id", l.id},
                 {"title", l.title},
                 {"description", l.description},
                 {"price_minor", l.priceMinor},
                 {"currency", l.currency},
                 {"category", l.category},
                 {"condition", l.condition},
                 {"seller_id", l.sellerId},
                 {"seller_name", c.listing.sellerName},
                 {"seller_country", c.listing.sellerCountry},
                 {"status", l.status},
                 {"moderation", store::syncModeration(l.moderationStatus)},
                 {"moderation_reason", l.moderationReason},
                 {"photos", l.photos}};
    json reports = json::array();
    for (const auto &r : c.reports)
        reports.push_back({{"id", r.id},
                           {"reason", r.reason},
                           {"details", r.details},
                           {"reporter_id", r.reporterId},
                           {"reporter_name", r.reporterName},
                           {"created_at", timeOrNull(r.createdAt)},
                           {"status", r.status},
                           {"decided_by", r.decidedBy},
                           {"decided_at", timeOrNull(r.decidedAt)},
                           {"note", r.note}});
    return {{"listing", listing}, {"reports", reports}};
}

Response reportQueue(StaffApiContext &ctx, http::Request &req)
{
    try {
        json rows = json::array();
        for (const auto &q : ctx.reports.queue(req.queryValue("status"), 200))
            rows.push_back(queueRowJson(q));
        return Response::json(200, {{"reports", rows}});
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
}

Response reportCase(StaffApiContext &ctx, http::Request &req)
{
    const auto c = ctx.reports.view(*req.user, req.param("listing"), store::nowSeconds());
    if (!c)
        return Response::jsonError(404, "no_listing", "There is no such listing.");
    return Response::json(200, caseJson(*c));
}

Response reportDecision(StaffApiContext &ctx, http::Request &req)
{
    std::optional<Response> error;
    const auto body = parseJsonObject(req, error);
    if (!body)
        return *error;
    try {
        const auto decision = body->value("decision", json());
        const auto note = body->value("note", json(""));
        if (!decision.is_string() || !note.is_string())
            throw OrderError(422, "invalid", "decision is remove or dismiss, note a string.", "decision");
        const auto c = ctx.reports.decide(*req.user, req.param("listing"), decision.get<std::string>(),
                                          note.get<std::string>(), store::nowSeconds());
        return Response::json(200, caseJson(c));
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
}

Response riskFlags(StaffApiContext &ctx, http::Request &req)
{
    const auto now = store::nowSeconds();
    json flags = json::array();
    for (const auto &f : staff::riskFlags(ctx.db, ctx.rules, ctx.risk, now))
        flags.push_back({{"kind", f.kind},
                         {"user_id", f.userId},
                         {"email", f.email},
                         {"display_name", f.displayName},
                         {"account_created_at", timeOrNull(f.accountCreatedAt)},
                         {"since", timeOrNull(f.since)},
                         {"figures", f.figures},
                         {"explanation", f.explanation}});
    // The flags name accounts and their email addresses: the view is on the audit log.
    store::AuditEntry seen;
    seen.at = now;
    seen.actorId = req.user->id;
    seen.action = "risk_flags.viewed";
    seen.subjectType = "risk_flags";
    seen.detail = {{"flags", flags.size()}};
    store::AuditLog::record(ctx.db, seen);
    return Response::json(200, {{"flags", flags}});
}

Response photo(StaffApiContext &ctx, http::Request &req)
{
    const auto sha = req.param("sha");
    auto bytes = store::PhotoFiles::isSha256Hex(sha) ? ctx.photos.read(sha) : std::nullopt;
    if (!bytes)
        return Response::jsonError(404, "no_photo", "There is no such photo.");
    store::AuditEntry seen;
    seen.actorId = req.user->id;
    seen.action = "photo.viewed";
    seen.subjectType = "photo";
    seen.subjectId = sha;
    store::AuditLog::record(ctx.db, seen);
    Response r = Response::text(200, std::move(*bytes));
    r.contentType = "image/jpeg";
    r.setHeader("Cache-Control", "no-store");
    return r;
}

} // namespace

void addStaffRoutes(http::Router &router, StaffApiContext &ctx)
{
    using Fn = Response (*)(StaffApiContext &, http::Request &);
    const auto staff = [&](const char *method, const char *path, Fn fn) {
        router.addForRole(method, path, http::RouteKind::Api, "staff",
                          [&ctx, fn](http::Request &r) { return fn(ctx, r); });
    };
    staff("GET", "/api/v1/staff/reports", reportQueue);
    staff("GET", "/api/v1/staff/reports/{listing}", reportCase);
    staff("POST", "/api/v1/staff/reports/{listing}/decision", reportDecision);
    staff("GET", "/api/v1/staff/risk-flags", riskFlags);
    staff("GET", "/api/v1/staff/photos/{sha}", photo);
}

} // namespace caravan::api
