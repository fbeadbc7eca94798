#include "orders/order_json.h"

#include "listing/listing.h"

namespace caravan::orders {

using nlohmann::json;

namespace {


json amounts(const store::OrderAmounts &a, const std::string &currency)
{
    return {{"currency", currency},      {"item", a.item},
            {"postage", a.postage},      {"import_checkout", a.importCheckout},
            {"buyer_fee", a.buyerFee},   {"total", a.total},
            {"seller_fee", a.sellerFee}, {"seller_net", a.sellerNet}};
}

} // namespace

json orderJson(const store::OrderRecord &o, Viewer viewer, const std::vector<store::OrderEvent> *events)
{
    json j{{"id", o.id},
           {"status", o.state},
           {"listing_id", o.listingId},
           {"title", o.listingSnapshot.value("title", "")},
           {"seller_id", o.sellerId},
           {"buyer_id", o.buyerId},
           {"quantity", o.quantity},
           {"service", o.serviceId},
           {"ship_to", o.shipTo},
           {"amounts",
            {{"listing", amounts(o.listing, o.listingCurrency)},
             {"buyer", amounts(o.buyer, o.buyerCurrency)},
             {"import_at_door", {{"currency", o.buyerCurrency}, {"amount", o.importAtDoor}}},
             {"import_collected_at", o.collectedAt},
             {"checkout_scheme", o.checkoutScheme}}},
           {"fx",
            {{"from", o.listingCurrency},
             {"to", o.buyerCurrency},
             {"multiply", o.fxMultiply},
             {"divide", o.fxDivide},
             {"date", o.fxDate},
             {"source", o.fxSource}}},
           {"deadlines",
            {{"expires_at", timeOrNull(o.expiresAt)},
             {"ship_by", timeOrNull(o.shipBy)},
             {"delivery_due", timeOrNull(o.deliveryDue)},
             {"release_at", timeOrNull(o.releaseAt)},
             {"paused_at", timeOrNull(o.pausedAt)}}},
           {"created_at", timeOrNull(o.createdAt)},
           {"paid_at", timeOrNull(o.paidAt)},
           {"shipped_at", timeOrNull(o.shippedAt)},
           {"delivered_at", timeOrNull(o.deliveredAt)},
           {"closed_at", timeOrNull(o.closedAt)},
           {"shipment", {{"carrier", o.carrier}, {"tracking_number", o.trackingNumber}}},
           {"handling_days", o.handlingDays},
           {"delivery_days", {{"min", o.serviceMinDays}, {"max", o.serviceMaxDays}}},
           {"explanation", o.pricing.value("lines", json::array())},
           {"version", o.version}};
    if (viewer == Viewer::Buyer && o.state == "awaiting_payment")
        j["payment"] = {{"checkout_url", o.checkoutUrl}};
    if (events) {
        json timeline = json::array();
        for (const auto &e : *events)
            timeline.push_back({{"at", timeOrNull(e.createdAt)},
                                {"from", e.fromState},
                                {"to", e.toState},
                                {"event", e.event},
                                {"cause", e.cause},
                                {"detail", e.detail}});
        j["timeline"] = std::move(timeline);
    }
    return j;
}

json sellerRecordData(const store::OrderRecord &o, const std::vector<store::OrderEvent> &events)
{
    // Details a seller may read in the timeline; the rest (provider event and payment ids) stays on the
    // server.
    static const char *const kShown[] = {"carrier", "tracking_number", "status", "status_detail", "deadline",
                                         "reason", "amount", "currency"};
    std::vector<store::OrderEvent> shown = events;
    for (auto &e : shown) {
        json detail = json::object();
        if (e.detail.is_object())
            for (const char *key : kShown)
                if (const auto it = e.detail.find(key); it != e.detail.end())
                    detail[key] = *it;
        e.detail = std::move(detail);
    }
    json j = orderJson(o, Viewer::Seller, &shown);
    j["carrier"] = o.carrier;
    j["tracking_number"] = o.trackingNumber;
    return j;
}

json timeOrNull(std::int64_t seconds)
{
    return seconds ? json(listing::formatUtcTimestamp(seconds)) : json();
}

} // namespace caravan::orders
