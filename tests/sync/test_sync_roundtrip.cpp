// The real app sync client against the real caravan-server over loopback (SQLite or PostgreSQL).
#include "data/conflictstore.h"
#include "data/listingrepository.h"
#include "data/photostore.h"
#include "data/syncjournal.h"
#include "models/synclogmodel.h"
#include "syncsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::synctest;

namespace {

void save(Device &device, const listing::Listing &l)
{
    data::ListingRepository repository(device.db->connection());
    const auto result = repository.save(l);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
}

listing::Listing load(Device &device, const std::string &id)
{
    auto l = data::ListingRepository(device.db->connection()).load(QString::fromStdString(id));
    REQUIRE(l);
    return *l;
}

} // namespace

TEST_CASE("a device pushes listings with photos and a fresh device pulls exactly the same", "[sync]")
{
    ServerDatabase database;
    ServerProcess server(database);
    REQUIRE(server.start());
    const Seller seller = newSeller(database, server.url());
    REQUIRE_FALSE(seller.token.isEmpty());

    Device a;
    std::vector<listing::Listing> made;
    for (int i = 0; i < 5; ++i) {
        auto l = draftListing(i);
        if (i == 0) {
            l.photos.push_back(addPhoto(a, 1).toStdString());
            l.photos.push_back(addPhoto(a, 2).toStdString());
            REQUIRE_FALSE(l.photos[0].empty());
        }
        save(a, l);
        made.push_back(l);
    }
    data::SyncJournal journalA(a.db->connection());
    CHECK(journalA.pendingCount() == 5);
    REQUIRE(syncOnce(a, server.url(), seller.token));
    CHECK(journalA.pendingCount() == 0);
    CHECK(journalA.cursor() > 0);
    CHECK(load(a, made[0].id).photos.size() == 2);

    Device b;
    REQUIRE(syncOnce(b, server.url(), seller.token));
    CHECK(listingCount(b.db->connection()) == 5);
    CHECK(listingsDigest(b.db->connection()) == listingsDigest(a.db->connection()));
    CHECK(load(b, made[0].id).photos == made[0].photos);
    // B downloaded the photos: they show there, byte for byte as the server keeps them.
    data::PhotoStore photosB(b.photoFolder(), b.db->connection());
    for (const auto &sha : made[0].photos) {
        CHECK(photosB.contains(QString::fromStdString(sha)));
        CHECK_FALSE(photosB.load(QString::fromStdString(sha)).isNull());
    }
    int missing = -1;
    const QString held = photosDigest(b.db->connection(), b.photoFolder(), &missing);
    CHECK(missing == 0);
    CHECK(held ==
          photosDigest(b.db->connection(), QDir(database.dataDir()).filePath(QStringLiteral("photos"))));

    // An edit on A reaches B; a delete on A reaches B.
    auto edited = load(a, made[1].id);
    edited.title = "Vintage camera, edited on A";
    edited.priceMinor = 777;
    save(a, edited);
    REQUIRE(data::ListingRepository(a.db->connection()).remove(QString::fromStdString(made[2].id)));
    REQUIRE(syncOnce(a, server.url(), seller.token));
    REQUIRE(syncOnce(b, server.url(), seller.token));
    CHECK(load(b, made[1].id).title == "Vintage camera, edited on A");
    CHECK(load(b, made[1].id).priceMinor == 777);
    CHECK(listingCount(b.db->connection()) == 4);
    CHECK(listingsDigest(b.db->connection()) == listingsDigest(a.db->connection()));

    // Syncing again changes nothing and sends nothing twice.
    const QString before = listingsDigest(a.db->connection());
    REQUIRE(syncOnce(a, server.url(), seller.token));
    CHECK(listingsDigest(a.db->connection()) == before);
}

