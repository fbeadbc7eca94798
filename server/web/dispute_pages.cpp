// The buyer's (and, on the web, the seller's) dispute pages (docs/disputes.md, "Parties"): open a dispute
// from the order, follow it, answer offers, escalate, withdraw, send a return. Every action goes through
// the same DisputeService as the API; the ones that move money carry the form's idempotency key.
#include "accounts/crypto.h"
#include "escrow/dispute.h"
#include "orders/escrow_services.h"
#include "photos/photo_intake.h"
#include "store/disputes.h"
#include "store/evidence.h"
#include "store/orders.h"
#include "web/marketplace.h"

#include <algorithm>

namespace caravan::web {

using nlohmann::json;
using orders::OrderError;

namespace {

// The catalog key of a refusal: "dispute_<status>" (not in this status) reads as "not possible now".
std::string errorKey(const OrderError &e)
{
    return e.code.rfind("dispute_", 0) == 0 ? "not_now" : e.code;
}

std::string disputeUrl(const std::string &id)
{
    return "/disputes/" + id;
}

// The photos of a dispute form (<input type="file" name="photos" multiple>), each verified, re-encoded and
// stored as the app's uploads are; their ids go with the text. A refused photo refuses the form, which
// comes back with what was typed.
std::vector<std::string> formPhotos(WebContext &ctx, const http::Request &req)
{
    std::vector<std::string> ids;
    const auto &files = req.files();
    const auto count = std::count_if(files.begin(), files.end(), [](const auto &f) { return f.field == "photos"; });
    if (count > 6) // DisputeService's limit, checked before anything is stored
        throw OrderError(422, "too_many_photos", "too many photos", "photos");
    photos::PhotoIntake intake(ctx.listings.database(), ctx.photos, ctx.photoPolicy);
    for (const auto &f : files) {
        if (f.field != "photos")
            continue;
        std::string sha;
        if (const auto refused = intake.takeWhole(req.user->id, f.bytes, sha))
            throw OrderError(refused->status, refused->code == "too_many_uploads" ? "photo_rate" : "photo_refused",
                             refused->message, "photos");
        ids.push_back(sha);
    }
    return ids;
}

json reasonsOf(const WebContext &ctx, const http::Request &req, const std::string &selected)
{
    json list = json::array();
    for (const auto *r : {"not_received", "not_as_described", "counterfeit", "damaged"})
        list.push_back({{"value", r},
                        {"label", ctx.text(req, std::string("dispute_reason_") + r)},
                        {"help", ctx.text(req, std::string("dispute_reason_help_") + r)},
                        {"checked", selected == r}});
    return list;
}

http::Response openForm(WebContext &ctx, http::Request &req, const store::OrderRecord &o, const std::string &error,
                        int status)
{
    json data{{"page_title", ctx.text(req, "dispute_open_title")},
              {"order_url", "/orders/" + o.id},
              {"action", "/orders/" + o.id + "/problem"},
              {"title", o.listingSnapshot.value("title", "")},
              {"reasons", reasonsOf(ctx, req, req.formValue("reason"))},
              {"text", req.formValue("text")},
              {"error", error},
              {"can_open", o.state == "shipped" || o.state == "delivered"},
              {"release_at", localTime(o.releaseAt, timeZoneFor(req, o.destination))}};
    auto r = renderPage(ctx, req, "dispute_open", std::move(data));
    r.status = status;
    return r;
}

std::optional<store::OrderRecord> buyersOrder(WebContext &ctx, http::Request &req)
{
    auto o = ctx.escrow->orders().visibleTo(*req.user, req.param("id"));
    if (!o || o->buyerId != req.user->id)
        return std::nullopt;
    return o;
}

http::Response problemPage(WebContext &ctx, http::Request &req)
{
    const auto o = buyersOrder(ctx, req);
    if (!o)
        return errorPage(ctx, req, 404);
    for (const auto &d : store::DisputeStore::ofUser(ctx.listings.database(), req.user->id, 500))
        if (d.orderId == o->id)
            return http::Response::redirect(disputeUrl(d.id));
    return openForm(ctx, req, *o, {}, 200);
}

http::Response openAction(WebContext &ctx, http::Request &req)
{
    const auto o = buyersOrder(ctx, req);
    if (!o)
        return errorPage(ctx, req, 404);
    try {
        const auto d = ctx.escrow->disputes().open(
            *req.user, {o->id, req.formValue("reason"), req.formValue("text"), formPhotos(ctx, req)},
            store::nowSeconds());
        return http::Response::redirect(disputeUrl(d.id));
    } catch (const OrderError &e) {
        if (e.code == "already_disputed")
            return http::Response::redirect("/orders/" + o->id + "/problem");
        return openForm(ctx, req, *o, ctx.text(req, "dispute_error_" + errorKey(e)), e.status);
    }
}

json eventsOf(WebContext &ctx, const http::Request &req, const store::DisputeRecord &d, const std::string &zone)
{
    json list = json::array();
    for (const auto &e : store::DisputeStore::events(ctx.listings.database(), d.id)) {
        json item{{"when", localTime(e.at, zone)},
                  {"who", ctx.text(req, "dispute_actor_" + e.actorRole)},
                  {"what", ctx.text(req, "dispute_event_" + e.kind)},
                  {"text", e.text},
                  {"photo_count", e.photos.size()}};
        json photos = json::array();
        for (const auto &sha : e.photos) // the parties of a dispute may see its photos (photo_routes.cpp)
            photos.push_back({{"url", "/photos/" + sha + ".jpg"}});
        item["photos"] = std::move(photos);
        if (e.kind == "answered" && e.detail.value("offer", json()).is_object()) {
            const auto &offer = e.detail.at("offer");
            item["offer"] = offer.value("kind", "") == "partial_refund"
                                ? ctx.text(req, "dispute_offer_partial") + " " +
                                      money(offer.value("amount_minor", std::int64_t{0}), offer.value("currency", ""))
                                : ctx.text(req, "dispute_offer_return");
        }
        list.push_back(std::move(item));
    }
    return list;
}

http::Response disputePage(WebContext &ctx, http::Request &req)
{
    const auto d = ctx.escrow->disputes().visibleTo(*req.user, req.param("id"));
    if (!d || (d->buyerId != req.user->id && d->sellerId != req.user->id))
        return errorPage(ctx, req, 404);
    const auto o = store::OrderStore::load(ctx.listings.database(), d->orderId);
    if (!o)
        return errorPage(ctx, req, 404);
    const bool buyer = d->buyerId == req.user->id;
    const auto zone = timeZoneFor(req, o->destination);
    const bool open = d->status != "resolved";
    json data{{"page_title", ctx.text(req, "dispute_title")},
              {"id", d->id},
              {"order_url", buyer ? "/orders/" + o->id : std::string()},
              {"is_buyer", buyer},
              {"title", o->listingSnapshot.value("title", "")},
              {"reason", ctx.text(req, "dispute_reason_" + d->reason)},
              {"status", d->status},
              {"status_label", ctx.text(req, "dispute_status_" + d->status)},
              {"status_help", ctx.text(req, "dispute_status_help_" + d->status + (buyer ? "_buyer" : "_seller"))},
              {"deadline", localTime(d->deadlineAt, zone)},
              {"held", money(o->buyer.total, o->buyerCurrency)},
              {"events", eventsOf(ctx, req, *d, zone)},
              {"is_open", open},
              {"action_key", accounts::randomToken(18)}};
    if (d->status == "resolved") {
        data["outcome"] = ctx.text(req, "dispute_outcome_" + d->outcome);
        if (d->refundMinor > 0)
            data["refund"] = money(d->refundMinor, o->buyerCurrency);
    }
    if (d->offer.is_object()) {
        if (d->offer.value("kind", "") == "partial_refund")
            data["offer_text"] = ctx.text(req, "dispute_offer_partial") + " " +
                                 money(d->offer.value("amount_minor", std::int64_t{0}), o->buyerCurrency);
        else {
            data["offer_text"] = ctx.text(req, "dispute_offer_return");
            data["return_address"] = d->offer.value("return_address", json::object());
        }
    }
    data["can_accept"] = buyer && d->status == "awaiting_buyer" && d->offer.is_object();
    data["can_escalate"] = (d->status == "awaiting_seller" && buyer) || d->status == "awaiting_buyer" ||
                           d->status == "returning";
    data["can_withdraw"] = buyer && open;
    data["can_answer"] = !buyer && (d->status == "awaiting_seller" || d->status == "awaiting_buyer");
    data["can_ship_return"] = buyer && d->status == "returning" && d->returnTracking.empty();
    data["can_receive_return"] = !buyer && d->status == "returning";
    if (!d->returnTracking.empty())
        data["return_tracking"] = d->returnCarrier + " " + d->returnTracking;
    // The seller's sealed packing evidence: the parties of a dispute may see it (photo_routes.cpp).
    json evidence = json::array();
    for (const auto &e : store::EvidenceStore::ofOrder(ctx.listings.database(), o->id)) {
        json photos = json::array();
        for (const auto &p : e.photos)
            photos.push_back({{"url", "/photos/" + p.sha256 + ".jpg"}});
        const auto weight = e.data.value("weight_g", json());
        evidence.push_back({{"received", localTime(e.receivedAt, zone)},
                            {"seal", e.sealSha256},
                            {"weight", weight.is_number_integer() ? json(weight.get<std::int64_t>()) : json()},
                            {"note", e.data.value("note", "")},
                            {"photos", photos}});
    }
    data["has_evidence"] = !evidence.empty();
    data["evidence"] = std::move(evidence);
    if (!req.queryValue("error").empty())
        data["error"] = ctx.text(req, "dispute_error_" + req.queryValue("error"));
    return renderPage(ctx, req, "dispute", std::move(data));
}

// A change on the dispute page; a refusal comes back to the page with its message.
template <typename Fn> http::Response pageAction(WebContext &ctx, http::Request &req, const Fn &fn)
{
    const auto url = disputeUrl(req.param("id"));
    try {
        fn();
        return http::Response::redirect(url);
    } catch (const OrderError &e) {
        if (e.status == 404)
            return errorPage(ctx, req, 404);
        return http::Response::redirect(url + "?error=" + errorKey(e));
    }
}

// A change that moves money, under the form's key: a double click or a reload does it once.
template <typename Fn> http::Response moneyAction(WebContext &ctx, http::Request &req, const Fn &fn)
{
    const auto url = disputeUrl(req.param("id"));
    if (!validActionKey(req.formValue("action_key")))
        return errorPage(ctx, req, 400);
    const auto key = formKey(req);
    auto &keys = ctx.escrow->idempotency();
    const auto claim = keys.claim(key, store::nowSeconds());
    using Outcome = store::IdempotencyStore::Outcome;
    if (claim.outcome != Outcome::Started && claim.outcome != Outcome::Resumed)
        return http::Response::redirect(url);
    try {
        fn([&](store::Transaction &tx, const store::DisputeRecord &) { keys.finish(tx, key, 303, url); });
        ctx.escrow->sendMoney(store::nowSeconds());
        return http::Response::redirect(url);
    } catch (const OrderError &e) {
        if (e.status >= 500)
            keys.unlock(key);
        else
            keys.finish(key, 303, url);
        if (e.status == 404)
            return errorPage(ctx, req, 404);
        return http::Response::redirect(url + "?error=" + errorKey(e));
    }
}

http::Response messageAction(WebContext &ctx, http::Request &req)
{
    return pageAction(ctx, req, [&] {
        ctx.escrow->disputes().addMessage(*req.user, req.param("id"), req.formValue("text"), formPhotos(ctx, req),
                                          store::nowSeconds());
    });
}

http::Response answerAction(WebContext &ctx, http::Request &req)
{
    return pageAction(ctx, req, [&] {
        json offer = nullptr;
        if (!req.formValue("offer_amount").empty()) {
            const auto d = store::DisputeStore::load(ctx.listings.database(), req.param("id"));
            const auto o = d ? store::OrderStore::load(ctx.listings.database(), d->orderId) : std::nullopt;
            try {
                const auto amount = money::Money::parse(req.formValue("offer_amount"), o ? o->buyerCurrency : "EUR");
                offer = {{"kind", "partial_refund"}, {"amount_minor", amount.minor()}};
            } catch (const std::exception &) {
                throw OrderError(422, "invalid_amount", "not an amount", "offer.amount_minor");
            }
        }
        ctx.escrow->disputes().answer(*req.user, req.param("id"), {req.formValue("text"), formPhotos(ctx, req), offer},
                                      store::nowSeconds());
    });
}

http::Response escalateAction(WebContext &ctx, http::Request &req)
{
    return pageAction(ctx, req, [&] {
        ctx.escrow->disputes().escalate(*req.user, req.param("id"), req.formValue("text"), store::nowSeconds());
    });
}

http::Response returnShipmentAction(WebContext &ctx, http::Request &req)
{
    return pageAction(ctx, req, [&] {
        ctx.escrow->disputes().returnShipped(*req.user, req.param("id"), req.formValue("carrier"),
                                             req.formValue("tracking_number"), store::nowSeconds());
    });
}

http::Response acceptAction(WebContext &ctx, http::Request &req)
{
    return moneyAction(ctx, req, [&](const orders::DisputeInTransaction &also) {
        ctx.escrow->disputes().acceptOffer(*req.user, req.param("id"), store::nowSeconds(), also);
    });
}

http::Response withdrawAction(WebContext &ctx, http::Request &req)
{
    return moneyAction(ctx, req, [&](const orders::DisputeInTransaction &also) {
        ctx.escrow->disputes().withdraw(*req.user, req.param("id"), store::nowSeconds(), also);
    });
}

http::Response returnReceivedAction(WebContext &ctx, http::Request &req)
{
    return moneyAction(ctx, req, [&](const orders::DisputeInTransaction &also) {
        ctx.escrow->disputes().returnReceived(*req.user, req.param("id"), store::nowSeconds(), also);
    });
}

} // namespace

void addDisputePages(http::Router &router, WebContext &ctx)
{
    using http::RouteKind;
    const auto add = [&](const char *method, const char *path, http::Response (*fn)(WebContext &, http::Request &)) {
        router.add(method, path, RouteKind::Web, true, [&ctx, fn](http::Request &r) { return fn(ctx, r); });
    };
    add("GET", "/orders/{id}/problem", problemPage);
    add("POST", "/orders/{id}/problem", openAction);
    add("GET", "/disputes/{id}", disputePage);
    add("POST", "/disputes/{id}/messages", messageAction);
    add("POST", "/disputes/{id}/answer", answerAction);
    add("POST", "/disputes/{id}/escalate", escalateAction);
    add("POST", "/disputes/{id}/return-shipment", returnShipmentAction);
    add("POST", "/disputes/{id}/accept", acceptAction);
    add("POST", "/disputes/{id}/withdraw", withdrawAction);
    add("POST", "/disputes/{id}/return-received", returnReceivedAction);
}

} // namespace caravan::web
