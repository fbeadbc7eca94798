// Puts 10,000 order records into a temporary local database (as pulled pages of entity "order", with
// data_json shaped as the server publishes it: both currencies, the locked rate, deadlines, a timeline of
// 2 to 6 events; spread over the statuses and over ship-by times from two days late to five days ahead),
// then measures the Orders section, each figure the median of several runs:
//   load      OrderRepository::loadAll (every record parsed, outbox and sync_issues on top)
//   open      the section: OrdersView constructed, shown and painted once
//   filter    each filter of the combo box: model reset + first paint
//   ship      markShipped of one paid order (the outbox write), and with the view's reload after it
// and prints peak RSS (VmHWM). Target: open < 200 ms.
#include "../common/app_bench.h"
#include "data/localdatabase.h"
#include "data/orderrepository.h"
#include "data/syncjournal.h"
#include "models/ordertablemodel.h"
#include "ui/ordersview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace caravan;
using Filter = models::OrderTableModel::Filter;

namespace {

constexpr int kOrders = 10'000;
constexpr int kRuns = 5;

// Runs `work` kRuns times (after `before`, untimed, each time) and returns the median in ms.
double timed(const std::function<void()> &work, const std::function<void()> &before = {})
{
    return bench::medianMs(kRuns, work, before);
}

QJsonValue iso(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject amounts(const QString &currency, qint64 item, qint64 postage)
{
    const qint64 buyerFee = item / 20;
    const qint64 sellerFee = item / 10;
    return QJsonObject{{QStringLiteral("currency"), currency},
                       {QStringLiteral("item"), item},
                       {QStringLiteral("postage"), postage},
                       {QStringLiteral("import_checkout"), 0},
                       {QStringLiteral("buyer_fee"), buyerFee},
                       {QStringLiteral("total"), item + postage + buyerFee},
                       {QStringLiteral("seller_fee"), sellerFee},
                       {QStringLiteral("seller_net"), item + postage - sellerFee}};
}

QJsonObject event(const QDateTime &at, const QString &from, const QString &to, const QString &name,
                  const QString &cause)
{
    return QJsonObject{{QStringLiteral("at"), iso(at)},  {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to},       {QStringLiteral("event"), name},
                       {QStringLiteral("cause"), cause}, {QStringLiteral("detail"), QJsonObject()}};
}

QJsonObject orderRecord(int i, std::mt19937 &random, const QDateTime &now)
{
    static const char *statuses[] = {"paid",      "paid",      "paid",      "shipped",   "shipped",
                                     "delivered", "completed", "completed", "completed", "awaiting_payment",
                                     "cancelled", "disputed",  "refunded",  "expired"};
    static const char *nouns[] = {"watch",        "teapot", "kimono", "camera",
                                  "vinyl record", "scarf",  "vase",   "lamp"};
    static const char *buyers[][4] = {{"Emma Johnson", "Invalidenstraße 117", "Berlin", "DE"},
                                      {"Lucas Martin", "12 rue de la Paix", "Paris", "FR"},
                                      {"Olivia Smith", "221B Baker Street", "London", "GB"},
                                      {"Liam Brown", "350 Fifth Avenue", "New York", "US"},
                                      {"Chen Wei", "88 Nanjing Road", "Shanghai", "CN"}};
    const QString status = QString::fromLatin1(statuses[random() % std::size(statuses)]);
    const auto *buyer = buyers[random() % std::size(buyers)];
    const int quantity = 1 + int(random() % 3);
    const qint64 item = (1000 + qint64(random() % 40000)) * quantity;
    const QDateTime created = now.addSecs(-qint64(random() % (10 * 86400)));
    const QDateTime paid = created.addSecs(300);
    // Ship-by from two days late to five days ahead.
    const QDateTime shipBy = now.addSecs(qint64(random() % (7 * 86400)) - 2 * 86400);
    const bool unpaid = status == QLatin1String("awaiting_payment") || status == QLatin1String("expired");
    const bool sent = status == QLatin1String("shipped") || status == QLatin1String("delivered") ||
                      status == QLatin1String("completed") || status == QLatin1String("disputed");

    QJsonArray timeline{event(created, QString(), QStringLiteral("awaiting_payment"),
                              QStringLiteral("created"), QStringLiteral("buyer"))};
    if (!unpaid)
        timeline.append(event(paid, QStringLiteral("awaiting_payment"), QStringLiteral("paid"),
                              QStringLiteral("paid"), QStringLiteral("provider")));
    if (sent)
        timeline.append(event(paid.addSecs(86400), QStringLiteral("paid"), QStringLiteral("shipped"),
                              QStringLiteral("shipped"), QStringLiteral("seller")));
    if (status != QLatin1String("shipped") && sent)
        timeline.append(event(paid.addSecs(5 * 86400), QStringLiteral("shipped"), QStringLiteral("delivered"),
                              QStringLiteral("delivered"), QStringLiteral("carrier")));
    if (status == QLatin1String("completed"))
        timeline.append(event(paid.addSecs(8 * 86400), QStringLiteral("delivered"),
                              QStringLiteral("completed"), QStringLiteral("released"),
                              QStringLiteral("timer")));
    if (!unpaid && !sent && status != QLatin1String("paid"))
        timeline.append(
            event(paid.addSecs(3600), QStringLiteral("paid"), status, status, QStringLiteral("buyer")));
    if (status == QLatin1String("disputed"))
        timeline.append(event(paid.addSecs(6 * 86400), QStringLiteral("delivered"),
                              QStringLiteral("disputed"), QStringLiteral("dispute_opened"),
                              QStringLiteral("buyer")));

    const QString id = QStringLiteral("order-%1").arg(i, 6, 10, QLatin1Char('0'));
    const QString carrier = sent ? QStringLiteral("ups") : QString();
    const QString tracking = sent ? QStringLiteral("1Z999AA10123456784") : QString();
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("listing_id"), QStringLiteral("listing-%1").arg(i % 2000)},
        {QStringLiteral("title"),
         QStringLiteral("%1 no. %2").arg(QString::fromLatin1(nouns[random() % std::size(nouns)])).arg(i)},
        {QStringLiteral("seller_id"), QStringLiteral("seller-1")},
        {QStringLiteral("buyer_id"), QStringLiteral("buyer-%1").arg(random() % 5000)},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("service"), QStringLiteral("jp-post-ems")},
        {QStringLiteral("ship_to"), QJsonObject{{QStringLiteral("name"), QString::fromUtf8(buyer[0])},
                                                {QStringLiteral("line1"), QString::fromUtf8(buyer[1])},
                                                {QStringLiteral("line2"), QString()},
                                                {QStringLiteral("city"), QString::fromUtf8(buyer[2])},
                                                {QStringLiteral("postal_code"), QStringLiteral("10115")},
                                                {QStringLiteral("region"), QString()},
                                                {QStringLiteral("country"), QString::fromLatin1(buyer[3])},
                                                {QStringLiteral("phone"), QStringLiteral("+49 30 1234567")}}},
        {QStringLiteral("amounts"),
         QJsonObject{{QStringLiteral("listing"), amounts(QStringLiteral("JPY"), item, 2500)},
                     {QStringLiteral("buyer"), amounts(QStringLiteral("EUR"), item * 6 / 1000, 15)},
                     {QStringLiteral("import_at_door"),
                      QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                                  {QStringLiteral("amount"), 0}}},
                     {QStringLiteral("import_collected_at"), QStringLiteral("none")},
                     {QStringLiteral("checkout_scheme"), QString()}}},
        {QStringLiteral("fx"), QJsonObject{{QStringLiteral("from"), QStringLiteral("JPY")},
                                           {QStringLiteral("to"), QStringLiteral("EUR")},
                                           {QStringLiteral("multiply"), QStringLiteral("0.006")},
                                           {QStringLiteral("divide"), QStringLiteral("1")},
                                           {QStringLiteral("date"), QStringLiteral("2026-12-01")},
                                           {QStringLiteral("source"), QStringLiteral("ECB")}}},
        {QStringLiteral("deadlines"),
         QJsonObject{{QStringLiteral("expires_at"), iso(created.addSecs(900))},
                     {QStringLiteral("ship_by"), unpaid ? QJsonValue(QJsonValue::Null) : iso(shipBy)},
                     {QStringLiteral("delivery_due"), sent ? iso(paid.addSecs(12 * 86400)) : QJsonValue()},
                     {QStringLiteral("release_at"), QJsonValue()},
                     {QStringLiteral("paused_at"), QJsonValue()}}},
        {QStringLiteral("created_at"), iso(created)},
        {QStringLiteral("paid_at"), unpaid ? QJsonValue() : iso(paid)},
        {QStringLiteral("shipped_at"), sent ? iso(paid.addSecs(86400)) : QJsonValue()},
        {QStringLiteral("delivered_at"), QJsonValue()},
        {QStringLiteral("closed_at"), QJsonValue()},
        {QStringLiteral("shipment"),
         QJsonObject{{QStringLiteral("carrier"), carrier}, {QStringLiteral("tracking_number"), tracking}}},
        {QStringLiteral("carrier"), carrier},
        {QStringLiteral("tracking_number"), tracking},
        {QStringLiteral("handling_days"), 2},
        {QStringLiteral("delivery_days"),
         QJsonObject{{QStringLiteral("min"), 3}, {QStringLiteral("max"), 8}}},
        {QStringLiteral("explanation"), QJsonArray{QStringLiteral("Duty and import VAT paid at checkout")}},
        {QStringLiteral("version"), timeline.size()},
        {QStringLiteral("timeline"), timeline}};
}

