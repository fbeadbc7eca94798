#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "data/outboxrepository.h"
#include "models/listingtablemodel.h"
#include "money/currency.h"
#include "test_listing_support.h"
#include "testsupport.h"
#include "ui/bulkeditcommand.h"
#include "ui/language.h"
#include "ui/listingsview.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace caravan;

TEST_CASE("a bulk percent price change on a selection is one undoable transaction", "[bulk]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    QString error;
    auto db = data::LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
    REQUIRE(db);
    data::ListingRepository repo(db->connection());
    auto listings = test::demoListings();
    REQUIRE(repo.saveAll(listings).ok);

    ui::ListingsView view(*db);
    view.resize(1100, 700);
    view.show();
    // Select the three EUR listings that mention "vintage" or "vinyl" by search, then all rows.
    view.searchEdit()->setText(QStringLiteral("vin"));
    view.applyFilter();
    const int rows = view.model()->rowCount();
    REQUIRE(rows >= 2);
    view.table()->selectAll();
    const QStringList ids = view.selectedIds();
    REQUIRE(ids.size() == rows);

    std::map<QString, std::int64_t> before;
    for (const auto &l : repo.loadMany(ids))
        before[QString::fromStdString(l.id)] = *l.priceMinor;
    const int outboxBefore = data::OutboxRepository(db->connection()).count();

    ui::BulkEditRequest request;
    request.kind = ui::BulkEditRequest::Kind::PriceByPercent;
    request.amount = QStringLiteral("-10");
    int reloads = 0;
    const auto outcome = ui::BulkEdit::apply(repo, *view.bulkUndoStack(), ids, request, [&] { ++reloads; });
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.changed == rows);
    CHECK(reloads == 1);
    for (const auto &l : repo.loadMany(ids)) {
        const std::int64_t old = before[QString::fromStdString(l.id)];
        INFO(l.title << " " << old << " -> " << *l.priceMinor << " " << l.currency);
        // 10 % off, rounded half away from zero to the minor unit.
        CHECK(*l.priceMinor == (old * 9 + 5) / 10);
    }
    CHECK(data::OutboxRepository(db->connection()).count() == outboxBefore + rows);
    // Listings outside the selection are untouched.
    CHECK(repo.count() == int(listings.size()));

    view.bulkUndoStack()->undo();
    for (const auto &l : repo.loadMany(ids))
        CHECK(*l.priceMinor == before[QString::fromStdString(l.id)]);
    view.bulkUndoStack()->redo();
    for (const auto &l : repo.loadMany(ids))
        CHECK(*l.priceMinor != before[QString::fromStdString(l.id)]);

    // An amount in another currency leaves those listings alone and says why.
    request.kind = ui::BulkEditRequest::Kind::PriceByAmount;
    request.amount = QStringLiteral("-1.00");
    request.currency = QStringLiteral("EUR");
    const auto partial = ui::BulkEdit::apply(repo, *view.bulkUndoStack(), ids, request);
    for (const auto &l : repo.loadMany(ids)) {
        if (l.currency != "EUR")
            CHECK(!partial.problems.filter(QString::fromStdString(l.title)).isEmpty());
    }

    // Status: ending the selection, then a bad percent is refused without a change.
    request.kind = ui::BulkEditRequest::Kind::Status;
    request.status = listing::Status::Ended;
    REQUIRE(ui::BulkEdit::apply(repo, *view.bulkUndoStack(), ids, request).ok);
    for (const auto &l : repo.loadMany(ids))
        CHECK(l.status == listing::Status::Ended);
    request.kind = ui::BulkEditRequest::Kind::PriceByPercent;
    request.amount = QStringLiteral("ten");
    const auto bad = ui::BulkEdit::apply(repo, *view.bulkUndoStack(), ids, request);
    CHECK_FALSE(bad.ok);
    CHECK_FALSE(bad.error.isEmpty());
}
