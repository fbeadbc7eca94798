#pragma once

#include "escrow/ledger.h"
#include "store/database.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

// The ledger's rows (docs/escrow.md, "The ledger"). Postings are serialised by the row lock on
// ledger_head (SQLite: the write lock of BEGIN IMMEDIATE), so the sequence has no gaps and the hash
// chain no forks. Every posting runs inside the caller's transaction, with the business change it
// records, so the two commit or vanish together.
class LedgerStore
{
public:
    struct PostResult
    {
        std::string transactionId;
        bool created = false; // false: the business key was posted before (nothing written)
    };

    // Refuses (escrow::LedgerError, the transaction should be rolled back) an unbalanced posting or one
    // that would take a never-negative account below zero. A business key posted before returns its
    // transaction with created = false, provided the lines are the same (else LedgerError).
    static PostResult post(Transaction &tx, const escrow::Posting &posting, std::int64_t now);

    static bool hasPosting(Transaction &tx, const std::string &businessKey);
    // Sum of the account's entries in the currency (debits positive). 0 when it has none.
    static std::int64_t balance(Transaction &tx, const std::string &account, const std::string &currency);
    static std::int64_t balance(Database &db, const std::string &account, const std::string &currency);
    // Every currency of the account with its sum of entries.
    static std::map<std::string, std::int64_t> balances(Database &db, const std::string &account);
    // Accounts starting with `prefix` (e.g. "seller_payable:") with a non-zero balance.
    struct AccountBalance
    {
        std::string account;
        std::string currency;
        std::int64_t balance = 0;
    };
    static std::vector<AccountBalance> balancesWithPrefix(Database &db, const std::string &prefix);

    // Reads entries with their transactions in sequence order, `pageSize` at a time, and hands each to
    // `visit`. Returns the number of entries read.
    static std::int64_t
    scan(ReadSnapshot &read, std::int64_t pageSize,
         const std::function<void(const escrow::StoredEntry &, const escrow::StoredTransaction &)> &visit);
    static std::optional<std::pair<std::int64_t, std::string>> head(ReadSnapshot &read);
    // Cached balances that differ from the sum of their entries (verify's extra check).
    static std::vector<AccountBalance> cachedBalanceMismatches(ReadSnapshot &read);

    // Entries of the order's transactions, or of one account, in sequence order.
    struct ExportRow
    {
        escrow::StoredEntry entry;
        escrow::StoredTransaction transaction;
    };
    static std::vector<ExportRow> entriesOfOrder(Database &db, const std::string &orderId);
    static std::vector<ExportRow> entriesOfAccount(Database &db, const std::string &account);
};

} // namespace caravan::store
