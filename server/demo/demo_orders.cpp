#include "demo/demo_orders.h"

#include "orders/escrow_services.h"
#include "payments/payment_provider.h"
#include "payments/provider_http.h"
#include "runtime/log.h"
#include "store/listings.h"
#include "store/money_movements.h"
#include "store/orders.h"
#include "store/users.h"

#include <map>
#include <nlohmann/json.hpp>
#include <vector>

namespace caravan::demo {

namespace {

using escrow::OrderState;
using nlohmann::json;
constexpr std::int64_t kHour = 3600, kDay = 24 * kHour;

// The story of one demo order: who buys what, and how far it has come.
struct Plan
{
    const char *seller;
    int listing; // the seller's n-th active listing
    const char *buyer;
    const char *last; // the state it ends in
    std::int64_t ago; // when it was bought, seconds before now
};

constexpr Plan kPlans[] = {
    {"mei.tanaka@demo.caravan", 0, "emma.johnson@demo.caravan", "released", 9 * kDay},
    {"mei.tanaka@demo.caravan", 1, "sara.lind@demo.caravan", "delivered", 6 * kDay},
    {"mei.tanaka@demo.caravan", 2, "lucas.dubois@demo.caravan", "shipped", 3 * kDay},
    {"mei.tanaka@demo.caravan", 3, "noah.brown@demo.caravan", "paid", 1 * kDay},
    {"mei.tanaka@demo.caravan", 4, "wang.fang@demo.caravan", "awaiting_payment", 0},
    {"lukas.weber@demo.caravan", 0, "emma.johnson@demo.caravan", "released", 8 * kDay},
    {"lukas.weber@demo.caravan", 1, "noah.brown@demo.caravan", "refunded", 4 * kDay},
    {"lukas.weber@demo.caravan", 2, "sara.lind@demo.caravan", "cancelled", 2 * kDay},
    {"camille.martin@demo.caravan", 0, "emma.johnson@demo.caravan", "disputed", 7 * kDay},
};

const char *kCities[][3] = {{"US", "Portland", "97201"}, {"SE", "Uppsala", "753 10"},
                            {"BE", "Gent", "9000"},      {"CA", "Halifax", "B3H 1A1"},
                            {"CN", "Chengdu", "610000"}, {"DE", "Leipzig", "04109"}};

json addressFor(const store::User &buyer)
{
    for (const auto &c : kCities)
        if (buyer.country == c[0])
            return {{"name", buyer.displayName},
                    {"line1", "12 Harbour Street"},
                    {"city", c[1]},
                    {"postal_code", c[2]},
                    {"country", buyer.country}};
    return {{"name", buyer.displayName},
            {"line1", "1 Main Street"},
            {"city", "Capital"},
            {"country", buyer.country}};
}

// Pays the order's checkout session with the sandbox's succeeding test card, as a buyer on its page.
void payOnSandbox(const orders::OrderSettings &settings, const store::OrderRecord &order)
{
    payments::HttpCall call;
    call.method = "POST";
    call.url =
        payments::joinUrl(settings.paymentsApiBase,
                          "/sandbox/checkout/" + payments::percentEncode(order.checkoutSessionId) + "/pay");
    call.headers = {{"Authorization", "Bearer " + settings.paymentsSecretKey}};
    call.contentType = "application/x-www-form-urlencoded";
    call.body = "card=4242424242424242";
    const auto answer = payments::sendHttp(call);
    if (answer.status != 200)
        throw std::runtime_error("the sandbox did not take the demo payment (HTTP " +
                                 std::to_string(answer.status) + "); is payments.api_base a caravan-paysim?");
}

void advance(orders::EscrowServices &escrow, const std::string &orderId, OrderState to,
             const std::string &event, escrow::Cause cause, const std::string &actor, std::int64_t at,
             json detail = json::object())
{
    store::Transaction tx(escrow.orders().database());
    auto o = orders::OrderWorkflow::lock(tx, orderId);
    escrow.orders().workflow().transition(tx, *o, to, event, {cause, actor, at, std::move(detail)});
    tx.commit();
}

void play(orders::EscrowServices &escrow, const Plan &plan, const store::User &buyer,
          const store::User &seller, const std::string &listingId, std::int64_t now)
{
    auto &service = escrow.orders();
    const std::string last = plan.last;
    const auto t0 = now - plan.ago;
    const auto order = service.create(buyer, {listingId, 1, addressFor(buyer), "sample-ems"}, t0, {});
    const auto withPage = service.ensureCheckout(buyer, order.id, t0 + 60, {});
    if (last == "awaiting_payment")
        return;
    if (last == "cancelled") {
        escrow.timers().runOnce(withPage.expiresAt + 1);
        return;
    }
    payOnSandbox(escrow.settings(), withPage);
    const auto session = escrow.provider()->retrieveCheckoutSession(withPage.checkoutSessionId);
    escrow.events().paymentSucceeded("demo:" + session.id, "checkout.session.completed", order.id,
                                     session.paymentIntentId, session.amountTotal, session.currency,
                                     t0 + 5 * 60);
    if (last == "paid")
        return;
    if (last == "refunded") {
        service.cancel(buyer, order.id, t0 + 3 * kHour, {});
        return;
    }
    service.ship(seller, order.id, "EMS", "EE" + order.id.substr(0, 8) + "JP", t0 + kDay);
    if (last == "shipped")
        return;
    advance(escrow, order.id, OrderState::Delivered, "delivered", escrow::Cause::Carrier, {}, t0 + 5 * kDay,
            {{"status", "delivered"}});
    if (last == "delivered")
        return;
    if (last == "disputed") {
        // A real dispute (docs/disputes.md), which the buyer sent on to staff: the staff console has a case.
        const auto dispute = escrow.disputes().open(
            buyer, {order.id, "not_as_described", "The case back is deeply scratched; the listing said \"like new\".", {}},
            t0 + 6 * kDay);
        escrow.disputes().escalate(buyer, dispute.id, "Please look at the photos in the listing.", t0 + 6 * kDay + kHour);
        return;
    }
    service.confirmReceipt(buyer, order.id, t0 + 6 * kDay, {});
}

} // namespace

DemoOrdersReport seedDemoOrders(orders::EscrowServices &escrow, store::UserRepository &users,
                                store::ListingRepository &listings, std::int64_t now)
{
    DemoOrdersReport report;
    if (!escrow.provider()) {
        report.skipped = "payments are not configured";
        return report;
    }
    if (!store::OrderStore::countByState(escrow.orders().database()).empty()) {
        report.skipped = "orders exist already";
        return report;
    }
    // Each seller's listings as they are before anything is bought (a sold one leaves the active list).
    std::map<std::string, std::vector<std::string>> listingsOf;
    for (const auto &plan : kPlans)
        if (const auto seller = users.findByEmail(plan.seller); seller && !listingsOf.count(plan.seller))
            listingsOf[plan.seller] = listings.activeIdsOfSeller(seller->id);
    for (const auto &plan : kPlans) {
        const auto buyer = users.findByEmail(plan.buyer);
        const auto seller = users.findByEmail(plan.seller);
        if (!buyer || !seller)
            continue;
        const auto &ids = listingsOf[plan.seller];
        if (static_cast<std::size_t>(plan.listing) >= ids.size())
            continue;
        play(escrow, plan, *buyer, *seller, ids[static_cast<std::size_t>(plan.listing)], now);
        ++report.created;
    }
    // The demo sellers' payout identities are verified (demo_seed.cpp): what is released is paid out.
    escrow.money().createPayouts(now);
    escrow.money().sendPayouts(now);
    escrow.money().sendRefunds(now);
    return report;
}

} // namespace caravan::demo
