#include "data/listingquery.h"
#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "models/listingtablemodel.h"
#include "test_listing_support.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace caravan;
using models::ListingTableModel;

namespace {

struct Fixture
{
    test::Sandbox sandbox;
    std::unique_ptr<data::LocalDatabase> db;
    std::vector<listing::Listing> listings;
    Fixture()
    {
        QString error;
        db = data::LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
        REQUIRE(db);
        data::ListingRepository repo(db->connection());
        // Five copies of the sixty demo listings: 300 rows, more than two blocks.
        for (int copy = 0; copy < 5; ++copy) {
            auto batch = test::demoListings();
            for (std::size_t i = 0; i < batch.size(); ++i) {
                if ((i + std::size_t(copy)) % 3 == 0)
                    batch[i].status = listing::Status::Draft;
            }
            listings.insert(listings.end(), batch.begin(), batch.end());
        }
        REQUIRE(repo.saveAll(listings).ok);
    }
};

} // namespace

TEST_CASE("FTS queries quote what was typed", "[listings][models]")
{
    CHECK(data::ListingQuery::ftsQuery(QStringLiteral("  seiko  watch ")) ==
          QStringLiteral("\"seiko\"* AND \"watch\"*"));
    CHECK(data::ListingQuery::ftsQuery(QStringLiteral("\"; DROP TABLE listings; --")) ==
          QStringLiteral("\"DROP\"* AND \"TABLE\"* AND \"listings\"*"));
    CHECK(data::ListingQuery::ftsQuery(QStringLiteral(" ,. ")).isEmpty());
}

TEST_CASE("the listings model filters and sorts in SQL and passes the model tester", "[listings][models]")
{
    Fixture f;
    ListingTableModel model(f.db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model.rowCount() == 300);
    CHECK(model.columnCount() == ListingTableModel::ColumnCount);
    CHECK(model.headerData(ListingTableModel::Price, Qt::Horizontal).toString() == QStringLiteral("Price"));

    // Sort by price ascending: the first rows are the cheapest in minor units; the order is total.
    model.sort(ListingTableModel::Price, Qt::AscendingOrder);
    qint64 previous = -1;
    data::ListingQuery check(f.db->connection());
    check.setSort(data::ListingSort::Price, true);
    const auto rows = check.fetch(0, 300);
    REQUIRE(rows.size() == 300);
    for (const auto &row : rows) {
        CHECK(row.priceMinor >= previous);
        previous = row.priceMinor;
    }
    CHECK(model.idAt(0) == rows.front().id);
    CHECK(model.idAt(299) == rows.back().id);
    CHECK(model.idAt(200) == rows[200].id); // third block

    model.sort(ListingTableModel::Title, Qt::DescendingOrder);
    CHECK(
        model.data(model.index(0, ListingTableModel::Title)).toString().startsWith(QStringLiteral("Yixing")));

    // Text search uses the FTS table (prefix match, any case), status and category are SQL filters.
    model.setFilter({QString(), QString(), QStringLiteral("seik")});
    CHECK(model.rowCount() == 5);
    CHECK(model.data(model.index(0, ListingTableModel::Title)).toString().contains(QStringLiteral("Seiko")));
    model.setFilter({QStringLiteral("draft"), QString(), QString()});
    CHECK(model.rowCount() == 100);
    CHECK(model.data(model.index(0, ListingTableModel::Status)).toString() == QStringLiteral("Draft"));
    CHECK(model.data(model.index(0, ListingTableModel::Status), ListingTableModel::StatusIdRole).toString() ==
          QStringLiteral("draft"));
    model.setFilter({QStringLiteral("active"), QStringLiteral("watches"), QString()});
    int watches = 0;
    for (const auto &l : f.listings)
        watches += (l.category == "watches" || l.category.rfind("watches/", 0) == 0) &&
                   l.status == listing::Status::Active;
    CHECK(model.rowCount() == watches);
    model.setFilter({QString(), QString(), QStringLiteral("nosuchwordanywhere")});
    CHECK(model.rowCount() == 0);

    // A change in the database appears after reload.
    model.setFilter({});
    data::ListingRepository repo(f.db->connection());
    listing::Listing extra;
    extra.id = "extra-draft";
    extra.title = "Zeiss Ikon folding camera";
    REQUIRE(repo.save(extra).ok);
    model.reload();
    CHECK(model.rowCount() == 301);
    CHECK(model.rowOf(QStringLiteral("extra-draft")) >= 0);
    model.setFilter({QString(), QString(), QStringLiteral("zeiss")});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, ListingTableModel::Price)).toString().isEmpty());
}
