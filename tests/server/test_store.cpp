#include "accounts/account_service.h"
#include "accounts/crypto.h"
#include "accounts/password.h"
#include "core/resources.h"
#include "demo/demo_seed.h"
#include "store/listings.h"
#include "store/migrations.h"
#include "store/orders.h"
#include "store/photo_files.h"
#include "store/users.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace caravan;
using caravan::test::TestEnv;

namespace {
accounts::AccountService makeAccounts(store::Database &db)
{
    return accounts::AccountService(
        db, {}, accounts::PasswordPolicy::fromFile(resourcePath("security/common-passwords.txt")),
        listing::CountryTable::system());
}
} // namespace

TEST_CASE("placeholders and dialect tokens are translated per backend", "[store]")
{
    using store::Backend;
    const std::string sql = "SELECT a FROM t WHERE b = ? AND c = '?' AND d IN (?, ?)";
    CHECK(store::translateSql(sql, Backend::SQLite) == sql);
    CHECK(store::translateSql(sql, Backend::PostgreSQL) ==
          "SELECT a FROM t WHERE b = $1 AND c = '?' AND d IN ($2, $3)");
    CHECK(store::translateSql("x {AUTO_ID}, y {BLOB}", Backend::PostgreSQL) ==
          "x BIGSERIAL PRIMARY KEY, y BYTEA");
    CHECK(store::translateSql("x {AUTO_ID}, y {BLOB}", Backend::SQLite) ==
          "x INTEGER PRIMARY KEY AUTOINCREMENT, y BLOB");
}

TEST_CASE("database URLs are parsed and bad ones refused", "[store]")
{
    const auto pg = store::parseDatabaseUrl("postgresql://caravan:s3cret@127.0.0.1:5433/market", "/data");
    CHECK(pg.backend == store::Backend::PostgreSQL);
    CHECK(pg.connectionString ==
          "host='127.0.0.1' port=5433 user='caravan' password='s3cret' dbname='market'");
    CHECK(pg.description.find("s3cret") == std::string::npos);
    const auto def = store::parseDatabaseUrl("", "/data");
    CHECK(def.backend == store::Backend::SQLite);
    CHECK(def.connectionString == "/data/caravan.db");
    CHECK(store::parseDatabaseUrl("sqlite:/x/y.db", "/data").connectionString == "/x/y.db");
    CHECK_THROWS_AS(store::parseDatabaseUrl("mysql://h/db", "/data"), std::invalid_argument);
    CHECK_THROWS_AS(store::parseDatabaseUrl("postgresql://127.0.0.1", "/data"), std::invalid_argument);
}

TEST_CASE("migrations bring an empty database to the latest version", "[store][migrations]")
{
    TestEnv env;
    store::Database db(env.dbOptions());
    CHECK(store::schemaVersion(db) == 0);
    CHECK(store::migrate(db) == store::latestSchemaVersion());
    CHECK(store::schemaVersion(db) == store::latestSchemaVersion());
    CHECK(store::latestSchemaVersion() >= 2);
    // Running again is a no-op.
    CHECK(store::migrate(db) == store::latestSchemaVersion());
    CHECK(db.query("SELECT COUNT(*) FROM schema_version").front().integer(0) == store::latestSchemaVersion());
    CHECK(db.query("SELECT COUNT(*) FROM listings").front().integer(0) == 0);
}

