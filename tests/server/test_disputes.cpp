// Disputes (docs/disputes.md): opening freezes the money, the parties' offers, staff decisions with a
// second approver, the clocks, and who may see what. Each case ends with the ledger verified.
#include "escrow/dispute.h"
#include "orders/escrow_services.h"
#include "store/audit_log.h"
#include "store/disputes.h"
#include "store/ledger.h"
#include "store/money_movements.h"
#include "store/orders.h"
#include "support/escrow_world.h"

#include <catch2/catch.hpp>
#include <thread>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

constexpr std::int64_t kDay = 86400;

std::string paidOrder(EscrowWorld &w)
{
    const auto o = w.createOrder(w.buyer, w.listingId);
    w.pay(o);
    w.flushWebhooks();
    return w.waitForStatus(w.buyer, o.at("id"), "paid").at("id").get<std::string>();
}

std::string shippedOrder(EscrowWorld &w)
{
    const auto id = paidOrder(w);
    REQUIRE(w.call("POST", "/api/v1/orders/" + id + "/ship", w.seller,
                   {{"carrier", "EMS"}, {"tracking_number", "EE000000001JP"}})
                .status == 200);
    return id;
}

std::string deliveredOrder(EscrowWorld &w)
{
    const auto id = shippedOrder(w);
    const auto o = *store::OrderStore::load(w.db(), id);
    REQUIRE(w.escrow().timers().runOnce(o.deliveryDue + 1).delivered == 1);
    return id;
}

store::OrderRecord stored(EscrowWorld &w, const std::string &id)
{
    return *store::OrderStore::load(w.db(), id);
}

json open(EscrowWorld &w, const std::string &orderId, const std::string &reason = "not_as_described")
{
    const auto r = w.call("POST", "/api/v1/orders/" + orderId + "/dispute", w.buyer,
                          {{"reason", reason}, {"text", "The dial is cracked, the listing said mint."}});
    INFO(r.body);
    REQUIRE(r.status == 201);
    return json::parse(r.body).at("dispute");
}

store::DisputeRecord disputeOf(EscrowWorld &w, const std::string &id)
{
    return *store::DisputeStore::load(w.db(), id);
}

std::int64_t payable(EscrowWorld &w, const std::string &sellerId, const std::string &currency)
{
    return -store::LedgerStore::balance(w.db(), "seller_payable:" + sellerId, currency);
}

} // namespace

TEST_CASE("Opening a dispute holds the money and stops the release clock", "[disputes]")
{
    EscrowWorld w;
    const auto id = deliveredOrder(w);
    CHECK(stored(w, id).dueAt > 0);
    const auto d = open(w, id);
    CHECK(d.at("status") == "awaiting_seller");
    const auto o = stored(w, id);
    CHECK(o.state == "disputed");
    CHECK(o.dueAt == 0);
    CHECK(w.order(w.buyer, id).at("timeline").back().at("event") == "dispute_opened");
    // The order timers leave it alone however late it is.
    CHECK(w.escrow().timers().runOnce(o.releaseAt + 30 * kDay).released == 0);
    CHECK(stored(w, id).state == "disputed");
    // One dispute per order.
    const auto again = w.call("POST", "/api/v1/orders/" + id + "/dispute", w.buyer,
                              {{"reason", "damaged"}, {"text", "And it arrived damaged too."}});
    CHECK(again.status == 409);
    CHECK(json::parse(again.body).at("error") == "already_disputed");
    CHECK(w.ledgerHolds());
}

