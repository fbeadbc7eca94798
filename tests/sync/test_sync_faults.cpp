// The sync client through a proxy that drops, delays, duplicates and reorders requests and responses.
// Seeds are fixed; CARAVAN_SYNC_SEED=<n> runs only that one (a failure prints its seed).
#include "data/listingrepository.h"
#include "data/photostore.h"
#include "data/syncjournal.h"
#include "faultproxy.h"
#include "sync/syncclient.h"
#include "syncsupport.h"

#include <QTest>
#include <catch2/catch.hpp>
#include <random>

using namespace caravan;
using namespace caravan::synctest;

namespace {

std::vector<quint64> seeds(std::initializer_list<quint64> fixed)
{
    if (qEnvironmentVariableIsSet("CARAVAN_SYNC_SEED"))
        return {qEnvironmentVariable("CARAVAN_SYNC_SEED").toULongLong()};
    return fixed;
}

// Syncs through `proxy` until the outbox is empty and a cycle succeeded.
bool syncThrough(Device &device, FaultProxy &proxy, const QString &token, quint64 seed)
{
    sync::SyncClient client(device.db->connection());
    client.setAutomatic(false);
    client.setServer(QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(proxy.port())));
    client.setToken(token);
    client.setBackoff(20, 400, seed);
    client.setBatchSize(7); // several batches, so faults hit the middle of a push
    client.setPullLimit(5);
    client.setPhotoChunkBytes(1500); // several chunks per photo
    client.setPhotoFolder(device.photoFolder());
    bool done = false;
    QObject::connect(&client, &sync::SyncClient::syncFinished, [&](bool ok) {
        if (ok && client.pendingCount() == 0)
            done = true;
        else if (ok)
            client.syncNow();
    });
    client.syncNow();
    return QTest::qWaitFor([&] { return done; }, 120000);
}

} // namespace

TEST_CASE("sync converges through dropped, delayed, duplicated and reordered requests", "[sync][faults]")
{
    for (const quint64 seed : seeds({11, 29, 4242})) {
        INFO("seed " << seed << " (replay with CARAVAN_SYNC_SEED=" << seed << ")");
        ServerDatabase database;
        ServerProcess server(database);
        REQUIRE(server.start());
        const Seller seller = newSeller(database, server.url());
        REQUIRE_FALSE(seller.token.isEmpty());
        FaultProxy::Faults faults;
        faults.dropRequestPercent = 12;
        faults.dropResponsePercent = 12;
        faults.delayPercent = 20;
        faults.maxDelayMs = 150;
        faults.duplicatePercent = 15;
        faults.reorderPercent = 15;
        FaultProxy proxy(static_cast<quint16>(server.port()), seed, faults);

        Device a;
        data::ListingRepository repository(a.db->connection());
        std::mt19937_64 random(seed);
        std::vector<listing::Listing> made;
        for (int i = 0; i < 24; ++i) {
            auto l = draftListing(i);
            if (i % 6 == 0)
                l.photos.push_back(addPhoto(a, static_cast<int>(seed % 1000) + i).toStdString());
            REQUIRE(repository.save(l).ok);
            made.push_back(l);
        }
        // Edits on top of edits, and a delete, all still in the outbox.
        for (int i = 0; i < 10; ++i) {
            auto l = *repository.load(QString::fromStdString(made[random() % made.size()].id));
            l.priceMinor = static_cast<std::int64_t>(100 + random() % 10000);
            REQUIRE(repository.save(l).ok);
        }
        REQUIRE(repository.remove(QString::fromStdString(made[3].id)));

        REQUIRE(syncThrough(a, proxy, seller.token, seed));
        CHECK(proxy.faultsInjected() > 0);
        CHECK(data::SyncJournal(a.db->connection()).pendingCount() == 0);

        // A fresh device, straight to the server, holds exactly the same.
        Device fresh;
        REQUIRE(syncOnce(fresh, server.url(), seller.token));
        CHECK(listingCount(fresh.db->connection()) == 23);
        CHECK(listingsDigest(fresh.db->connection()) == listingsDigest(a.db->connection()));
    }
}
