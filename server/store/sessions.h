#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

// A signed-in browser. Only the SHA-256 of the cookie's token is stored.
struct WebSession
{
    std::string tokenHash;
    std::string userId;
    std::string csrfToken;
    std::int64_t createdAt = 0;
    std::int64_t lastSeenAt = 0;
    std::int64_t expiresAt = 0; // absolute limit
};

class WebSessionRepository
{
public:
    explicit WebSessionRepository(Database &db)
        : m_db(db)
    {}

    void create(const WebSession &session, const std::string &clientAddress, const std::string &userAgent);
    std::optional<WebSession> find(const std::string &tokenHash);
    void touch(const std::string &tokenHash, std::int64_t now);
    void remove(const std::string &tokenHash);
    std::size_t removeAllForUser(const std::string &userId);
    std::int64_t countForUser(const std::string &userId);
    // Deletes sessions past their absolute limit or idle for longer than idleSeconds.
    std::size_t purgeExpired(std::int64_t now, std::int64_t idleSeconds);

private:
    Database &m_db;
};

// A desktop app's bearer token. Only the SHA-256 of the token is stored.
struct ApiToken
{
    std::string id;
    std::string userId;
    std::string deviceName;
    std::int64_t createdAt = 0;
    std::int64_t lastUsedAt = 0;
    std::int64_t expiresAt = 0;
    std::int64_t revokedAt = 0; // 0: not revoked
    bool secondFactor = false;  // issued after the staff second factor was checked at sign-in
};

class ApiTokenRepository
{
public:
    explicit ApiTokenRepository(Database &db)
        : m_db(db)
    {}

    void create(const ApiToken &token, const std::string &tokenHash);
    // The same inside the caller's transaction (a staff sign-in: the token with its audit entry).
    static void create(Transaction &tx, const ApiToken &token, const std::string &tokenHash);
    std::optional<ApiToken> findByHash(const std::string &tokenHash);
    void touch(const std::string &id, std::int64_t now);
    // Revokes the token only if it belongs to userId; false if there is no such token of that user.
    bool revoke(const std::string &id, const std::string &userId, std::int64_t now);
    std::size_t revokeAllForUser(const std::string &userId, std::int64_t now);
    // Tokens that are neither revoked nor expired, newest first.
    std::vector<ApiToken> listActive(const std::string &userId, std::int64_t now);
    std::size_t purgeExpired(std::int64_t now);

private:
    Database &m_db;
};

} // namespace caravan::store
