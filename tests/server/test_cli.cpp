#include "runtime/cli.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/users.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace caravan;
using caravan::test::TestEnv;

namespace {
struct CliRun
{
    int code;
    std::string out;
    std::string err;
};

CliRun cli(const TestEnv &env, std::vector<std::string> args, const std::string &stdinText = "")
{
    args.insert(args.begin(), {"--data-dir", env.dataDir().string()});
    if (!env.dbUrl().empty())
        args.insert(args.begin(), {"--db", env.dbUrl()});
    std::istringstream in(stdinText);
    std::ostringstream out, err;
    const int code = server::runCli(args, in, out, err);
    return {code, out.str(), err.str()};
}
} // namespace

TEST_CASE("caravan-cli creates staff with the password from standard input", "[cli]")
{
    TestEnv env;
    const auto added = cli(env,
                           {"user", "add", "--email", "Help@Caravan.example", "--name", "Help Desk",
                            "--country", "NL", "--role", "staff"},
                           "a staff passphrase 2026\n");
    INFO(added.err);
    REQUIRE(added.code == 0);
    store::Database db(env.dbOptions());
    store::UserRepository users(db);
    const auto staff = users.findByEmail("help@caravan.example");
    REQUIRE(staff);
    CHECK(staff->roles == std::vector<std::string>{"staff"});

    const auto list = cli(env, {"user", "list"});
    CHECK(list.code == 0);
    CHECK_THAT(list.out, Catch::Contains("Help@Caravan.example\tHelp Desk\tNL\tstaff"));

    const auto again = cli(env,
                           {"user", "add", "--email", "help@caravan.example", "--name", "X", "--country",
                            "NL", "--role", "staff"},
                           "a staff passphrase 2026\n");
    CHECK(again.code == 1);
    CHECK_THAT(again.err, Catch::Contains("exists already"));
}

TEST_CASE("caravan-cli refuses passwords in argv, weak passwords and unknown roles", "[cli]")
{
    TestEnv env;
    const auto argv = cli(env, {"user", "add", "--email", "a@b.org", "--name", "A", "--country", "DE",
                                "--role", "staff", "--password", "hunter2hunter2"});
    CHECK(argv.code == 2);
    CHECK_THAT(argv.err, Catch::Contains("standard input"));
    const auto weak =
        cli(env, {"user", "add", "--email", "a@b.org", "--name", "A", "--country", "DE", "--role", "staff"},
            "1234567890\n");
    CHECK(weak.code == 2);
    CHECK_THAT(weak.err, Catch::Contains("common"));
    const auto role =
        cli(env, {"user", "add", "--email", "a@b.org", "--name", "A", "--country", "DE", "--role", "admin"},
            "a staff passphrase 2026\n");
    CHECK(role.code == 2);
    store::Database db(env.dbOptions());
    store::migrate(db);
    CHECK(store::UserRepository(db).count() == 0);
}

TEST_CASE("caravan-cli migrates and seeds demo data idempotently", "[cli][demo]")
{
    TestEnv env;
    const auto migrated = cli(env, {"migrate"});
    CHECK(migrated.code == 0);
    CHECK_THAT(migrated.out, Catch::Contains("-> " + std::to_string(store::latestSchemaVersion())));
    const auto file = (TestEnv::fixtures() / "demo.json").string();
    const auto first = cli(env, {"demo", "seed", "--file", file});
    INFO(first.err);
    CHECK(first.code == 0);
    CHECK_THAT(first.out, Catch::Contains("totals: 4 users, 3 listings, 3 photos"));
    const auto second = cli(env, {"demo", "seed", "--file", file});
    CHECK(second.code == 0);
    CHECK_THAT(second.out, Catch::Contains("listings: 0 created, 3 already there"));
    CHECK_THAT(second.out, Catch::Contains("totals: 4 users, 3 listings, 3 photos"));

    const auto quote = cli(env, {"nonsense"});
    CHECK(quote.code == 2);
}
