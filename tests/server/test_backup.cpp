// caravan-cli backup and restore (docs/operations.md, "Backups"): a copy taken while the server runs is
// restored into a fresh data folder with its photos, and the ledger verification passes there.
#include "accounts/crypto.h"
#include "cli/backup_commands.h"
#include "store/backup.h"
#include "support/escrow_world.h"
#include "support/identity_support.h"
#include "test_sync_helpers.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

struct Run
{
    int code;
    std::string out;
    std::string err;
};

Run backup(std::vector<std::string> args, const std::filesystem::path &dataDir, const std::string &db = {})
{
    args.insert(args.end(), {"--data-dir", dataDir.string()});
    if (!db.empty())
        args.insert(args.end(), {"--db", db});
    std::ostringstream out, err;
    const int code = args.front() == "--to" ? server::runBackupCommand(args, out, err)
                                            : server::runRestoreCommand(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace

TEST_CASE("Backup: an online copy restores into a fresh data folder and its ledger verifies", "[backup][cli]")
{
    EscrowWorld w;
    const auto &env = w.server().env();
    if (!env.dbUrl().empty()) {
        // PostgreSQL is backed up with pg_dump: the command says so and writes nothing.
        const auto refused = backup({"--to", (env.dataDir() / "bk").string()}, env.dataDir(), env.dbUrl());
        CHECK(refused.code == 2);
        CHECK(refused.err.find("pg_dump") != std::string::npos);
        return;
    }
    // Money moved: an order paid (ledger transactions), photos stored.
    auto o = w.createOrder(w.buyer, w.listingId);
    w.pay(o);
    w.flushWebhooks();
    w.waitForStatus(w.buyer, o.at("id").get<std::string>(), "paid");
    const auto bytes = sync::readFile(TestEnv::fixtures() / "photos" / "teapot.jpg");
    const auto sha = accounts::sha256Hex(bytes);
    Client c(w.port());
    REQUIRE(c.request("PUT", "/api/v1/photos/" + sha + "/upload?offset=0&total=" + std::to_string(bytes.size()),
                      bytes, "application/octet-stream", {{"Authorization", "Bearer " + w.seller.token}})
                .status == 200);
    // A payout identity: its document is kept encrypted in the data folder.
    REQUIRE(w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(samplePdf())).status == 200);

    const auto folder = env.dataDir().parent_path() / ("backup-" + store::newUuid());
    const auto taken = backup({"--to", folder.string()}, env.dataDir());
    INFO(taken.err);
    REQUIRE(taken.code == 0);
    std::ifstream manifestFile(folder / "manifest.json");
    const auto manifest = json::parse(manifestFile);
    CHECK(manifest.at("format") == "caravan-backup/1");
    CHECK(manifest.at("holds").at("orders") == 1);
    CHECK(manifest.at("holds").at("ledger_transactions").get<std::int64_t>() >= 1);
    CHECK(manifest.at("photo_files").get<std::int64_t>() >= 1);
    CHECK(manifest.at("identity_document_files") == 1);
    CHECK_FALSE(std::filesystem::exists(folder / "identity.key")); // the key is kept apart
    // A second backup into the same folder is refused.
    CHECK(backup({"--to", folder.string()}, env.dataDir()).code == 2);

    // Restored into a new data folder: the same records, the photos, and a ledger that verifies.
    const auto fresh = env.dataDir().parent_path() / ("restored-" + store::newUuid());
    const auto restored = backup({"--from", folder.string()}, fresh);
    INFO(restored.out << restored.err);
    REQUIRE(restored.code == 0);
    CHECK(std::filesystem::exists(fresh / "caravan.db"));
    bool photoThere = false;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(fresh / "photos"))
        photoThere = photoThere || entry.path().filename().string().rfind(sha.substr(0, 16), 0) == 0;
    CHECK(photoThere);
    // The encrypted identity document came back with the rest.
    CHECK(std::distance(std::filesystem::directory_iterator(fresh / "identity-documents"),
                        std::filesystem::directory_iterator()) == 1);
    {
        store::Database db(store::DatabaseOptions{{}, fresh, 1, 2, 5000});
        const auto census = store::census(db);
        CHECK(census.orders == 1);
        CHECK(census.photos == manifest.at("holds").at("photos").get<std::int64_t>());
    }
    // Not over an existing database, and not from a damaged copy.
    CHECK(backup({"--from", folder.string()}, fresh).code == 2);
    {
        std::fstream damage(folder / "caravan.db", std::ios::in | std::ios::out | std::ios::binary);
        damage.seekp(200);
        damage.put('\x7f');
    }
    const auto other = env.dataDir().parent_path() / ("restored-" + store::newUuid());
    const auto damaged = backup({"--from", folder.string()}, other);
    CHECK(damaged.code == 1);
    CHECK(damaged.err.find("does not match") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(other / "caravan.db"));
}
