#include "orders/order_service.h"

#include "escrow/pricing.h"
#include "listing/countries.h"
#include "listing/listing_json.h"
#include "payments/payment_provider.h"
#include "payments/tracking_provider.h"
#include "shipping/tracking.h"
#include "store/changelog.h"
#include "store/sync_store.h"

#include <algorithm>

namespace caravan::orders {

using escrow::OrderState;
using nlohmann::json;
using store::OrderRecord;

namespace {

bool hasControlCharacters(const std::string &s)
{
    return std::any_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

struct AddressField
{
    const char *name;
    std::size_t maxBytes;
    bool required;
};

constexpr AddressField kAddressFields[] = {
    {"name", 100, true},        {"line1", 200, true},   {"line2", 200, false}, {"city", 100, true},
    {"postal_code", 20, false}, {"region", 100, false}, {"country", 2, true},  {"phone", 30, false}};

store::OrderAmounts minorAmounts(const escrow::Amounts &a)
{
    return {a.item.minor(),  a.postage.minor(),   a.importCheckout.minor(), a.buyerFee.minor(),
            a.total.minor(), a.sellerFee.minor(), a.sellerNet.minor()};
}

json pricingJson(const escrow::OrderPricing &p)
{
    json lines = json::array();
    for (const auto &l : p.lines)
        lines.push_back({{"rule", l.ruleId}, {"text", l.text}, {"source", l.source}});
    const auto &pq = p.postage;
    return {{"lines", lines},
            {"warnings", p.warnings},
            {"domestic", p.domestic},
            {"postage",
             {{"service", pq.serviceId},
              {"name", pq.serviceName},
              {"chargeable_g", pq.chargeableGrams},
              {"amount", pq.amount.minor()},
              {"currency", std::string(pq.amount.currency())},
              {"min_days", pq.minDays},
              {"max_days", pq.maxDays},
              {"tracking", pq.tracking},
              {"sample", pq.sample}}}};
}

// "Vintage Seiko 5 × 2": the line the buyer sees on the payment page.
std::string describe(const OrderRecord &o)
{
    std::string title = o.listingSnapshot.value("title", "Caravan order");
    if (title.size() > 200)
        title.resize(200);
    return o.quantity > 1 ? title + " \xC3\x97 " + std::to_string(o.quantity) : title;
}

} // namespace

json checkAddress(const json &shipTo)
{
    if (!shipTo.is_object())
        throw OrderError(422, "invalid_address", "ship_to must be an object with the address fields",
                         "ship_to");
    json out = json::object();
    for (const auto &item : shipTo.items()) {
        const std::string &key = item.key(); // a name, not a structured binding: clang 14 cannot capture one
        const bool known = std::any_of(std::begin(kAddressFields), std::end(kAddressFields),
                                       [&](const AddressField &f) { return key == f.name; });
        if (!known)
            throw OrderError(422, "unknown_field", "ship_to has no field \"" + key + "\"", "ship_to." + key);
    }
    for (const auto &f : kAddressFields) {
        const std::string field = std::string("ship_to.") + f.name;
        const auto it = shipTo.find(f.name);
        if (it == shipTo.end() || it->is_null() || (it->is_string() && it->get<std::string>().empty())) {
            if (f.required)
                throw OrderError(422, "required", field + " is required", field);
            continue;
        }
        if (!it->is_string())
            throw OrderError(422, "invalid", field + " must be a string", field);
        const auto value = it->get<std::string>();
        if (value.size() > f.maxBytes || hasControlCharacters(value))
            throw OrderError(422, "invalid",
                             field + " must have at most " + std::to_string(f.maxBytes) +
                                 " bytes and no control characters",
                             field);
        out[f.name] = value;
    }
    if (!listing::CountryTable::system().contains(out["country"].get<std::string>()))
        throw OrderError(422, "invalid_country",
                         "ship_to.country must be an ISO 3166-1 alpha-2 code such as DE", "ship_to.country");
    return out;
}

OrderService::OrderService(store::Database &db, const OrderSettings &settings, const trade::RuleSet &rules,
                           const shipping::ServiceCatalog &services, payments::PaymentProvider *provider,
                           payments::TrackingProvider *tracking)
    : m_db(db)
    , m_settings(settings)
    , m_rules(rules)
    , m_services(services)
    , m_provider(provider)
    , m_tracking(tracking)
    , m_workflow(settings.policy)
{}

OrderRecord OrderService::priced(const store::User &buyer, const NewOrder &req, std::int64_t now)
{
    if (req.quantity < 1 || req.quantity > m_settings.maxOrderQuantity)
        throw OrderError(422, "invalid",
                         "quantity must be between 1 and " + std::to_string(m_settings.maxOrderQuantity),
                         "quantity");
    const auto shipTo = checkAddress(req.shipTo);
    const auto record = store::SyncStore::findRecord(m_db, "listing", req.listingId);
    if (!record || record->deleted)
        throw OrderError(422, "not_found", "there is no listing " + req.listingId, "listing_id");
    if (record->ownerId == buyer.id)
        throw OrderError(422, "own_listing", "a seller cannot buy their own listing", "listing_id");
    const auto &data = record->data;
    if (data.value("status", "") == "sold")
        throw OrderError(409, "sold_out", "every unit of this listing is sold", "quantity");
    if (data.value("status", "") != "active" || data.value("moderation", "") != "published")
        throw OrderError(422, "not_available", "the listing is not for sale", "listing_id");
    const auto decoded = listing::fromJson(data);
    if (!decoded.ok())
        throw OrderError(422, "incomplete_listing", "the listing cannot be priced", "listing_id");

    escrow::OrderRequest pricingRequest{decoded.listing, req.quantity, shipTo["country"].get<std::string>(),
                                        req.serviceId,
                                        money::Date::fromYmd(1970, 1, 1).addDays(int(now / 86400))};
    escrow::OrderPricing p;
    try {
        p = escrow::priceOrder(pricingRequest, m_rules, m_services, m_settings.policy);
    } catch (const escrow::PricingError &e) {
        if (e.field == "quantity" && e.code == "not_available")
            throw OrderError(409, "sold_out", "the listing does not have that many units", "quantity");
        throw OrderError(422, e.code, e.what(), e.field == "destination" ? "ship_to.country" : e.field);
    }

    OrderRecord o;
    o.id = store::newUuid();
    o.listingId = req.listingId;
    o.sellerId = record->ownerId;
    o.buyerId = buyer.id;
    o.quantity = req.quantity;
    o.state = std::string(escrow::toString(OrderState::AwaitingPayment));
    o.shipTo = shipTo;
    o.destination = pricingRequest.destination;
    o.serviceId = req.serviceId;
    o.category = decoded.listing.category;
    o.listingCurrency = std::string(p.listing.total.currency());
    o.buyerCurrency = std::string(p.buyer.total.currency());
    o.listing = minorAmounts(p.listing);
    o.buyer = minorAmounts(p.buyer);
    o.importAtDoor = p.importAtDoor.minor();
    o.collectedAt = std::string(trade::toString(p.collectedAt));
    o.checkoutScheme = p.checkoutScheme;
    o.fxMultiply = p.rate.multiply.toString();
    o.fxDivide = p.rate.divide.toString();
    o.fxDate = p.rate.date.toString();
    o.fxSource = p.rate.source;
    o.handlingDays = p.handlingDays;
    o.serviceMinDays = p.postage.minDays;
    o.serviceMaxDays = p.postage.maxDays;
    o.pricing = pricingJson(p);
    o.listingSnapshot = data;
    o.listingSnapshot["id"] = req.listingId;
    o.listingSnapshot["revision"] = record->revision;
    o.createdAt = now;
    o.expiresAt = now + m_settings.policy.paymentWindowSeconds;
    o.dueAt = o.expiresAt;
    o.updatedAt = now;
    return o;
}

OrderRecord OrderService::create(const store::User &buyer, const NewOrder &req, std::int64_t now,
                                 const InTransaction &also)
{
    if (!buyer.hasRole("buyer"))
        throw OrderError(403, "forbidden", "this account cannot buy (it has no buyer role)");
    if (!m_provider)
        throw OrderError(503, "payments_unavailable", "payments are not configured on this server");
    auto order = priced(buyer, req, now);
    store::Transaction tx(m_db);
    store::ChangeLog::lockOwner(tx, order.sellerId);
    if (!store::OrderStore::reserveUnits(tx, order.listingId, order.quantity)) {
        const auto available = store::OrderStore::availableUnits(m_db, order.listingId);
        throw OrderError(409, "sold_out",
                         available && *available > 0 ? "only " + std::to_string(*available) + " left"
                                                     : "every unit of this listing is sold or reserved",
                         "quantity");
    }
    store::OrderStore::insert(tx, order);
    m_workflow.created(tx, order, {escrow::Cause::Buyer, buyer.id, now, json::object()});
    if (also)
        also(tx, order);
    tx.commit();
    return order;
}

OrderRecord OrderService::ensureCheckout(const store::User &buyer, const std::string &orderId,
                                         std::int64_t now, const InTransaction &also)
{
    auto order = visibleTo(buyer, orderId);
    if (!order || order->buyerId != buyer.id)
        throw OrderError(404, "not_found", "there is no such order");
    if (order->state == "cancelled")
        throw OrderError(410, "payment_expired", "the time to pay this order has run out; it was cancelled");
    if (order->state != "awaiting_payment")
        throw OrderError(409, "not_awaiting_payment", "this order is " + order->state);
    if (now >= order->expiresAt)
        throw OrderError(410, "payment_expired", "the time to pay this order has run out");
    if (!m_provider)
        throw OrderError(503, "payments_unavailable", "payments are not configured on this server");

    if (order->checkoutSessionId.empty()) {
        payments::CheckoutRequest request;
        request.orderId = order->id;
        request.idempotencyKey = "checkout:" + order->id;
        request.amountMinor = order->buyer.total;
        request.currency = order->buyerCurrency;
        request.description = describe(*order);
        request.customerEmail = buyer.email;
        request.successUrl = m_settings.publicUrl + "/orders/" + order->id + "?paid=1";
        request.cancelUrl = m_settings.publicUrl + "/orders/" + order->id;
        // The provider takes expires_at between 30 minutes and 24 hours ahead (Stripe's bounds), and a
        // retry after a crash must send the very same parameters, so the time comes from the order, not
        // the clock. The order's own window is shorter: the timer expires the session when it closes.
        // (Only an order dated in the past, as demo data is, needs the clock.)
        request.expiresAt = order->createdAt + 23 * 3600;
        if (request.expiresAt < store::nowSeconds() + 31 * 60)
            request.expiresAt = store::nowSeconds() + 23 * 3600;
        payments::CheckoutSession session;
        try {
            session = m_provider->createCheckoutSession(request);
        } catch (const payments::ProviderError &e) {
            if (e.transient)
                throw OrderError(503, "payments_unavailable",
                                 std::string("the payment provider did not answer: ") + e.what());
            throw OrderError(502, "payment_provider_error",
                             std::string("the payment provider refused: ") + e.what());
        }
        order->checkoutSessionId = session.id;
        order->checkoutUrl = session.url;
    }
    store::Transaction tx(m_db);
    auto locked = OrderWorkflow::lock(tx, orderId);
    if (locked->checkoutSessionId.empty()) {
        store::OrderStore::setCheckout(tx, orderId, order->checkoutSessionId, order->checkoutUrl);
        locked->checkoutSessionId = order->checkoutSessionId;
        locked->checkoutUrl = order->checkoutUrl;
        locked->version += 1;
    }
    if (also)
        also(tx, *locked);
    tx.commit();
    return *locked;
}

template <typename Fn> OrderRecord OrderService::change(const std::string &orderId, const Fn &fn)
{
    store::Transaction tx(m_db);
    auto order = OrderWorkflow::lock(tx, orderId);
    if (!order)
        throw OrderError(404, "not_found", "there is no such order");
    fn(tx, *order);
    tx.commit();
    return *order;
}

Shipment checkShipment(const std::string &carrier, const std::string &trackingNumber)
{
    if (!shipping::validCarrierName(carrier))
        throw OrderError(422, "invalid", "carrier must have 1 to 40 characters", "carrier");
    Shipment s{carrier, shipping::normalizeTrackingNumber(trackingNumber)};
    if (const auto known = shipping::findCarrier(carrier))
        s.carrier = known->id;
    if (const auto problem = shipping::trackingProblem(s.carrier, s.trackingNumber)) {
        std::string message = "tracking_number must have 4 to 40 letters, digits or '-'";
        if (*problem == "format")
            message = "tracking_number is not in the format of " + s.carrier + " (such as " +
                      shipping::findCarrier(s.carrier)->sample + ")";
        else if (*problem == "check_digit")
            message = "tracking_number has a wrong check digit";
        throw OrderError(422, *problem == "length" || *problem == "characters" ? "invalid" : *problem, message,
                         "tracking_number");
    }
    return s;
}

bool shipLocked(store::Transaction &tx, const OrderWorkflow &workflow, OrderRecord &o, const Shipment &shipment,
                const std::string &sellerId, std::int64_t now)
{
    if (o.state == "shipped" && o.carrier == shipment.carrier && o.trackingNumber == shipment.trackingNumber)
        return false; // the same shipment again: nothing to do
    if (o.state != "paid")
        throw OrderError(409, "not_shippable",
                         "an order can be shipped only while it is paid (it is " + o.state + ")");
    o.carrier = shipment.carrier;
    o.trackingNumber = shipment.trackingNumber;
    workflow.transition(
        tx, o, OrderState::Shipped, "shipped",
        {escrow::Cause::Seller,
         sellerId,
         now,
         {{"carrier", shipment.carrier}, {"tracking_number", shipment.trackingNumber}}});
    return true;
}

OrderRecord OrderService::ship(const store::User &seller, const std::string &orderId,
                               const std::string &carrier, const std::string &trackingNumber,
                               std::int64_t now)
{
    const Shipment shipment = checkShipment(carrier, trackingNumber);
    auto order = change(orderId, [&](store::Transaction &tx, OrderRecord &o) {
        if (o.sellerId != seller.id)
            throw OrderError(404, "not_found", "there is no such order");
        shipLocked(tx, m_workflow, o, shipment, seller.id, now);
    });
    if (order.trackerId.empty())
        registerTracker(order.id);
    return *store::OrderStore::load(m_db, order.id);
}

OrderRecord OrderService::confirmReceipt(const store::User &buyer, const std::string &orderId,
                                         std::int64_t now, const InTransaction &also)
{
    return change(orderId, [&](store::Transaction &tx, OrderRecord &o) {
        if (o.buyerId != buyer.id)
            throw OrderError(404, "not_found", "there is no such order");
        const Cause cause{escrow::Cause::Buyer, buyer.id, now, json::object()};
        if (o.state == "shipped")
            m_workflow.transition(tx, o, OrderState::Delivered, "delivered", cause);
        if (o.state == "delivered")
            m_workflow.transition(tx, o, OrderState::Released, "receipt_confirmed", cause);
        else if (o.state != "released")
            throw OrderError(409, "not_delivered",
                             "receipt can be confirmed once the order is shipped (it is " + o.state + ")");
        if (also)
            also(tx, o);
    });
}

OrderRecord OrderService::cancel(const store::User &user, const std::string &orderId, std::int64_t now,
                                 const InTransaction &also)
{
    std::string expireSession;
    auto order = change(orderId, [&](store::Transaction &tx, OrderRecord &o) {
        const bool buyer = o.buyerId == user.id, seller = o.sellerId == user.id;
        if (!buyer && !seller)
            throw OrderError(404, "not_found", "there is no such order");
        const Cause cause{buyer ? escrow::Cause::Buyer : escrow::Cause::Seller, user.id, now, json::object()};
        if (o.state == "awaiting_payment") {
            m_workflow.transition(tx, o, OrderState::Cancelled,
                                  buyer ? "cancelled_by_buyer" : "cancelled_by_seller", cause);
            expireSession = o.checkoutSessionId;
        } else if (o.state == "paid") {
            m_workflow.transition(tx, o, OrderState::Refunded,
                                  buyer ? "cancelled_by_buyer" : "cancelled_by_seller", cause, "cancelled",
                                  "requested_by_customer");
        } else {
            throw OrderError(409, "not_cancellable",
                             "an order can be cancelled only before it is shipped (it is " + o.state + ")");
        }
        if (also)
            also(tx, o);
    });
    if (!expireSession.empty() && m_provider) {
        try {
            m_provider->expireCheckoutSession(expireSession);
        } catch (const std::exception &) {
            // Best effort: a payment that still arrives is refunded when it does.
        }
    }
    return order;
}

std::optional<OrderRecord> OrderService::visibleTo(const store::User &user, const std::string &orderId)
{
    auto order = store::OrderStore::load(m_db, orderId);
    if (!order || (order->buyerId != user.id && order->sellerId != user.id))
        return std::nullopt;
    return order;
}

bool OrderService::registerTracker(const std::string &orderId)
{
    if (!m_tracking)
        return false;
    const auto order = store::OrderStore::load(m_db, orderId);
    if (!order || order->trackingNumber.empty())
        return false;
    if (!order->trackerId.empty())
        return true;
    try {
        const auto tracker = m_tracking->createTracker({order->trackingNumber, order->carrier});
        store::OrderStore::setTracker(m_db, orderId, tracker.id);
        return true;
    } catch (const std::exception &) {
        return false; // the timer pass tries again
    }
}

store::OrderRecord placeOrder(OrderService &service, store::IdempotencyStore &keys,
                              const store::IdempotencyStore::Request &key, const store::IdempotencyStore::Claim &claim,
                              const store::User &buyer, const std::function<NewOrder()> &request, std::int64_t now,
                              int status, const std::function<std::string(const store::OrderRecord &)> &answer)
{
    std::string orderId = claim.recoveryPoint == "order_created" ? claim.resourceId : "";
    // Money is paid only from an account whose email address is confirmed: receipts, the order's news and
    // a dispute's messages must reach the buyer.
    if (orderId.empty() && !buyer.emailVerified())
        throw OrderError(403, "email_not_verified", "Confirm your email address before you buy.");
    if (orderId.empty())
        orderId = service
                      .create(buyer, request(), now,
                              [&](store::Transaction &tx, const store::OrderRecord &o) {
                                  keys.setRecoveryPoint(tx, key, "order_created", o.id);
                              })
                      .id;
    return service.ensureCheckout(buyer, orderId, now, [&](store::Transaction &tx, const store::OrderRecord &o) {
        keys.finish(tx, key, status, answer(o));
    });
}

} // namespace caravan::orders
