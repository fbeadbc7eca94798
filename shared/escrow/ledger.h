#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// The double-entry ledger's rules that need no database (docs/escrow.md, "The ledger"): accounts, the
// shape of a posting, and the canonical encoding and hash chain of stored rows.
namespace caravan::escrow {

class LedgerError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Account names. Per-order and per-user accounts carry the id after a colon.
namespace account {
inline constexpr std::string_view kProviderFunds = "provider_funds";
inline constexpr std::string_view kPlatformFees = "platform_fees";
inline constexpr std::string_view kImportChargesPayable = "import_charges_payable";
inline constexpr std::string_view kRefundsInTransit = "refunds_in_transit";
inline constexpr std::string_view kPayoutsInTransit = "payouts_in_transit";
inline constexpr std::string_view kFx = "fx";
std::string escrow(std::string_view orderId);       // "escrow:<order>"
std::string sellerPayable(std::string_view userId); // "seller_payable:<user>"
// True for escrow:*, seller_payable:*, refunds_in_transit, payouts_in_transit: their credit balance
// (minus the sum of their entries) may never be below zero.
bool mustNotBeNegative(std::string_view account);
// A known fixed name, or escrow:/seller_payable: followed by 1..64 of [A-Za-z0-9_-].
bool isValidAccount(std::string_view account);
} // namespace account

// Transaction kinds (what a posting is).
namespace kind {
inline constexpr std::string_view kOrderFunded = "order_funded";
inline constexpr std::string_view kOrderReleased = "order_released";
inline constexpr std::string_view kOrderRefund = "order_refund";
inline constexpr std::string_view kRefundSettled = "refund_settled";
inline constexpr std::string_view kPayoutCreated = "payout_created";
inline constexpr std::string_view kPayoutPaid = "payout_paid";
inline constexpr std::string_view kPayoutFailed = "payout_failed";
} // namespace kind

// One line: positive = debit, negative = credit, in the currency's minor unit.
struct LedgerLine
{
    std::string account;
    std::string currency; // ISO 4217
    std::int64_t amount = 0;
    friend bool operator==(const LedgerLine &, const LedgerLine &) = default;
};

// A business event's posting before it is stored.
struct Posting
{
    std::string businessKey; // unique: "order:<id>:funded", "payout:<id>:paid", ...
    std::string kind;
    std::string orderId;  // may be empty
    std::string payoutId; // may be empty
    std::string
        fx; // the locked rate when the posting converts ("1 JPY = 0.0061 EUR; ECB 2026-12-01"), else ""
    std::string memo;
    std::vector<LedgerLine> lines;
};

// Throws LedgerError naming the problem: no lines, an empty business key or kind, an invalid account or
// currency code, a zero line, a currency whose lines do not sum to zero.
void checkBalanced(const Posting &posting);

// A stored transaction and entry, as the store reads them back.
struct StoredTransaction
{
    std::string id; // UUID
    std::string businessKey;
    std::string kind;
    std::string orderId;
    std::string payoutId;
    std::string fx;
    std::string memo;
    std::int64_t createdAt = 0;
    std::string hash; // transactionHash() of the fields above
};

struct StoredEntry
{
    std::int64_t seq = 0; // global, from 1, without gaps
    std::string transactionId;
    std::string account;
    std::string currency;
    std::int64_t amount = 0;
    std::string prevHash; // hash of the entry seq-1 (kGenesisHash for seq 1)
    std::string hash;     // entryHash()
};

inline const std::string kGenesisHash(64, '0');

// SHA-256 (lower-case hex) of "caravan-ledger-tx/1|id|businessKey|kind|orderId|payoutId|fx|memo|createdAt",
// every text field prefixed with its length in bytes and a ':' so that no two field lists encode alike.
std::string transactionHash(const StoredTransaction &t);
// SHA-256 (lower-case hex) of
// "caravan-ledger/1|seq|transactionId|transactionHash|account|currency|amount|prevHash" (text fields
// length-prefixed in the same way).
std::string entryHash(const StoredEntry &e, std::string_view transactionHash);

} // namespace caravan::escrow
