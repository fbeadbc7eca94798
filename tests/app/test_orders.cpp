// The seller's orders on this device: records pulled into sync_records, shipments queued offline, the
// server's refusals, and the orders table's filters and order.
#include "data/orderrepository.h"
#include "data/outboxrepository.h"
#include "models/ordertablemodel.h"
#include "models/ordertext.h"
#include "test_order_support.h"
#include "ui/language.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace caravan;
using Filter = models::OrderTableModel::Filter;

namespace {

data::PushResult answer(qint64 id, const QString &status, const QString &code = {},
                        const QString &message = {})
{
    data::PushResult result;
    result.id = id;
    result.status = status;
    result.code = code;
    result.message = message;
    result.revision = status == QLatin1String("applied") ? 4 : 0;
    return result;
}

} // namespace

TEST_CASE("an order pulled into the journal reads as a typed order", "[orders]")
{
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    const QDateTime shipBy = test::orderTestNow().addDays(2);
    test::pullOrders(journal,
                     {test::orderRecord(QStringLiteral("o-1"), QStringLiteral("paid"), shipBy,
                                        QStringLiteral("Seiko 5"), 2)},
                     5);
    CHECK(journal.cursor() == 1);

    data::OrderRepository orders(db->connection());
    const auto all = orders.loadAll();
    REQUIRE(all.size() == 1);
    const data::Order &o = all.front();
    CHECK(o.id == QStringLiteral("o-1"));
    CHECK(o.status == QStringLiteral("paid"));
    CHECK(o.revision == 5);
    CHECK(o.title == QStringLiteral("Seiko 5"));
    CHECK(o.quantity == 2);
    CHECK(o.listingId == QStringLiteral("listing-o-1"));
    CHECK(o.shipTo.name == QStringLiteral("Emma Johnson"));
    CHECK(o.shipTo.postalCode == QStringLiteral("10115"));
    CHECK(o.shipTo.country == QStringLiteral("DE"));
    CHECK(o.listingAmounts.currency == QStringLiteral("EUR"));
    CHECK(o.listingAmounts.item == 9000);
    CHECK(o.listingAmounts.total == 10770);
    CHECK(o.listingAmounts.sellerNet == 10020);
    CHECK(o.buyerAmounts.currency == QStringLiteral("USD"));
    CHECK(o.buyerAmounts.total == 4883 * 2 + 1921);
    CHECK(o.fx.multiply == QStringLiteral("1.085"));
    CHECK(o.fx.date == QStringLiteral("2026-12-01"));
    CHECK(o.deadlines.shipBy == shipBy);
    CHECK_FALSE(o.deadlines.deliveryDue.isValid());
    CHECK(o.createdAt == test::orderTestNow().addDays(-1));
    CHECK(o.deliveryDaysMax == 8);
    CHECK(o.explanation == QStringList{QStringLiteral("Germany: no duty below EUR 150")});
    REQUIRE(o.timeline.size() == 3);
    CHECK(o.timeline[1].event == QStringLiteral("paid"));
    CHECK(o.timeline[1].cause == QStringLiteral("provider"));
    CHECK(o.timeline[1].detail == QStringLiteral("amount: 1921"));
    CHECK(o.timeline[2].detail == QStringLiteral("820 g"));
    CHECK(o.shipment.isEmpty());
    CHECK_FALSE(o.pendingShipment);
    CHECK_FALSE(o.refusal);
    CHECK(o.isShippable());

    // An older record: the shipment only in "shipment", no timeline; unknown status kept as it is.
    QJsonObject old = test::orderRecord(QStringLiteral("o-2"), QStringLiteral("on_hold"));
    old.remove(QStringLiteral("carrier"));
    old.remove(QStringLiteral("tracking_number"));
    old.remove(QStringLiteral("timeline"));
    old.insert(QStringLiteral("shipment"),
               QJsonObject{{QStringLiteral("carrier"), QStringLiteral("ups")},
                           {QStringLiteral("tracking_number"), QStringLiteral("1Z999AA10123456784")}});
    test::pullOrders(journal, {old});
    const auto second = orders.load(QStringLiteral("o-2"));
    REQUIRE(second);
    CHECK(second->shipment.carrier == QStringLiteral("ups"));
    CHECK(second->shipment.trackingNumber == QStringLiteral("1Z999AA10123456784"));
    CHECK(second->timeline.isEmpty());
    CHECK(second->status == QStringLiteral("on_hold"));
    CHECK(models::OrderText::statusText(second->status) == QStringLiteral("on_hold"));
    CHECK_FALSE(second->isShippable());

    // A tombstone takes the order out.
    data::PulledChange gone;
    gone.seq = journal.cursor() + 1;
    gone.entity = QStringLiteral("order");
    gone.entityId = QStringLiteral("o-2");
    gone.op = QStringLiteral("delete");
    gone.revision = 9;
    REQUIRE(journal.applyPullPage({gone}, gone.seq));
    CHECK_FALSE(orders.load(QStringLiteral("o-2")));
    CHECK(orders.loadAll().size() == 1);
}