TEST_CASE("A dispute is refused when it is too early, for the wrong reason or on the wrong order", "[disputes]")
{
    EscrowWorld w;
    const auto paid = paidOrder(w);
    auto r = w.call("POST", "/api/v1/orders/" + paid + "/dispute", w.buyer,
                    {{"reason", "not_received"}, {"text", "Nothing has come yet at all."}});
    CHECK(r.status == 409);
    CHECK(json::parse(r.body).at("error") == "not_disputable");

    const auto listing2 = w.makeListing(1);
    const auto o2 = w.createOrder(w.buyer, listing2);
    w.pay(o2);
    w.flushWebhooks();
    const auto shipped = w.waitForStatus(w.buyer, o2.at("id"), "paid").at("id").get<std::string>();
    REQUIRE(w.call("POST", "/api/v1/orders/" + shipped + "/ship", w.seller,
                   {{"carrier", "EMS"}, {"tracking_number", "EE000000015JP"}})
                .status == 200);
    r = w.call("POST", "/api/v1/orders/" + shipped + "/dispute", w.buyer,
               {{"reason", "not_received"}, {"text", "Nothing has come yet at all."}});
    CHECK(r.status == 409);
    CHECK(json::parse(r.body).at("error") == "too_early");
    r = w.call("POST", "/api/v1/orders/" + shipped + "/dispute", w.buyer,
               {{"reason", "damaged"}, {"text", "It will surely be damaged."}});
    CHECK(json::parse(r.body).at("error") == "not_delivered");
    r = w.call("POST", "/api/v1/orders/" + shipped + "/dispute", w.buyer, {{"reason", "lost"}, {"text", "x"}});
    CHECK(r.status == 422);
    // Only the order's buyer: the seller and strangers are told there is no such order.
    r = w.call("POST", "/api/v1/orders/" + shipped + "/dispute", w.seller,
               {{"reason", "not_received"}, {"text", "I am the seller, not the buyer."}});
    CHECK(r.status == 404);
    CHECK(stored(w, shipped).state == "shipped");
}

TEST_CASE("The buyer accepts the seller's partial refund: a split that empties escrow exactly", "[disputes]")
{
    EscrowWorld w;
    const auto id = deliveredOrder(w);
    const auto d = open(w, id);
    const auto did = d.at("id").get<std::string>();
    const auto before = stored(w, id);
    const auto goods = before.buyer.item + before.buyer.postage;

    // An offer out of range is refused with the field named.
    auto r = w.call("POST", "/api/v1/disputes/" + did + "/answer", w.seller,
                    {{"text", "Sorry."}, {"offer", {{"kind", "partial_refund"}, {"amount_minor", goods}}}});
    CHECK(r.status == 422);
    CHECK(json::parse(r.body).at("field") == "offer.amount_minor");

    const std::int64_t refund = goods / 4;
    r = w.call("POST", "/api/v1/disputes/" + did + "/answer", w.seller,
               {{"text", "Sorry about the dial; here is a quarter back."},
                {"offer", {{"kind", "partial_refund"}, {"amount_minor", refund}}}});
    INFO(r.body);
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("dispute").at("status") == "awaiting_buyer");

    // The seller cannot accept their own offer; the buyer can, once, under a key.
    CHECK(w.call("POST", "/api/v1/disputes/" + did + "/accept-offer", w.seller, nullptr, newKey()).status == 404);
    const auto key = newKey();
    r = w.call("POST", "/api/v1/disputes/" + did + "/accept-offer", w.buyer, nullptr, key);
    INFO(r.body);
    REQUIRE(r.status == 200);
    const auto replay = w.call("POST", "/api/v1/disputes/" + did + "/accept-offer", w.buyer, nullptr, key);
    CHECK(replay.body == r.body);
    CHECK(w.call("POST", "/api/v1/disputes/" + did + "/accept-offer", w.buyer, nullptr, newKey()).status == 409);

    const auto after = disputeOf(w, did);
    CHECK(after.status == "resolved");
    CHECK(after.outcome == "split");
    CHECK(after.refundMinor == refund);
    CHECK(stored(w, id).state == "released");
    const auto refunds = store::MoneyMovementStore::refundsOfOrder(w.db(), id);
    REQUIRE(refunds.size() == 1);
    CHECK(refunds[0].amountMinor == refund);
    CHECK(store::LedgerStore::balance(w.db(), "escrow:" + id, before.buyerCurrency) == 0);
    // The seller keeps three quarters of item + postage in the listing currency, less the fee on it.
    const auto parts = escrow::splitParts(orders::OrderWorkflow::money(before),
                                          money::Money::ofMinor(refund, before.buyerCurrency), false);
    CHECK(payable(w, before.sellerId, before.listingCurrency) ==
          parts.sellerShareL.minor() - parts.sellerFeeL.minor());
    CHECK(parts.sellerShareL.minor() < before.listing.item + before.listing.postage);
    CHECK(w.ledgerHolds());
}

