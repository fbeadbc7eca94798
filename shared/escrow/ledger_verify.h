#pragma once

#include "escrow/ledger.h"
#include "escrow/order_state.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

// `caravan-cli ledger verify` without the database: fed the stored rows in sequence order, it checks
// every invariant of docs/escrow.md ("caravan-cli ledger") and names what is broken.
namespace caravan::escrow {

struct LedgerProblem
{
    std::string check; // "chain", "transaction_hash", "balance", "currency_sum", "negative_balance",
                       // "sequence", "head", "order_state", "unknown_order"
    std::string message;
    std::int64_t seq = 0;
    std::string transactionId;
    std::string orderId;
};

// One order as the store holds it, to compare with its postings.
struct OrderFacts
{
    std::string orderId;
    OrderState state = OrderState::AwaitingPayment;
    std::string buyerCurrency;
    std::int64_t totalBuyer = 0; // minor units of buyerCurrency
};

class LedgerVerifier
{
public:
    // Entries must come in sequence order; the entries of one transaction are consecutive, and each
    // comes with its transaction's row.
    void addEntry(const StoredEntry &entry, const StoredTransaction &transaction);
    // After the last entry: closes the last transaction and compares with the stored head (last seq and
    // hash; nullopt when the head row is missing).
    void finishEntries(std::optional<std::pair<std::int64_t, std::string>> head);
    // Then every order, in any order; orders named by postings but never checked are problems too.
    void checkOrder(const OrderFacts &order);
    void finishOrders();
    // A problem found by a check outside the verifier (e.g. the store's cached balances).
    void report(LedgerProblem p) { problem(std::move(p)); }

    bool ok() const { return m_problems.empty(); }
    const std::vector<LedgerProblem> &problems() const { return m_problems; }
    std::int64_t entries() const { return m_entries; }
    std::int64_t transactions() const { return m_transactions; }
    std::int64_t orders() const { return m_ordersChecked; }
    const std::map<std::string, std::int64_t> &currencySums() const { return m_currencySums; }
    std::int64_t lastSeq() const { return m_lastSeq; }
    const std::string &lastHash() const { return m_lastHash; }

    // At most this many problems are kept (the first is what verify names); further ones are counted.
    static constexpr std::size_t kMaxProblems = 100;
    std::int64_t problemCount() const { return m_problemCount; }

private:
    struct OrderPostings
    {
        int funded = 0;
        int released = 0;
        std::int64_t refunded = 0;      // minor units, buyer currency
        std::int64_t escrowBalance = 0; // sum of the escrow account's entries (credit is negative)
        std::string currency;
        bool checked = false;
    };
    void closeTransaction();
    void problem(LedgerProblem p);
    void openTransaction(const StoredEntry &entry, const StoredTransaction &transaction);
    void checkChain(const StoredEntry &entry);
    void post(const StoredEntry &entry);
    void postEscrow(const StoredEntry &entry, std::string_view orderId);
    OrderPostings &orderPostings(std::string_view orderId);

    std::vector<LedgerProblem> m_problems;
    std::int64_t m_problemCount = 0;
    std::int64_t m_entries = 0;
    std::int64_t m_transactions = 0;
    std::int64_t m_ordersChecked = 0;
    std::int64_t m_lastSeq = 0;
    std::string m_lastHash = kGenesisHash;
    std::map<std::string, std::int64_t> m_currencySums;
    std::unordered_map<std::string, std::int64_t> m_balances; // account|currency -> sum
    std::unordered_map<std::string, OrderPostings> m_orders;
    // The transaction being read.
    std::optional<StoredTransaction> m_current;
    std::map<std::string, std::int64_t> m_currentSums;
    std::vector<std::string> m_currentAccounts; // account|currency keys touched
    // Added for the implementation: the transaction's recomputed hash and first sequence, and a reused
    // lookup key so that reading an entry allocates nothing.
    std::string m_currentHash;
    std::int64_t m_currentSeq = 0;
    std::string m_key;
};

} // namespace caravan::escrow
