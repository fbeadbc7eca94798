// caravan_sync_driver: one device as its own process, for the kill tests and the benchmark.
//   --db FILE --server URL --token TOKEN [--edits N] [--photos K] [--seed S] [--timeout-ms T]
// Opens (or creates) the local database, makes N listing edits (new listings and changes of existing
// ones, K of them with a new photo), syncs until the outbox is empty and a cycle succeeded, then prints
//   digest=<sha256 of every listing> count=<listings> pending=<outbox>
// and exits 0. Exit 2: the sync did not complete in time; 3: bad arguments or local database.
#include "data/listingrepository.h"
#include "data/photostore.h"
#include "data/syncjournal.h"
#include "sync/syncclient.h"
#include "syncsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>
#include <cstdio>
#include <random>

using namespace caravan;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("local database"),
                                      QStringLiteral("file"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("server"),
                                          QStringLiteral("url"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("token"),
                                         QStringLiteral("token"));
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("edits"),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption photosOption(QStringLiteral("photos"), QStringLiteral("photos"),
                                          QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("seed"), QStringLiteral("n"),
                                        QStringLiteral("1"));
    const QCommandLineOption serverPhotosOption(QStringLiteral("server-photos"),
                                                QStringLiteral("the server's photo folder, to compare with"),
                                                QStringLiteral("dir"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-ms"), QStringLiteral("timeout"),
                                           QStringLiteral("ms"), QStringLiteral("60000"));
    parser.addOptions({dbOption, serverOption, tokenOption, editsOption, photosOption, seedOption,
                       timeoutOption, serverPhotosOption});
    parser.process(app);
    if (!parser.isSet(dbOption) || !parser.isSet(serverOption) || !parser.isSet(tokenOption)) {
        std::fprintf(stderr, "caravan_sync_driver: --db, --server and --token are required\n");
        return 3;
    }
    QString error;
    auto db = data::LocalDatabase::open(parser.value(dbOption), &error);
    if (!db) {
        std::fprintf(stderr, "caravan_sync_driver: %s\n", qPrintable(error));
        return 3;
    }
    const quint64 seed = parser.value(seedOption).toULongLong();
    std::mt19937_64 random(seed);
    data::ListingRepository repository(db->connection());
    data::PhotoStore photos(data::PhotoStore::folderFor(db->filePath()), db->connection());
    const int edits = parser.value(editsOption).toInt();
    int photoEdits = parser.value(photosOption).toInt();
    for (int i = 0; i < edits; ++i) {
        auto existing = repository.loadAll();
        listing::Listing l;
        if (!existing.empty() && random() % 3 == 0) {
            l = existing[random() % existing.size()];
            l.priceMinor = 1000 + static_cast<std::int64_t>(random() % 90000);
            l.title = "Edited camera " + std::to_string(seed) + "-" + std::to_string(i);
        } else {
            l = synctest::draftListing(i, QStringLiteral("s%1").arg(seed));
        }
        if (photoEdits > 0) {
            --photoEdits;
            QImage image(40 + int(random() % 40), 30 + int(random() % 30), QImage::Format_RGB32);
            image.fill(QColor::fromRgb(static_cast<QRgb>(random())));
            const auto stored = photos.importImage(image);
            if (stored.ok && l.photos.size() < 12)
                l.photos.push_back(stored.sha256.toStdString());
        }
        const auto saved = repository.save(l);
        if (!saved.ok) {
            std::fprintf(stderr, "caravan_sync_driver: save failed: %s\n", qPrintable(saved.error));
            return 3;
        }
    }

    sync::SyncClient client(db->connection());
    client.setAutomatic(false);
    client.setServer(QUrl(parser.value(serverOption)));
    client.setToken(parser.value(tokenOption));
    client.setBackoff(50, 1000, seed);
    client.setPhotoFolder(data::PhotoStore::folderFor(db->filePath()));
    int exitCode = 2;
    QObject::connect(&client, &sync::SyncClient::syncFinished, &app, [&](bool ok) {
        if (!ok)
            return; // the client retries on its own (backoff)
        if (client.pendingCount() > 0) {
            client.syncNow();
            return;
        }
        exitCode = 0;
        app.quit();
    });
    QTimer::singleShot(parser.value(timeoutOption).toInt(), &app, [&] {
        std::fprintf(stderr, "caravan_sync_driver: no complete sync in time: %s\n",
                     qPrintable(client.lastError()));
        app.quit();
    });
    client.syncNow();
    app.exec();
    std::printf("digest=%s count=%d pending=%d requests=%lld sent=%lld received=%lld\n",
                qPrintable(synctest::listingsDigest(db->connection())),
                synctest::listingCount(db->connection()), client.pendingCount(),
                static_cast<long long>(client.http().requestCount()),
                static_cast<long long>(client.http().bytesSent()),
                static_cast<long long>(client.http().bytesReceived()));
    // The photos this device shows: held here, and (when given) as the server holds them.
    int missing = 0;
    const QString held =
        synctest::photosDigest(db->connection(), data::PhotoStore::folderFor(db->filePath()), &missing);
    std::printf("photos=%s photos_missing=%d", qPrintable(held), missing);
    if (parser.isSet(serverPhotosOption)) {
        int serverMissing = 0;
        std::printf(" server_photos=%s server_photos_missing=%d",
                    qPrintable(synctest::photosDigest(db->connection(), parser.value(serverPhotosOption),
                                                      &serverMissing)),
                    serverMissing);
    }
    std::printf("\n");
    std::fflush(stdout);
    return exitCode;
}
