#include "accounts/crypto.h"
#include "jobs/cleanup_job.h"
#include "runtime/settings.h"
#include "store/photo_files.h"
#include "store/photo_uploads.h"
#include "test_sync_helpers.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/MapConfiguration.h>

using namespace caravan::test;
using namespace caravan::test::sync;

namespace {

std::string photoFixture(const std::string &name)
{
    return readFile(TestEnv::fixtures() / "photos" / name);
}

// A JPEG that carries metadata: an EXIF block and a comment right after the start marker.
std::string withMetadata(const std::string &jpeg)
{
    auto segment = [](unsigned char marker, const std::string &payload) {
        const auto len = payload.size() + 2;
        return std::string{char(0xFF), char(marker), char(len >> 8), char(len & 0xFF)} + payload;
    };
    return jpeg.substr(0, 2) +
           segment(0xE1, std::string("Exif\0\0", 6) + "GPS 35.6762N 139.6503E secret-home") +
           segment(0xFE, "taken at home, secret-home") + jpeg.substr(2);
}

HttpResponse put(TestServer &ts, const Seller &s, const std::string &sha, std::size_t offset,
                 std::size_t total, const std::string &chunk)
{
    Client c(ts.port());
    return c.request("PUT",
                     "/api/v1/photos/" + sha + "/upload?offset=" + std::to_string(offset) +
                         "&total=" + std::to_string(total),
                     chunk, "application/octet-stream", s.auth());
}

json status(TestServer &ts, const Seller &s, const std::string &sha)
{
    Client c(ts.port());
    const auto r = c.get("/api/v1/photos/" + sha + "/upload", s.auth());
    REQUIRE(r.status == 200);
    return json::parse(r.body);
}

json missing(TestServer &ts, const Seller &s, const json &hashes)
{
    Client c(ts.port());
    const auto r = c.postJson("/api/v1/photos/missing", json{{"hashes", hashes}}.dump(), s.auth());
    REQUIRE(r.status == 200);
    return json::parse(r.body).at("missing");
}

} // namespace

TEST_CASE("photos: a chunked upload survives an interruption and resumes from the reported offset",
          "[photos]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto bytes = withMetadata(photoFixture("teapot.jpg"));
    const auto sha = caravan::accounts::sha256Hex(bytes);
    const auto other = caravan::accounts::sha256Hex("other");
    CHECK(missing(ts, mei, {sha, other, sha}) == json::array({sha, other}));
    CHECK(status(ts, mei, sha) == json{{"offset", 0}, {"complete", false}});

    const std::size_t chunk = 150;
    REQUIRE(bytes.size() > 3 * chunk);
    auto r = put(ts, mei, sha, 0, bytes.size(), bytes.substr(0, chunk));
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body) == json{{"offset", chunk}, {"complete", false}});
    // The connection drops while the second chunk travels: the client does not know what arrived.
    // Sending from a wrong offset is refused with the offset the server holds.
    r = put(ts, mei, sha, 2 * chunk, bytes.size(), bytes.substr(2 * chunk, chunk));
    CHECK(r.status == 409);
    CHECK(json::parse(r.body).at("offset") == chunk);
    // After a restart the client asks, and continues from there.
    const auto offset = status(ts, mei, sha).at("offset").get<std::size_t>();
    CHECK(offset == chunk);
    for (std::size_t at = offset; at < bytes.size(); at += chunk) {
        r = put(ts, mei, sha, at, bytes.size(), bytes.substr(at, chunk));
        REQUIRE(r.status == 200);
    }
    CHECK(json::parse(r.body).at("complete") == true);
    CHECK(status(ts, mei, sha).at("complete") == true);
    CHECK(missing(ts, mei, {sha, other}) == json::array({other}));

    // Stored re-encoded: still a JPEG of the same size in pixels, without the metadata.
    // No public listing shows it yet: the public route answers as for an unknown photo.
    Client buyer(ts.port());
    CHECK(buyer.get("/photos/" + sha + ".jpg").status == 404);
    const auto stored = caravan::store::PhotoFiles(ts.env().dataDir() / "photos").read(sha);
    REQUIRE(stored);
    const auto &served = *stored;
    CHECK(served.substr(0, 3) == std::string("\xFF\xD8\xFF", 3));
    CHECK(served.find("secret-home") == std::string::npos);
    CHECK(served.find("Exif") == std::string::npos);
    CHECK(bytes.find("secret-home") != std::string::npos);

    // Uploading it again is answered at once.
    r = put(ts, mei, sha, 0, bytes.size(), bytes.substr(0, chunk));
    CHECK(json::parse(r.body).at("complete") == true);
}

