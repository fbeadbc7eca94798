#pragma once

#include "runtime/server.h"
#include "runtime/settings.h"
#include "store/database.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace caravan::test {

// One test's private world: a temporary data directory and a database of its own. The backend comes
// from CARAVAN_TEST_DB ("sqlite" or "postgresql"); for PostgreSQL a fresh database with a random name is
// created on CARAVAN_TEST_PG_URL and dropped at the end.
class TestEnv
{
public:
    TestEnv();
    ~TestEnv();
    TestEnv(const TestEnv &) = delete;
    TestEnv &operator=(const TestEnv &) = delete;

    bool postgres() const { return m_postgres; }
    const std::string &dbUrl() const { return m_dbUrl; } // "" for SQLite (the default file in dataDir)
    const std::filesystem::path &dataDir() const { return m_dataDir; }
    store::DatabaseOptions dbOptions() const;
    // Settings as the server reads them: the test's data dir and database, 127.0.0.1, port 0, plus
    // `overrides` (configuration keys, as in a .properties file).
    server::Settings settings(const std::map<std::string, std::string> &overrides = {}) const;

    static std::filesystem::path fixtures();

private:
    bool m_postgres = false;
    std::filesystem::path m_dataDir;
    std::string m_dbUrl;
    std::string m_adminUrl;
    std::string m_dbName;
};

// A started server on 127.0.0.1 with its own TestEnv (or a shared one).
class TestServer
{
public:
    TestServer()
        : TestServer(std::map<std::string, std::string>{})
    {}
    TestServer(std::initializer_list<std::pair<const std::string, std::string>> overrides)
        : TestServer(std::map<std::string, std::string>(overrides))
    {}
    explicit TestServer(const std::map<std::string, std::string> &overrides);
    TestServer(TestEnv &env, const std::map<std::string, std::string> &overrides);
    ~TestServer();

    server::Server &server() { return *m_server; }
    std::uint16_t port() const { return m_server->port(); }
    TestEnv &env() { return *m_env; }

private:
    std::unique_ptr<TestEnv> m_ownEnv;
    TestEnv *m_env;
    std::unique_ptr<server::Server> m_server;
};

// Log lines the server wrote during the test (the sink is installed by TestEnv).
std::vector<std::string> capturedLog();

} // namespace caravan::test