TEST_CASE("marking an order shipped queues exactly one order mutation", "[orders]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    test::pullOrders(
        journal,
        {test::orderRecord(QStringLiteral("paid-1"), QStringLiteral("paid"), test::orderTestNow()),
         test::orderRecord(QStringLiteral("paid-2"), QStringLiteral("paid"), test::orderTestNow()),
         test::orderRecord(QStringLiteral("shipped-1"), QStringLiteral("shipped"))},
        3);
    data::OrderRepository orders(db->connection());
    data::OutboxRepository outbox(db->connection());

    // A known carrier by its name, the number as printed (in groups, lower case where letters are).
    REQUIRE(orders.markShipped(QStringLiteral("paid-1"), QStringLiteral("DHL Express"),
                               QStringLiteral(" 12345 67890 ")));
    const auto pending = outbox.pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].entity == QStringLiteral("order"));
    CHECK(pending[0].entityId == QStringLiteral("paid-1"));
    CHECK(pending[0].op == QStringLiteral("upsert"));
    const QJsonObject expected{
        {QStringLiteral("entity"), QStringLiteral("order")},
        {QStringLiteral("entity_id"), QStringLiteral("paid-1")},
        {QStringLiteral("op"), QStringLiteral("upsert")},
        {QStringLiteral("base_revision"), 3},
        {QStringLiteral("base"), QJsonObject{{QStringLiteral("carrier"), QJsonValue()},
                                             {QStringLiteral("tracking_number"), QJsonValue()}}},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("carrier"), QStringLiteral("dhl_express")},
                     {QStringLiteral("tracking_number"), QStringLiteral("1234567890")}}}};
    INFO(QJsonDocument(pending[0].payload).toJson().toStdString());
    CHECK(pending[0].payload == expected);
    // The sync client sends it as it is.
    const auto wire = journal.pendingMutations(10);
    REQUIRE(wire.size() == 1);
    CHECK(wire[0].entity == QStringLiteral("order"));
    CHECK(wire[0].op == QStringLiteral("upsert"));
    CHECK(wire[0].baseRevision == 3);
    CHECK(wire[0].fields.value(QStringLiteral("tracking_number")).toString() == QStringLiteral("1234567890"));

    const auto shipped = orders.load(QStringLiteral("paid-1"));
    REQUIRE(shipped);
    REQUIRE(shipped->pendingShipment);
    CHECK(shipped->pendingShipment->carrier == QStringLiteral("dhl_express"));
    CHECK(shipped->awaitsShipmentSync());
    CHECK_FALSE(shipped->isShippable());
    CHECK(models::OrderText::statusLabel(*shipped) == QStringLiteral("Shipped — waiting to sync"));

    // A second shipment of the same order, a bad number, an order that is not paid, an unknown order:
    // each refused with a reason, nothing more queued.
    CHECK_FALSE(orders.markShipped(QStringLiteral("paid-1"), QStringLiteral("ups"),
                                   QStringLiteral("1Z999AA10123456784")));
    CHECK(orders.lastError().contains(QStringLiteral("already marked shipped")));
    CHECK_FALSE(orders.markShipped(QStringLiteral("paid-2"), QStringLiteral("post"),
                                   QStringLiteral("RR123456789DE")));
    CHECK(orders.lastError().contains(QStringLiteral("check digit")));
    CHECK_FALSE(orders.markShipped(QStringLiteral("paid-2"), QStringLiteral("ups"), QStringLiteral("1Z12")));
    CHECK(orders.lastError().contains(QStringLiteral("1Z999AA10123456784")));
    CHECK_FALSE(orders.markShipped(QStringLiteral("paid-2"), QString(), QStringLiteral("RR123456785DE")));
    CHECK(orders.lastError().contains(QStringLiteral("carrier")));
    CHECK_FALSE(orders.markShipped(QStringLiteral("shipped-1"), QStringLiteral("post"),
                                   QStringLiteral("RR123456785DE")));
    CHECK(orders.lastError() == QStringLiteral("Only a paid order can be marked shipped."));
    CHECK_FALSE(
        orders.markShipped(QStringLiteral("nope"), QStringLiteral("post"), QStringLiteral("RR123456785DE")));
    CHECK(orders.lastError().contains(QStringLiteral("no order nope")));
    CHECK(outbox.count() == 1);

    // Any other carrier by name: only the general rule applies.
    REQUIRE(orders.markShipped(QStringLiteral("paid-2"), QStringLiteral("  Royal Mail "),
                               QStringLiteral("ab-12 34")));
    CHECK(outbox.count() == 2);
    const auto other = orders.load(QStringLiteral("paid-2"));
    REQUIRE(other->pendingShipment);
    CHECK(other->pendingShipment->carrier == QStringLiteral("Royal Mail"));
    CHECK(other->pendingShipment->trackingNumber == QStringLiteral("AB-1234"));
}

