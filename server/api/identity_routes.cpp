#include "api/identity_routes.h"

#include "api/idempotent.h"
#include "api/routes.h"
#include "listing/listing.h"
#include "orders/order_json.h"
#include "orders/order_service.h"
#include "orders/payout_identity.h"
#include "runtime/log.h"
#include "store/audit_log.h"
#include "store/users.h"

namespace caravan::api {

using http::Response;
using nlohmann::json;
using orders::OrderError;
using orders::timeOrNull;

namespace {

// What the seller sees of their own record: the state, the reason, the dates and the fields they sent;
// of the document only that it was received (never its bytes).
json sellerJson(IdentityApiContext &ctx, const std::string &userId)
{
    const auto identity = ctx.identities.of(userId);
    json out{{"status", identity ? identity->status : "not_submitted"},
             {"required", ctx.required},
             {"payouts_wait", json()},
             {"reason", identity ? identity->reason : ""},
             {"submitted_at", timeOrNull(identity ? identity->submittedAt : 0)},
             {"reviewed_at", timeOrNull(identity ? identity->reviewedAt : 0)},
             {"can_submit", !identity || identity->status != "verified"},
             {"retention_days", ctx.identities.settings().retentionSeconds / 86400},
             {"max_document_bytes", ctx.identities.settings().maxDocumentBytes}};
    if (const auto wait = orders::identityWait(ctx.identities.database(), ctx.required, userId);
        !wait.empty())
        out["payouts_wait"] = wait;
    if (identity) {
        out["legal_name"] = identity->legalName;
        out["date_of_birth"] = identity->dateOfBirth;
        out["address"] = identity->address;
        out["document"] = {{"media_type", identity->documentType},
                           {"size", identity->documentSize},
                           {"deleted_at", timeOrNull(identity->documentDeletedAt)}};
    }
    return out;
}

Response getIdentity(IdentityApiContext &ctx, http::Request &req)
{
    return Response::json(200, sellerJson(ctx, req.user->id));
}

Response putIdentity(IdentityApiContext &ctx, http::Request &req)
{
    std::optional<Response> error;
    const auto body = parseJsonObject(req, error);
    if (!body)
        return *error;
    try {
        ctx.identities.submit(*req.user, *body, store::nowSeconds());
        return Response::json(200, sellerJson(ctx, req.user->id));
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
}

json staffJson(IdentityApiContext &ctx, const store::PayoutIdentity &p, bool full)
{
    const auto user = ctx.users.findById(p.userId);
    json out{{"user_id", p.userId},
             {"email", user ? user->email : ""},
             {"display_name", user ? user->displayName : ""},
             {"legal_name", p.legalName},
             {"status", p.status},
             {"submitted_at", timeOrNull(p.submittedAt)},
             {"reviewed_at", timeOrNull(p.reviewedAt)}};
    if (!full)
        return out;
    out["account_country"] = user ? user->country : "";
    out["date_of_birth"] = p.dateOfBirth;
    out["address"] = p.address;
    out["reason"] = p.reason;
    out["reviewed_by"] = p.reviewedBy;
    out["document"] = {{"media_type", p.documentType},
                       {"size", p.documentSize},
                       {"sha256", p.documentSha256},
                       {"kept", p.documentKept()},
                       {"deleted_at", timeOrNull(p.documentDeletedAt)}};
    return out;
}

// A member of staff saw a seller's identity or its document: on the audit log (docs/security.md).
void auditView(IdentityApiContext &ctx, const http::Request &req, const char *action)
{
    store::AuditEntry seen;
    seen.actorId = req.user->id;
    seen.action = action;
    seen.subjectType = "payout_identity";
    seen.subjectId = req.param("user");
    store::AuditLog::record(ctx.identities.database(), seen);
}

Response staffList(IdentityApiContext &ctx, http::Request &req)
{
    try {
        json list = json::array();
        for (const auto &p : ctx.identities.list(req.queryValue("status")))
            list.push_back(staffJson(ctx, p, false));
        return Response::json(200, {{"identities", list}});
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
}

Response staffGet(IdentityApiContext &ctx, http::Request &req)
{
    const auto identity = ctx.identities.of(req.param("user"));
    if (!identity)
        return Response::jsonError(404, "no_identity", "This user has not submitted a payout identity.");
    server::logEvent(server::LogLevel::Info, "payout_identity_viewed",
                     {{"user", identity->userId}, {"staff", req.user->id}});
    auditView(ctx, req, "payout_identity.viewed");
    return Response::json(200, staffJson(ctx, *identity, true));
}

Response staffDocument(IdentityApiContext &ctx, http::Request &req)
{
    try {
        const auto document = ctx.identities.document(req.param("user"));
        server::logEvent(server::LogLevel::Info, "payout_identity_document_viewed",
                         {{"user", req.param("user")}, {"staff", req.user->id}});
        auditView(ctx, req, "payout_identity.document_viewed");
        Response r = Response::text(200, document.bytes);
        r.contentType = document.mediaType;
        r.setHeader("Cache-Control", "no-store");
        const std::string extension = document.mediaType == "application/pdf" ? "pdf"
                                      : document.mediaType == "image/png"     ? "png"
                                                                              : "jpg";
        r.setHeader("Content-Disposition", "attachment; filename=\"identity-document." + extension + "\"");
        return r;
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
}

Response staffDecision(IdentityApiContext &ctx, http::Request &req)
{
    std::optional<Response> error;
    const auto body = parseJsonObject(req, error);
    if (!body)
        return *error;
    try {
        const auto decision = body->value("decision", json());
        if (!decision.is_string() || (decision != "approve" && decision != "refuse"))
            throw OrderError(422, "invalid", "decision is approve or refuse", "decision");
        const auto reason = body->value("reason", json(""));
        if (!reason.is_string())
            throw OrderError(422, "invalid", "reason must be a string", "reason");
        const auto decided =
            ctx.identities.decide(req.param("user"), decision == "approve", reason.get<std::string>(),
                                  req.user->id, store::nowSeconds());
        return Response::json(200, staffJson(ctx, decided, true));
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
}

} // namespace

std::size_t identityBodyLimit(std::int64_t maxDocumentBytes)
{
    return static_cast<std::size_t>((maxDocumentBytes + 2) / 3 * 4 + 64 * 1024);
}

void addIdentityRoutes(http::Router &router, IdentityApiContext &ctx)
{
    using http::RouteKind;
    using Fn = Response (*)(IdentityApiContext &, http::Request &);
    const auto own = [&](const char *method, const char *path, Fn fn) {
        router.add(method, path, RouteKind::Api, true, [&ctx, fn](http::Request &r) { return fn(ctx, r); });
    };
    const auto staff = [&](const char *method, const char *path, Fn fn) {
        router.addForRole(method, path, RouteKind::Api, "staff",
                          [&ctx, fn](http::Request &r) { return fn(ctx, r); });
    };
    own("GET", kIdentityPath, getIdentity);
    own("PUT", kIdentityPath, putIdentity);
    staff("GET", "/api/v1/staff/identities", staffList);
    staff("GET", "/api/v1/staff/identities/{user}", staffGet);
    staff("GET", "/api/v1/staff/identities/{user}/document", staffDocument);
    staff("POST", "/api/v1/staff/identities/{user}/decision", staffDecision);
}

} // namespace caravan::api
