// Checkout and the buyer's order pages (docs/escrow.md): the order is placed through the same order
// service as the API, under an idempotency key carried by the form, so a double click or a reload never
// places or charges twice.
#include "accounts/crypto.h"
#include "escrow/pricing.h"
#include "listing/listing_json.h"
#include "orders/escrow_services.h"
#include "orders/order_service.h"
#include "store/addresses.h"
#include "store/messages.h"
#include "store/orders.h"
#include "store/sync_store.h"
#include "web/marketplace.h"

namespace caravan::web {

using nlohmann::json;
using orders::OrderError;

http::Response listingPage(WebContext &ctx, http::Request &req); // listing_page.cpp
json landedCostTable(const WebContext &ctx, const http::Request &req, const listing::Listing &l,
                     const std::string &destination, std::int64_t quantity);

// The key of a form that moves money: the form's hidden `action_key` (made when the page was drawn),
// scoped to the user and the form's path; the body hash covers every field but the CSRF token.
store::IdempotencyStore::Request formKey(const http::Request &req)
{
    std::string fields;
    for (const auto &[name, value] : req.form())
        if (name != "csrf_token")
            fields += name + "=" + value + "\n";
    return {req.user->id, "web:" + req.formValue("action_key"), "POST", req.path, accounts::sha256Hex(fields)};
}

bool validActionKey(const std::string &key)
{
    return key.size() >= 16 && key.size() <= 64 &&
           std::all_of(key.begin(), key.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; });
}

