#pragma once

#include "store/database.h"

#include <optional>
#include <string>

namespace caravan::store {

enum class TokenPurpose { VerifyEmail, ResetPassword };

// What a valid token stands for.
struct AccountToken
{
    std::string userId;
    std::string email; // the address the token was mailed to
    std::int64_t expiresAt = 0;
};

// Single-use tokens mailed to an account's address (email verification, password reset). Only the
// SHA-256 of a token is stored; a token is valid until it is used or expires, whichever comes first.
class AccountTokenStore
{
public:
    explicit AccountTokenStore(Database &db)
        : m_db(db)
    {}

    // Stores a new token. With `voidEarlier`, the user's other unused tokens of the purpose stop working
    // (a password reset: only the newest link works).
    void issue(const std::string &tokenHash, const std::string &userId, TokenPurpose purpose,
               const std::string &email, std::int64_t now, std::int64_t expiresAt, bool voidEarlier);
    // The token if it is valid now (unused, unexpired), without using it.
    std::optional<AccountToken> peek(const std::string &tokenHash, TokenPurpose purpose, std::int64_t now);
    // Uses the token in the caller's transaction. Of several callers with the same token only one gets it;
    // nothing for a used, expired or unknown token.
    static std::optional<AccountToken> consume(Transaction &tx, const std::string &tokenHash, TokenPurpose purpose,
                                               std::int64_t now);
    // Every unused token of the user and purpose stops working (after a reset, or a verification).
    static void voidAll(Transaction &tx, const std::string &userId, TokenPurpose purpose, std::int64_t now);
    // Deletes tokens that expired or were used more than a day ago.
    std::size_t purgeExpired(std::int64_t now);

private:
    Database &m_db;
};

} // namespace caravan::store