TEST_CASE("a refused shipment shows on the order until a later one applies", "[orders]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    test::pullOrders(
        journal, {test::orderRecord(QStringLiteral("o-9"), QStringLiteral("paid"), test::orderTestNow())});
    data::OrderRepository orders(db->connection());
    REQUIRE(
        orders.markShipped(QStringLiteral("o-9"), QStringLiteral("post"), QStringLiteral("RR123456785DE")));

    // The buyer cancelled meanwhile: the server answers not_shippable.
    const auto sent = journal.pendingMutations(10);
    REQUIRE(sent.size() == 1);
    REQUIRE(journal.applyPushResults(
        sent, {answer(sent[0].id, QStringLiteral("rejected"), QStringLiteral("not_shippable"),
                      QStringLiteral("the order is refunded"))}));
    CHECK(journal.pendingCount() == 0);
    auto refused = orders.load(QStringLiteral("o-9"));
    REQUIRE(refused);
    REQUIRE(refused->refusal);
    CHECK(refused->refusal->code == QStringLiteral("not_shippable"));
    CHECK(refused->refusal->message == QStringLiteral("the order is refunded"));
    CHECK(refused->refusal->at.isValid());
    CHECK_FALSE(refused->pendingShipment);
    CHECK(models::OrderText::statusLabel(*refused) == QStringLiteral("Refused: the order is no longer paid"));
    CHECK(models::OrderText::refusalExplanation(*refused->refusal).contains(QStringLiteral("Do not send")));

    // Still paid here (the pull has not brought the refund): it can be shipped again, and an applied
    // shipment clears the refusal.
    CHECK(refused->isShippable());
    REQUIRE(
        orders.markShipped(QStringLiteral("o-9"), QStringLiteral("post"), QStringLiteral("RR123456785DE")));
    const auto again = journal.pendingMutations(10);
    REQUIRE(again.size() == 1);
    REQUIRE(journal.applyPushResults(again, {answer(again[0].id, QStringLiteral("applied"))}));
    CHECK_FALSE(orders.load(QStringLiteral("o-9"))->refusal);
    CHECK(journal.issueCode(QStringLiteral("order"), QStringLiteral("o-9")).isEmpty());
}

TEST_CASE("money reads with the locale's separators and the currency's decimals", "[orders]")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(models::OrderText::money(123450, QStringLiteral("EUR"), english) == QStringLiteral("1,234.50 EUR"));
    CHECK(models::OrderText::money(123450, QStringLiteral("EUR"), german) == QStringLiteral("1.234,50 EUR"));
    CHECK(models::OrderText::money(1200, QStringLiteral("JPY"), english) == QStringLiteral("1,200 JPY"));
    CHECK(models::OrderText::money(1250, QStringLiteral("KWD"), english) == QStringLiteral("1.250 KWD"));
    CHECK(models::OrderText::money(-5, QStringLiteral("EUR"), english) == QStringLiteral("-0.05 EUR"));
}

