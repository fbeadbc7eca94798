// bench_sync: figures for the sync of a seller's catalogue (see bench/bench_sync.cmake). Run it from a build
// directory: ./bench/bench_sync [--listings N] [--photo-listings M] [--db sqlite|postgresql]
// (postgresql: the server runs on a fresh database of the PostgreSQL named by CARAVAN_TEST_PG_URL).
#include "data/listingrecord.h"
#include "data/listingrepository.h"
#include "data/photostore.h"
#include "data/syncjournal.h"
#include "faultproxy.h"
#include "sync/syncclient.h"
#include "syncsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <cstdio>

using namespace caravan;
using namespace caravan::synctest;

namespace {

struct Run
{
    double seconds = 0;
    double photoSeconds = 0; // time in each phase
    double pushSeconds = 0;
    double pullSeconds = 0;
    double downloadSeconds = 0;
    qint64 requests = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    qint64 pushRequests = 0;
    qint64 pushBytes = 0;
    qint64 photoBytes = 0;
    qint64 mutationsSent = 0;
    bool ok = false;
};

std::unique_ptr<sync::SyncClient> makeClient(Device &device, quint16 port, const QString &token)
{
    auto client = std::make_unique<sync::SyncClient>(device.db->connection());
    client->setAutomatic(false);
    client->setServer(QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(port)));
    client->setToken(token);
    client->setPullLimit(500);
    client->setBackoff(50, 1000, 1);
    client->setPhotoFolder(device.photoFolder());
    return client;
}

// The counting proxy on a thread of its own: on the client's thread it would forward bytes only when the
// client's event loop runs, adding the proxy's work to the client's and serialising what a real network
// lets happen at the same time (the server working while the client stores the previous answer).
class ProxyThread
{
public:
    explicit ProxyThread(quint16 upstream)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context, [this, upstream] { m_proxy = new FaultProxy(upstream, 1, {}); },
            Qt::BlockingQueuedConnection);
    }
    ~ProxyThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_proxy; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    FaultProxy &proxy() { return *m_proxy; }

private:
    QThread m_thread;
    QObject m_context;
    FaultProxy *m_proxy = nullptr;
};

// Syncs through a counting proxy until the outbox is empty; `stopAfterPushes` > 0 interrupts the sync
// (abandoning the request in flight) once the proxy has seen that many push requests.
Run syncThroughProxy(Device &device, quint16 serverPort, const QString &token, int stopAfterPushes = 0)
{
    ProxyThread proxyThread(serverPort);
    FaultProxy &proxy = proxyThread.proxy();
    auto client = makeClient(device, proxy.port(), token);
    Run run;
    bool done = false;
    QObject::connect(client.get(), &sync::SyncClient::syncFinished, [&](bool ok) {
        if (ok && client->pendingCount() == 0)
            done = true;
        else if (ok)
            client->syncNow();
    });
    // A real event loop that sleeps in poll() until the sockets have something: QTest::qWaitFor would sleep
    // 10 ms between passes, and every request of a sync needs several passes through the client and the
    // proxy, so it measured mostly its own sleeps.
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (stopAfterPushes > 0 && proxy.requestsTo("/api/v1/sync/push") >= stopAfterPushes) {
            client->stop();
            loop.quit();
        } else if (done) {
            loop.quit();
        }
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    qint64 phaseStart = 0;
    sync::SyncClient::Phase phase = sync::SyncClient::Phase::Idle;
    QObject::connect(client.get(), &sync::SyncClient::phaseChanged, [&](sync::SyncClient::Phase next) {
        const double spent = double(clock.nsecsElapsed() - phaseStart) / 1e9;
        if (phase == sync::SyncClient::Phase::Photos)
            run.photoSeconds += spent;
        else if (phase == sync::SyncClient::Phase::Pushing)
            run.pushSeconds += spent;
        else if (phase == sync::SyncClient::Phase::Pulling)
            run.pullSeconds += spent;
        else if (phase == sync::SyncClient::Phase::Downloading)
            run.downloadSeconds += spent;
        phase = next;
        phaseStart = clock.nsecsElapsed();
    });
    clock.start();
    client->syncNow();
    check.start();
    loop.exec();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.ok = done;
    run.requests = proxy.requests();
    run.bytesUp = proxy.bytesFromClient();
    run.bytesDown = proxy.bytesToClient();
    run.pushRequests = proxy.requestsTo("/api/v1/sync/push");
    run.pushBytes = proxy.bytesFromClientTo("/api/v1/sync/push");
    run.photoBytes = proxy.bytesFromClientTo("/api/v1/photos/");
    run.mutationsSent = client->mutationsSent();
    return run;
}

