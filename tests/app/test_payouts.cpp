// The Payouts section: the server's summary kept for offline use, what the synced orders hold, the
// payout request's rules.
#include "data/payoutsummary.h"
#include "test_order_support.h"
#include "ui/language.h"
#include "ui/payoutchart.h"
#include "ui/payoutsview.h"

#include <QDir>
#include <QLineSeries>

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

QJsonObject serverAnswer(const QString &identity, qint64 payable, const QJsonValue &minimum = 1000)
{
    // The server says why payouts wait while the identity is not verified (docs/escrow.md, "Payout identity").
    const QJsonValue wait = identity == QLatin1String("verified") ? QJsonValue() : QJsonValue(QStringLiteral("identity_") + identity);
    return {{QStringLiteral("identity_status"), identity},
            {QStringLiteral("payouts_wait"), wait},
            {QStringLiteral("balances"),
             QJsonArray{QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                                    {QStringLiteral("held"), 11040},
                                    {QStringLiteral("payable"), payable},
                                    {QStringLiteral("in_transit"), 2500},
                                    {QStringLiteral("paid_out"), 73000},
                                    {QStringLiteral("minimum"), minimum}}}},
            {QStringLiteral("payouts"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("po-2")},
                                    {QStringLiteral("currency"), QStringLiteral("EUR")},
                                    {QStringLiteral("amount"), 2500},
                                    {QStringLiteral("status"), QStringLiteral("created")},
                                    {QStringLiteral("transfer"), QString()},
                                    {QStringLiteral("created_at"), QStringLiteral("2026-12-02T09:00:00Z")},
                                    {QStringLiteral("updated_at"), QStringLiteral("2026-12-02T09:00:00Z")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("po-1")},
                                    {QStringLiteral("currency"), QStringLiteral("EUR")},
                                    {QStringLiteral("amount"), 73000},
                                    {QStringLiteral("status"), QStringLiteral("paid")},
                                    {QStringLiteral("transfer"), QStringLiteral("tr_1Q2w3E")},
                                    {QStringLiteral("created_at"), QStringLiteral("2026-11-20T09:00:00Z")},
                                    {QStringLiteral("updated_at"), QStringLiteral("2026-11-21T09:00:00Z")}}}}};
}

} // namespace

TEST_CASE("payouts: the server's summary reads, is cached and survives a restart", "[payouts]")
{
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-03T08:00:00Z"), Qt::ISODate);
    const auto summary = data::PayoutSummary::fromJson(serverAnswer(QStringLiteral("verified"), 4200), at);
    REQUIRE(summary.balances.size() == 1);
    CHECK(summary.balances[0].payable == 4200);
    CHECK(summary.balances[0].minimum == 1000);
    REQUIRE(summary.payouts.size() == 2);
    CHECK(summary.payouts[1].transfer == QLatin1String("tr_1Q2w3E"));
    CHECK(summary.payouts[1].updatedAt == QDateTime::fromString(QStringLiteral("2026-11-21T09:00:00Z"), Qt::ISODate));
    CHECK(summary.canRequest(QStringLiteral("EUR")));
    CHECK_FALSE(summary.canRequest(QStringLiteral("JPY")));

    REQUIRE(data::PayoutCache(db->connection()).save(summary));
    const auto cached = data::PayoutCache(db->connection()).load();
    REQUIRE(cached);
    CHECK(cached->fetchedAt == at);
    CHECK(cached->identityStatus == QLatin1String("verified"));
    CHECK(cached->balances[0].paidOut == 73000);
    CHECK(cached->payouts.size() == 2);
    CHECK(cached->toJson() == summary.toJson());
}

TEST_CASE("payouts: a payout is asked for only when payouts do not wait and at least the minimum is available",
          "[payouts]")
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    CHECK_FALSE(data::PayoutSummary::fromJson(serverAnswer(QStringLiteral("not_submitted"), 4200), at)
                    .canRequest(QStringLiteral("EUR")));
    CHECK_FALSE(data::PayoutSummary::fromJson(serverAnswer(QStringLiteral("verified"), 999), at)
                    .canRequest(QStringLiteral("EUR")));
    CHECK_FALSE(data::PayoutSummary::fromJson(serverAnswer(QStringLiteral("verified"), 4200, QJsonValue()), at)
                    .canRequest(QStringLiteral("EUR")));
    CHECK(data::PayoutSummary::fromJson(serverAnswer(QStringLiteral("verified"), 1000), at)
              .canRequest(QStringLiteral("EUR")));
}

