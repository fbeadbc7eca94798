#include "data/localdatabase.h"
#include "data/migrations.h"
#include "data/profilerepository.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::data;

namespace {

QSet<QString> tableNames(const QSqlDatabase &db)
{
    QSet<QString> names;
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    while (query.next())
        names.insert(query.value(0).toString());
    return names;
}

QSet<QString> columnNames(const QSqlDatabase &db, const QString &table)
{
    QSet<QString> names;
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA table_info(") + table + QLatin1Char(')')));
    while (query.next())
        names.insert(query.value(1).toString());
    return names;
}

} // namespace

TEST_CASE("the schema keeps at least two consecutive migrations", "[migrations]")
{
    const auto &steps = schemaMigrations();
    REQUIRE(steps.size() >= 2);
    for (std::size_t i = 0; i < steps.size(); ++i)
        CHECK(steps[i].version == static_cast<int>(i) + 1);
    CHECK(latestSchemaVersion() == steps.back().version);
}

TEST_CASE("an empty database is migrated to the latest schema in WAL mode", "[migrations]")
{
    test::Sandbox sandbox;
    QString error;
    auto db = LocalDatabase::open(sandbox.path(QStringLiteral("a/b/caravan.sqlite")), &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(schemaVersion(db->connection()) == latestSchemaVersion());
    CHECK(db->journalMode() == QStringLiteral("wal"));
    const auto tables = tableNames(db->connection());
    for (const char *table : {"account_profile", "app_settings", "listings", "outbox"})
        CHECK(tables.contains(QLatin1String(table)));
    const auto listing = columnNames(db->connection(), QStringLiteral("listings"));
    for (const char *column :
         {"id", "revision", "title", "description", "category", "condition", "price_minor", "currency",
          "quantity", "ships_from", "hs_code", "weight_g", "status", "created_at", "updated_at"})
        CHECK(listing.contains(QLatin1String(column)));
    const auto outbox = columnNames(db->connection(), QStringLiteral("outbox"));
    for (const char *column : {"mutation_id", "entity", "entity_id", "op", "payload", "created_at"})
        CHECK(outbox.contains(QLatin1String(column)));

    // Opening again is a no-op.
    const QString path = db->filePath();
    db.reset();
    auto again = LocalDatabase::open(path, &error);
    REQUIRE(again);
    CHECK(schemaVersion(again->connection()) == latestSchemaVersion());
}

TEST_CASE("a version 1 database is upgraded and keeps its data", "[migrations]")
{
    test::Sandbox sandbox;
    const QString path = sandbox.path(QStringLiteral("caravan.sqlite"));
    QString error;
    {
        QSqlDatabase raw = LocalDatabase::openConnection(path, &error);
        REQUIRE(raw.isValid());
        const auto result = applyMigrations(raw, schemaMigrations(), 1);
        REQUIRE(result.ok);
        CHECK(result.toVersion == 1);
        CHECK_FALSE(tableNames(raw).contains(QStringLiteral("listings")));
        REQUIRE(ProfileRepository(raw).save(test::sellerProfile(), QStringLiteral("http://127.0.0.1:8080")));
        const QString name = raw.connectionName();
        raw = QSqlDatabase();
        LocalDatabase::closeConnection(name);
    }
    auto db = LocalDatabase::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(schemaVersion(db->connection()) == latestSchemaVersion());
    CHECK(tableNames(db->connection()).contains(QStringLiteral("outbox")));
    const auto cached = ProfileRepository(db->connection()).load();
    REQUIRE(cached);
    CHECK(cached->profile == test::sellerProfile());
    CHECK(cached->serverUrl == QStringLiteral("http://127.0.0.1:8080"));
}

TEST_CASE("a failing migration rolls back everything", "[migrations]")
{
    test::Sandbox sandbox;
    QString error;
    auto db = LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
    REQUIRE(db);
    auto steps = schemaMigrations();
    const int broken = latestSchemaVersion() + 1;
    steps.push_back(Migration{broken,
                              QStringLiteral("broken on purpose"),
                              {QStringLiteral("CREATE TABLE half_done (a INTEGER)"),
                               QStringLiteral("ALTER TABLE listings ADD COLUMN extra TEXT"),
                               QStringLiteral("THIS IS NOT SQL")}});
    QSqlDatabase connection = db->connection();
    const auto result = applyMigrations(connection, steps, broken);
    CHECK_FALSE(result.ok);
    CHECK_FALSE(result.error.isEmpty());
    CHECK(result.toVersion == latestSchemaVersion());
    CHECK(schemaVersion(connection) == latestSchemaVersion());
    CHECK_FALSE(tableNames(connection).contains(QStringLiteral("half_done")));
    CHECK_FALSE(columnNames(connection, QStringLiteral("listings")).contains(QStringLiteral("extra")));
}

TEST_CASE("a database from a newer app version is refused, not touched", "[migrations]")
{
    test::Sandbox sandbox;
    const QString path = sandbox.path(QStringLiteral("caravan.sqlite"));
    QString error;
    {
        auto db = LocalDatabase::open(path, &error);
        REQUIRE(db);
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    auto db = LocalDatabase::open(path, &error);
    CHECK_FALSE(db);
    CHECK(error.contains(QStringLiteral("99")));
    QSqlDatabase raw = LocalDatabase::openConnection(path, &error);
    REQUIRE(raw.isValid());
    CHECK(schemaVersion(raw) == 99);
    const QString name = raw.connectionName();
    raw = QSqlDatabase();
    LocalDatabase::closeConnection(name);
}

TEST_CASE("an unusable path gives a clear error", "[migrations]")
{
    test::Sandbox sandbox;
    QFile blocker(sandbox.path(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    auto db = LocalDatabase::open(sandbox.path(QStringLiteral("file/sub/caravan.sqlite")), &error);
    CHECK_FALSE(db);
    CHECK_FALSE(error.isEmpty());
}
