// Photos of pulled listings: the downloader against answers a real server rarely gives on demand, and the
// photo store's checks on what arrives.
#include "cannedhttpserver.h"
#include "data/localdatabase.h"
#include "data/photostore.h"
#include "models/photothumbnails.h"
#include "sync/photodownloader.h"
#include "test_listing_support.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

QByteArray jpeg(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 85));
    return bytes;
}

QByteArray digestOf(const QByteArray &body)
{
    return "sha-256=:" + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64() + ":";
}

QString someName(int n)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
}

sync::PhotoDownloader::Outcome run(sync::PhotoDownloader &downloader, const QStringList &hashes)
{
    std::optional<sync::PhotoDownloader::Outcome> outcome;
    downloader.download(hashes, [&](const sync::PhotoDownloader::Outcome &o) { outcome = o; });
    REQUIRE(test::waitFor([&] { return outcome.has_value(); }));
    return *outcome;
}

} // namespace

TEST_CASE("Repr-Digest values are checked against the body", "[photos][sync]")
{
    const QByteArray body = "some bytes";
    CHECK(sync::PhotoDownloader::digestMatches(digestOf(body), body));
    CHECK(sync::PhotoDownloader::digestMatches("sha-512=:AAAA:, " + digestOf(body), body));
    CHECK_FALSE(sync::PhotoDownloader::digestMatches(digestOf(body), "some bytez"));
    CHECK_FALSE(sync::PhotoDownloader::digestMatches({}, body));
    CHECK_FALSE(sync::PhotoDownloader::digestMatches("sha-256=abc", body));
}

TEST_CASE("a downloaded photo is stored byte for byte under its listing's name - fakes are refused",
          "[photos][sync]")
{
    test::PhotoAccount account;
    const QByteArray photo = jpeg(640, 480);
    const QString name = someName(1); // not the hash of the bytes: the server's re-encoding keeps the name

    const auto stored = account.photos->adoptDownloaded(name, photo);
    INFO(stored.error.toStdString());
    REQUIRE(stored.ok);
    CHECK(stored.width == 640);
    CHECK(stored.height == 480);
    CHECK(account.photos->contains(name));
    CHECK(account.stored(name) == photo);
    QSqlQuery row(account.db->connection());
    REQUIRE(row.exec(QStringLiteral("SELECT width, height, bytes FROM photos WHERE sha256 = '") + name +
                     QStringLiteral("'")));
    REQUIRE(row.next());
    CHECK(row.value(0).toInt() == 640);
    CHECK(row.value(2).toLongLong() == photo.size());

    CHECK_FALSE(account.photos->adoptDownloaded(someName(2), "<html>not a photo</html>").ok);
    CHECK_FALSE(account.photos->adoptDownloaded(someName(3), photo.left(photo.size() / 2)).ok);
    CHECK_FALSE(account.photos->adoptDownloaded(QStringLiteral("../../escape"), photo).ok);
    CHECK_FALSE(account.photos->contains(someName(2)));
    CHECK_FALSE(account.photos->contains(someName(3)));
}

TEST_CASE("the downloader stores whole photos only and tells missing from failing", "[photos][sync]")
{
    test::CannedHttpServer server;
    sync::SyncHttp http;
    http.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
    http.setToken(QStringLiteral("token"));
    sync::PhotoDownloader downloader(http);
    QStringList sunk;
    downloader.setSink([&](const QString &hash, const QByteArray &) {
        sunk << hash;
        return QString();
    });
    const QByteArray photo = jpeg(64, 48);
    const QStringList one{someName(7)};

    SECTION("a whole photo with its digest is handed to the store")
    {
        server.respondWith(200, photo, {"Repr-Digest: " + digestOf(photo)});
        const auto outcome = run(downloader, one);
        CHECK(outcome.ok);
        CHECK(outcome.downloaded == one);
        CHECK(sunk == one);
        REQUIRE(server.requests().size() == 1);
        CHECK(server.requests().front().path == "/api/v1/photos/" + one.front().toLatin1());
        CHECK(server.requests().front().header("Authorization") == "Bearer token");
    }
    SECTION("a body that does not match its digest never reaches the store")
    {
        QByteArray damaged = photo;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x5a);
        server.respondWith(200, damaged, {"Repr-Digest: " + digestOf(photo)});
        const auto outcome = run(downloader, one);
        CHECK(outcome.ok);
        CHECK(outcome.refused == one);
        CHECK(sunk.isEmpty());
    }
    SECTION("a body past the size limit is abandoned")
    {
        downloader.setMaxBytes(1000);
        const QByteArray big = jpeg(800, 600);
        REQUIRE(big.size() > 1000);
        server.respondWith(200, big, {"Repr-Digest: " + digestOf(big)});
        const auto outcome = run(downloader, one);
        CHECK(outcome.refused == one);
        CHECK(sunk.isEmpty());
    }
    SECTION("not on the server yet: left for a later cycle, not a failure")
    {
        server.respondWith(404, R"({"error":"not_found"})");
        const auto outcome = run(downloader, {someName(8), someName(9)});
        CHECK(outcome.ok);
        CHECK(outcome.notOnServer.size() == 2);
        CHECK(outcome.downloaded.isEmpty());
    }
    SECTION("a server error stops the run for a retry")
    {
        server.respondWith(503, "{}");
        const auto outcome = run(downloader, {someName(8), someName(9), someName(10)});
        CHECK_FALSE(outcome.ok);
        CHECK(outcome.answer.status == 503);
        CHECK(sunk.isEmpty());
    }
}

TEST_CASE("a cover that was missing is drawn once sync has downloaded it", "[photos][sync]")
{
    test::PhotoAccount account;
    const QString name = someName(42);
    models::PhotoThumbnails thumbs(account.photos->folder(), 96);
    QSignalSpy ready(&thumbs, &models::PhotoThumbnails::ready);
    CHECK(thumbs.thumbnail(name).isNull());
    thumbs.waitForLoads();
    CHECK(ready.isEmpty());                 // not stored: remembered as missing
    CHECK(thumbs.thumbnail(name).isNull()); // and not looked for again

    REQUIRE(account.photos->adoptDownloaded(name, jpeg(320, 240)).ok);
    thumbs.photosArrived({name, someName(43)});
    REQUIRE(ready.count() == 1); // the views ask again...
    CHECK(thumbs.thumbnail(name).isNull());
    REQUIRE(test::waitFor([&] { return ready.count() == 2; })); // ...and this time it loads
    CHECK(thumbs.thumbnail(name).width() == 96);
    thumbs.waitForLoads();
}
