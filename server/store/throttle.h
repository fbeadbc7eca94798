#pragma once

#include "store/database.h"

#include <string>
#include <vector>

namespace caravan::store {

// Failed sign-in counters, shared by every server process through the database.
class ThrottleRepository
{
public:
    explicit ThrottleRepository(Database &db)
        : m_db(db)
    {}

    // The latest locked_until among the keys (0 if none is locked at `now`).
    std::int64_t lockedUntil(const std::vector<std::string> &keys, std::int64_t now);
    // Counts one failure in a fixed window of windowSeconds; at maxFailures the key is locked until
    // now + lockoutSeconds. Returns the key's locked_until afterwards (0 if not locked).
    std::int64_t recordFailure(const std::string &key, std::int64_t now, std::int64_t windowSeconds,
                               std::int64_t maxFailures, std::int64_t lockoutSeconds);
    void clear(const std::string &key);
    std::size_t purgeStale(std::int64_t now, std::int64_t maxWindowSeconds);

private:
    Database &m_db;
};

// Random secrets the server keys HMACs with, created once and shared by all processes.
class SecretRepository
{
public:
    explicit SecretRepository(Database &db)
        : m_db(db)
    {}
    // Returns the secret stored under `name`, storing `candidate` first if there is none yet.
    std::string getOrCreate(const std::string &name, const std::string &candidate);

private:
    Database &m_db;
};

} // namespace caravan::store
