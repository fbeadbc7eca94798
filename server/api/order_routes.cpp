#include "api/order_routes.h"

#include "api/idempotent.h"
#include "api/routes.h"
#include "escrow/ledger.h"
#include "listing/listing.h"
#include "orders/ledger_audit.h"
#include "orders/money_jobs.h"
#include "orders/order_json.h"
#include "orders/order_service.h"
#include "orders/payment_events.h"
#include "orders/payout_identity.h"
#include "payments/payment_provider.h"
#include "payments/tracking_provider.h"
#include "runtime/log.h"
#include "store/ledger.h"
#include "store/money_movements.h"
#include "store/orders.h"
#include "store/payout_identities.h"

#include <sstream>

namespace caravan::api {

using http::Response;
using nlohmann::json;
using orders::OrderError;

namespace {

orders::Viewer viewerOf(const store::OrderRecord &o, const store::User &u)
{
    return o.buyerId == u.id ? orders::Viewer::Buyer : orders::Viewer::Seller;
}

template <typename Op> Response idempotent(OrderApiContext &ctx, http::Request &req, Op op)
{
    return runIdempotent(ctx.idempotency, req, store::nowSeconds(), op);
}

// The answer with an order, stored under the request's key inside the transaction of the change.
orders::InTransaction finishWith(OrderApiContext &ctx, const IdempotentRequest &call, const store::User &user,
                                 int status, std::string &body)
{
    return [&ctx, &call, &user, status, &body](store::Transaction &tx, const store::OrderRecord &o) {
        body = orders::orderJson(o, viewerOf(o, user)).dump();
        ctx.idempotency.finish(tx, call.key, status, body);
    };
}

Response createOrder(OrderApiContext &ctx, http::Request &req)
{
    std::optional<Response> error;
    const auto doc = parseJsonObject(req, error);
    if (!doc)
        return *error;
    return idempotent(ctx, req, [&](IdempotentRequest &call, std::int64_t now) {
        const auto request = [&] {
            orders::NewOrder r;
            const auto listing = doc->find("listing_id");
            if (listing == doc->end() || !listing->is_string())
                throw OrderError(422, "required", "listing_id is required", "listing_id");
            r.listingId = listing->get<std::string>();
            const auto quantity = doc->value("quantity", json(1));
            if (!quantity.is_number_integer())
                throw OrderError(422, "invalid", "quantity must be a whole number", "quantity");
            r.quantity = quantity.get<std::int64_t>();
            r.shipTo = doc->value("ship_to", json());
            const auto service = doc->find("service");
            if (service == doc->end() || !service->is_string())
                throw OrderError(422, "required", "service is required", "service");
            r.serviceId = service->get<std::string>();
            return r;
        };
        std::string body;
        orders::placeOrder(ctx.orders, ctx.idempotency, call.key, call.claim, *req.user, request, now, 201,
                           [&](const store::OrderRecord &o) {
                               body = orders::orderJson(o, orders::Viewer::Buyer).dump();
                               return body;
                           });
        return storedJson(201, body);
    });
}

Response getOrder(OrderApiContext &ctx, http::Request &req)
{
    const auto order = ctx.orders.visibleTo(*req.user, req.param("id"));
    if (!order)
        return Response::jsonError(404, "not_found", "There is no such order.");
    const auto events = store::OrderStore::events(ctx.orders.database(), order->id);
    return Response::json(200, orders::orderJson(*order, viewerOf(*order, *req.user), &events));
}

std::vector<std::string> splitCommas(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find(',', start);
        const auto part = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!part.empty())
            out.push_back(part);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

Response listOrders(OrderApiContext &ctx, http::Request &req)
{
    store::OrderFilter filter;
    const auto role = req.queryValue("role");
    if (role.empty() || role == "buyer")
        filter.buyerId = req.user->id;
    else if (role == "seller")
        filter.sellerId = req.user->id;
    else
        return Response::jsonError(400, "invalid_request", "role must be buyer or seller.");
    for (const auto &s : splitCommas(req.queryValue("status"))) {
        if (!escrow::parseOrderState(s))
            return Response::jsonError(400, "invalid_request", "Unknown status \"" + s + "\".");
        filter.states.push_back(s);
    }
    if (const auto limit = req.queryValue("limit"); !limit.empty()) {
        try {
            filter.limit = std::clamp<std::int64_t>(std::stoll(limit), 1, 200);
        } catch (const std::exception &) {
            return Response::jsonError(400, "invalid_request", "limit must be a number from 1 to 200.");
        }
    }
    json list = json::array();
    for (const auto &o : store::OrderStore::list(ctx.orders.database(), filter))
        list.push_back(orders::orderJson(o, viewerOf(o, *req.user)));
    return Response::json(200, {{"orders", list}});
}

Response payOrder(OrderApiContext &ctx, http::Request &req)
{
    return idempotent(ctx, req, [&](IdempotentRequest &call, std::int64_t now) {
        std::string body;
        ctx.orders.ensureCheckout(*req.user, req.param("id"), now,
                                  finishWith(ctx, call, *req.user, 200, body));
        return storedJson(200, body);
    });
}

Response confirmReceipt(OrderApiContext &ctx, http::Request &req)
{
    return idempotent(ctx, req, [&](IdempotentRequest &call, std::int64_t now) {
        std::string body;
        ctx.orders.confirmReceipt(*req.user, req.param("id"), now,
                                  finishWith(ctx, call, *req.user, 200, body));
        return storedJson(200, body);
    });
}

// A review of a released order by its buyer or its seller (docs/marketplace.md, "Reviews"). Not money:
// no Idempotency-Key; a second review of the same author is a 409.
Response reviewOrder(OrderApiContext &ctx, http::Request &req)
{
    std::optional<Response> error;
    const auto doc = parseJsonObject(req, error);
    if (!doc)
        return *error;
    const auto order = ctx.orders.visibleTo(*req.user, req.param("id"));
    if (!order)
        return Response::jsonError(404, "not_found", "There is no such order.");
    const auto rating = doc->value("rating", json());
    const auto body = doc->value("body", json(""));
    if (!rating.is_number_integer() || !body.is_string())
        return Response::jsonError(422, "invalid", "Send {\"rating\": 1..5, \"body\": \"text\"}.");
    const auto outcome = orders::submitReview(ctx.orders.database(), *order, *req.user, rating.get<std::int64_t>(),
                                              body.get<std::string>(), ctx.reviews, store::nowSeconds());
    using O = orders::ReviewOutcome;
    switch (outcome) {
    case O::Saved:
        return Response::json(201, json{{"order_id", order->id}, {"status", "saved"}});
    case O::AlreadyWritten:
        return Response::jsonError(409, orders::toString(outcome), "You have reviewed this order already.");
    case O::NotReleased:
        return Response::jsonError(409, orders::toString(outcome), "Only a released order can be reviewed.");
    case O::WindowClosed:
        return Response::jsonError(409, orders::toString(outcome), "The time for reviewing this order has ended.");
    case O::BadRating:
        return Response::jsonError(422, orders::toString(outcome), "rating must be 1 to 5.");
    case O::TooLong:
        return Response::jsonError(422, orders::toString(outcome), "body is too long.");
    }
    return Response::jsonError(500, "internal", "unexpected review outcome");
}

Response cancelOrder(OrderApiContext &ctx, http::Request &req)
{
    auto r = idempotent(ctx, req, [&](IdempotentRequest &call, std::int64_t now) {
        std::string body;
        ctx.orders.cancel(*req.user, req.param("id"), now, finishWith(ctx, call, *req.user, 200, body));
        return storedJson(200, body);
    });
    if (r.status == 200 && ctx.moneyMoved)
        ctx.moneyMoved();
    return r;
}

Response shipOrder(OrderApiContext &ctx, http::Request &req)
{
    std::optional<Response> error;
    const auto doc = parseJsonObject(req, error);
    if (!doc)
        return *error;
    const auto carrier = doc->value("carrier", json());
    const auto tracking = doc->value("tracking_number", json());
    try {
        if (!carrier.is_string())
            throw OrderError(422, "required", "carrier is required", "carrier");
        if (!tracking.is_string())
            throw OrderError(422, "required", "tracking_number is required", "tracking_number");
        const auto o = ctx.orders.ship(*req.user, req.param("id"), carrier.get<std::string>(),
                                       tracking.get<std::string>(), store::nowSeconds());
        return Response::json(200, orders::orderJson(o, orders::Viewer::Seller));
    } catch (const OrderError &e) {
        return orderErrorResponse(e);
    }
}

json payoutJson(const store::PayoutRecord &p)
{
    return {{"id", p.id},
            {"currency", p.currency},
            {"amount", p.amountMinor},
            {"status", p.status},
            {"transfer", p.providerTransferId},
            {"created_at", listing::formatUtcTimestamp(p.createdAt)},
            {"updated_at", listing::formatUtcTimestamp(p.updatedAt)}};
}

Response getPayouts(OrderApiContext &ctx, http::Request &req)
{
    auto &db = ctx.orders.database();
    const auto &userId = req.user->id;
    std::map<std::string, json> balances;
    const auto entry = [&](const std::string &currency) -> json & {
        auto &b = balances[currency];
        if (b.is_null())
            b = {{"currency", currency}, {"held", 0}, {"payable", 0}, {"in_transit", 0}, {"paid_out", 0}};
        return b;
    };
    for (const auto &[currency, held] : store::OrderStore::heldForSeller(db, userId))
        entry(currency)["held"] = held;
    for (const auto &[currency, balance] :
         store::LedgerStore::balances(db, escrow::account::sellerPayable(userId)))
        entry(currency)["payable"] = -balance;
    for (const auto &t : store::MoneyMovementStore::payoutTotals(db, userId)) {
        entry(t.currency)["in_transit"] = t.inTransit;
        entry(t.currency)["paid_out"] = t.paidOut;
    }
    json list = json::array();
    for (const auto &p : store::MoneyMovementStore::payoutsOfSeller(db, userId, 100))
        list.push_back(payoutJson(p));
    json out = json::array();
    for (auto &[currency, b] : balances) {
        const auto minimum = ctx.money.minimumIn(currency, store::nowSeconds());
        b["minimum"] = minimum ? json(*minimum) : json();
        out.push_back(b);
    }
    const auto identity = store::PayoutIdentityStore::load(db, userId);
    const auto wait = orders::identityWait(db, ctx.money.identityRequired(), userId);
    return Response::json(200, {{"identity_status", identity ? identity->status : "not_submitted"},
                                {"identity_reason", identity ? identity->reason : ""},
                                {"payouts_wait", wait.empty() ? json() : json(wait)},
                                {"balances", out},
                                {"payouts", list}});
}

// One payout of the caller's with the ledger lines it paid out: the releases it covers (with the order
// and its title) and their fees. Another seller's payout is 404.
Response getPayout(OrderApiContext &ctx, http::Request &req)
{
    auto &db = ctx.orders.database();
    const auto payout = store::MoneyMovementStore::payout(db, req.param("id"));
    if (!payout || payout->sellerId != req.user->id)
        return Response::jsonError(404, "not_found", "You have no payout with this id.");
    json lines = json::array();
    std::map<std::string, std::string> titles;
    for (const auto &row : orders::payoutLines(db, payout->sellerId, payout->id, payout->currency)) {
        const auto &t = row.transaction;
        if (!t.orderId.empty() && !titles.count(t.orderId)) {
            const auto order = store::OrderStore::load(db, t.orderId);
            titles[t.orderId] = order ? order->listingSnapshot.value("title", "") : "";
        }
        lines.push_back({{"seq", row.entry.seq},
                         {"at", listing::formatUtcTimestamp(t.createdAt)},
                         {"kind", t.kind},
                         {"business_key", t.businessKey},
                         {"order_id", t.orderId},
                         {"title", t.orderId.empty() ? "" : titles[t.orderId]},
                         // From the seller's side: money in (a release) is positive, a fee negative.
                         {"amount", -row.entry.amount},
                         {"memo", t.memo}});
    }
    auto out = payoutJson(*payout);
    out["lines"] = lines;
    return Response::json(200, out);
}

// The seller's own ledger lines (the seller_payable account), the same CSV as
// `caravan-cli ledger export --seller`: every release credited, every fee and payout debited, with the
// running balance, so the lines add up exactly to the payouts and what is still payable.
Response payoutLedgerCsv(OrderApiContext &ctx, http::Request &req)
{
    std::ostringstream out;
    orders::exportSellerCsv(ctx.orders.database(), req.user->id, out);
    Response r = Response::text(200, out.str());
    r.contentType = "text/csv; charset=utf-8";
    r.setHeader("Content-Disposition", "attachment; filename=\"caravan-ledger.csv\"");
    r.setHeader("Cache-Control", "no-store");
    return r;
}

Response requestPayout(OrderApiContext &ctx, http::Request &req)
{
    std::optional<Response> error;
    const auto doc = parseJsonObject(req, error);
    if (!doc)
        return *error;
    auto r = idempotent(ctx, req, [&](IdempotentRequest &call, std::int64_t now) {
        const auto currency = doc->value("currency", json());
        if (!currency.is_string() || !money::looksLikeCurrencyCode(currency.get<std::string>()))
            throw OrderError(422, "invalid", "currency must be an ISO 4217 code such as JPY", "currency");
        std::string body;
        ctx.money.requestPayout(*req.user, currency.get<std::string>(), now,
                                [&](store::Transaction &tx, const store::PayoutRecord &p) {
                                    body = payoutJson(p).dump();
                                    ctx.idempotency.finish(tx, call.key, 201, body);
                                });
        return storedJson(201, body);
    });
    if (r.status == 201 && ctx.moneyMoved)
        ctx.moneyMoved();
    return r;
}

Response paymentWebhook(OrderApiContext &ctx, http::Request &req)
{
    if (!ctx.provider)
        return Response::jsonError(404, "not_found", "Payments are not configured on this server.");
    payments::PaymentEvent event;
    try {
        event = ctx.provider->verifyWebhook(req.body, req.header("stripe-signature"), store::nowSeconds());
    } catch (const payments::WebhookError &e) {
        server::logEvent(server::LogLevel::Warn, "webhook_rejected",
                         {{"reason", e.what()}, {"client", req.clientAddress}});
        return Response::jsonError(400, "invalid_signature", e.what());
    }
    const auto result = ctx.events.handle(event, store::nowSeconds());
    if (ctx.moneyMoved)
        ctx.moneyMoved();
    return Response::json(200,
                          {{"received", true},
                           {"result", result == orders::PaymentEvents::Result::Applied     ? "applied"
                                      : result == orders::PaymentEvents::Result::Duplicate ? "duplicate"
                                                                                           : "ignored"}});
}

Response trackingWebhook(OrderApiContext &ctx, http::Request &req)
{
    if (!ctx.tracking)
        return Response::jsonError(404, "not_found", "Carrier tracking is not configured on this server.");
    payments::TrackingUpdate update;
    try {
        update = ctx.tracking->verifyWebhook(req.body, req.header("x-hmac-signature"));
    } catch (const payments::WebhookError &e) {
        server::logEvent(server::LogLevel::Warn, "webhook_rejected",
                         {{"reason", e.what()}, {"client", req.clientAddress}});
        return Response::jsonError(400, "invalid_signature", e.what());
    }
    const auto result = ctx.events.handleTracking(update, store::nowSeconds());
    return Response::json(200,
                          {{"received", true},
                           {"result", result == orders::PaymentEvents::Result::Applied     ? "applied"
                                      : result == orders::PaymentEvents::Result::Duplicate ? "duplicate"
                                                                                           : "ignored"}});
}

} // namespace

void addOrderRoutes(http::Router &router, OrderApiContext &ctx)
{
    using http::RouteKind;
    const auto api = [&](const char *method, const char *path,
                         Response (*fn)(OrderApiContext &, http::Request &)) {
        router.add(method, path, RouteKind::Api, true, [&ctx, fn](http::Request &r) { return fn(ctx, r); });
    };
    api("POST", "/api/v1/orders", createOrder);
    api("GET", "/api/v1/orders", listOrders);
    api("GET", "/api/v1/orders/{id}", getOrder);
    api("POST", "/api/v1/orders/{id}/pay", payOrder);
    api("POST", "/api/v1/orders/{id}/confirm-receipt", confirmReceipt);
    api("POST", "/api/v1/orders/{id}/review", reviewOrder);
    api("POST", "/api/v1/orders/{id}/cancel", cancelOrder);
    api("POST", "/api/v1/orders/{id}/ship", shipOrder);
    api("GET", "/api/v1/payouts", getPayouts);
    api("POST", "/api/v1/payouts", requestPayout);
    api("GET", "/api/v1/payouts/ledger.csv", payoutLedgerCsv);
    // After every other /api/v1/payouts/<name> route (ledger.csv, identity): the first match wins.
    api("GET", "/api/v1/payouts/{id}", getPayout);
    // The provider's and the carrier's webhooks carry no user: their signature is what is checked.
    router.add("POST", "/api/v1/webhooks/payments", RouteKind::Public, false,
               [&ctx](http::Request &r) { return paymentWebhook(ctx, r); });
    router.add("POST", "/api/v1/webhooks/tracking", RouteKind::Public, false,
               [&ctx](http::Request &r) { return trackingWebhook(ctx, r); });
}

} // namespace caravan::api