TEST_CASE("photos: a wrong hash, a file that is no JPEG and a truncated JPEG are refused", "[photos]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto jpeg = photoFixture("lantern.jpg");

    // Bytes that do not match the name.
    const auto wrongName = caravan::accounts::sha256Hex("something else");
    auto r = put(ts, mei, wrongName, 0, jpeg.size(), jpeg);
    CHECK(r.status == 422);
    CHECK(json::parse(r.body).at("error") == "hash_mismatch");
    CHECK(status(ts, mei, wrongName).at("offset") == 0); // discarded

    // Not a JPEG: a PNG and a text file, named correctly.
    const auto png = readFile(TestEnv::fixtures() / "sync" / "small.png");
    r = put(ts, mei, caravan::accounts::sha256Hex(png), 0, png.size(), png);
    CHECK(r.status == 415);
    CHECK(json::parse(r.body).at("error") == "unsupported_type");
    const std::string text = "just some text pretending to be a photo";
    r = put(ts, mei, caravan::accounts::sha256Hex(text), 0, text.size(), text);
    CHECK(r.status == 415);
    CHECK(json::parse(r.body).at("error") == "not_an_image");

    // A JPEG cut off in the middle of its data.
    const auto cut = jpeg.substr(0, jpeg.size() * 2 / 3);
    const auto cutSha = caravan::accounts::sha256Hex(cut);
    r = put(ts, mei, cutSha, 0, cut.size(), cut);
    CHECK(r.status == 422);
    CHECK(json::parse(r.body).at("error") == "corrupt_image");
    CHECK(missing(ts, mei, {cutSha}) == json::array({cutSha}));

    // Too many pixels on the longest side.
    const auto wide = readFile(TestEnv::fixtures() / "sync" / "wide.jpg");
    r = put(ts, mei, caravan::accounts::sha256Hex(wide), 0, wide.size(), wide);
    CHECK(r.status == 422);
    CHECK(json::parse(r.body).at("error") == "too_large_dimensions");

    // Bad requests.
    CHECK(put(ts, mei, "not-a-hash", 0, 10, "0123456789").status == 400);
    CHECK(put(ts, mei, wrongName, 0, 13 * 1024 * 1024, "x").status == 413);
    CHECK(put(ts, mei, wrongName, 5, 6, "xx").status == 400);
    Client anonymous(ts.port());
    CHECK(anonymous.get("/api/v1/photos/" + wrongName + "/upload").status == 401);
    Client c(ts.port());
    CHECK(c.postJson("/api/v1/photos/missing", R"({"hashes": ["ABC"]})", mei.auth()).status == 400);
}

namespace {
std::filesystem::path partFileOf(TestServer &ts, const std::string &sha)
{
    for (const auto &e :
         std::filesystem::recursive_directory_iterator(caravan::store::uploadPartsDir(ts.env().dataDir())))
        if (e.path().filename() == sha + ".part")
            return e.path();
    return {};
}
} // namespace

TEST_CASE("photos: the cleanup job drops uploads abandoned longer than the configured age", "[photos][jobs]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto old = photoFixture("kimono.jpg");
    const auto oldSha = caravan::accounts::sha256Hex(old);
    const auto fresh = photoFixture("teapot.jpg");
    const auto freshSha = caravan::accounts::sha256Hex(fresh);
    const auto half = old.size() / 2;
    REQUIRE(put(ts, mei, oldSha, 0, old.size(), old.substr(0, half)).status == 200);
    REQUIRE(put(ts, mei, freshSha, 0, fresh.size(), fresh.substr(0, 100)).status == 200);
    const auto oldPart = partFileOf(ts, oldSha);
    const auto freshPart = partFileOf(ts, freshSha);
    REQUIRE(std::filesystem::is_regular_file(oldPart));
    REQUIRE(std::filesystem::is_regular_file(freshPart));

    // The first upload was last touched three days ago (its row and its file); the limit is two days.
    constexpr std::int64_t day = 24 * 3600;
    ts.server().database().execute("UPDATE photo_uploads SET updated_at = updated_at - ? WHERE sha256 = ?",
                                   {3 * day, oldSha});
    std::filesystem::last_write_time(oldPart,
                                     std::filesystem::last_write_time(oldPart) - std::chrono::hours(72));

    caravan::jobs::Cleanup cleanup(ts.server().accounts(), ts.server().database(),
                                   caravan::store::uploadPartsDir(ts.env().dataDir()), 2 * day);
    const auto report = cleanup.runOnce();
    CHECK(report.abandonedUploads == 1);
    CHECK(report.partFiles == 1);
    CHECK_FALSE(std::filesystem::exists(oldPart));
    CHECK(std::filesystem::is_regular_file(freshPart));
    CHECK(status(ts, mei, oldSha).at("offset") == 0);
    CHECK(status(ts, mei, freshSha).at("offset") == 100);

    // A second pass finds nothing more; the app starts the dropped upload again and it completes.
    const auto again = cleanup.runOnce();
    CHECK(again.abandonedUploads == 0);
    CHECK(again.partFiles == 0);
    const auto resumed = put(ts, mei, oldSha, 0, old.size(), old);
    INFO(resumed.body);
    CHECK(resumed.status == 200);
    CHECK(status(ts, mei, oldSha).at("complete") == true);
}