bool fill(data::LocalDatabase &db)
{
    data::SyncJournal journal(db.connection());
    std::mt19937 random(20261203);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 seq = journal.cursor();
    for (int start = 0; start < kOrders; start += 1000) {
        QVector<data::PulledChange> page;
        for (int i = start; i < std::min(kOrders, start + 1000); ++i) {
            data::PulledChange change;
            change.seq = ++seq;
            change.entity = QStringLiteral("order");
            change.data = orderRecord(i, random, now);
            change.entityId = change.data.value(QStringLiteral("id")).toString();
            change.op = QStringLiteral("upsert");
            change.revision = 3;
            page.append(change);
        }
        int applied = 0;
        if (!journal.applyPullPage(page, seq, &applied) || applied != page.size())
            return false;
    }
    QSqlQuery analyze(db.connection());
    analyze.exec(QStringLiteral("ANALYZE"));
    return true;
}

void paint(ui::OrdersView &view)
{
    QCoreApplication::processEvents();
    (void)view.grab();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QString error;
    auto db = data::LocalDatabase::open(dir.filePath(QStringLiteral("caravan.sqlite")), &error);
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill(*db)) {
        std::fprintf(stderr, "storing the order records failed\n");
        return 1;
    }
    std::printf("setup: %d order records in sync_records in %.0f ms\n", kOrders, bench::elapsedMs(timer));
    std::printf("each figure: median of %d runs\n", kRuns);

    data::OrderRepository repo(db->connection());
    int loaded = 0;
    const double load = timed([&] { loaded = int(repo.loadAll().size()); });
    std::printf("OrderRepository::loadAll: %.1f ms  orders=%d\n", load, loaded);

    const double open = timed([&] {
        ui::OrdersView view(db->connection());
        view.resize(1280, 800);
        view.show();
        paint(view);
    });
    std::printf("open the Orders section (construct, load, show, first paint): %.1f ms  [target < 200 ms]\n",
                open);

    ui::OrdersView view(db->connection());
    view.resize(1280, 800);
    view.show();
    paint(view);
    for (int f = 0; f < static_cast<int>(Filter::FilterCount); ++f) {
        const auto filter = static_cast<Filter>(f);
        const double switched = timed(
            [&] {
                view.setFilter(filter);
                paint(view);
            },
            [&] {
                view.setFilter(filter == Filter::All ? Filter::ToShip : Filter::All);
                paint(view);
            });
        std::printf("filter \"%s\": %.1f ms  rows=%d\n",
                    qPrintable(models::OrderTableModel::filterName(filter)), switched,
                    view.model()->rowCount());
    }

    // Different paid orders each run (one that is shipped cannot be shipped again).
    view.setFilter(Filter::ToShip);
    QStringList toShip;
    for (int row = 0; row < view.model()->rowCount() && toShip.size() < 2 * kRuns; ++row)
        toShip << view.model()->orderAt(row)->id;
    if (toShip.size() < 2 * kRuns) {
        std::fprintf(stderr, "not enough orders to ship\n");
        return 1;
    }
    int next = 0;
    bool shippedOk = true;
    const double ship = timed([&] {
        shippedOk =
            repo.markShipped(toShip[next++], QStringLiteral("post"), QStringLiteral("RR123456785DE")) &&
            shippedOk;
    });
    const double shipAndReload = timed([&] {
        shippedOk =
            repo.markShipped(toShip[next++], QStringLiteral("post"), QStringLiteral("RR123456785DE")) &&
            shippedOk;
        view.reloadFromDatabase();
        paint(view);
    });
    if (!shippedOk)
        std::fprintf(stderr, "markShipped failed: %s\n", qPrintable(repo.lastError()));
    std::printf("markShipped of one order (outbox write): %.1f ms\n", ship);
    std::printf("markShipped + the section's reload and paint: %.1f ms\n", shipAndReload);

    std::printf("peak RSS (VmHWM): %s\n", qPrintable(bench::peakRss()));
    return shippedOk ? 0 : 1;
}
