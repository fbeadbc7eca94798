// The landed-cost panel: its table, its details pane, its per-account destinations, and a screenshot.
#include "data/localdatabase.h"
#include "data/settingsrepository.h"
#include "models/landedcostmodel.h"
#include "testsupport.h"
#include "ui/landedcostpanel.h"

#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace caravan;
using models::LandedCostModel;

namespace {

models::LandedCostInput bowl()
{
    models::LandedCostInput in;
    in.price = QStringLiteral("48.00");
    in.currency = QStringLiteral("EUR");
    in.description = QStringLiteral("Hand-thrown stoneware bowl");
    in.hsCode = QStringLiteral("6912.00");
    in.origin = QStringLiteral("DE");
    in.shipsFrom = QStringLiteral("DE");
    in.weightGrams = 900;
    in.lengthMm = 250;
    in.widthMm = 250;
    in.heightMm = 150;
    in.date = QDate(2026, 11, 22);
    return in;
}

} // namespace

TEST_CASE("the panel fills its table from a draft and explains the selected row", "[landedcost][panel]")
{
    ui::LandedCostPanel panel;
    panel.resize(1180, 720);
    QSignalSpy refreshed(panel.model(), &LandedCostModel::refreshed);
    panel.setDraft(bowl());
    REQUIRE(test::waitFor([&] { return refreshed.count() >= 1 && !panel.model()->refreshPending(); }));
    CHECK(panel.view()->model()->rowCount() == 10);
    CHECK(panel.draft().serviceId == QStringLiteral("sample-post-registered")); // the panel's default choice

    const int gb = panel.model()->rowOf(QStringLiteral("GB"));
    panel.view()->setCurrentIndex(panel.model()->index(gb, 0));
    CHECK(panel.detailsText().contains(QLatin1String("United Kingdom")));
    CHECK(panel.detailsText().contains(QLatin1String("Source:")));

    // Screenshot: the matrix with two rows expanded to their explanation.
    panel.show();
    panel.view()->expand(panel.model()->index(gb, 0));
    panel.view()->expand(panel.model()->index(panel.model()->rowOf(QStringLiteral("US")), 0));
    for (int c = 0; c < LandedCostModel::ColumnCount - 1; ++c)
        panel.view()->resizeColumnToContents(c);
    panel.view()->setColumnWidth(0, 190);
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
    const QString shot = QStringLiteral(CARAVAN_SCREENSHOT_DIR "/landed-cost-panel.png");
    REQUIRE(panel.grab().save(shot));
    CHECK(QFileInfo(shot).size() > 10000);
}

TEST_CASE("the chosen destinations are kept per account", "[landedcost][panel]")
{
    test::Sandbox sandbox;
    QString error;
    auto db = data::LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
    REQUIRE(db);
    data::SettingsRepository settings(db->connection());
    {
        ui::LandedCostPanel panel;
        panel.setSettingsRepository(&settings);
        CHECK(panel.destinations() == models::defaultLandedCostDestinations());
        QSignalSpy changed(&panel, &ui::LandedCostPanel::destinationsChanged);
        panel.setDestinations({QStringLiteral("CH"), QStringLiteral("NO")});
        CHECK(changed.count() == 1);
        panel.setSettingsRepository(nullptr);
    }
    CHECK(settings.value(ui::LandedCostPanel::settingsKey(), QString()) == QStringLiteral("CH,NO"));
    ui::LandedCostPanel again;
    again.setSettingsRepository(&settings);
    CHECK(again.destinations() == QStringList{QStringLiteral("CH"), QStringLiteral("NO")});
    again.setDraft(bowl());
    REQUIRE(
        test::waitFor([&] { return again.model()->rowCount() == 2 && !again.model()->refreshPending(); }));
    again.setSettingsRepository(nullptr);
}
