#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "data/photostore.h"
#include "models/listingtablemodel.h"
#include "test_listing_support.h"
#include "testsupport.h"
#include "ui/language.h"
#include "ui/listingeditor.h"
#include "ui/listingsview.h"

#include <QDir>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

void shoot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
    QCoreApplication::processEvents();
    const QString path = QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR)).filePath(name);
    REQUIRE(widget.grab().save(path));
    CHECK(QFileInfo(path).size() > 0);
}

void screenshots(const QString &language, const QString &suffix)
{
    ui::installTranslators(language);
    test::Sandbox sandbox;
    QString error;
    auto db = data::LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
    REQUIRE(db);
    data::ListingRepository repo(db->connection());
    data::PhotoStore photos(data::PhotoStore::folderFor(db->filePath()), db->connection());
    auto listings = test::demoListingsWithPhotos(photos);
    for (std::size_t i = 0; i < listings.size(); i += 4)
        listings[i].status = listing::Status::Draft;
    REQUIRE(repo.saveAll(listings).ok);

    ui::ListingsView view(*db);
    view.resize(1440, 860);
    view.show();
    // Covers load in the background; wait until the visible ones are there.
    test::waitFor(
        [&] {
            for (int row = 0; row < 17; ++row) {
                const auto cell = view.model()->index(row, models::ListingTableModel::Cover);
                if (view.model()->data(cell, Qt::DecorationRole).isNull())
                    return false;
            }
            return true;
        },
        10000);
    view.table()->viewport()->update();
    shoot(view, QStringLiteral("listings-view") + suffix + QStringLiteral(".png"));

    view.openEditor(QString::fromStdString(listings[0].id));
    QCoreApplication::processEvents();
    shoot(view, QStringLiteral("listing-editor") + suffix + QStringLiteral(".png"));
    ui::installTranslators(QStringLiteral("en"));
}

} // namespace

TEST_CASE("screenshots of the listings view and the editor", "[listings][screenshots]")
{
    screenshots(QStringLiteral("en"), QString());
    screenshots(QStringLiteral("zh_CN"), QStringLiteral("-zh_CN"));
}