TEST_CASE("A seller who does not answer sends the case to staff, who refund in full", "[disputes]")
{
    EscrowWorld w;
    const auto staff = w.makeStaff("arbiter@caravan.example");
    const auto id = deliveredOrder(w);
    const auto did = open(w, id).at("id").get<std::string>();
    const auto opened = disputeOf(w, did);
    CHECK(opened.deadlineAt - opened.openedAt == 3 * kDay);

    CHECK(w.escrow().disputes().runDue(opened.deadlineAt - 1).escalated == 0);
    CHECK(w.escrow().disputes().runDue(opened.deadlineAt + 1).escalated == 1);
    CHECK(w.escrow().disputes().runDue(opened.deadlineAt + 2).escalated == 0); // once
    CHECK(disputeOf(w, did).status == "escalated");

    // The queue shows it, deadline first; the case carries the order, the ledger and both histories.
    auto r = w.call("GET", "/api/v1/staff/disputes", staff);
    REQUIRE(r.status == 200);
    const auto queue = json::parse(r.body).at("disputes");
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].at("id") == did);
    CHECK(queue[0].at("title") == "Vintage Seiko 5 automatic watch (1978)");
    r = w.call("GET", "/api/v1/staff/disputes/" + did, staff);
    REQUIRE(r.status == 200);
    const auto c = json::parse(r.body);
    CHECK(c.at("order").at("id") == id);
    CHECK(!c.at("ledger").empty());
    CHECK(c.at("buyer").at("disputes_as_buyer") == 1);
    CHECK(c.at("events").back().at("kind") == "seller_silent_escalated");

    REQUIRE(w.call("POST", "/api/v1/staff/disputes/" + did + "/claim", staff).status == 200);
    CHECK(json::parse(w.call("GET", "/api/v1/staff/disputes?assigned=me", staff).body).at("disputes").size() == 1);
    r = w.call("POST", "/api/v1/staff/disputes/" + did + "/decision", staff,
               {{"outcome", "refund"}, {"note", "The seller did not answer; the photos show a cracked dial."}},
               newKey());
    INFO(r.body);
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("dispute").at("outcome") == "refund");
    CHECK(stored(w, id).state == "refunded");
    CHECK(w.settleRefund(id) == "succeeded");
    CHECK(w.ledgerHolds());
    // The view of the case, the claim and the decision are on the audit log, whose chain holds.
    std::vector<std::string> actions;
    for (const auto &e : store::AuditLog::list(w.db(), 0, 1000))
        if (e.subjectId == did) {
            CHECK(e.actorId == staff.id);
            actions.push_back(e.action);
        }
    CHECK(actions == std::vector<std::string>{"dispute.case_viewed", "dispute.claimed", "dispute.decided"});
    CHECK(store::AuditLog::verify(w.db()).ok);
}

TEST_CASE("Above the limit a decision waits for a second member of staff", "[disputes]")
{
    WorldOptions options;
    options.server["disputes.second_approval_minor"] = "100";
    EscrowWorld w(options);
    const auto first = w.makeStaff("first@caravan.example");
    const auto second = w.makeStaff("second@caravan.example");
    const auto id = deliveredOrder(w);
    const auto did = open(w, id).at("id").get<std::string>();
    REQUIRE(w.call("POST", "/api/v1/disputes/" + did + "/escalate", w.buyer, {{"text", "Please look at this."}})
                .status == 200);
    const auto o = stored(w, id);
    const auto goods = o.buyer.item + o.buyer.postage;

    // A split out of range is refused before anything is kept.
    auto r = w.call("POST", "/api/v1/staff/disputes/" + did + "/decision", first,
                    {{"outcome", "split"}, {"refund_minor", goods + 1}}, newKey());
    CHECK(r.status == 422);
    r = w.call("POST", "/api/v1/staff/disputes/" + did + "/decision", first,
               {{"outcome", "split"}, {"refund_minor", goods / 2}, {"buyer_fee_refunded", true}, {"note", "Half."}},
               newKey());
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("dispute").at("status") == "awaiting_approval");
    CHECK(stored(w, id).state == "disputed"); // nothing moved

    r = w.call("POST", "/api/v1/staff/disputes/" + did + "/approve", first, nullptr, newKey());
    CHECK(r.status == 403);
    CHECK(json::parse(r.body).at("error") == "own_decision");
    r = w.call("POST", "/api/v1/staff/disputes/" + did + "/approve", second, nullptr, newKey());
    INFO(r.body);
    REQUIRE(r.status == 200);
    const auto d = disputeOf(w, did);
    CHECK(d.outcome == "split");
    CHECK(d.refundMinor == goods / 2 + o.buyer.buyerFee);
    CHECK(stored(w, id).state == "released");
    CHECK(store::LedgerStore::balance(w.db(), "escrow:" + id, o.buyerCurrency) == 0);
    CHECK(w.ledgerHolds());
}

