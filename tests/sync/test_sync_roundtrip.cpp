// The real app sync client against the real caravan-server over loopback (SQLite or PostgreSQL).
#include "data/conflictstore.h"
#include "data/listingrepository.h"
#include "data/photostore.h"
#include "data/syncjournal.h"
#include "syncsupport.h"

#include <QDir>
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
