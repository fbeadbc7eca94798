#include "store/sessions.h"

namespace caravan::store {

void WebSessionRepository::create(const WebSession &ws, const std::string &clientAddress,
                                  const std::string &userAgent)
{
    m_db.execute(
        "INSERT INTO web_sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, "
        "client_address, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {ws.tokenHash, ws.userId, ws.csrfToken, ws.createdAt, ws.lastSeenAt, ws.expiresAt, clientAddress,
         userAgent.substr(0, 300)});
}

std::optional<WebSession> WebSessionRepository::find(const std::string &tokenHash)
{
    const auto rows =
        m_db.query("SELECT token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at "
                   "FROM web_sessions WHERE token_hash = ?",
                   {tokenHash});
    if (rows.empty())
        return std::nullopt;
    const auto &r = rows.front();
    return WebSession{r.text(0), r.text(1), r.text(2), r.integer(3), r.integer(4), r.integer(5)};
}

void WebSessionRepository::touch(const std::string &tokenHash, std::int64_t now)
{
    m_db.execute("UPDATE web_sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?",
                 {now, tokenHash, now});
}

void WebSessionRepository::remove(const std::string &tokenHash)
{
    m_db.execute("DELETE FROM web_sessions WHERE token_hash = ?", {tokenHash});
}

std::size_t WebSessionRepository::removeAllForUser(const std::string &userId)
{
    return m_db.execute("DELETE FROM web_sessions WHERE user_id = ?", {userId});
}

std::int64_t WebSessionRepository::countForUser(const std::string &userId)
{
    return m_db.query("SELECT COUNT(*) FROM web_sessions WHERE user_id = ?", {userId}).front().integer(0);
}

std::size_t WebSessionRepository::purgeExpired(std::int64_t now, std::int64_t idleSeconds)
{
    return m_db.execute("DELETE FROM web_sessions WHERE expires_at <= ? OR last_seen_at < ?",
                        {now, now - idleSeconds});
}

namespace {
const char *kTokenColumns =
    "SELECT id, user_id, device_name, created_at, last_used_at, expires_at, COALESCE(revoked_at, 0), "
    "second_factor FROM api_tokens ";

ApiToken tokenFromRow(const Row &r)
{
    return ApiToken{r.text(0),    r.text(1),    r.text(2),    r.integer(3),
                    r.integer(4), r.integer(5), r.integer(6), r.integer(7) != 0};
}

const char *kInsertToken = "INSERT INTO api_tokens (id, token_hash, user_id, device_name, created_at, last_used_at, "
                           "expires_at, revoked_at, second_factor) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)";

std::vector<Param> insertParams(const ApiToken &t, const std::string &tokenHash)
{
    return {t.id,        tokenHash,    t.userId, t.deviceName, t.createdAt, t.lastUsedAt,
            t.expiresAt, std::int64_t{t.secondFactor ? 1 : 0}};
}
} // namespace

void ApiTokenRepository::create(const ApiToken &t, const std::string &tokenHash)
{
    m_db.execute(kInsertToken, insertParams(t, tokenHash));
}

void ApiTokenRepository::create(Transaction &tx, const ApiToken &t, const std::string &tokenHash)
{
    tx.execute(kInsertToken, insertParams(t, tokenHash));
}

std::optional<ApiToken> ApiTokenRepository::findByHash(const std::string &tokenHash)
{
    const auto rows = m_db.query(std::string(kTokenColumns) + "WHERE token_hash = ?", {tokenHash});
    if (rows.empty())
        return std::nullopt;
    return tokenFromRow(rows.front());
}

void ApiTokenRepository::touch(const std::string &id, std::int64_t now)
{
    m_db.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND last_used_at < ?", {now, id, now});
}

bool ApiTokenRepository::revoke(const std::string &id, const std::string &userId, std::int64_t now)
{
    return m_db.execute(
               "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
               {now, id, userId}) > 0;
}

std::size_t ApiTokenRepository::revokeAllForUser(const std::string &userId, std::int64_t now)
{
    return m_db.execute("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                        {now, userId});
}

std::vector<ApiToken> ApiTokenRepository::listActive(const std::string &userId, std::int64_t now)
{
    std::vector<ApiToken> out;
    for (const auto &r : m_db.query(std::string(kTokenColumns) +
                                        "WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? "
                                        "ORDER BY created_at DESC, id",
                                    {userId, now}))
        out.push_back(tokenFromRow(r));
    return out;
}

std::size_t ApiTokenRepository::purgeExpired(std::int64_t now)
{
    // Revoked tokens are kept for a day so the account page and logs can still explain a 401.
    return m_db.execute(
        "DELETE FROM api_tokens WHERE expires_at <= ? OR (revoked_at IS NOT NULL AND revoked_at < ?)",
        {now, now - 86400});
}

} // namespace caravan::store