TEST_CASE("Only the parties and staff see a dispute - only staff reach the staff routes", "[disputes][roles]")
{
    EscrowWorld w;
    const auto stranger = w.makeBuyer("stranger@caravan.example");
    const auto staff = w.makeStaff("desk@caravan.example");
    const auto id = deliveredOrder(w);
    const auto did = open(w, id).at("id").get<std::string>();
    CHECK(w.call("GET", "/api/v1/disputes/" + did, w.buyer).status == 200);
    CHECK(w.call("GET", "/api/v1/disputes/" + did, w.seller).status == 200);
    CHECK(w.call("GET", "/api/v1/disputes/" + did, stranger).status == 404);
    CHECK(w.call("POST", "/api/v1/disputes/" + did + "/messages", stranger, {{"text", "hello"}}).status == 404);
    CHECK(w.call("POST", "/api/v1/disputes/" + did + "/answer", w.buyer, {{"text", "I answer myself"}}).status == 404);
    for (const auto *who : {"buyer", "seller", "stranger"}) {
        const Account &a = std::string(who) == "buyer" ? w.buyer : std::string(who) == "seller" ? w.seller : stranger;
        INFO(who);
        CHECK(w.call("GET", "/api/v1/staff/disputes", a).status == 403);
        CHECK(w.call("GET", "/api/v1/staff/disputes/" + did, a).status == 403);
        CHECK(w.call("POST", "/api/v1/staff/disputes/" + did + "/decision", a, {{"outcome", "refund"}}, newKey())
                  .status == 403);
    }
    CHECK(w.call("GET", "/api/v1/staff/disputes/" + did, staff).status == 200);
    CHECK(stored(w, id).state == "disputed");
}

TEST_CASE("A buyer who lets the answer stand loses the dispute when the clock runs out", "[disputes]")
{
    EscrowWorld w;
    const auto id = deliveredOrder(w);
    const auto did = open(w, id).at("id").get<std::string>();
    REQUIRE(w.call("POST", "/api/v1/disputes/" + did + "/answer", w.seller,
                   {{"text", "The dial was intact when packed; see my sealed packing photos."}})
                .status == 200);
    const auto answered = disputeOf(w, did);
    CHECK(answered.deadlineAt - answered.updatedAt == 14 * kDay);
    // Two servers run the clocks at once: one acts.
    orders::DisputeService::Report a, b;
    std::thread t1([&] { a = w.escrow().disputes().runDue(answered.deadlineAt + 1); });
    std::thread t2([&] { b = w.escrow().disputes().runDue(answered.deadlineAt + 1); });
    t1.join();
    t2.join();
    CHECK(a.released + b.released == 1);
    CHECK(disputeOf(w, did).outcome == "release");
    const auto o = stored(w, id);
    CHECK(o.state == "released");
    CHECK(payable(w, o.sellerId, o.listingCurrency) == o.listing.sellerNet);
    CHECK(w.ledgerHolds());
}

