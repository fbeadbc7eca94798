// Orders end to end: a buyer orders and pays through the real server and the real payment sandbox, the
// seller's app pulls the order, marks it shipped offline and syncs (SQLite or PostgreSQL).
#include "data/listingrepository.h"
#include "data/messagerepository.h"
#include "data/orderrepository.h"
#include "data/packingevidence.h"
#include "data/syncjournal.h"
#include "marketsupport.h"

#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <random>

using namespace caravan;
using namespace caravan::synctest;

namespace {

} // namespace

TEST_CASE("an order paid on the web reaches the app, is shipped offline and syncs as shipped", "[sync][orders]")
{
    ServerDatabase database;
    Market market(database);
    REQUIRE(market.start());
    const Seller seller = newSeller(database, market.url());
    REQUIRE_FALSE(seller.token.isEmpty());
    Device device;
    const QString listingId = publishListing(device, market.url(), seller.token);

    const QString buyer = market.newBuyer();
    REQUIRE_FALSE(buyer.isEmpty());
    const auto placed = market.order(buyer, listingId);
    REQUIRE_FALSE(placed.isEmpty());
    const QString orderId = placed.value(QStringLiteral("id")).toString();
    REQUIRE(market.pay(buyer, placed));

    // The next sync brings it, paid, with its amounts and timeline.
    REQUIRE(syncOnce(device, market.url(), seller.token));
    data::OrderRepository orders(device.db->connection());
    auto order = orders.load(orderId);
    REQUIRE(order);
    CHECK(order->status == QLatin1String("paid"));
    CHECK(order->listingAmounts.currency == QLatin1String("JPY"));
    CHECK(order->listingAmounts.item == 18500);
    CHECK(order->buyerAmounts.currency == QLatin1String("EUR"));
    CHECK(order->shipTo.city == QLatin1String("Berlin"));
    CHECK(order->deadlines.shipBy.isValid());
    CHECK(order->timeline.size() == 2);
    CHECK(order->isShippable());

    // Offline: marked shipped, waiting in the outbox.
    REQUIRE(orders.markShipped(orderId, QStringLiteral("post"), QStringLiteral("rr 123 456 785 de")));
    data::SyncJournal journal(device.db->connection());
    CHECK(journal.pendingCount() == 1);
    order = orders.load(orderId);
    CHECK(order->awaitsShipmentSync());

    // Online again: the server ships it; the buyer sees the tracking number.
    REQUIRE(syncOnce(device, market.url(), seller.token));
    CHECK(journal.pendingCount() == 0);
    order = orders.load(orderId);
    CHECK(order->status == QLatin1String("shipped"));
    CHECK(order->shipment.carrier == QLatin1String("post"));
    CHECK(order->shipment.trackingNumber == QLatin1String("RR123456785DE"));
    CHECK_FALSE(order->refusal);
    const auto seen = market.get(buyer, orderId);
    CHECK(seen.value(QStringLiteral("status")).toString() == QLatin1String("shipped"));
    CHECK(seen.value(QStringLiteral("shipment")).toObject().value(QStringLiteral("tracking_number")).toString() ==
          QLatin1String("RR123456785DE"));

    // Packing evidence recorded for the order: its photos upload, the server seals it.
    data::PackingEvidence evidence;
    evidence.orderId = orderId;
    evidence.listingId = listingId;
    evidence.photos = {addPhoto(device, 21), addPhoto(device, 22)};
    evidence.weightG = 640;
    evidence.lengthMm = 220;
    evidence.widthMm = 160;
    evidence.heightMm = 110;
    data::PackingEvidenceRepository packing(device.db->connection());
    REQUIRE(packing.record(evidence));
    REQUIRE(packing.forOrder(orderId).size() == 1);
    CHECK(packing.forOrder(orderId)[0].state == data::PackingEvidenceRepository::SealState::Waiting);
    REQUIRE(syncOnce(device, market.url(), seller.token));
    const auto sealed = packing.forOrder(orderId);
    REQUIRE(sealed.size() == 1);
    CHECK(sealed[0].state == data::PackingEvidenceRepository::SealState::Sealed);
    CHECK(sealed[0].receivedAt.isValid());
    CHECK(sealed[0].sealSha256.size() == 64);

    // A second device of the seller gets the same order, shipped.
    Device other;
    REQUIRE(syncOnce(other, market.url(), seller.token));
    const auto there = data::OrderRepository(other.db->connection()).load(orderId);
    REQUIRE(there);
    CHECK(there->status == QLatin1String("shipped"));
    CHECK(there->shipment.trackingNumber == QLatin1String("RR123456785DE"));
}

