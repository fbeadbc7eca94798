// The small pieces that used to exist twice: CLI error reporting, ASCII lower-casing, atomic photo writes.
#include "http/request.h"
#include "runtime/cli.h"
#include "store/photo_files.h"
#include "support/test_env.h"

#include <Poco/Exception.h>
#include <catch2/catch.hpp>
#include <sstream>

using namespace caravan;

TEST_CASE("cli errors: bad input exits 2, failures exit 1, Poco exceptions with their display text", "[cli]")
{
    const auto report = [](auto thrower, std::string &text) {
        std::ostringstream err;
        int code = -1;
        try {
            thrower();
        } catch (...) {
            code = server::reportCliException(err);
        }
        text = err.str();
        return code;
    };
    std::string text;
    CHECK(report([] { throw std::invalid_argument("--limit must be a number"); }, text) == 2);
    CHECK(text == "caravan-cli: --limit must be a number\n");
    CHECK(report([] { throw std::runtime_error("disk full"); }, text) == 1);
    CHECK(text == "caravan-cli: disk full\n");
    CHECK(report([] { throw Poco::IOException("cannot connect", "db.internal:5432"); }, text) == 1);
    CHECK(text == "caravan-cli: I/O error: cannot connect: db.internal:5432\n");
    CHECK(report([] { throw 42; }, text) == 1);
    CHECK(text == "caravan-cli: unexpected failure\n");
}

TEST_CASE("http: lowerAscii lowers ASCII letters only", "[http]")
{
    CHECK(http::lowerAscii("Accept-Encoding: GZIP") == "accept-encoding: gzip");
    CHECK(http::lowerAscii("Ünïcode ÄB") == "Ünïcode Äb"); // bytes of UTF-8 letters are left alone
}

TEST_CASE("photo files: put stores bytes under a given name atomically and replaces it", "[store][photos]")
{
    test::TestEnv env;
    store::PhotoFiles files(env.dataDir() / "photos");
    const std::string name(64, 'a');
    files.put(name, "first");
    CHECK(files.read(name) == std::optional<std::string>("first"));
    files.put(name, "second, longer");
    CHECK(files.read(name) == std::optional<std::string>("second, longer"));
    std::size_t entries = 0;
    for (const auto &e : std::filesystem::recursive_directory_iterator(env.dataDir() / "photos"))
        entries += e.is_regular_file() ? 1 : 0;
    CHECK(entries == 1); // no temporary file is left behind
    CHECK_THROWS_AS(files.put("not-a-hash", "x"), std::invalid_argument);
}
