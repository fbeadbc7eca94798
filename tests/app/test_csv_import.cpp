#include "data/listingcsv.h"
#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "listing/listing_json.h"
#include "test_listing_support.h"
#include "testsupport.h"
#include "ui/csvimportdialog.h"
#include "ui/language.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

std::unique_ptr<data::LocalDatabase> openDb(const test::Sandbox &sandbox, const QString &name)
{
    QString error;
    auto db = data::LocalDatabase::open(sandbox.path(name), &error);
    REQUIRE(db);
    return db;
}

} // namespace

TEST_CASE("CSV export and import through the app give back the same listings", "[csv]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto source = openDb(sandbox, QStringLiteral("a/caravan.sqlite"));
    data::ListingRepository from(source->connection());
    auto listings = test::demoListings();
    listings[0].photos = {std::string(64, 'e')};
    listings[1].status = listing::Status::Draft;
    listings[1].priceMinor.reset();
    REQUIRE(from.saveAll(listings).ok);
    const QString file = sandbox.path(QStringLiteral("listings.csv"));
    QString error;
    REQUIRE(data::ListingCsv::write(from, file, {}, &error));

    auto target = openDb(sandbox, QStringLiteral("b/caravan.sqlite"));
    data::ListingRepository to(target->connection());
    ui::CsvImportDialog dialog(to, file);
    CHECK(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.skipBadRows()->isVisible());
    REQUIRE(dialog.runImport());
    CHECK(dialog.imported() == int(listings.size()));
    for (const auto &l : listings) {
        const auto back = to.load(QString::fromStdString(l.id));
        REQUIRE(back);
        CHECK(listing::toStableJson(*back) == listing::toStableJson(l));
    }
}

TEST_CASE("a CSV file with bad rows is reported by line and imports nothing unless told", "[csv]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = openDb(sandbox, QStringLiteral("caravan.sqlite"));
    data::ListingRepository repo(db->connection());
    const QString file = sandbox.path(QStringLiteral("bad.csv"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("id,title,description,status,price,currency\n"
                  "a-1,Old brass compass,,draft,12.50,EUR\n"
                  "a-2,Ok,,draft,twelve,EUR\n"
                  "a-3,Pocket knife with horn handle,,draft,8,EUR\n");
    }
    ui::CsvImportDialog dialog(repo, file);
    QTableWidget *table = dialog.problemTable();
    REQUIRE(table->rowCount() >= 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("price"));
    CHECK_FALSE(table->item(0, 2)->text().isEmpty());
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.runImport());
    CHECK(repo.count() == 0);

    dialog.skipBadRows()->setChecked(true);
    REQUIRE(dialog.importButton()->isEnabled());
    REQUIRE(dialog.runImport());
    CHECK(repo.count() == 2);
    CHECK(repo.load(QStringLiteral("a-1")));
    CHECK_FALSE(repo.load(QStringLiteral("a-2")));
}
