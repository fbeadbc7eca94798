#pragma once

#include "escrow/order_state.h"
#include "escrow/postings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Disputes (docs/disputes.md): reasons, statuses, when one may be opened and how a split divides what
// escrow holds.
namespace caravan::escrow {

enum class DisputeReason { NotReceived, NotAsDescribed, Counterfeit, Damaged };
std::string_view toString(DisputeReason r); // "not_received", "not_as_described", "counterfeit", "damaged"
std::optional<DisputeReason> parseDisputeReason(std::string_view text);

enum class DisputeStatus { AwaitingSeller, AwaitingBuyer, Escalated, AwaitingApproval, Returning, Resolved };
std::string_view toString(DisputeStatus s); // "awaiting_seller", ..., "resolved"
std::optional<DisputeStatus> parseDisputeStatus(std::string_view text);

enum class DisputeOutcome { Release, Refund, Split, Return };
std::string_view toString(DisputeOutcome o); // "release", "refund", "split", "return"
std::optional<DisputeOutcome> parseDisputeOutcome(std::string_view text);

// Why a buyer may not open a dispute now, or nothing when they may. `deliveryDue` is the order's
// delivery deadline (shipped orders), `graceSeconds` the grace added to the latest estimated delivery.
// Codes: "not_disputable" (the order's state), "too_early" (not received, before the estimated delivery),
// "not_delivered" (a reason about the goods before they arrived).
std::optional<std::string> whyNotDisputable(DisputeReason reason, OrderState state, std::int64_t now,
                                            std::int64_t deliveryDue, std::int64_t graceSeconds);

// How a split divides the held total (docs/disputes.md, "Split").
struct SplitParts
{
    money::Money refundBuyer;  // B: R, plus the buyer fee when it is given back
    money::Money buyerFeeKept; // B
    money::Money sellerShareB; // B: item + postage - R
    money::Money sellerShareL; // L: the same in proportion to the order's locked amounts
    money::Money sellerFeeL;   // L: the seller fee in the same proportion
};
// Throws LedgerError unless 0 < refundGoods < item + postage, in the buyer's currency.
SplitParts splitParts(const OrderMoney &order, const money::Money &refundGoods, bool buyerFeeRefunded);

// The release of what is left after the refund of a split: business key `order:<id>:released`, so an
// order is released once whatever way it ends. The refund itself is refundPosting(refundBuyer).
Posting splitReleasePosting(const OrderMoney &order, const SplitParts &parts);

} // namespace caravan::escrow