TEST_CASE("payouts: the synced orders say what is held, releasing and refunded", "[payouts]")
{
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    const QDateTime now = test::orderTestNow();
    auto delivered = test::orderRecord(QStringLiteral("o-delivered"), QStringLiteral("delivered"));
    auto deadlines = delivered.value(QStringLiteral("deadlines")).toObject();
    deadlines.insert(QStringLiteral("release_at"), now.addDays(3).toString(Qt::ISODate));
    delivered.insert(QStringLiteral("deadlines"), deadlines);
    test::pullOrders(journal, {test::orderRecord(QStringLiteral("o-paid"), QStringLiteral("paid"), now.addDays(2)),
                               test::orderRecord(QStringLiteral("o-shipped"), QStringLiteral("shipped")), delivered,
                               test::orderRecord(QStringLiteral("o-refunded"), QStringLiteral("refunded")),
                               test::orderRecord(QStringLiteral("o-unpaid"), QStringLiteral("awaiting_payment")),
                               test::orderRecord(QStringLiteral("o-done"), QStringLiteral("released"))});

    ui::PayoutsView view(db->connection(), nullptr);
    // Nothing from the server yet: what the orders hold, and a word on why the rest is missing.
    CHECK(view.identityLabel()->text().contains(QStringLiteral("once the server has been reached")));
    REQUIRE(view.balanceTable()->rowCount() == 1);
    CHECK(view.balanceTable()->item(0, 0)->text() == QLatin1String("EUR"));
    CHECK(view.balanceTable()->item(0, 1)->text() == QLatin1String("165.60 EUR")); // 3 × 55.20 EUR
    CHECK(view.balanceTable()->item(0, 2)->text() == QLatin1String("55.20 EUR"));
    CHECK(view.balanceTable()->item(0, 3)->text() == QStringLiteral("—"));
    CHECK(view.balanceTable()->item(0, 6)->text() == QLatin1String("55.20 EUR"));
    REQUIRE(view.heldTable()->rowCount() == 3);
    QStringList holds;
    for (int row = 0; row < 3; ++row)
        holds << view.heldTable()->item(row, 3)->text();
    CHECK(holds.filter(QStringLiteral("ship by")).size() == 1);
    CHECK(holds.filter(QStringLiteral("unless the buyer reports a problem")).size() == 1);
    CHECK(holds.filter(QStringLiteral("Until delivery")).size() == 1);
    CHECK_FALSE(view.requestButton()->isEnabled()); // no server

    // The server's answer: its balances, the history; cached for the next start.
    view.setSummary(data::PayoutSummary::fromJson(serverAnswer(QStringLiteral("pending"), 4200),
                                                  QDateTime::currentDateTimeUtc()));
    CHECK(view.identityLabel()->text().contains(QStringLiteral("being checked")));
    CHECK(view.balanceTable()->item(0, 1)->text() == QLatin1String("110.40 EUR"));
    CHECK(view.balanceTable()->item(0, 3)->text() == QLatin1String("42.00 EUR"));
    CHECK(view.balanceTable()->item(0, 5)->text() == QLatin1String("730.00 EUR"));
    REQUIRE(view.payoutTable()->rowCount() == 2);
    CHECK(view.payoutTable()->item(0, 2)->text() == QLatin1String("In transit"));
    CHECK(view.payoutTable()->item(1, 3)->text() == QLatin1String("tr_1Q2w3E"));
    ui::PayoutsView again(db->connection(), nullptr);
    CHECK(again.payoutTable()->rowCount() == 2);
    CHECK(again.statusLabel()->text().startsWith(QStringLiteral("As of")));
}

TEST_CASE("payouts: the chart draws released and paid-out money over time, in each language", "[payouts]")
{
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    const QDateTime now = test::orderTestNow();
    QVector<QJsonObject> records;
    for (int i = 0; i < 3; ++i) {
        auto released = test::orderRecord(QStringLiteral("o-released-%1").arg(i), QStringLiteral("released"));
        released.insert(QStringLiteral("closed_at"), now.addDays(-20 + 5 * i).toString(Qt::ISODate));
        records.append(released);
    }
    records.append(test::orderRecord(QStringLiteral("o-paid"), QStringLiteral("paid"), now.addDays(2)));
    test::pullOrders(journal, records);
    auto answer = serverAnswer(QStringLiteral("verified"), 4200);
    // Amounts in EUR for this seller (the orders are priced in EUR).
    QJsonArray payouts;
    payouts.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("po-1")},
                               {QStringLiteral("currency"), QStringLiteral("EUR")},
                               {QStringLiteral("amount"), 11040},
                               {QStringLiteral("status"), QStringLiteral("paid")},
                               {QStringLiteral("transfer"), QStringLiteral("tr_9")},
                               {QStringLiteral("created_at"), now.addDays(-9).toString(Qt::ISODate)},
                               {QStringLiteral("updated_at"), now.addDays(-8).toString(Qt::ISODate)}});
    answer.insert(QStringLiteral("payouts"), payouts);

    for (const QString language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ui::installTranslators(language);
        ui::PayoutsView view(db->connection(), nullptr);
        view.setSummary(data::PayoutSummary::fromJson(answer, now));
        REQUIRE(view.chart()->currency() == QLatin1String("EUR"));
        // A step per release and per payout, on to today; the running totals end at 3 × 55.20 and 110.40.
        const auto released = view.chart()->releasedSeries()->points();
        REQUIRE(released.size() == 7);
        CHECK(released.last().y() == Approx(165.60));
        const auto paid = view.chart()->paidOutSeries()->points();
        REQUIRE(paid.size() == 3);
        CHECK(paid.last().y() == Approx(110.40));
        CHECK(paid[1].x() == Approx(static_cast<double>(now.addDays(-8).toMSecsSinceEpoch())));
        CHECK(paid[0].y() == Approx(0.0));
        view.resize(1100, 760);
        view.show();
        QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
        REQUIRE(view.grab().save(QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR))
                                     .filePath(QStringLiteral("payouts-%1.png").arg(language))));
    }
    ui::installTranslators(QStringLiteral("en"));
}
