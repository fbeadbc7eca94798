#include "support/test_env.h"

#include "accounts/crypto.h"
#include "runtime/log.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/MapConfiguration.h>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

#ifndef CARAVAN_TEST_FIXTURES
#define CARAVAN_TEST_FIXTURES "."
#endif

namespace caravan::test {

namespace {
std::mutex g_logMutex;
std::vector<std::string> g_log;

void installLogSink()
{
    server::setLogSink([](const std::string &line) {
        std::lock_guard lock(g_logMutex);
        g_log.push_back(line);
    });
}

std::string lowerToken()
{
    std::string t = accounts::randomToken(9);
    std::string out;
    for (char c : t)
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : (c == '-' || c == '_') ? 'x' : c;
    return out;
}
} // namespace

std::vector<std::string> capturedLog()
{
    std::lock_guard lock(g_logMutex);
    return g_log;
}

std::filesystem::path TestEnv::fixtures()
{
    return CARAVAN_TEST_FIXTURES;
}

TestEnv::TestEnv()
{
    installLogSink();
    m_dataDir = std::filesystem::temp_directory_path() / ("caravan-test-" + lowerToken());
    std::filesystem::create_directories(m_dataDir);

    const char *backend = std::getenv("CARAVAN_TEST_DB");
    const std::string which = backend ? backend : "sqlite";
    if (which == "postgresql") {
        const char *url = std::getenv("CARAVAN_TEST_PG_URL");
        if (!url || !*url)
            throw std::runtime_error(
                "CARAVAN_TEST_DB=postgresql but CARAVAN_TEST_PG_URL is not set: the PostgreSQL "
                "tests need a server (./dev test starts one)");
        m_postgres = true;
        m_adminUrl = url;
        m_dbName = "caravan_test_" + lowerToken();
        store::DatabaseOptions admin;
        admin.url = m_adminUrl;
        admin.maxSessions = 1;
        store::Database db(admin);
        db.execute("CREATE DATABASE " + m_dbName);
        const auto slash = m_adminUrl.rfind('/');
        m_dbUrl = m_adminUrl.substr(0, slash + 1) + m_dbName;
    } else if (which != "sqlite") {
        throw std::runtime_error("CARAVAN_TEST_DB must be sqlite or postgresql, not " + which);
    }
}

TestEnv::~TestEnv()
{
    if (m_postgres) {
        try {
            store::DatabaseOptions admin;
            admin.url = m_adminUrl;
            admin.maxSessions = 1;
            store::Database db(admin);
            db.execute("DROP DATABASE IF EXISTS " + m_dbName + " WITH (FORCE)");
        } catch (...) {
        }
    }
    std::error_code ec;
    std::filesystem::remove_all(m_dataDir, ec);
}

store::DatabaseOptions TestEnv::dbOptions() const
{
    store::DatabaseOptions o;
    o.url = m_dbUrl;
    o.dataDir = m_dataDir;
    o.maxSessions = 4;
    return o;
}

server::Settings TestEnv::settings(const std::map<std::string, std::string> &overrides) const
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> config = new Poco::Util::MapConfiguration;
    config->setString("server.host", "127.0.0.1");
    config->setString("server.port", "0");
    config->setString("server.data_dir", m_dataDir.string());
    config->setString("server.db", m_dbUrl);
    config->setString("http.max_threads", "8");
    config->setString("db.max_sessions", "8");
    // Password hashing at OWASP's floor, not the production defaults: tests sign in and register often.
    config->setString("password.opslimit", "2");
    config->setString("password.memlimit_mib", "19");
    for (const auto &[key, value] : overrides)
        config->setString(key, value);
    return server::Settings::fromConfig(*config);
}

TestServer::TestServer(const std::map<std::string, std::string> &overrides)
    : m_ownEnv(std::make_unique<TestEnv>())
    , m_env(m_ownEnv.get())
    , m_server(std::make_unique<server::Server>(m_env->settings(overrides)))
{
    m_server->start();
}

TestServer::TestServer(TestEnv &env, const std::map<std::string, std::string> &overrides)
    : m_env(&env)
    , m_server(std::make_unique<server::Server>(env.settings(overrides)))
{
    m_server->start();
}

TestServer::~TestServer()
{
    m_server.reset(); // stops and closes the pool before the database is dropped
}

} // namespace caravan::test