TEST_CASE("photos: a restarted upload does not keep bytes of an earlier, longer attempt", "[photos]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto photo = photoFixture("kimono.jpg");
    const auto sha = caravan::accounts::sha256Hex(photo);
    REQUIRE(put(ts, mei, sha, 0, photo.size(), photo.substr(0, photo.size() - 10)).status == 200);
    // The upload row is dropped (as the cleanup job does) but a long stale part file stays behind.
    caravan::store::PhotoUploadStore(ts.server().database()).purgeAbandoned(caravan::store::nowSeconds() + 1);
    REQUIRE(status(ts, mei, sha).at("offset") == 0);
    const auto firstHalf = photo.substr(0, 300);
    REQUIRE(put(ts, mei, sha, 0, photo.size(), firstHalf).status == 200);
    CHECK(std::filesystem::file_size(partFileOf(ts, sha)) == firstHalf.size());
    const auto done = put(ts, mei, sha, firstHalf.size(), photo.size(), photo.substr(firstHalf.size()));
    INFO(done.body);
    CHECK(done.status == 200);
}

TEST_CASE("photos: the upload age limit is read from jobs.upload_max_age_s", "[photos][settings]")
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> config(new Poco::Util::MapConfiguration);
    CHECK(caravan::server::Settings::fromConfig(*config).uploadMaxAgeSeconds == 2 * 24 * 3600);
    config->setString("jobs.upload_max_age_s", "3600");
    CHECK(caravan::server::Settings::fromConfig(*config).uploadMaxAgeSeconds == 3600);
    config->setString("jobs.upload_max_age_s", "5");
    CHECK_THROWS_AS(caravan::server::Settings::fromConfig(*config), std::invalid_argument);
}

TEST_CASE("photos: a seller's device downloads the photos of its own listings, nobody else's", "[photos]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto ola = makeSeller(ts, "ola@example.org", "NO");
    const auto bytes = photoFixture("teapot.jpg");
    const auto sha = caravan::accounts::sha256Hex(bytes);
    const auto download = [&](const Seller &s, const std::string &hash) {
        Client c(ts.port());
        return c.get("/api/v1/photos/" + hash, s.auth());
    };

    // Uploaded but on no listing yet: not downloadable, by anyone.
    REQUIRE(put(ts, mei, sha, 0, bytes.size(), bytes).status == 200);
    CHECK(download(mei, sha).status == 404);

    auto fields = activeListing();
    fields["photos"] = json::array({sha});
    const auto results = push(ts, mei, "mei-laptop", json::array({upsert(1, "lst-photo-1", fields)}));
    REQUIRE(results.at(0).at("status") == "applied");

    const auto r = download(mei, sha);
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type") == "image/jpeg");
    CHECK(r.body.substr(0, 3) == std::string("\xFF\xD8\xFF", 3));
    // The digest names the bytes sent (the server's re-encoding), which the device checks on arrival.
    CHECK(r.header("repr-digest") == "sha-256=:" + caravan::accounts::sha256Base64(r.body) + ":");
    CHECK(r.header("cache-control").find("private") != std::string::npos);

    // Another seller, a missing photo, a malformed name and no token.
    const auto other = download(ola, sha);
    CHECK(other.status == 404);
    CHECK(other.body.find("\xFF\xD8") == std::string::npos);
    CHECK(download(mei, caravan::accounts::sha256Hex("never uploaded")).status == 404);
    CHECK(download(mei, "not-a-hash").status == 400);
    Client anonymous(ts.port());
    CHECK(anonymous.get("/api/v1/photos/" + sha).status == 401);
}