TEST_CASE("a shipment marked offline after the buyer cancelled is refused and shown on the order",
          "[sync][orders]")
{
    ServerDatabase database;
    Market market(database);
    REQUIRE(market.start());
    const Seller seller = newSeller(database, market.url());
    Device device;
    const QString listingId = publishListing(device, market.url(), seller.token);
    const QString buyer = market.newBuyer();
    const auto placed = market.order(buyer, listingId);
    REQUIRE_FALSE(placed.isEmpty());
    const QString orderId = placed.value(QStringLiteral("id")).toString();
    REQUIRE(market.pay(buyer, placed));
    REQUIRE(syncOnce(device, market.url(), seller.token));

    // The buyer cancels while the seller's app is offline; the seller marks it shipped there.
    const auto cancelled = market.post(buyer, QStringLiteral("/api/v1/orders/") + orderId + QStringLiteral("/cancel"));
    INFO(cancelled.body.toStdString());
    REQUIRE(cancelled.status == 200);
    data::OrderRepository orders(device.db->connection());
    REQUIRE(orders.markShipped(orderId, QStringLiteral("dhl_express"), QStringLiteral("1234567890")));

    REQUIRE(syncOnce(device, market.url(), seller.token));
    const auto order = orders.load(orderId);
    REQUIRE(order);
    CHECK(order->status == QLatin1String("refunded"));
    REQUIRE(order->refusal);
    CHECK(order->refusal->code == QLatin1String("not_shippable"));
    CHECK_FALSE(order->pendingShipment);
    CHECK_FALSE(order->isShippable());
    CHECK(market.get(buyer, orderId).value(QStringLiteral("shipment")).toObject().value(
              QStringLiteral("tracking_number")).toString().isEmpty());
}