TEST_CASE("A return: the buyer sends the item back and is refunded when the seller has it", "[disputes]")
{
    EscrowWorld w;
    const auto id = deliveredOrder(w);
    const auto did = open(w, id).at("id").get<std::string>();
    REQUIRE(w.call("POST", "/api/v1/disputes/" + did + "/answer", w.seller,
                   {{"text", "Send it back and I refund you."},
                    {"offer", {{"kind", "return"}, {"return_address", EscrowWorld::address("JP")}}}})
                .status == 200);
    REQUIRE(w.call("POST", "/api/v1/disputes/" + did + "/accept-offer", w.buyer, nullptr, newKey()).status == 200);
    CHECK(disputeOf(w, did).status == "returning");
    CHECK(stored(w, id).state == "disputed");
    // A tracking number in the wrong format is refused; the real one starts the return clock.
    auto r = w.call("POST", "/api/v1/disputes/" + did + "/return-shipment", w.buyer,
                    {{"carrier", "post"}, {"tracking_number", "not a number"}});
    CHECK(r.status == 422);
    r = w.call("POST", "/api/v1/disputes/" + did + "/return-shipment", w.buyer,
               {{"carrier", "post"}, {"tracking_number", "RR123456785DE"}});
    INFO(r.body);
    REQUIRE(r.status == 200);
    CHECK(w.call("POST", "/api/v1/disputes/" + did + "/return-received", w.buyer, nullptr, newKey()).status == 404);
    REQUIRE(w.call("POST", "/api/v1/disputes/" + did + "/return-received", w.seller, nullptr, newKey()).status ==
            200);
    CHECK(disputeOf(w, did).outcome == "refund");
    CHECK(stored(w, id).state == "refunded");
    CHECK(w.ledgerHolds());
}

TEST_CASE("A return that is never sent ends for the seller - one that is sent refunds on the clock", "[disputes]")
{
    EscrowWorld w;
    const auto staff = w.makeStaff("returns@caravan.example");
    const auto first = deliveredOrder(w);
    const auto d1 = open(w, first).at("id").get<std::string>();
    REQUIRE(w.call("POST", "/api/v1/disputes/" + d1 + "/escalate", w.buyer, {{"text", "Staff please."}}).status == 200);
    REQUIRE(w.call("POST", "/api/v1/staff/disputes/" + d1 + "/decision", staff, {{"outcome", "return"}}, newKey())
                .status == 200);
    const auto returning = disputeOf(w, d1);
    CHECK(returning.status == "returning");
    CHECK(w.escrow().disputes().runDue(returning.deadlineAt + 1).released == 1);
    CHECK(stored(w, first).state == "released");

    const auto listing2 = w.makeListing(1);
    const auto o2 = w.createOrder(w.buyer, listing2);
    w.pay(o2);
    w.flushWebhooks();
    const auto second = w.waitForStatus(w.buyer, o2.at("id"), "paid").at("id").get<std::string>();
    REQUIRE(w.call("POST", "/api/v1/orders/" + second + "/ship", w.seller,
                   {{"carrier", "EMS"}, {"tracking_number", "EE000000015JP"}})
                .status == 200);
    REQUIRE(w.escrow().timers().runOnce(stored(w, second).deliveryDue + 1).delivered == 1);
    const auto d2 = open(w, second, "damaged").at("id").get<std::string>();
    REQUIRE(w.call("POST", "/api/v1/disputes/" + d2 + "/escalate", w.buyer, {{"text", "Staff please."}}).status == 200);
    REQUIRE(w.call("POST", "/api/v1/staff/disputes/" + d2 + "/decision", staff, {{"outcome", "return"}}, newKey())
                .status == 200);
    REQUIRE(w.call("POST", "/api/v1/disputes/" + d2 + "/return-shipment", w.buyer,
                   {{"carrier", "post"}, {"tracking_number", "RR123456785DE"}})
                .status == 200);
    const auto sent = disputeOf(w, d2);
    CHECK(sent.deadlineAt - sent.updatedAt == 14 * kDay);
    CHECK(w.escrow().disputes().runDue(sent.deadlineAt + 1).refunded == 1);
    CHECK(stored(w, second).state == "refunded");
    CHECK(w.ledgerHolds());
}