TEST_CASE("two devices edit the same listing offline: a conflict, resolved on one, reaches the other",
          "[sync][conflict]")
{
    ServerDatabase database;
    ServerProcess server(database);
    REQUIRE(server.start());
    const Seller seller = newSeller(database, server.url());
    REQUIRE_FALSE(seller.token.isEmpty());

    Device a;
    Device b;
    const auto original = draftListing(1);
    save(a, original);
    REQUIRE(syncOnce(a, server.url(), seller.token));
    REQUIRE(syncOnce(b, server.url(), seller.token));
    REQUIRE(load(b, original.id).title == original.title);

    // Both offline: A changes the title and the price, B changes the title and the description.
    auto onA = load(a, original.id);
    onA.title = "Camera (title from A)";
    onA.priceMinor = 5000;
    save(a, onA);
    auto onB = load(b, original.id);
    onB.title = "Camera (title from B)";
    onB.description = "Described again on device B, with the lens cap and the original strap.";
    save(b, onB);

    REQUIRE(syncOnce(a, server.url(), seller.token));
    REQUIRE(syncOnce(b, server.url(), seller.token));

    // B holds a conflict for the title only; the other fields merged.
    data::ConflictStore conflictsB(b.db->connection());
    const auto open = conflictsB.unresolved();
    REQUIRE(open.size() == 1);
    const auto &conflict = open.front();
    CHECK(conflict.entity == QStringLiteral("listing"));
    CHECK(conflict.entityId == QString::fromStdString(original.id));
    REQUIRE(conflict.fields.size() == 1);
    CHECK(conflict.fields[0].field == QStringLiteral("title"));
    CHECK(conflict.fields[0].base.toString().toStdString() == original.title);
    CHECK(conflict.fields[0].server.toString() == QStringLiteral("Camera (title from A)"));
    CHECK(conflict.fields[0].client.toString() == QStringLiteral("Camera (title from B)"));
    const auto mergedOnB = load(b, original.id);
    CHECK(mergedOnB.priceMinor == 5000);
    CHECK(mergedOnB.description == onB.description);
    CHECK(mergedOnB.title == "Camera (title from A)"); // the server kept its value until B decides

    // A learns about the conflict too.
    REQUIRE(syncOnce(a, server.url(), seller.token));
    CHECK(data::ConflictStore(a.db->connection()).unresolved().size() == 1);

    // B resolves with a merged title; it reaches A, and the conflict is closed everywhere.
    REQUIRE(conflictsB.resolve(conflict.id,
                               QJsonObject{{QStringLiteral("title"), QStringLiteral("Camera (merged)")}}));
    CHECK(load(b, original.id).title == "Camera (merged)");
    REQUIRE(syncOnce(b, server.url(), seller.token));
    REQUIRE(syncOnce(a, server.url(), seller.token));
    CHECK(load(a, original.id).title == "Camera (merged)");
    CHECK(load(a, original.id).description == onB.description);
    CHECK(data::ConflictStore(a.db->connection()).unresolved().isEmpty());
    CHECK(conflictsB.unresolved().isEmpty());
    REQUIRE(syncOnce(b, server.url(), seller.token));
    CHECK(listingsDigest(a.db->connection()) == listingsDigest(b.db->connection()));
}

TEST_CASE("the sync log keeps the server's X-Request-Id of its sync calls, and the server's log lines of that "
          "request carry the same id",
          "[sync][request_id]")
{
    ServerDatabase database;
    ServerProcess server(database);
    REQUIRE(server.start());
    const Seller seller = newSeller(database, server.url());
    REQUIRE_FALSE(seller.token.isEmpty());

    Device device;
    save(device, draftListing(1, QStringLiteral("request-id")));
    REQUIRE(syncOnce(device, server.url(), seller.token));
    // A failed sync: the server refuses the token.
    REQUIRE_FALSE(syncOnce(device, server.url(), QStringLiteral("revoked-or-never-issued-token")));

    data::SyncJournal journal(device.db->connection());
    QString syncedId;
    QString refusedId;
    for (const auto &entry : journal.logEntries()) {
        if (entry.kind == QLatin1String("synced") && syncedId.isEmpty())
            syncedId = entry.requestId;
        if (entry.kind == QLatin1String("unauthorized") && refusedId.isEmpty())
            refusedId = entry.requestId;
    }
    const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    CHECK(hex32.match(syncedId).hasMatch());
    CHECK(hex32.match(refusedId).hasMatch());
    CHECK(syncedId != refusedId);

    // The operator finds each id in the server's log: the last call of the good cycle (its pull) and the
    // refused one.
    server.terminate();
    const QStringList lines = server.output().split(QLatin1Char('\n'));
    const auto lineWith = [&lines](const QString &id) {
        for (const QString &line : lines)
            if (line.contains(QStringLiteral("event=request ")) &&
                line.endsWith(QStringLiteral(" request_id=") + id))
                return line;
        return QString();
    };
    INFO(server.output().right(3000).toStdString());
    CHECK(lineWith(syncedId).contains(QStringLiteral("path=/api/v1/sync/pull")));
    CHECK(lineWith(syncedId).contains(QStringLiteral("status=200")));
    CHECK(lineWith(refusedId).contains(QStringLiteral("status=401")));

    // The sync log view shows it in the line's details.
    models::SyncLogModel model(device.db->connection());
    bool shown = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto detail = model.index(row, models::SyncLogModel::Detail);
        if (detail.data(models::SyncLogModel::RequestIdRole).toString() == refusedId) {
            shown = true;
            CHECK(detail.data().toString().contains(refusedId));
        }
    }
    CHECK(shown);
}
