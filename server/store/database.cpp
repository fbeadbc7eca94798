#include "store/database.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>
#include <Poco/URI.h>
#include <chrono>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

namespace caravan::store {

namespace {

void registerConnectors()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::PostgreSQL::Connector::registerConnector();
    });
}

// libpq keyword/value strings quote values with single quotes and escape ' and \ with a backslash.
std::string libpqValue(const std::string &value)
{
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

void bindParam(Poco::Data::Statement &st, const Param &p)
{
    using namespace Poco::Data::Keywords;
    if (const auto *i = std::get_if<std::int64_t>(&p)) {
        st.addBind(bind(static_cast<Poco::Int64>(*i)));
    } else if (const auto *s = std::get_if<std::string>(&p)) {
        st.addBind(bind(*s));
    } else {
        st.addBind(bind(Poco::Data::Keywords::null));
    }
}

} // namespace

bool Row::isNull(std::size_t column) const
{
    return m_values.at(column).isEmpty();
}

std::string Row::text(std::size_t column) const
{
    const auto &v = m_values.at(column);
    return v.isEmpty() ? std::string() : v.convert<std::string>();
}

std::int64_t Row::integer(std::size_t column) const
{
    const auto &v = m_values.at(column);
    if (v.isEmpty())
        return 0;
    if (v.isString())
        return std::stoll(v.extract<std::string>());
    return v.convert<Poco::Int64>();
}

