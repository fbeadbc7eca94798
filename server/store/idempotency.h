#pragma once

#include "store/database.h"

#include <optional>
#include <string>

namespace caravan::store {

// Idempotency keys of money-moving requests (docs/escrow.md, "Idempotency"), per user.
class IdempotencyStore
{
public:
    struct Request
    {
        std::string userId;
        std::string key;
        std::string method;
        std::string path;
        std::string requestHash; // SHA-256 of the canonical body
    };

    enum class Outcome {
        Started,  // a new key: the caller runs the request from the beginning
        Resumed,  // a request with this key stopped half way and its claim ran out: resume
        Replay,   // finished before: send the stored response
        Mismatch, // the key was used with another method, path or body (422)
        InUse,    // another request with this key is running (409)
    };

    struct Claim
    {
        Outcome outcome = Outcome::Started;
        std::string recoveryPoint; // "started" or what the request recorded
        std::string resourceId;    // what the request recorded (e.g. the order it created)
        int responseStatus = 0;
        std::string responseBody;
    };

    explicit IdempotencyStore(Database &db, std::int64_t ttlSeconds, std::int64_t lockSeconds)
        : m_db(db)
        , m_ttl(ttlSeconds)
        , m_lock(lockSeconds)
    {}

    // Claims the key for this request (or explains why not).
    Claim claim(const Request &request, std::int64_t now);
    // Records progress inside the transaction that made it, so progress and effect commit together.
    void setRecoveryPoint(Transaction &tx, const Request &request, const std::string &point,
                          const std::string &resourceId);
    // Stores the response (in the transaction of the request's effect, if it has one) and ends the claim.
    void finish(Transaction &tx, const Request &request, int status, const std::string &body);
    void finish(const Request &request, int status, const std::string &body);
    // Lets the next request with the key resume at once (a transient failure answered 503).
    void unlock(const Request &request);
    // Forgets the key entirely (the request failed before it changed anything; a retry starts afresh).
    void forget(const Request &request);
    // Keys older than the time to live.
    std::size_t purgeExpired(std::int64_t now);

private:
    Database &m_db;
    std::int64_t m_ttl;
    std::int64_t m_lock;
};

} // namespace caravan::store
