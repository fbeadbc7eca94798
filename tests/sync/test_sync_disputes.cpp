// Disputes end to end through the real server and the real payment sandbox: a buyer orders and pays, the carrier
// delivers, the buyer opens a dispute; the seller's app reads it and answers with an offer; the buyer escalates; two members of staff,
// signed in with their second factor through the app's session client, list the queue, claim, decide a
// split (which waits for a second approver) and approve it. The split the app shows before deciding is what
// the server refunds and releases (SQLite or PostgreSQL).
#include "data/listingrepository.h"
#include "marketsupport.h"
#include "models/disputeshares.h"
#include "staffsupport.h"
#include "sync/disputeclient.h"
#include "sync/sessionclient.h"

#include <QTest>
#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::synctest;

TEST_CASE("a dispute is answered in the seller's app and decided by two members of staff in the app",
          "[sync][disputes]")
{
    ServerDatabase database;
    Market market(database);
    // Every decision needs a second approver.
    market.addConfig("disputes.second_approval_minor = 0\n");
    REQUIRE(market.start());
    const Seller seller = newSeller(database, market.url());
    REQUIRE_FALSE(seller.token.isEmpty());
    Device device;
    const QString listingId = publishListing(device, market.url(), seller.token, 1, QStringLiteral("disputed"), 11);
    const QString buyer = market.newBuyer();
    REQUIRE_FALSE(buyer.isEmpty());
    const auto placed = market.order(buyer, listingId);
    REQUIRE_FALSE(placed.isEmpty());
    const QString orderId = placed.value(QStringLiteral("id")).toString();
    REQUIRE(market.pay(buyer, placed));
    auto shipped = market.post(seller.token, QStringLiteral("/api/v1/orders/") + orderId + QStringLiteral("/ship"),
                               {{QStringLiteral("carrier"), QStringLiteral("EMS")},
                                {QStringLiteral("tracking_number"), QStringLiteral("EE000000002JP")}});
    INFO(shipped.body.toStdString());
    REQUIRE(shipped.status == 200);
    // The carrier delivers it: the buyer may now say it is not as described.
    REQUIRE(market.track(QStringLiteral("EMS"), QStringLiteral("EE000000002JP"), QStringLiteral("delivered")));
    REQUIRE(QTest::qWaitFor(
        [&] { return market.get(buyer, orderId).value(QStringLiteral("status")).toString() == QLatin1String("delivered"); },
        20000));
    auto opened = market.post(buyer, QStringLiteral("/api/v1/orders/") + orderId + QStringLiteral("/dispute"),
                              {{QStringLiteral("reason"), QStringLiteral("not_as_described")},
                               {QStringLiteral("text"), QStringLiteral("The lens is scratched; the listing said mint.")}});
    INFO(opened.body.toStdString());
    REQUIRE(opened.status == 201);

    sync::SessionClient http;
    // The seller's app finds the order's dispute and answers with a partial refund.
    sync::DisputeClient sellerApp(http, market.url(), seller.token);
    Answer<QVector<data::Dispute>> mine;
    sellerApp.mine([&](const QVector<data::Dispute> &l, const sync::ApiError &e) { mine.set(l, e); });
    REQUIRE(mine.wait());
    REQUIRE(mine.error.kind == sync::ApiError::Kind::None);
    REQUIRE(mine.value->size() == 1);
    const data::Dispute found = mine.value->first();
    CHECK(found.orderId == orderId);
    CHECK(found.status == QLatin1String("awaiting_seller"));
    const QString disputeId = found.id;
    Answer<data::DisputeCase> sellerCase;
    sellerApp.partyCase(disputeId, [&](const data::DisputeCase &c, const sync::ApiError &e) { sellerCase.set(c, e); });
    REQUIRE(sellerCase.wait());
    REQUIRE(sellerCase.value->hasOrder);
    CHECK(sellerCase.value->events.size() == 1);
    CHECK(sellerCase.value->events.first().text == QLatin1String("The lens is scratched; the listing said mint."));
    const data::Order order = sellerCase.value->order;
    const QString buyerCurrency = order.buyerAmounts.currency;
    data::DisputeOffer offer;
    offer.kind = QStringLiteral("partial_refund");
    offer.amountMinor = (order.buyerAmounts.item + order.buyerAmounts.postage) / 4;
    Answer<data::Dispute> answered;
    sellerApp.answer(disputeId, QStringLiteral("It left here without a scratch; I can refund a quarter."), offer,
                     [&](const data::Dispute &d, const sync::ApiError &e) { answered.set(d, e); });
    REQUIRE(answered.wait());
    INFO(answered.error.message.toStdString());
    REQUIRE(answered.error.kind == sync::ApiError::Kind::None);
    CHECK(answered.value->status == QLatin1String("awaiting_buyer"));
    CHECK(answered.value->offer.amountMinor == offer.amountMinor);

    // The buyer wants more and asks staff.
    REQUIRE(market.post(buyer, QStringLiteral("/api/v1/disputes/") + disputeId + QStringLiteral("/escalate"),
                        {{QStringLiteral("text"), QStringLiteral("A quarter does not cover a new lens.")}})
                .status == 200);

    // Staff: the queue, claim, the case, a split that waits for a second approver.
    const Staff first = newStaff(database, market.url(), http, QStringLiteral("ana"));
    const Staff second = newStaff(database, market.url(), http, QStringLiteral("ben"));
    sync::DisputeClient staffApp(http, market.url(), first.token);
    data::DisputeQueueFilter filter;
    filter.status = QStringLiteral("escalated");
    Answer<QVector<data::DisputeQueueRow>> queue;
    staffApp.queue(filter, [&](const QVector<data::DisputeQueueRow> &rows, const sync::ApiError &e) { queue.set(rows, e); });
    REQUIRE(queue.wait());
    INFO(queue.error.message.toStdString());
    REQUIRE(queue.error.kind == sync::ApiError::Kind::None);
    REQUIRE(queue.value->size() == 1);
    CHECK(queue.value->first().dispute.id == disputeId);
    CHECK(queue.value->first().currency == buyerCurrency);
    CHECK(queue.value->first().totalMinor == order.buyerAmounts.total);
    CHECK(queue.value->first().sellerCountry == QLatin1String("JP"));
    CHECK(queue.value->first().destination == QLatin1String("DE"));

    Answer<data::Dispute> claimed;
    staffApp.claim(disputeId, [&](const data::Dispute &d, const sync::ApiError &e) { claimed.set(d, e); });
    REQUIRE(claimed.wait());
    CHECK(claimed.value->assignedTo == first.id);
    queue = {};
    filter.assignedToMe = true;
    staffApp.queue(filter, [&](const QVector<data::DisputeQueueRow> &rows, const sync::ApiError &e) { queue.set(rows, e); });
    REQUIRE(queue.wait());
    CHECK(queue.value->size() == 1);

    Answer<data::DisputeCase> staffCase;
    staffApp.staffCase(disputeId, [&](const data::DisputeCase &c, const sync::ApiError &e) { staffCase.set(c, e); });
    REQUIRE(staffCase.wait());
    REQUIRE(staffCase.error.kind == sync::ApiError::Kind::None);
    const data::DisputeCase &c = *staffCase.value;
    REQUIRE(c.events.size() == 4); // opened, answered, escalated, claimed
    CHECK(c.events[1].kind == QLatin1String("answered"));
    CHECK(c.events[3].kind == QLatin1String("claimed"));
    CHECK_FALSE(c.ledger.isEmpty());
    CHECK(c.seller.ordersAsSeller == 1);
    CHECK(c.buyer.disputesAsBuyer == 1);

    // What the decision dialog shows for R = a third of item + postage, the buyer fee given back.
    const qint64 refund = (c.order.buyerAmounts.item + c.order.buyerAmounts.postage) / 3;
    const auto shares = models::DisputeSharesCalculator::compute(c.order, QStringLiteral("split"), refund, true);
    REQUIRE(shares.valid);
    data::DisputeDecision decision;
    decision.outcome = QStringLiteral("split");
    decision.refundMinor = refund;
    decision.buyerFeeRefunded = true;
    decision.note = QStringLiteral("The buyer's photos show a scratch the listing did not mention.");
    Answer<data::Dispute> decided;
    staffApp.decide(disputeId, decision, [&](const data::Dispute &d, const sync::ApiError &e) { decided.set(d, e); });
    REQUIRE(decided.wait());
    INFO(decided.error.message.toStdString());
    REQUIRE(decided.error.kind == sync::ApiError::Kind::None);
    CHECK(decided.value->status == QLatin1String("awaiting_approval"));
    CHECK(decided.value->proposal.proposedBy == first.id);
    CHECK(staffApp.pendingKey(QStringLiteral("decision"), disputeId).isEmpty());

    // The one who proposed it cannot approve it; the second member of staff can.
    Answer<data::Dispute> own;
    staffApp.approve(disputeId, [&](const data::Dispute &d, const sync::ApiError &e) { own.set(d, e); });
    REQUIRE(own.wait());
    CHECK(own.error.kind == sync::ApiError::Kind::Rejected);
    CHECK(own.error.httpStatus == 403);
    sync::DisputeClient secondApp(http, market.url(), second.token);
    Answer<data::Dispute> approved;
    secondApp.approve(disputeId, [&](const data::Dispute &d, const sync::ApiError &e) { approved.set(d, e); });
    REQUIRE(approved.wait());
    INFO(approved.error.message.toStdString());
    REQUIRE(approved.error.kind == sync::ApiError::Kind::None);
    CHECK(approved.value->status == QLatin1String("resolved"));
    CHECK(approved.value->outcome == QLatin1String("split"));
    // The server refunded exactly what the app showed the buyer would get ...
    CHECK(approved.value->refundMinor == shares.buyerGets);
    CHECK(shares.buyerGets == refund + c.order.buyerAmounts.buyerFee);

    // ... and released to the seller what the app showed the seller would be paid.
    Answer<data::DisputeCase> after;
    secondApp.staffCase(disputeId, [&](const data::DisputeCase &d, const sync::ApiError &e) { after.set(d, e); });
    REQUIRE(after.wait());
    qint64 payable = 0;
    for (const auto &line : after.value->ledger)
        if (line.account == QStringLiteral("seller_payable:") + c.order.sellerId &&
            line.businessKey == QStringLiteral("order:") + orderId + QStringLiteral(":released"))
            payable += line.amountMinor;
    CHECK(-payable == shares.sellerNetL);
    CHECK(after.value->order.status == QLatin1String("released"));

    // The seller's app sees it resolved; nothing is left to answer.
    sellerCase = {};
    sellerApp.partyCase(disputeId, [&](const data::DisputeCase &d, const sync::ApiError &e) { sellerCase.set(d, e); });
    REQUIRE(sellerCase.wait());
    CHECK(sellerCase.value->dispute.isResolved());
    CHECK(sellerCase.value->dispute.refundMinor == shares.buyerGets);
}