TEST_CASE("migrating from the previous version keeps the data", "[store][migrations]")
{
    TestEnv env;
    store::Database db(env.dbOptions());
    // Schema 5 (escrow) is the last one the account code of this version can write users into; what came
    // since (email verification, account tokens, addresses, the mail outbox, photo indexes) is added to a
    // database that holds accounts, sessions and listings.
    const int previous = 5;
    REQUIRE(store::latestSchemaVersion() > previous);
    REQUIRE(store::migrate(db, previous) == previous);
    store::ListingRepository listings(db);
    CHECK_THROWS(db.query("SELECT COUNT(*) FROM addresses"));

    // Rows as the previous version wrote them (its columns only): an account, its role and a device token.
    const accounts::PasswordHasher hasher(accounts::PasswordHasher::kMinOpsLimit,
                                          accounts::PasswordHasher::kMinMemLimit); // the floor: fast
    const auto now = store::nowSeconds();
    db.execute("INSERT INTO users (id, email, email_lower, display_name, country, password_hash, created_at, "
               "updated_at) VALUES ('kept-1', 'Keep.Me@example.org', 'keep.me@example.org', 'Kept', 'FR', ?, ?, ?)",
               {hasher.hash("a long enough passphrase"), now, now});
    db.execute("INSERT INTO user_roles (user_id, role, granted_at) VALUES ('kept-1', 'seller', ?)", {now});
    const std::string token = "cvn_" + accounts::randomToken(32);
    db.execute("INSERT INTO api_tokens (id, token_hash, user_id, device_name, created_at, last_used_at, expires_at, "
               "revoked_at) VALUES ('token-1', ?, 'kept-1', 'old laptop', ?, ?, ?, NULL)",
               {accounts::sha256Hex(token), now, now, now + 86400});
    store::Listing lantern;
    lantern.id = "lantern-1";
    lantern.sellerId = "kept-1";
    lantern.title = "Red paper lantern";
    lantern.description = "Washi paper from Kyoto, painted by hand.";
    lantern.currency = "JPY";
    lantern.status = "active";
    lantern.moderationStatus = "approved";
    listings.insert(lantern);

    REQUIRE(store::migrate(db) == store::latestSchemaVersion());
    CHECK(store::OrderStore::availableUnits(db, "lantern-1") == 1); // nothing reserved yet
    // Listings from before the migration are in the search index.
    const auto found = listings.searchPublic("kyoto", 10, 0);
    REQUIRE(found.size() == 1);
    CHECK(found.front().listing.id == "lantern-1");
    store::UserRepository users(db);
    const auto kept = users.findByEmail("keep.me@EXAMPLE.org");
    REQUIRE(kept);
    CHECK(kept->displayName == "Kept");
    CHECK(kept->emailVerified()); // accounts from before email verification count as verified
    CHECK(kept->roles == std::vector<std::string>{"seller"});
    auto accounts = makeAccounts(db);
    CHECK(accounts.resolveApiToken(token).has_value());
    CHECK(accounts.signIn("keep.me@example.org", "a long enough passphrase", "10.0.0.1").status ==
          accounts::SignInStatus::Ok);

    // The new tables work with the old rows.
    store::Listing l;
    l.id = store::newUuid();
    l.sellerId = kept->id;
    l.title = "Old account, new listing";
    l.currency = "EUR";
    l.shipsFrom = "FR";
    listings.insert(l);
    CHECK(listings.exists(l.id));
}

TEST_CASE("messages written before their UUIDs get one each", "[store][migrations][messages]")
{
    TestEnv env;
    store::Database db(env.dbOptions());
    REQUIRE(store::migrate(db, 12) == 12);
    const auto now = store::nowSeconds();
    for (const char *id : {"u-buyer", "u-seller"})
        db.execute(
            "INSERT INTO users (id, email, email_lower, display_name, country, password_hash, created_at, "
            "updated_at) VALUES (?, ?, ?, 'Someone', 'DE', 'x', ?, ?)",
            {std::string(id), std::string(id) + "@example.org", std::string(id) + "@example.org", now, now});
    db.execute(
        "INSERT INTO message_threads (id, listing_id, order_id, buyer_id, seller_id, subject, created_at, "
        "last_message_at, last_message_id, buyer_read_id, seller_read_id) VALUES ('t-1', 'l-1', '', "
        "'u-buyer', 'u-seller', 'Lantern', ?, ?, 0, 0, 0)",
        {now, now});
    for (const char *body : {"Is it red?", "Yes."})
        db.execute(
            "INSERT INTO messages (thread_id, sender_id, body, created_at) VALUES ('t-1', 'u-buyer', ?, ?)",
            {std::string(body), now});

    REQUIRE(store::migrate(db) == store::latestSchemaVersion());
    const auto rows = db.query("SELECT uuid FROM messages ORDER BY id");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].text(0).size() == 36);
    CHECK(rows[0].text(0)[8] == '-');
    CHECK(rows[0].text(0) != rows[1].text(0));
    // The UUID is unique.
    CHECK_THROWS(db.execute("UPDATE messages SET uuid = ? WHERE body = 'Yes.'", {rows[0].text(0)}));
}

