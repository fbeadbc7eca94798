#pragma once

#include "store/database.h"

#include <string>
#include <vector>

namespace caravan::store {

// What deleting an account removed (docs/operations.md, "Deleting an account").
struct ErasureReport
{
    std::size_t sessions = 0;        // web sessions and desktop tokens
    std::size_t addresses = 0;
    std::size_t listingsRemoved = 0; // listings without orders: gone
    std::size_t listingsEnded = 0;   // listings with orders: ended, kept for those orders
    std::size_t syncRows = 0;        // synced records, change log, conflicts, devices, uploads
    std::size_t mail = 0;            // queued mail
};

// The SQL of account self-service that is not the user row's basics (store/users.h): the verified
// address, the language, sessions other than the current one, open orders, the account's listings, and
// the anonymisation of a deleted account. Functions taking a Transaction run in the caller's transaction.
class AccountRecords
{
public:
    explicit AccountRecords(Database &db)
        : m_db(db)
    {}

    // Marks the account's address verified if it is still `email` (case-insensitively). True if it was.
    static bool markEmailVerified(Transaction &tx, const std::string &userId, const std::string &email,
                                  std::int64_t now);
    static void setPasswordHash(Transaction &tx, const std::string &userId, const std::string &hash,
                                std::int64_t now);
    static void setLanguage(Transaction &tx, const std::string &userId, const std::string &language);
    // Ends every web session of the user except the one whose token hash is `keepTokenHash` ("" ends all)
    // and revokes every desktop token. Returns how many ended.
    static std::size_t endOtherSessions(Transaction &tx, const std::string &userId, const std::string &keepTokenHash,
                                        std::int64_t now);

    // Whether the user buys or sells in an order that is not finished (awaiting payment, paid, shipped,
    // delivered, disputed).
    bool hasOpenOrders(const std::string &userId);
    // Ids of the user's listings: on the buyer pages' table and synced records (drafts), newest first.
    std::vector<std::string> listingIdsOf(const std::string &sellerId);
    // A deleted account's tombstone time (0: not deleted).
    std::int64_t deletedAt(const std::string &userId);

    // Deletes the account's personal data and leaves a tombstone user row (orders and the ledger refer to
    // it). See ErasureReport and docs/operations.md for what is removed and what is kept.
    static ErasureReport erase(Transaction &tx, const std::string &userId, std::int64_t now);

private:
    Database &m_db;
};

} // namespace caravan::store
