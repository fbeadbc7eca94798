#include "store/account_tokens.h"

namespace caravan::store {

namespace {

std::string purposeName(TokenPurpose p)
{
    return p == TokenPurpose::VerifyEmail ? "verify_email" : "reset_password";
}

std::optional<AccountToken> tokenOf(const std::vector<Row> &rows)
{
    if (rows.empty())
        return std::nullopt;
    return AccountToken{rows.front().text(0), rows.front().text(1), rows.front().integer(2)};
}

constexpr const char *kSelectValid = "SELECT user_id, email, expires_at FROM account_tokens "
                                     "WHERE token_hash = ? AND purpose = ?";

} // namespace

void AccountTokenStore::issue(const std::string &tokenHash, const std::string &userId, TokenPurpose purpose,
                              const std::string &email, std::int64_t now, std::int64_t expiresAt, bool voidEarlier)
{
    Transaction tx(m_db);
    if (voidEarlier)
        voidAll(tx, userId, purpose, now);
    tx.execute("INSERT INTO account_tokens (token_hash, user_id, purpose, email, created_at, expires_at) "
               "VALUES (?, ?, ?, ?, ?, ?)",
               {tokenHash, userId, purposeName(purpose), email, now, expiresAt});
    tx.commit();
}

std::optional<AccountToken> AccountTokenStore::peek(const std::string &tokenHash, TokenPurpose purpose,
                                                    std::int64_t now)
{
    return tokenOf(m_db.query(std::string(kSelectValid) + " AND used_at IS NULL AND expires_at > ?",
                              {tokenHash, purposeName(purpose), now}));
}

std::optional<AccountToken> AccountTokenStore::consume(Transaction &tx, const std::string &tokenHash,
                                                       TokenPurpose purpose, std::int64_t now)
{
    // The update is the claim: under concurrent use of one token only one statement changes the row.
    if (tx.execute("UPDATE account_tokens SET used_at = ? "
                   "WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?",
                   {now, tokenHash, purposeName(purpose), now}) != 1)
        return std::nullopt;
    return tokenOf(tx.query(kSelectValid, {tokenHash, purposeName(purpose)}));
}

void AccountTokenStore::voidAll(Transaction &tx, const std::string &userId, TokenPurpose purpose, std::int64_t now)
{
    tx.execute("UPDATE account_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
               {now, userId, purposeName(purpose)});
}

std::size_t AccountTokenStore::purgeExpired(std::int64_t now)
{
    return m_db.execute("DELETE FROM account_tokens WHERE expires_at <= ? OR used_at <= ?", {now, now - 24 * 3600});
}

} // namespace caravan::store