void makeListings(Device &device, int count, int photosEach, int seed)
{
    data::ListingRepository repository(device.db->connection());
    data::PhotoStore photos(device.photoFolder(), device.db->connection());
    std::vector<listing::Listing> batch;
    for (int i = 0; i < count; ++i) {
        auto l = draftListing(i, QStringLiteral("b%1").arg(seed));
        for (int p = 0; p < photosEach; ++p) {
            QImage image(320, 240, QImage::Format_RGB32);
            image.fill(QColor::fromRgb(static_cast<QRgb>((seed * 7919 + i * 31 + p) * 2654435761u)));
            const auto stored = photos.importImage(image);
            if (stored.ok)
                l.photos.push_back(stored.sha256.toStdString());
        }
        batch.push_back(std::move(l));
        if (batch.size() == 500 || i + 1 == count) {
            const auto saved = repository.saveAll(batch);
            if (!saved.ok)
                qFatal("saving listings failed: %s", qPrintable(saved.error));
            batch.clear();
        }
    }
}

// The same listings, every column of them, written straight into a fresh local listings table with one
// prepared statement, 500 per transaction: no outbox, no journal, no network.
double bareInsertSeconds(int count)
{
    Device device;
    QSqlDatabase db = device.db->connection();
    std::vector<listing::Listing> listings;
    for (int i = 0; i < count; ++i)
        listings.push_back(draftListing(i));
    const QStringList columns = data::listingrecord::columnNames() +
                                QStringList{QStringLiteral("created_at"), QStringLiteral("updated_at")};
    QElapsedTimer clock;
    clock.start();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO listings (id, ") + columns.join(QStringLiteral(", ")) +
                   QStringLiteral(") VALUES (:id, :") + columns.join(QStringLiteral(", :")) +
                   QStringLiteral(")"));
    for (int i = 0; i < count; ++i) {
        if (i % 500 == 0)
            db.transaction();
        const auto &l = listings[std::size_t(i)];
        data::listingrecord::bind(insert, l);
        insert.bindValue(QStringLiteral(":id"), QString::fromStdString(l.id));
        insert.bindValue(QStringLiteral(":created_at"), QStringLiteral("2026-11-22T00:00:00Z"));
        insert.bindValue(QStringLiteral(":updated_at"), QStringLiteral("2026-11-22T00:00:00Z"));
        if (!insert.exec())
            qFatal("bare insert failed: %s", qPrintable(insert.lastError().text()));
        if (i % 500 == 499 || i + 1 == count)
            db.commit();
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

void printRun(const char *name, int listings, const Run &run)
{
    std::printf("%-44s %7.2f s  %6.0f listings/s  %8.0f bytes/listing on the wire (%lld up, %lld down)  "
                "%lld requests%s\n",
                name, run.seconds, listings / run.seconds, double(run.bytesUp + run.bytesDown) / listings,
                static_cast<long long>(run.bytesUp), static_cast<long long>(run.bytesDown),
                static_cast<long long>(run.requests), run.ok ? "" : "  (DID NOT COMPLETE)");
    std::printf("  %-42s photos %.2f s, push %.2f s, pull %.2f s, photo downloads %.2f s\n", "",
                run.photoSeconds, run.pushSeconds, run.pullSeconds, run.downloadSeconds);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int listings = 10000;
    int photoListings = 1000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--listings") == 0)
            listings = QByteArray(argv[i + 1]).toInt();
        if (qstrcmp(argv[i], "--photo-listings") == 0)
            photoListings = QByteArray(argv[i + 1]).toInt();
        if (qstrcmp(argv[i], "--db") == 0) {
            const QByteArray db = argv[i + 1];
            if (db != "sqlite" && db != "postgresql")
                qFatal("--db takes sqlite or postgresql");
            if (db == "postgresql" && qEnvironmentVariableIsEmpty("CARAVAN_TEST_PG_URL"))
                qFatal("--db postgresql needs CARAVAN_TEST_PG_URL=postgresql://user@host:port/postgres");
            qputenv("CARAVAN_TEST_DB", db);
        }
    }
    ServerDatabase database;
    ServerProcess server(database);
    if (!server.start())
        qFatal("caravan-server did not start: %s", qPrintable(server.output()));
    const Seller seller = newSeller(database, server.url());
    if (seller.token.isEmpty())
        qFatal("no token");
    std::printf("server: %s on %s\n", database.postgres() ? "PostgreSQL" : "SQLite",
                qPrintable(server.url().toString()));

    // 1. First sync of N listings without photos, and a fresh device pulling them.
    Device a;
    makeListings(a, listings, 0, 1);
    const Run push = syncThroughProxy(a, quint16(server.port()), seller.token);
    printRun("first sync, listings without photos (push+pull)", listings, push);
    Device fresh;
    const Run pull = syncThroughProxy(fresh, quint16(server.port()), seller.token);
    printRun("fresh device pulls them", listings, pull);
    const double bare = bareInsertSeconds(listings);
    std::printf("bare batched SQLite insert of %d rows:        %7.2f s   sync / bare = %.1fx  (target: <= "
                "3x, < 10 s)\n",
                listings, bare, push.seconds / bare);
    std::printf("server rows per second (accepted listings):    %.0f\n", listings / push.seconds);
    std::printf("same records on both devices: %s\n",
                listingsDigest(a.db->connection()) == listingsDigest(fresh.db->connection()) ? "yes" : "NO");

    // 2. First sync of M listings with 3 photos each.
    const Seller photoSeller = newSeller(database, server.url());
    Device b;
    makeListings(b, photoListings, 3, 2);
    const Run photos = syncThroughProxy(b, quint16(server.port()), photoSeller.token);
    printRun("first sync, listings with 3 photos each", photoListings, photos);
    std::printf("  photo upload bytes: %lld (%.0f per photo)\n", static_cast<long long>(photos.photoBytes),
                double(photos.photoBytes) / (3.0 * photoListings));
    Device photoFresh;
    const Run photoPull = syncThroughProxy(photoFresh, quint16(server.port()), photoSeller.token);
    printRun("fresh device pulls them, downloading photos", photoListings, photoPull);
    int missing = -1;
    photosDigest(photoFresh.db->connection(), photoFresh.photoFolder(), &missing);
    std::printf("  photos downloaded: %lld bytes in %.2f s; photos still missing: %d\n",
                static_cast<long long>(photoPull.bytesDown), photoPull.downloadSeconds, missing);

    // 3. An interrupted sync resumes without re-sending what was acknowledged: only the batches on the way
    //    when it stopped (at most SyncClient::kMaxInFlight) go out again.
    const Seller resumeSeller = newSeller(database, server.url());
    const int resumeCount = 3000;
    Device c;
    makeListings(c, resumeCount, 0, 3);
    const int batch = sync::SyncClient::kMaxBatch;
    const int batches = (resumeCount + batch - 1) / batch;
    // Stop after half the batches' push requests, then resume.
    const Run first = syncThroughProxy(c, quint16(server.port()), resumeSeller.token, batches / 2);
    const int left = data::SyncJournal(c.db->connection()).pendingCount();
    const Run rest = syncThroughProxy(c, quint16(server.port()), resumeSeller.token);
    const int acknowledged = resumeCount - left;
    const long long unanswered = first.pushRequests - acknowledged / batch;
    std::printf(
        "interrupted sync of %d listings: first run %lld push requests (%lld bytes), %d mutations "
        "acknowledged, %lld batch(es) on the way at the stop;\n  resumed run %lld push requests (%lld bytes) "
        "sending %lld mutations for the %d left; %lld push requests in all for %d batches of %d (%s)\n",
        resumeCount, static_cast<long long>(first.pushRequests), static_cast<long long>(first.pushBytes),
        acknowledged, unanswered, static_cast<long long>(rest.pushRequests),
        static_cast<long long>(rest.pushBytes), static_cast<long long>(rest.mutationsSent), left,
        static_cast<long long>(first.pushRequests + rest.pushRequests), batches, batch,
        rest.ok ? "completed" : "DID NOT COMPLETE");
    return 0;
}