namespace {

// A UPU S10 number with its check digit: RR, eight digits, the check digit, DE.
QString s10(int serial)
{
    static const int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    const QString digits = QStringLiteral("%1").arg(serial, 8, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digits.at(i).digitValue() * weights[i];
    int check = 11 - sum % 11;
    check = check == 10 ? 0 : check == 11 ? 5 : check;
    return QStringLiteral("RR") + digits + QString::number(check) + QStringLiteral("DE");
}

} // namespace

TEST_CASE("orders shipped and messages answered offline survive the server being killed mid-sync: nothing lost or doubled",
          "[sync][orders][kill]")
{
    ServerDatabase database;
    Market market(database);
    REQUIRE(market.start());
    const Seller seller = newSeller(database, market.url());
    Device device;
    const QString listingId = publishListing(device, market.url(), seller.token);
    const QString buyer = market.newBuyer();
    WebSession browser(market.url());
    REQUIRE(browser.signIn(market.lastBuyerEmail(), Market::buyerPassword()));
    const QString threadId = browser.ask(listingId, QStringLiteral("Is the strap original?"));
    REQUIRE_FALSE(threadId.isEmpty());
    QStringList orderIds;
    for (int i = 0; i < 2; ++i) { // the listing holds 2 units
        const auto placed = market.order(buyer, listingId);
        REQUIRE_FALSE(placed.isEmpty());
        REQUIRE(market.pay(buyer, placed));
        orderIds << placed.value(QStringLiteral("id")).toString();
    }
    REQUIRE(syncOnce(device, market.url(), seller.token));

    // Offline: both shipped, and packing evidence for the first.
    data::OrderRepository orders(device.db->connection());
    for (int i = 0; i < orderIds.size(); ++i)
        REQUIRE(orders.markShipped(orderIds[i], QStringLiteral("post"), s10(4711 + i)));
    data::PackingEvidence evidence;
    evidence.orderId = orderIds[0];
    evidence.listingId = listingId;
    evidence.photos = {addPhoto(device, 31)};
    evidence.weightG = 500;
    evidence.lengthMm = evidence.widthMm = evidence.heightMm = 100;
    REQUIRE(data::PackingEvidenceRepository(device.db->connection()).record(evidence));
    // And an answer to the buyer's question (asked before buying), written offline.
    data::MessageRepository messages(device.db->connection());
    REQUIRE(messages.send(threadId, QStringLiteral("Yes, the original strap.")));
    data::SyncJournal journal(device.db->connection());
    REQUIRE(journal.pendingCount() == 4);

    // Sync while the server is killed at a random moment, again and again, until everything is through.
    std::mt19937 random(20261203);
    int kills = 0;
    for (int round = 0; round < 20 && journal.pendingCount() > 0; ++round) {
        const int after = std::uniform_int_distribution<int>(0, 120)(random);
        QTimer::singleShot(after, [&] {
            if (market.server().running()) {
                market.server().kill();
                ++kills;
            }
        });
        syncOnce(device, market.url(), seller.token, 20000);
        QTest::qWait(150); // the timer fires even when the cycle was quicker
        if (!market.server().running())
            REQUIRE(market.server().start());
    }
    INFO("server kills: " << kills);
    CHECK(kills > 0);
    REQUIRE(syncOnce(device, market.url(), seller.token));
    CHECK(journal.pendingCount() == 0);

    // Each order is shipped once, with its own number; the evidence is sealed once.
    for (int i = 0; i < orderIds.size(); ++i) {
        const auto seen = market.get(seller.token, orderIds[i]);
        CHECK(seen.value(QStringLiteral("status")).toString() == QLatin1String("shipped"));
        CHECK(seen.value(QStringLiteral("shipment")).toObject().value(QStringLiteral("tracking_number")).toString() ==
              s10(4711 + i));
        int shippedEvents = 0;
        for (const auto &event : seen.value(QStringLiteral("timeline")).toArray())
            shippedEvents += event.toObject().value(QStringLiteral("event")).toString() == QLatin1String("shipped");
        CHECK(shippedEvents == 1);
        CHECK(orders.load(orderIds[i])->status == QLatin1String("shipped"));
    }
    const auto sealed = data::PackingEvidenceRepository(device.db->connection()).forOrder(orderIds[0]);
    REQUIRE(sealed.size() == 1);
    CHECK(sealed[0].state == data::PackingEvidenceRepository::SealState::Sealed);
    // The answer is in the buyer's thread once, not doubled by the retries.
    const QByteArray html = browser.page(QStringLiteral("/messages/") + threadId);
    CHECK(html.count("Yes, the original strap.") == 1);
    CHECK(messages.messages(threadId).size() == 2);
}

TEST_CASE("a buyer's question on the web reaches the app, and the answer written offline reaches the buyer",
          "[sync][messages]")
{
    ServerDatabase database;
    Market market(database);
    REQUIRE(market.start());
    const Seller seller = newSeller(database, market.url());
    Device device;
    const QString listingId = publishListing(device, market.url(), seller.token);
    REQUIRE_FALSE(market.newBuyer().isEmpty());

    WebSession browser(market.url());
    REQUIRE(browser.signIn(market.lastBuyerEmail(), Market::buyerPassword()));
    const QString threadId = browser.ask(listingId, QStringLiteral("Does it keep time? <b>asking</b>"));
    REQUIRE_FALSE(threadId.isEmpty());

    REQUIRE(syncOnce(device, market.url(), seller.token));
    data::MessageRepository messages(device.db->connection());
    const auto threads = messages.threads();
    REQUIRE(threads.size() == 1);
    CHECK(threads[0].id == threadId);
    CHECK(threads[0].unread == 1);
    CHECK(threads[0].lastText == QStringLiteral("Does it keep time? <b>asking</b>"));

    // Answered offline, sent with the next sync, read on the buyer's page (escaped).
    REQUIRE(messages.send(threadId, QStringLiteral("It gains about 15 s a day & runs well.")));
    data::SyncJournal journal(device.db->connection());
    CHECK(journal.pendingCount() == 1);
    REQUIRE(syncOnce(device, market.url(), seller.token));
    CHECK(journal.pendingCount() == 0);
    const QByteArray html = browser.page(QStringLiteral("/messages/") + threadId);
    CHECK(html.contains("It gains about 15 s a day &amp; runs well."));
    CHECK(html.contains("Does it keep time? &lt;b&gt;asking&lt;/b&gt;"));
    // The same answer is on the seller's device once, as sent.
    const auto thread = messages.messages(threadId);
    REQUIRE(thread.size() == 2);
    CHECK(thread[1].fromSeller);
}
