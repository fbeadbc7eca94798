// The configuration file the server package installs names only keys the server reads: each key in it,
// set or suggested in a comment, is one docs/operations.md documents and the settings reader knows.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace {
std::string readAll(const std::filesystem::path &p)
{
    std::ifstream in(p);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
} // namespace

TEST_CASE("the packaged caravan-server.properties names only keys the server reads", "[config]")
{
    const std::filesystem::path server = CARAVAN_SERVER_SOURCE_DIR;
    const auto properties = readAll(server.parent_path() / "installer" / "server" / "caravan-server.properties");
    const auto docs = readAll(server.parent_path() / "docs" / "operations.md");
    const auto reader = readAll(server / "runtime" / "settings.cpp");
    REQUIRE_FALSE(properties.empty());
    const std::regex key(R"(^#?\s*([a-z_]+\.[a-z_.]+)\s*=)", std::regex::multiline);
    int keys = 0;
    for (auto it = std::sregex_iterator(properties.begin(), properties.end(), key); it != std::sregex_iterator(); ++it) {
        const auto name = (*it)[1].str();
        INFO(name);
        ++keys;
        CHECK(docs.find("`" + name + "`") != std::string::npos);
        CHECK(reader.find("\"" + name + "\"") != std::string::npos);
    }
    CHECK(keys >= 3); // server.port, server.address, server.db
}