TEST_CASE("the orders table filters and sorts by ship-by and marks what is urgent", "[orders]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    const QDateTime now = test::orderTestNow();
    const auto record = [](const char *id, const char *status, const QDateTime &shipBy = {}) {
        return test::orderRecord(QString::fromLatin1(id), QString::fromLatin1(status), shipBy,
                                 QStringLiteral("Item ") + QString::fromLatin1(id));
    };
    test::pullOrders(journal,
                     {record("relaxed", "paid", now.addSecs((2 * 24 + 4) * 3600 + 1800)),
                      record("late", "paid", now.addSecs(-(5 * 3600 + 1200))),
                      record("soon", "paid", now.addSecs(10 * 3600 + 60)),
                      record("pending", "paid", now.addSecs(3600)),
                      record("shipped", "shipped", now.addDays(-2)), record("delivered", "delivered"),
                      record("disputed", "disputed"), record("completed", "completed"),
                      record("refunded", "refunded"), record("unpaid", "awaiting_payment")});
    data::OrderRepository(db->connection())
        .markShipped(QStringLiteral("pending"), QStringLiteral("ups"), QStringLiteral("1Z999AA10123456784"));

    models::OrderTableModel model(db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCurrentTime(now);
    CHECK(model.columnCount() == models::OrderTableModel::ColumnCount);
    CHECK(model.rowCount() == 10);
    CHECK(model.count(Filter::All) == 10);
    CHECK(model.count(Filter::ToShip) == 3);
    CHECK(model.count(Filter::Overdue) == 1);
    CHECK(model.count(Filter::Shipped) == 2);
    CHECK(model.count(Filter::Delivered) == 1);
    CHECK(model.count(Filter::Disputed) == 1);
    CHECK(model.count(Filter::Closed) == 2);

    // Still to ship, soonest deadline first; then the rest.
    const auto idAt = [&model](int row) {
        return model.data(model.index(row, 0), models::OrderTableModel::IdRole).toString();
    };
    CHECK(idAt(0) == QStringLiteral("late"));
    CHECK(idAt(1) == QStringLiteral("soon"));
    CHECK(idAt(2) == QStringLiteral("relaxed"));
    const auto text = [&model](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    const auto red = [&model](int row) {
        return model.data(model.index(row, models::OrderTableModel::ShipBy), Qt::ForegroundRole)
                   .value<QBrush>()
                   .color() == QColor(0xb0, 0x1c, 0x1c);
    };
    CHECK(text(0, models::OrderTableModel::ShipBy) == QStringLiteral("overdue by 5 h"));
    CHECK(red(0));
    CHECK(text(1, models::OrderTableModel::ShipBy) == QStringLiteral("10 h left"));
    CHECK(red(1));
    CHECK(text(2, models::OrderTableModel::ShipBy) == QStringLiteral("2 days 4 h left"));
    CHECK_FALSE(red(2));
    CHECK(text(0, models::OrderTableModel::Item) == QStringLiteral("Item late × 1"));
    CHECK(text(0, models::OrderTableModel::Buyer) == QStringLiteral("Emma Johnson, DE"));
    CHECK(text(0, models::OrderTableModel::Total) == QStringLiteral("62.70 EUR"));
    CHECK(text(0, models::OrderTableModel::Status) == QStringLiteral("Paid"));
    CHECK(model.headerData(models::OrderTableModel::ShipBy, Qt::Horizontal).toString() ==
          QStringLiteral("Ship by"));
    const int pendingRow = model.rowOf(QStringLiteral("pending"));
    REQUIRE(pendingRow >= 3);
    CHECK(text(pendingRow, models::OrderTableModel::Status) == QStringLiteral("Shipped — waiting to sync"));
    CHECK(text(pendingRow, models::OrderTableModel::ShipBy).isEmpty());

    model.setFilter(Filter::ToShip);
    REQUIRE(model.rowCount() == 3);
    CHECK(idAt(0) == QStringLiteral("late"));
    model.setFilter(Filter::Overdue);
    REQUIRE(model.rowCount() == 1);
    CHECK(idAt(0) == QStringLiteral("late"));
    model.setFilter(Filter::Shipped);
    REQUIRE(model.rowCount() == 2);
    CHECK(QSet<QString>{idAt(0), idAt(1)} ==
          QSet<QString>{QStringLiteral("pending"), QStringLiteral("shipped")});
    model.setFilter(Filter::Closed);
    REQUIRE(model.rowCount() == 2);
    CHECK(QSet<QString>{idAt(0), idAt(1)} ==
          QSet<QString>{QStringLiteral("completed"), QStringLiteral("refunded")});
    model.setFilter(Filter::Disputed);
    REQUIRE(model.rowCount() == 1);
    CHECK(text(0, models::OrderTableModel::Status) == QStringLiteral("In dispute"));

    // Time passes: "soon" becomes overdue too.
    model.setFilter(Filter::Overdue);
    model.setCurrentTime(now.addSecs(11 * 3600));
    REQUIRE(model.rowCount() == 2);
    CHECK(idAt(1) == QStringLiteral("soon"));
    CHECK(text(1, models::OrderTableModel::ShipBy) == QStringLiteral("overdue by 59 min"));
}

TEST_CASE("order texts read in Chinese", "[orders][translations]")
{
    REQUIRE(ui::installTranslators(QStringLiteral("zh_CN")));
    CHECK(models::OrderText::statusText(QStringLiteral("paid")) == QStringLiteral("已付款"));
    CHECK(models::OrderTableModel::filterName(Filter::ToShip) == QStringLiteral("待发货"));
    CHECK(models::OrderText::timeLeft(test::orderTestNow().addSecs(50 * 3600), test::orderTestNow()) ==
          QStringLiteral("剩余 2 天 2 小时"));
    CHECK(models::OrderText::eventText(QStringLiteral("ship_by_missed")) ==
          QStringLiteral("超过发货期限，已退款"));
    CHECK(models::OrderText::eventText(QStringLiteral("parcel_weighed")) == QStringLiteral("parcel_weighed"));
    REQUIRE(ui::installTranslators(QStringLiteral("en")));
    CHECK(models::OrderText::statusText(QStringLiteral("paid")) == QStringLiteral("Paid"));
}