namespace {

const char *kAddressFields[] = {"name", "line1", "line2", "city", "postal_code", "region", "phone"};

std::optional<listing::Listing> buyableListing(WebContext &ctx, const std::string &id)
{
    const auto record = store::SyncStore::findRecord(ctx.listings.database(), "listing", id);
    if (!record || record->deleted)
        return std::nullopt;
    const auto decoded = listing::fromJson(record->data);
    if (!decoded.ok())
        return std::nullopt;
    auto l = decoded.listing;
    l.id = id;
    return l;
}

// The checkout form; `error` above it, and the address field named by `field` ("ship_to.line1") marked.
http::Response checkoutForm(WebContext &ctx, http::Request &req, const listing::Listing &l, std::string error,
                            const std::string &field = {}, int status = 422)
{
    const auto destination = req.formValue("to").empty() ? shipToCountry(ctx, req, nullptr) : req.formValue("to");
    auto service = req.method == "POST" ? req.formValue("service") : req.queryValue("service");
    json costs = landedCostTable(ctx, req, l, destination, 1);
    json options = json::array();
    for (auto c : costs) {
        if (!c.value("ok", false))
            continue;
        if (service.empty())
            service = c.at("service").get<std::string>();
        c["checked"] = c.at("service") == service;
        options.push_back(c);
    }
    json address = json::object();
    for (const auto *f : kAddressFields) {
        address[f] = req.method == "POST" ? req.formValue(std::string("ship_") + f) : std::string();
        if (field == std::string("ship_to.") + f) {
            address[std::string("bad_") + f] = true;
            error += " " + ctx.text(req, std::string("ship_field_") + f);
        }
    }
    json saved = json::array();
    if (req.method != "POST") {
        // From the address book: the one asked for (?address=), else the default if it is in this country,
        // else the first in this country.
        store::AddressStore book(ctx.listings.database());
        std::optional<store::Address> chosen;
        for (const auto &a : book.list(req.user->id)) {
            if (a.country != destination)
                continue;
            if (!chosen || a.id == req.queryValue("address"))
                chosen = a;
            saved.push_back({{"id", a.id},
                             {"label", a.name + ", " + a.line1 + ", " + a.city},
                             {"url", "/listings/" + l.id + "/buy?address=" + a.id}});
        }
        if (chosen) {
            const auto shipTo = chosen->toShipTo();
            for (const auto *f : kAddressFields)
                address[f] = shipTo.value(f, "");
        }
    }
    if (address["name"].get<std::string>().empty())
        address["name"] = req.user->displayName;
    json data{{"page_title", ctx.text(req, "checkout_title")},
              {"listing_id", l.id},
              {"title", l.title},
              {"destination", destination},
              {"destination_name", ctx.countries.name(req.lang, destination)},
              {"options", options},
              {"has_options", !options.empty()},
              {"address", address},
              {"saved_addresses", saved},
              {"has_saved_addresses", saved.size() > 1},
              {"action_key", accounts::randomToken(18)},
              {"error", error},
              {"has_error", !error.empty()}};
    return renderPage(ctx, req, "checkout", std::move(data), error.empty() ? 200 : status);
}

http::Response checkoutPage(WebContext &ctx, http::Request &req)
{
    const auto l = buyableListing(ctx, req.param("id"));
    if (!l || l->status != listing::Status::Active)
        return errorPage(ctx, req, 404);
    if (shipToCountry(ctx, req, nullptr).empty())
        return http::Response::redirect("/listings/" + l->id);
    return checkoutForm(ctx, req, *l, {});
}

// Keeps the order's address in the buyer's address book, unless it is there already or the book is full.
void saveAddress(WebContext &ctx, const store::User &buyer, const json &shipTo)
{
    store::AddressStore book(ctx.listings.database());
    const auto address = store::Address::fromShipTo(shipTo);
    for (const auto &a : book.list(buyer.id))
        if (a.toShipTo() == address.toShipTo())
            return;
    book.add(buyer.id, address);
}

http::Response placeOrder(WebContext &ctx, http::Request &req)
{
    const auto l = buyableListing(ctx, req.param("id"));
    if (!l)
        return errorPage(ctx, req, 404);
    if (!validActionKey(req.formValue("action_key")))
        return errorPage(ctx, req, 400);
    auto &escrow = *ctx.escrow;
    const auto key = formKey(req);
    const auto now = store::nowSeconds();
    const auto claim = escrow.idempotency().claim(key, now);
    using Outcome = store::IdempotencyStore::Outcome;
    if (claim.outcome == Outcome::Replay) {
        // The same form again (a double click, a reload): where the first one went.
        const auto first = json::parse(claim.responseBody);
        if (first.contains("order"))
            return http::Response::redirect(first.value("url", "/orders/" + first.at("order").get<std::string>()));
        return checkoutForm(ctx, req, *l, refusalText(ctx, req, first.value("error", "generic")));
    }
    if (claim.outcome == Outcome::InUse || claim.outcome == Outcome::Mismatch)
        return checkoutForm(ctx, req, *l, ctx.text(req, "checkout_in_progress"));
    try {
        const auto request = [&] {
            orders::NewOrder r;
            r.listingId = l->id;
            r.quantity = 1;
            r.serviceId = req.formValue("service");
            json shipTo{{"country", req.formValue("to")}};
            for (const auto *f : kAddressFields)
                if (!req.formValue(std::string("ship_") + f).empty())
                    shipTo[f] = req.formValue(std::string("ship_") + f);
            r.shipTo = shipTo;
            return r;
        };
        const auto order = orders::placeOrder(escrow.orders(), escrow.idempotency(), key, claim, *req.user, request, now, 303,
                                              [](const store::OrderRecord &o) {
                                                  return json{{"order", o.id}, {"url", o.checkoutUrl}}.dump();
                                              });
        if (req.formValue("save_address") == "1")
            saveAddress(ctx, *req.user, order.shipTo);
        return http::Response::redirect(order.checkoutUrl);
    } catch (const OrderError &e) {
        if (e.status >= 500) {
            escrow.idempotency().unlock(key);
            return checkoutForm(ctx, req, *l, ctx.text(req, "order_error_unavailable"));
        }
        escrow.idempotency().finish(key, e.status, json{{"error", e.code}, {"field", e.field}}.dump());
        return checkoutForm(ctx, req, *l, refusalText(ctx, req, e.code), e.field, e.status == 403 ? 403 : 422);
    }
}

json timelineOf(const WebContext &ctx, const http::Request &req, const std::vector<store::OrderEvent> &events,
                const std::string &zone)
{
    json out = json::array();
    for (const auto &e : events) {
        if (e.event == "tracking_update" || e.event == "clock_cleared")
            continue;
        json item{{"when", localTime(e.createdAt, zone)},
                  {"what", ctx.text(req, "order_event_" + e.event)},
                  {"who", ctx.text(req, "order_cause_" + e.cause)}};
        if (e.event == "payment_failed")
            item["note"] = refusalText(ctx, req, e.detail.value("code", "generic"));
        out.push_back(item);
    }
    return out;
}

json amountsOf(const store::OrderRecord &o)
{
    const auto &b = o.buyer;
    const auto &c = o.buyerCurrency;
    return {{"item", money(b.item, c)},
            {"postage", money(b.postage, c)},
            {"import_checkout", money(b.importCheckout, c)},
            {"has_import_checkout", b.importCheckout > 0},
            {"buyer_fee", money(b.buyerFee, c)},
            {"total", money(b.total, c)},
            {"import_at_door", money(o.importAtDoor, c)},
            {"has_import_at_door", o.importAtDoor > 0},
            {"fx", o.listingCurrency == o.buyerCurrency
                       ? std::string()
                       : "1 " + o.listingCurrency + " = " + o.fxMultiply + "/" + o.fxDivide + " " + o.buyerCurrency},
            {"fx_date", o.fxDate}};
}

json orderSummary(const WebContext &ctx, const http::Request &req, const store::OrderRecord &o)
{
    return {{"id", o.id},
            {"url", "/orders/" + o.id},
            {"title", o.listingSnapshot.value("title", "")},
            {"status", o.state},
            {"status_label", ctx.text(req, "order_status_" + o.state)},
            {"total", money(o.buyer.total, o.buyerCurrency)},
            {"created", localTime(o.createdAt, timeZoneFor(req, o.destination))}};
}

http::Response ordersPage(WebContext &ctx, http::Request &req)
{
    store::OrderFilter filter;
    filter.buyerId = req.user->id;
    filter.limit = 100;
    json list = json::array();
    for (const auto &o : store::OrderStore::list(ctx.listings.database(), filter))
        list.push_back(orderSummary(ctx, req, o));
    return renderPage(ctx, req, "orders",
                      {{"page_title", ctx.text(req, "orders_title")}, {"orders", list}, {"has_orders", !list.empty()}});
}

http::Response orderPage(WebContext &ctx, http::Request &req)
{
    auto &escrow = *ctx.escrow;
    const auto o = escrow.orders().visibleTo(*req.user, req.param("id"));
    if (!o || o->buyerId != req.user->id)
        return errorPage(ctx, req, 404);
    const auto zone = timeZoneFor(req, o->destination);
    json zones = json::array();
    for (const auto &z : zonesOf(o->destination))
        zones.push_back({{"id", z}, {"selected", z == zone}});
    const auto events = store::OrderStore::events(ctx.listings.database(), o->id);
    json data = orderSummary(ctx, req, *o);
    data.update({{"page_title", ctx.text(req, "order_title")},
                 {"amounts", amountsOf(*o)},
                 {"ship_to", o->shipTo},
                 {"ship_to_country", ctx.countries.name(req.lang, o->destination)},
                 {"timeline", timelineOf(ctx, req, events, zone)},
                 {"expires_at", localTime(o->state == "awaiting_payment" ? o->expiresAt : 0, zone)},
                 {"ship_by", localTime(o->state == "paid" ? o->shipBy : 0, zone)},
                 {"delivery_due", localTime(o->state == "shipped" && !o->pausedAt ? o->deliveryDue : 0, zone)},
                 {"release_at", localTime(o->state == "delivered" ? o->releaseAt : 0, zone)},
                 {"held_by_customs", o->pausedAt > 0},
                 {"carrier", o->carrier},
                 {"tracking_number", o->trackingNumber},
                 {"has_tracking", !o->trackingNumber.empty()},
                 {"zones", zones},
                 {"several_zones", zones.size() > 1},
                 {"zone", zone.empty() ? std::string("UTC") : zone},
                 {"can_pay", o->state == "awaiting_payment" && store::nowSeconds() < o->expiresAt},
                 {"can_cancel", o->state == "awaiting_payment" || o->state == "paid"},
                 {"can_confirm", o->state == "shipped" || o->state == "delivered"},
                 {"can_report", o->state == "shipped" || o->state == "delivered" || o->state == "disputed"},
                 {"payment_returned", req.queryValue("paid") == "1" && o->state == "awaiting_payment"},
                 {"review_saved", req.queryValue("notice") == "review_saved"},
                 {"action_key", accounts::randomToken(18)}});
    data.update(reviewSection(ctx, req, *o));
    if (const auto thread = store::MessageStore(ctx.listings.database()).threadOfOrder(o->id))
        data["messages_url"] = "/messages/" + *thread;
    data["seller_url"] = "/sellers/" + o->sellerId;
    auto r = renderPage(ctx, req, "order", std::move(data));
    if (!req.queryValue("tz").empty() && zone == req.queryValue("tz"))
        r.addCookie(http::cookie(kTimeZoneCookie, zone, 365L * 24 * 3600, true, ctx.secure(req)));
    return r;
}

// Pay, cancel or confirm from the order page: each under the form's key; the answer is the order page.
template <typename Fn>
http::Response orderAction(WebContext &ctx, http::Request &req, const Fn &fn)
{
    const auto orderUrl = "/orders/" + req.param("id");
    if (!validActionKey(req.formValue("action_key")))
        return errorPage(ctx, req, 400);
    auto &keys = ctx.escrow->idempotency();
    const auto key = formKey(req);
    const auto claim = keys.claim(key, store::nowSeconds());
    using Outcome = store::IdempotencyStore::Outcome;
    if (claim.outcome == Outcome::Replay)
        return http::Response::redirect(claim.responseBody.empty() ? orderUrl : claim.responseBody);
    if (claim.outcome != Outcome::Started && claim.outcome != Outcome::Resumed)
        return http::Response::redirect(orderUrl);
    try {
        std::string target = orderUrl;
        fn(key, target);
        return http::Response::redirect(target);
    } catch (const OrderError &e) {
        if (e.status >= 500)
            keys.unlock(key);
        else
            keys.finish(key, 303, orderUrl);
        if (e.status == 404)
            return errorPage(ctx, req, 404);
        return http::Response::redirect(orderUrl); // the page shows what the order allows now
    }
}

http::Response payAction(WebContext &ctx, http::Request &req)
{
    return orderAction(ctx, req, [&](const store::IdempotencyStore::Request &key, std::string &target) {
        const auto o = ctx.escrow->orders().ensureCheckout(*req.user, req.param("id"), store::nowSeconds(),
                                                           [&](store::Transaction &tx, const store::OrderRecord &order) {
                                                               ctx.escrow->idempotency().finish(tx, key, 303, order.checkoutUrl);
                                                           });
        target = o.checkoutUrl;
    });
}

http::Response cancelAction(WebContext &ctx, http::Request &req)
{
    return orderAction(ctx, req, [&](const store::IdempotencyStore::Request &key, std::string &target) {
        ctx.escrow->orders().cancel(*req.user, req.param("id"), store::nowSeconds(),
                                    [&](store::Transaction &tx, const store::OrderRecord &) {
                                        ctx.escrow->idempotency().finish(tx, key, 303, target);
                                    });
        ctx.escrow->sendMoney(store::nowSeconds());
    });
}

http::Response confirmAction(WebContext &ctx, http::Request &req)
{
    return orderAction(ctx, req, [&](const store::IdempotencyStore::Request &key, std::string &target) {
        ctx.escrow->orders().confirmReceipt(*req.user, req.param("id"), store::nowSeconds(),
                                            [&](store::Transaction &tx, const store::OrderRecord &) {
                                                ctx.escrow->idempotency().finish(tx, key, 303, target);
                                            });
    });
}

} // namespace

void addMarketplaceRoutes(http::Router &router, WebContext &ctx)
{
    using http::RouteKind;
    const auto add = [&](const char *method, const char *path, bool user, http::Response (*fn)(WebContext &, http::Request &)) {
        router.add(method, path, RouteKind::Web, user, [&ctx, fn](http::Request &r) { return fn(ctx, r); });
    };
    add("GET", "/listings/{id}", false, listingPage);
    add("GET", "/listings/{id}/buy", true, checkoutPage);
    add("POST", "/listings/{id}/buy", true, placeOrder);
    add("GET", "/orders", true, ordersPage);
    add("GET", "/orders/{id}", true, orderPage);
    add("POST", "/orders/{id}/pay", true, payAction);
    add("POST", "/orders/{id}/cancel", true, cancelAction);
    add("POST", "/orders/{id}/confirm", true, confirmAction);
}

} // namespace caravan::web