TEST_CASE("a database with a newer schema is refused with both versions named", "[store][migrations]")
{
    TestEnv env;
    {
        store::Database db(env.dbOptions());
        store::migrate(db);
        db.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                   {std::int64_t{store::latestSchemaVersion() + 5}, std::string("from the future"),
                    std::int64_t{0}});
        try {
            store::migrate(db);
            FAIL("migrate() accepted a newer schema");
        } catch (const store::SchemaTooNewError &e) {
            CHECK(e.found == store::latestSchemaVersion() + 5);
            CHECK(e.known == store::latestSchemaVersion());
        }
    }
    try {
        server::Server s(env.settings());
        FAIL("the server started on a newer schema");
    } catch (const store::SchemaTooNewError &e) {
        const std::string message = e.what();
        CHECK_THAT(message, Catch::Contains(std::to_string(store::latestSchemaVersion() + 5)));
        CHECK_THAT(message, Catch::Contains("(" + std::to_string(store::latestSchemaVersion()) + ")"));
    }
}

TEST_CASE("seeding the demo data twice gives the same content", "[store][demo]")
{
    TestEnv env;
    const auto file = TestEnv::fixtures() / "demo.json";
    server::Server s(env.settings({{"server.demo", "true"}, {"server.demo_file", file.string()}}));
    const auto first = s.listings().counts();
    const auto users = s.users().count();
    CHECK(users == 4);
    CHECK(first.listings == 3);
    CHECK(first.photos == 3); // the lantern photo is used twice, stored once
    CHECK(first.listingPhotos == 4);

    const auto report =
        demo::seedDemo(file, file.parent_path(), s.accounts(), s.users(), s.listings(), s.photos());
    CHECK(report.usersCreated == 0);
    CHECK(report.listingsCreated == 0);
    CHECK(report.listingsKept == 3);
    const auto second = s.listings().counts();
    CHECK(second.listings == first.listings);
    CHECK(second.photos == first.photos);
    CHECK(second.listingPhotos == first.listingPhotos);
    CHECK(s.users().count() == users);

    // Photos are content-addressed files under the data directory.
    const auto view = s.listings().find("8a4b6c2d-1e3f-4a5b-8c7d-9e0f1a2b3c4d");
    REQUIRE(view);
    REQUIRE(view->listing.photos.size() == 2);
    const auto &sha = view->listing.photos.front();
    CHECK(std::filesystem::is_regular_file(env.dataDir() / "photos" / sha.substr(0, 2) / (sha + ".jpg")));
    CHECK(view->listing.priceMinor == 18000);
    CHECK(view->listing.currency == "JPY");
    const auto teapot = s.listings().find("c5d6e7f8-a9b0-4c1d-8e2f-3a4b5c6d7e8f");
    REQUIRE(teapot);
    CHECK(teapot->listing.priceMinor == 3550);
}

TEST_CASE("a demo file with a bad listing is refused with the entry named", "[store][demo]")
{
    TestEnv env;
    server::Server s(env.settings());
    const auto bad = env.dataDir() / "bad-demo.json";
    {
        std::ofstream out(bad);
        out << R"({"password":"caravan-fixture-2026","users":[],"listings":[{"id":"x1","seller":"nobody@x.org",
                 "title":"t","description":"d","category":"c","condition":"new","price":"1.00","currency":"EUR",
                 "quantity":1,"ships_from":"DE","hs_code":"1","weight_g":1,"photos":[]}]})";
    }
    try {
        demo::seedDemo(bad, env.dataDir(), s.accounts(), s.users(), s.listings(), s.photos());
        FAIL("a listing of an unknown seller was accepted");
    } catch (const std::runtime_error &e) {
        CHECK_THAT(std::string(e.what()), Catch::Contains("x1"));
    }
    CHECK(s.listings().counts().listings == 0);
}
