#include "data/localdatabase.h"
#include "data/outboxrepository.h"
#include "models/outboxmodel.h"
#include "models/sectionmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace caravan;
using models::Section;

TEST_CASE("the section model offers Arbitration to staff only", "[models]")
{
    models::SectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model.rowCount() == 5);
    CHECK(model.rowOf(Section::Arbitration) == -1);
    CHECK(model.rowOf(Section::Listings) == 0);
    CHECK(model.rowOf(Section::Settings) == 4);
    CHECK(model.data(model.index(0)).toString() == QStringLiteral("Listings"));
    CHECK_FALSE(model.data(model.index(0), models::SectionModel::DescriptionRole).toString().isEmpty());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setStaff(true);
    CHECK(inserted.count() == 1);
    CHECK(model.rowCount() == 6);
    const int row = model.rowOf(Section::Arbitration);
    REQUIRE(row >= 0);
    CHECK(model.sectionAt(row) == Section::Arbitration);
    CHECK(model.data(model.index(row), models::SectionModel::SectionRole).toInt() ==
          static_cast<int>(Section::Arbitration));
    model.setStaff(true); // no change, no signal
    CHECK(inserted.count() == 1);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setStaff(false);
    CHECK(removed.count() == 1);
    CHECK(model.rowOf(Section::Arbitration) == -1);
    CHECK(model.sectionAt(99) == Section::SectionCount);
}

TEST_CASE("the outbox model shows pending changes and follows reloads", "[models]")
{
    test::Sandbox sandbox;
    QString error;
    auto db = data::LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
    REQUIRE(db);

    models::OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == models::OutboxModel::ColumnCount);
    model.setDatabase(db->connection());
    CHECK(model.rowCount() == 0);

    data::OutboxRepository outbox(db->connection());
    for (int i = 0; i < 3; ++i)
        REQUIRE(outbox.enqueue({0,
                                {},
                                QStringLiteral("listing"),
                                QStringLiteral("l-%1").arg(i),
                                QStringLiteral("create"),
                                {},
                                {}}));
    model.reload();
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(2, models::OutboxModel::EntityIdColumn)).toString() ==
          QStringLiteral("l-2"));
    CHECK(model.data(model.index(0, models::OutboxModel::OperationColumn)).toString() ==
          QStringLiteral("create"));
    CHECK_FALSE(model.data(model.index(0, models::OutboxModel::CreatedAtColumn)).toString().isEmpty());
    CHECK(model.headerData(models::OutboxModel::EntityColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Item"));

    REQUIRE(outbox.acknowledge(model.entryAt(0).mutationId));
    model.reload();
    CHECK(model.rowCount() == 2);
    model.setDatabase({});
    CHECK(model.rowCount() == 0);
}
