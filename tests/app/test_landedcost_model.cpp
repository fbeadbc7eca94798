// The landed-cost model: a row per destination, an explanation line per applied rule, totals that follow
// the price, reasons in words for what cannot be quoted.
#include "models/landedcostmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace caravan;
using models::LandedCostModel;

namespace {

models::LandedCostInput jacket()
{
    models::LandedCostInput in;
    in.price = QStringLiteral("85.00");
    in.currency = QStringLiteral("EUR");
    in.description = QStringLiteral("Wool jacket");
    in.hsCode = QStringLiteral("6201.30");
    in.origin = QStringLiteral("IT");
    in.shipsFrom = QStringLiteral("IT");
    in.weightGrams = 1200;
    in.lengthMm = 300;
    in.widthMm = 200;
    in.heightMm = 100;
    in.serviceId = QStringLiteral("sample-post-registered");
    in.date = QDate(2026, 11, 22);
    return in;
}

qint64 ddpMinor(const LandedCostModel &m, const QString &country)
{
    const int row = m.rowOf(country);
    REQUIRE(row >= 0);
    return m.index(row, LandedCostModel::DdpTotalColumn).data(LandedCostModel::AmountMinorRole).toLongLong();
}

} // namespace

TEST_CASE("the landed-cost model shows a row per destination with its explanation", "[landedcost]")
{
    LandedCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInput(jacket());
    model.refresh();
    REQUIRE(model.rowCount() == 10);
    REQUIRE(model.destinations() == models::defaultLandedCostDestinations());
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto &row = model.rowAt(r);
        INFO(row.country.toStdString() << ": " << row.problem.toStdString());
        CHECK(row.quotable);
        // One explanation child per line of the engine's explanation, each with the rule's id and source.
        int ruled = 0;
        for (const auto &line : row.quote.lines)
            if (!line.ruleId.empty())
                ++ruled;
        int ruledChildren = 0;
        const QModelIndex parent = model.index(r, 0);
        for (int c = 0; c < model.rowCount(parent); ++c) {
            const QModelIndex child = model.index(c, 0, parent);
            const QString id = child.data(LandedCostModel::RuleIdRole).toString();
            if (!id.isEmpty() && !id.startsWith(QLatin1String("sample-"))) {
                ++ruledChildren;
                CHECK(model.rules().findById(id.toStdString()) != nullptr);
                CHECK_FALSE(child.data(LandedCostModel::SourceRole).toString().isEmpty());
                CHECK(child.data().toString().contains(id));
            }
        }
        CHECK(ruledChildren == ruled);
        CHECK(ruled >= 3); // currency, valuation, tax at least
    }
    // Amounts are in the destination's currency.
    CHECK(model.index(model.rowOf(QStringLiteral("JP")), LandedCostModel::DdpTotalColumn)
              .data()
              .toString()
              .endsWith(QLatin1String("JPY")));
    CHECK(model.index(model.rowOf(QStringLiteral("US")), 0).data(LandedCostModel::CurrencyRole) ==
          QStringLiteral("USD"));
}

TEST_CASE("typing a new price changes the totals after one event-loop turn", "[landedcost]")
{
    LandedCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy refreshed(&model, &LandedCostModel::refreshed);
    model.setInput(jacket());
    REQUIRE(test::waitFor([&] { return refreshed.count() == 1; }));
    const qint64 before = ddpMinor(model, QStringLiteral("GB"));
    const qint64 beforeJp = ddpMinor(model, QStringLiteral("JP"));

    // Three keystrokes in one turn of the event loop: one computation.
    auto in = jacket();
    for (const char *typed : {"2", "25", "250.00"}) {
        in.price = QString::fromLatin1(typed);
        model.setInput(in);
    }
    CHECK(model.refreshPending());
    CHECK(ddpMinor(model, QStringLiteral("GB")) == before); // not yet
    REQUIRE(test::waitFor([&] { return refreshed.count() == 2; }));
    CHECK_FALSE(model.refreshPending());
    CHECK(ddpMinor(model, QStringLiteral("GB")) > before);
    CHECK(ddpMinor(model, QStringLiteral("JP")) > beforeJp);
    QCoreApplication::processEvents();
    CHECK(refreshed.count() == 2);
}

TEST_CASE("an impossible parcel and a missing rate show the reason, not a number", "[landedcost]")
{
    LandedCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto in = jacket();
    in.lengthMm = 720; // the registered packet takes at most 60 cm
    model.setInput(in);
    model.refresh();
    for (int r = 0; r < model.rowCount(); ++r) {
        CHECK_FALSE(model.rowAt(r).quotable);
        const QString note = model.index(r, LandedCostModel::NotesColumn).data().toString();
        CHECK(note.contains(QLatin1String("longest side 72 cm > 60 cm")));
        CHECK(
            model.index(r, LandedCostModel::DdpTotalColumn).data(LandedCostModel::AmountMinorRole).isNull());
        CHECK(model.index(r, LandedCostModel::DutyColumn).data().toString().isEmpty());
        // The reason is also the row's only child.
        const QModelIndex parent = model.index(r, 0);
        REQUIRE(model.rowCount(parent) == 1);
        CHECK(model.index(0, 0, parent)
                  .data(LandedCostModel::DetailKindRole)
                  .value<LandedCostModel::DetailKind>() == LandedCostModel::DetailKind::Problem);
    }

    // A price in a currency the shipped tables do not have: the reason names the missing rate.
    in = jacket();
    in.currency = QStringLiteral("ISK");
    in.price = QStringLiteral("12000");
    model.setDestinations({QStringLiteral("US")});
    model.setInput(in);
    model.refresh();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0).quotable); // ISK is an ECB currency: crossed through EUR

    in.currency = QStringLiteral("RUB");
    model.setInput(in);
    model.refresh();
    CHECK_FALSE(model.rowAt(0).quotable);
    CHECK(model.rowAt(0).problem.contains(QLatin1String("no exchange rate RUB->USD")));
    CHECK_FALSE(model.rowAt(0).problem.contains(QLatin1String("--fx")));

    in.price = QStringLiteral("ten");
    model.setInput(in);
    model.refresh();
    CHECK(model.rowAt(0).problem.startsWith(QLatin1String("price:")));
}

TEST_CASE("the domestic row and an unknown destination explain themselves", "[landedcost]")
{
    LandedCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDestinations({QStringLiteral("IT"), QStringLiteral("ZZ"), QStringLiteral("DE")});
    model.setInput(jacket());
    model.refresh();
    REQUIRE(model.rowCount() == 3);
    CHECK(model.rowAt(0).problem.contains(QLatin1String("domestic")));
    CHECK(model.rowAt(1).problem.contains(QLatin1String("no customs rules")));
    CHECK(model.rowAt(2).quotable);
    // Same destinations, new input: rows update in place (the tester checks every signal).
    auto in = jacket();
    in.gift = true;
    model.setInput(in);
    model.refresh();
    CHECK(model.rowAt(2).quotable);
}
