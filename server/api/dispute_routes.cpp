#include "api/dispute_routes.h"

#include "api/idempotent.h"
#include "api/routes.h"
#include "escrow/ledger.h"
#include "orders/escrow_services.h"
#include "orders/order_json.h"
#include "store/audit_log.h"
#include "store/evidence.h"
#include "store/ledger.h"

#include "listing/listing.h"

namespace caravan::api {

using http::Response;
using nlohmann::json;
using orders::OrderError;

namespace {

std::int64_t now()
{
    return store::nowSeconds();
}

std::vector<std::string> photosOf(const json &doc)
{
    const auto photos = doc.value("photos", json::array());
    if (!photos.is_array())
        throw OrderError(422, "invalid", "photos must be a list of SHA-256 ids.", "photos");
    std::vector<std::string> out;
    for (const auto &p : photos) {
        if (!p.is_string())
            throw OrderError(422, "invalid", "photos must be a list of SHA-256 ids.", "photos");
        out.push_back(p.get<std::string>());
    }
    return out;
}

std::string textOf(const json &doc, const char *field)
{
    const auto v = doc.value(field, json(""));
    if (!v.is_string())
        throw OrderError(422, "invalid", std::string(field) + " must be text.", field);
    return v.get<std::string>();
}

// Runs a request with a JSON body that changes a dispute; refusals become their JSON answers.
template <typename Fn> Response withBody(http::Request &req, Fn fn)
{
    std::optional<Response> error;
    const auto doc = parseJsonObject(req, error);
    if (!doc)
        return *error;
    try {
        return fn(*doc);
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
}

json disputeWithEvents(store::Database &db, const store::DisputeRecord &d)
{
    json events = json::array();
    for (const auto &e : store::DisputeStore::events(db, d.id))
        events.push_back(orders::disputeEventJson(e));
    return {{"dispute", orders::disputeJson(d)}, {"events", events}};
}

// A money-moving party action under its Idempotency-Key: the answer is stored with the effect.
template <typename Fn> Response moving(DisputeApiContext &ctx, http::Request &req, int status, Fn fn)
{
    auto &escrow = ctx.escrow;
    auto r = runIdempotent(escrow.idempotency(), req, now(), [&](IdempotentRequest &call, std::int64_t t) {
        std::string body;
        fn(t, [&](store::Transaction &tx, const store::DisputeRecord &d) {
            body = json{{"dispute", orders::disputeJson(d)}}.dump();
            escrow.idempotency().finish(tx, call.key, status, body);
        });
        return storedJson(status, body);
    });
    if (r.status < 300 && ctx.moneyMoved)
        ctx.moneyMoved();
    return r;
}

Response openDispute(DisputeApiContext &ctx, http::Request &req)
{
    return withBody(req, [&](const json &doc) {
        const auto d = ctx.escrow.disputes().open(
            *req.user, {req.param("id"), textOf(doc, "reason"), textOf(doc, "text"), photosOf(doc)}, now());
        return Response::json(201, disputeWithEvents(ctx.escrow.orders().database(), d));
    });
}

Response listMine(DisputeApiContext &ctx, http::Request &req)
{
    json list = json::array();
    for (const auto &d : store::DisputeStore::ofUser(ctx.escrow.orders().database(), req.user->id, 200))
        list.push_back(orders::disputeJson(d));
    return Response::json(200, {{"disputes", list}});
}

Response getDispute(DisputeApiContext &ctx, http::Request &req)
{
    const auto d = ctx.escrow.disputes().visibleTo(*req.user, req.param("id"));
    if (!d || (d->buyerId != req.user->id && d->sellerId != req.user->id))
        return Response::jsonError(404, "not_found", "There is no such dispute.");
    auto &db = ctx.escrow.orders().database();
    auto body = disputeWithEvents(db, *d);
    if (const auto order = store::OrderStore::load(db, d->orderId)) {
        const auto viewer = order->buyerId == req.user->id ? orders::Viewer::Buyer : orders::Viewer::Seller;
        const auto events = store::OrderStore::events(db, order->id);
        body["order"] = orders::orderJson(*order, viewer, &events);
    }
    return Response::json(200, body);
}

Response answer(DisputeApiContext &ctx, http::Request &req)
{
    return withBody(req, [&](const json &doc) {
        const auto d = ctx.escrow.disputes().answer(
            *req.user, req.param("id"), {textOf(doc, "text"), photosOf(doc), doc.value("offer", json())}, now());
        return Response::json(200, disputeWithEvents(ctx.escrow.orders().database(), d));
    });
}

Response message(DisputeApiContext &ctx, http::Request &req)
{
    return withBody(req, [&](const json &doc) {
        const auto d =
            ctx.escrow.disputes().addMessage(*req.user, req.param("id"), textOf(doc, "text"), photosOf(doc), now());
        return Response::json(201, disputeWithEvents(ctx.escrow.orders().database(), d));
    });
}

Response escalate(DisputeApiContext &ctx, http::Request &req)
{
    return withBody(req, [&](const json &doc) {
        const auto d = ctx.escrow.disputes().escalate(*req.user, req.param("id"), textOf(doc, "text"), now());
        return Response::json(200, disputeWithEvents(ctx.escrow.orders().database(), d));
    });
}

Response returnShipment(DisputeApiContext &ctx, http::Request &req)
{
    return withBody(req, [&](const json &doc) {
        const auto d = ctx.escrow.disputes().returnShipped(*req.user, req.param("id"), textOf(doc, "carrier"),
                                                           textOf(doc, "tracking_number"), now());
        return Response::json(200, disputeWithEvents(ctx.escrow.orders().database(), d));
    });
}

Response acceptOffer(DisputeApiContext &ctx, http::Request &req)
{
    return moving(ctx, req, 200, [&](std::int64_t t, const orders::DisputeInTransaction &also) {
        ctx.escrow.disputes().acceptOffer(*req.user, req.param("id"), t, also);
    });
}

Response withdraw(DisputeApiContext &ctx, http::Request &req)
{
    return moving(ctx, req, 200, [&](std::int64_t t, const orders::DisputeInTransaction &also) {
        ctx.escrow.disputes().withdraw(*req.user, req.param("id"), t, also);
    });
}

Response returnReceived(DisputeApiContext &ctx, http::Request &req)
{
    return moving(ctx, req, 200, [&](std::int64_t t, const orders::DisputeInTransaction &also) {
        ctx.escrow.disputes().returnReceived(*req.user, req.param("id"), t, also);
    });
}

// --- staff ---

json historyJson(const store::PartyHistory &h)
{
    return {{"user_id", h.userId},
            {"display_name", h.displayName},
            {"country", h.country},
            {"member_since", listing::formatUtcTimestamp(h.createdAt)},
            {"orders_as_buyer", h.ordersAsBuyer},
            {"orders_as_seller", h.ordersAsSeller},
            {"disputes_as_buyer", h.disputesAsBuyer},
            {"disputes_as_seller", h.disputesAsSeller},
            {"refunds_won_as_buyer", h.outcomesForBuyer},
            {"releases_won_as_seller", h.outcomesForSeller}};
}

Response staffQueue(DisputeApiContext &ctx, http::Request &req)
{
    store::DisputeQueueFilter f;
    f.status = req.queryValue("status");
    f.reason = req.queryValue("reason");
    if (req.queryValue("assigned") == "me")
        f.assignedTo = req.user->id;
    try {
        if (!req.queryValue("min_total").empty())
            f.minTotal = std::stoll(req.queryValue("min_total"));
        if (!req.queryValue("older_than_days").empty())
            f.openedBefore = now() - std::stoll(req.queryValue("older_than_days")) * 86400;
    } catch (const std::exception &) {
        return Response::jsonError(400, "invalid_request", "min_total and older_than_days are whole numbers.");
    }
    f.from = req.queryValue("from");
    f.to = req.queryValue("to");
    json rows = json::array();
    for (const auto &row : store::DisputeStore::queue(ctx.escrow.orders().database(), f)) {
        auto j = orders::disputeJson(row.dispute);
        j["currency"] = row.buyerCurrency;
        j["total_minor"] = row.totalMinor;
        j["seller_country"] = row.sellerCountry;
        j["destination"] = row.destination;
        j["title"] = row.title;
        rows.push_back(std::move(j));
    }
    return Response::json(200, {{"disputes", rows}});
}

Response staffCase(DisputeApiContext &ctx, http::Request &req)
{
    auto &db = ctx.escrow.orders().database();
    const auto d = store::DisputeStore::load(db, req.param("id"));
    if (!d)
        return Response::jsonError(404, "not_found", "There is no such dispute.");
    auto body = disputeWithEvents(db, *d);
    if (const auto order = store::OrderStore::load(db, d->orderId)) {
        const auto events = store::OrderStore::events(db, order->id);
        body["order"] = orders::orderJson(*order, orders::Viewer::Seller, &events);
        body["ship_to"] = order->shipTo;
        body["listing_snapshot"] = order->listingSnapshot;
        body["pricing"] = order->pricing;
    }
    json evidence = json::array();
    for (const auto &e : store::EvidenceStore::ofOrder(db, d->orderId)) {
        json photos = json::array();
        for (const auto &p : e.photos)
            photos.push_back({{"sha256", p.sha256}, {"byte_size", p.byteSize}});
        evidence.push_back({{"id", e.id},
                            {"received_at", listing::formatUtcTimestamp(e.receivedAt)},
                            {"seal_sha256", e.sealSha256},
                            {"data", e.data},
                            {"photos", photos}});
    }
    body["evidence"] = evidence;
    json ledger = json::array();
    for (const auto &row : store::LedgerStore::entriesOfOrder(db, d->orderId))
        ledger.push_back({{"seq", row.entry.seq},
                          {"business_key", row.transaction.businessKey},
                          {"kind", row.transaction.kind},
                          {"account", row.entry.account},
                          {"currency", row.entry.currency},
                          {"amount_minor", row.entry.amount},
                          {"at", listing::formatUtcTimestamp(row.transaction.createdAt)}});
    body["ledger"] = ledger;
    body["buyer"] = historyJson(store::DisputeStore::history(db, d->buyerId));
    body["seller"] = historyJson(store::DisputeStore::history(db, d->sellerId));
    // The case shows both parties' personal data (address, history): every view is on the audit log.
    store::AuditEntry seen;
    seen.actorId = req.user->id;
    seen.action = "dispute.case_viewed";
    seen.subjectType = "dispute";
    seen.subjectId = d->id;
    seen.detail = {{"order_id", d->orderId}};
    store::AuditLog::record(db, seen);
    return Response::json(200, body);
}

Response staffClaim(DisputeApiContext &ctx, http::Request &req)
{
    try {
        const auto d = ctx.escrow.disputes().claim(*req.user, req.param("id"), now());
        return Response::json(200, {{"dispute", orders::disputeJson(d)}});
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
}

Response staffDecision(DisputeApiContext &ctx, http::Request &req)
{
    std::optional<Response> error;
    const auto doc = parseJsonObject(req, error);
    if (!doc)
        return *error;
    orders::DisputeDecision decision;
    try {
        decision.outcome = textOf(*doc, "outcome");
        decision.note = textOf(*doc, "note");
        const auto refund = doc->value("refund_minor", json(0));
        const auto fee = doc->value("buyer_fee_refunded", json(false));
        if (!refund.is_number_integer() || !fee.is_boolean())
            throw OrderError(422, "invalid", "refund_minor is a whole number, buyer_fee_refunded true or false.");
        decision.refundMinor = refund.get<std::int64_t>();
        decision.buyerFeeRefunded = fee.get<bool>();
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
    return moving(ctx, req, 200, [&](std::int64_t t, const orders::DisputeInTransaction &also) {
        try {
            ctx.escrow.disputes().decide(*req.user, req.param("id"), decision, t, also);
        } catch (const escrow::LedgerError &e) {
            throw OrderError(422, "invalid_amount", e.what(), "refund_minor");
        }
    });
}

Response staffApprove(DisputeApiContext &ctx, http::Request &req)
{
    return moving(ctx, req, 200, [&](std::int64_t t, const orders::DisputeInTransaction &also) {
        ctx.escrow.disputes().approve(*req.user, req.param("id"), t, also);
    });
}

Response staffReject(DisputeApiContext &ctx, http::Request &req)
{
    return withBody(req, [&](const json &doc) {
        const auto d = ctx.escrow.disputes().reject(*req.user, req.param("id"), textOf(doc, "note"), now());
        return Response::json(200, {{"dispute", orders::disputeJson(d)}});
    });
}

} // namespace

void addDisputeRoutes(http::Router &router, DisputeApiContext &ctx)
{
    using http::RouteKind;
    const auto party = [&](const char *method, const char *path, Response (*fn)(DisputeApiContext &, http::Request &)) {
        router.add(method, path, RouteKind::Api, true, [&ctx, fn](http::Request &r) { return fn(ctx, r); });
    };
    const auto staff = [&](const char *method, const char *path, Response (*fn)(DisputeApiContext &, http::Request &)) {
        router.addForRole(method, path, RouteKind::Api, "staff", [&ctx, fn](http::Request &r) { return fn(ctx, r); });
    };
    party("POST", "/api/v1/orders/{id}/dispute", openDispute);
    party("GET", "/api/v1/disputes", listMine);
    party("GET", "/api/v1/disputes/{id}", getDispute);
    party("POST", "/api/v1/disputes/{id}/answer", answer);
    party("POST", "/api/v1/disputes/{id}/messages", message);
    party("POST", "/api/v1/disputes/{id}/escalate", escalate);
    party("POST", "/api/v1/disputes/{id}/return-shipment", returnShipment);
    party("POST", "/api/v1/disputes/{id}/accept-offer", acceptOffer);
    party("POST", "/api/v1/disputes/{id}/withdraw", withdraw);
    party("POST", "/api/v1/disputes/{id}/return-received", returnReceived);
    staff("GET", "/api/v1/staff/disputes", staffQueue);
    staff("GET", "/api/v1/staff/disputes/{id}", staffCase);
    staff("POST", "/api/v1/staff/disputes/{id}/claim", staffClaim);
    staff("POST", "/api/v1/staff/disputes/{id}/decision", staffDecision);
    staff("POST", "/api/v1/staff/disputes/{id}/approve", staffApprove);
    staff("POST", "/api/v1/staff/disputes/{id}/reject", staffReject);
}

} // namespace caravan::api
