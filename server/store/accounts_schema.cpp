#include "store/accounts_schema.h"

namespace caravan::store {

Migration accountsMigration()
{
    return {6,
            "accounts: email verification, language, tombstones, account tokens, addresses, mail outbox",
            {
                "ALTER TABLE users ADD COLUMN email_verified_at BIGINT",
                "ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
                "ALTER TABLE users ADD COLUMN deleted_at BIGINT",
                // Accounts that existed before verification did are taken as verified: they were made by
                // an operator (caravan-cli, demo data) or registered when nothing was asked.
                "UPDATE users SET email_verified_at = created_at",
                // Only the SHA-256 of a token is stored. `email` is the address the token was mailed to: a
                // verification applies only while the account still has that address.
                R"(CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    email TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT))",
                "CREATE INDEX account_tokens_user ON account_tokens(user_id, purpose)",
                // The fields of an order's ship_to (orders::checkAddress); at most one default per user.
                R"(CREATE TABLE addresses (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    line1 TEXT NOT NULL,
    line2 TEXT NOT NULL,
    city TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    region TEXT NOT NULL,
    country TEXT NOT NULL,
    phone TEXT NOT NULL,
    is_default BIGINT NOT NULL CHECK (is_default IN (0, 1)),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL))",
                "CREATE INDEX addresses_user ON addresses(user_id, created_at)",
                "CREATE UNIQUE INDEX addresses_one_default ON addresses(user_id) WHERE is_default = 1",
                // Mail waiting to be sent (or sent again). A row is deleted once its message is handed over
                // to the transport, or given up after the last attempt.
                R"(CREATE TABLE mail_outbox (
    id {AUTO_ID},
    message_id TEXT NOT NULL UNIQUE,
    user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    lease_until BIGINT NOT NULL,
    lease_holder TEXT NOT NULL,
    last_error TEXT NOT NULL))",
                "CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at)",
                "CREATE INDEX mail_outbox_user ON mail_outbox(user_id)",
            }};
}

} // namespace caravan::store
