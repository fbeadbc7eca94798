#pragma once

#include "store/database.h"

#include <string>
#include <vector>

namespace caravan::store {

// One counter an attempt is counted against: its key and its limit.
struct ThrottleKey
{
    std::string key;
    std::int64_t maxAttempts;
    std::int64_t windowSeconds;
    std::int64_t lockoutSeconds;
};

// The answer to ThrottleRepository::admit.
struct Admission
{
    bool admitted = false;
    std::int64_t lockedUntil = 0; // when refused: the latest locked_until among the keys
};

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
    // Counts one attempt against every key, before the attempt's expensive work (the password hash), in
    // one transaction: refused (and nothing counted) if a key is locked at `now`. The attempt that reaches
    // a key's maxAttempts is admitted and locks the key for the attempts after it, so however many attempts
    // run in parallel, at most maxAttempts per window get past a key. Keys are locked in name order, so
    // attempts with overlapping keys cannot deadlock.
    Admission admit(std::vector<ThrottleKey> keys, std::int64_t now);
    // The same inside a writer's transaction (a refused attempt leaves the counters to the caller's
    // rollback).
    static Admission admit(Transaction &tx, std::vector<ThrottleKey> keys, std::int64_t now);
    // Takes back one counted attempt from each key that is not locked (an attempt that succeeded, or was
    // never carried out).
    void refund(const std::vector<std::string> &keys, std::int64_t now);
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