std::string translateSql(std::string_view portable, Backend backend)
{
    std::string out;
    out.reserve(portable.size() + 16);
    int placeholder = 0;
    char quote = 0;
    for (std::size_t i = 0; i < portable.size(); ++i) {
        const char c = portable[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c == '?') {
            if (backend == Backend::PostgreSQL)
                out += "$" + std::to_string(++placeholder);
            else
                out += '?';
            continue;
        }
        if (c == '{') {
            const auto end = portable.find('}', i);
            if (end != std::string_view::npos) {
                const auto token = portable.substr(i + 1, end - i - 1);
                if (token == "AUTO_ID") {
                    out += backend == Backend::PostgreSQL ? "BIGSERIAL PRIMARY KEY"
                                                          : "INTEGER PRIMARY KEY AUTOINCREMENT";
                    i = end;
                    continue;
                }
                if (token == "BLOB") {
                    out += backend == Backend::PostgreSQL ? "BYTEA" : "BLOB";
                    i = end;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

ConnectionTarget parseDatabaseUrl(const std::string &url, const std::filesystem::path &dataDir)
{
    if (url.empty()) {
        const auto file = dataDir / "caravan.db";
        return {Backend::SQLite, "SQLite", file.string(), "sqlite:" + file.string()};
    }
    if (startsWith(url, "postgresql://") || startsWith(url, "postgres://")) {
        Poco::URI uri;
        try {
            uri = Poco::URI(url);
        } catch (const Poco::Exception &e) {
            throw std::invalid_argument("database URL is not a valid URL: " + e.message());
        }
        std::string user = uri.getUserInfo();
        std::string password;
        if (const auto colon = user.find(':'); colon != std::string::npos) {
            password = user.substr(colon + 1);
            user = user.substr(0, colon);
        }
        std::string dbname = uri.getPath();
        if (!dbname.empty() && dbname.front() == '/')
            dbname.erase(0, 1);
        if (uri.getHost().empty() || dbname.empty())
            throw std::invalid_argument(
                "PostgreSQL URL needs a host and a database name: postgresql://user@host:port/dbname");
        std::string conn = "host=" + libpqValue(uri.getHost());
        if (uri.getPort() != 0)
            conn += " port=" + std::to_string(uri.getPort());
        if (!user.empty())
            conn += " user=" + libpqValue(user);
        if (!password.empty())
            conn += " password=" + libpqValue(password);
        conn += " dbname=" + libpqValue(dbname);
        for (const auto &[key, value] : uri.getQueryParameters()) {
            if (key == "sslmode" || key == "connect_timeout" || key == "application_name")
                conn += " " + key + "=" + libpqValue(value);
            else
                throw std::invalid_argument("unsupported PostgreSQL URL parameter: " + key);
        }
        std::string description = "postgresql://" + (user.empty() ? "" : user + "@") + uri.getHost() +
                                  (uri.getPort() ? ":" + std::to_string(uri.getPort()) : "") + "/" + dbname;
        return {Backend::PostgreSQL, "PostgreSQL", conn, description};
    }
    std::string path = url;
    if (startsWith(path, "sqlite://"))
        path.erase(0, 9);
    else if (startsWith(path, "sqlite:"))
        path.erase(0, 7);
    if (path.find("://") != std::string::npos)
        throw std::invalid_argument(
            "unsupported database URL (use a SQLite file path or postgresql://...): " + url);
    if (path.empty())
        throw std::invalid_argument("empty SQLite database path");
    return {Backend::SQLite, "SQLite", path, "sqlite:" + path};
}

Database::Database(const DatabaseOptions &options)
    : m_target(parseDatabaseUrl(options.url, options.dataDir))
    , m_options(options)
{
    registerConnectors();
    if (m_target.backend == Backend::SQLite) {
        const auto parent = std::filesystem::path(m_target.connectionString).parent_path();
        if (!parent.empty())
            std::filesystem::create_directories(parent);
    }
    m_pool = std::make_unique<Poco::Data::SessionPool>(m_target.connector, m_target.connectionString,
                                                       options.minSessions, options.maxSessions, 60);
    auto s = session(); // fails now, with a clear message, if the database cannot be reached
    if (m_target.backend == Backend::SQLite)
        query(s, "PRAGMA journal_mode=WAL");
}

Database::~Database()
{
    shutdown();
}

void Database::shutdown()
{
    if (m_pool) {
        try {
            m_pool->shutdown();
        } catch (const Poco::Exception &) {
        }
        m_pool.reset();
    }
}

PoolStats Database::poolStats() const
{
    PoolStats stats;
    if (m_pool) {
        stats.capacity = m_pool->capacity();
        stats.inUse = m_pool->used();
        stats.idle = m_pool->idle();
    }
    stats.waits = m_waits.load();
    stats.timeouts = m_timeouts.load();
    return stats;
}

std::string Database::backendName() const
{
    return m_target.backend == Backend::PostgreSQL ? "postgresql" : "sqlite";
}

Poco::Data::Session Database::session()
{
    if (!m_pool)
        throw std::runtime_error("database is shut down");
    // Every pooled session in use (a burst of requests): wait for one to come back, up to the busy
    // timeout, rather than failing the request at once.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(m_options.busyTimeoutMs, 1000));
    std::optional<Poco::Data::Session> pooled;
    bool waited = false;
    while (!pooled) {
        try {
            pooled.emplace(m_pool->get());
        } catch (const Poco::Data::SessionPoolExhaustedException &) {
            if (!waited) {
                waited = true;
                ++m_waits;
            }
            if (std::chrono::steady_clock::now() >= deadline) {
                ++m_timeouts;
                throw;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }
    Poco::Data::Session s = *pooled;
    if (m_target.backend == Backend::SQLite) {
        Poco::Data::Statement st(s);
        st << "PRAGMA busy_timeout = " + std::to_string(m_options.busyTimeoutMs);
        st.execute();
        Poco::Data::Statement fk(s);
        fk << "PRAGMA foreign_keys = ON";
        fk.execute();
        // With WAL, NORMAL keeps every committed transaction through a crash of the process (SIGKILL);
        // only a power loss can lose the last commits. FULL would flush the disk on every commit.
        Poco::Data::Statement sync(s);
        sync << "PRAGMA synchronous = NORMAL";
        sync.execute();
    }
    return s;
}

std::vector<Row> Database::query(Poco::Data::Session &session, std::string_view sql,
                                 const std::vector<Param> &params) const
{
    Poco::Data::Statement st(session);
    st << translateSql(sql, m_target.backend);
    for (const auto &p : params)
        bindParam(st, p);
    st.execute();
    std::vector<Row> rows;
    if (st.columnsExtracted() == 0)
        return rows;
    Poco::Data::RecordSet rs(st);
    const std::size_t columns = rs.columnCount();
    const std::size_t count = rs.rowCount();
    rows.reserve(count);
    for (std::size_t r = 0; r < count; ++r) {
        std::vector<Poco::Dynamic::Var> values;
        values.reserve(columns);
        for (std::size_t c = 0; c < columns; ++c)
            values.push_back(rs.isNull(c, r) ? Poco::Dynamic::Var() : rs.value(c, r));
        rows.emplace_back(std::move(values));
    }
    return rows;
}

std::size_t Database::execute(Poco::Data::Session &session, std::string_view sql,
                              const std::vector<Param> &params) const
{
    Poco::Data::Statement st(session);
    st << translateSql(sql, m_target.backend);
    for (const auto &p : params)
        bindParam(st, p);
    return st.execute();
}

std::vector<Row> Database::query(std::string_view sql, const std::vector<Param> &params)
{
    auto s = session();
    return query(s, sql, params);
}

std::size_t Database::execute(std::string_view sql, const std::vector<Param> &params)
{
    auto s = session();
    return execute(s, sql, params);
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_session(db.session())
{
    if (db.backend() == Backend::SQLite)
        db.execute(m_session, "BEGIN IMMEDIATE");
    else
        db.execute(m_session, "BEGIN");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.execute(m_session, "ROLLBACK");
        } catch (...) {
        }
    }
}

void Transaction::commit()
{
    m_db.execute(m_session, "COMMIT");
    m_done = true;
}

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
    , m_session(db.session())
{
    db.execute(m_session, db.backend() == Backend::PostgreSQL
                              ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
                              : "BEGIN DEFERRED");
}

ReadSnapshot::~ReadSnapshot()
{
    try {
        m_db.execute(m_session, "ROLLBACK");
    } catch (...) {
    }
}

bool isUniqueViolation(const std::exception &e)
{
    std::string text = e.what();
    if (const auto *pe = dynamic_cast<const Poco::Exception *>(&e))
        text += " " + pe->displayText();
    return text.find("UNIQUE constraint failed") != std::string::npos ||
           text.find("duplicate key value") != std::string::npos || text.find("23505") != std::string::npos ||
           text.find("constraint violation") != std::string::npos;
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace caravan::store
