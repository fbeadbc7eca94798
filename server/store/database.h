#pragma once

#include <Poco/Data/Session.h>
#include <Poco/Dynamic/Var.h>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace Poco::Data {
class SessionPool;
}

namespace caravan::store {

enum class Backend { SQLite, PostgreSQL };

// Where the database lives. `url` is empty (SQLite file caravan.db in dataDir), a path to a SQLite
// file ("sqlite:/path/file.db" or a plain path), or "postgresql://user[:password]@host[:port]/dbname".
struct DatabaseOptions
{
    std::string url;
    std::filesystem::path dataDir;
    int minSessions = 1;
    int maxSessions = 16;
    int busyTimeoutMs = 5000;
};

// A bound statement parameter. Everything the store binds is an integer, a string or NULL.
struct Null
{
};
using Param = std::variant<std::int64_t, std::string, Null>;

// One result row: values by column index, with conversions that work the same on both backends.
class Row
{
public:
    explicit Row(std::vector<Poco::Dynamic::Var> values)
        : m_values(std::move(values))
    {}
    bool isNull(std::size_t column) const;
    std::string text(std::size_t column) const;     // "" for NULL
    std::int64_t integer(std::size_t column) const; // 0 for NULL
    std::size_t size() const { return m_values.size(); }

private:
    std::vector<Poco::Dynamic::Var> m_values;
};

// The SQL dialect: written once with '?' placeholders and a few tokens, translated per backend.
// Tokens: {AUTO_ID} (integer primary key that counts up), {BLOB}.
std::string translateSql(std::string_view portable, Backend backend);

// Parses a database URL into (backend, Poco connection string). Throws std::invalid_argument.
struct ConnectionTarget
{
    Backend backend;
    std::string connector;        // "SQLite" or "PostgreSQL"
    std::string connectionString; // file path, or libpq keyword string
    std::string description;      // safe to log: no password
};
ConnectionTarget parseDatabaseUrl(const std::string &url, const std::filesystem::path &dataDir);

// The session pool as GET /metrics shows it.
struct PoolStats
{
    int capacity = 0;         // db.max_sessions
    int inUse = 0;            // sessions lent out right now
    int idle = 0;             // open connections waiting in the pool
    std::uint64_t waits = 0;  // session() calls that found every session in use and waited
    std::uint64_t timeouts = 0; // of those, the ones that gave up (the caller got an error)
};

class Database
{
public:
    explicit Database(const DatabaseOptions &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_target.backend; }
    std::string backendName() const; // "sqlite" or "postgresql"
    const std::string &description() const { return m_target.description; }

    // A pooled session, set up for this backend (busy timeout on SQLite).
    Poco::Data::Session session();

    std::vector<Row> query(Poco::Data::Session &session, std::string_view sql,
                           const std::vector<Param> &params = {}) const;
    // Returns the number of rows the statement changed.
    std::size_t execute(Poco::Data::Session &session, std::string_view sql,
                        const std::vector<Param> &params = {}) const;

    // Conveniences that take a session of their own (autocommit).
    std::vector<Row> query(std::string_view sql, const std::vector<Param> &params = {});
    std::size_t execute(std::string_view sql, const std::vector<Param> &params = {});

    PoolStats poolStats() const;

    // Closes every pooled connection (needed before a PostgreSQL database can be dropped).
    void shutdown();

private:
    ConnectionTarget m_target;
    DatabaseOptions m_options;
    std::unique_ptr<Poco::Data::SessionPool> m_pool;
    std::atomic<std::uint64_t> m_waits{0};
    std::atomic<std::uint64_t> m_timeouts{0};
};

// A transaction on one pooled session. Rolls back unless commit() was called.
// On SQLite it takes the write lock at the start (BEGIN IMMEDIATE), so two writers wait for each
// other through the busy timeout instead of failing half way.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Poco::Data::Session &session() { return m_session; }
    Database &database() { return m_db; }
    Backend backend() const { return m_db.backend(); }
    std::vector<Row> query(std::string_view sql, const std::vector<Param> &params = {})
    {
        return m_db.query(m_session, sql, params);
    }
    std::size_t execute(std::string_view sql, const std::vector<Param> &params = {})
    {
        return m_db.execute(m_session, sql, params);
    }
    void commit();

private:
    Database &m_db;
    Poco::Data::Session m_session;
    bool m_done = false;
};

// A consistent read of many statements: every query sees the database as it was when the first one ran
// (PostgreSQL: a REPEATABLE READ, READ ONLY transaction; SQLite: a deferred read transaction, which in WAL
// mode reads one snapshot). Writers are not blocked. Ends (rolls back) when destroyed.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    std::vector<Row> query(std::string_view sql, const std::vector<Param> &params = {})
    {
        return m_db.query(m_session, sql, params);
    }
    Poco::Data::Session &session() { return m_session; }
    Backend backend() const { return m_db.backend(); }

private:
    Database &m_db;
    Poco::Data::Session m_session;
};

// True if the exception a statement threw is a unique/primary-key violation.
bool isUniqueViolation(const std::exception &e);

// Seconds since the Unix epoch (the store keeps every timestamp as an integer of these).
std::int64_t nowSeconds();

} // namespace caravan::store
