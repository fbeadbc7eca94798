#pragma once

#include "escrow/ledger.h"
#include "escrow/pricing.h"

#include <string>

// The posting rules (docs/escrow.md, "Postings"): which lines each business event writes.
namespace caravan::escrow {

// What the postings of an order need: its ids and its frozen amounts in both currencies.
struct OrderMoney
{
    std::string orderId;
    std::string sellerId;
    Amounts listing; // L
    Amounts buyer;   // B
    std::string fx;  // description of the locked rate, stored on converting postings
};

Posting fundingPosting(const OrderMoney &order);
Posting releasePosting(const OrderMoney &order);
// A refund of `amountBuyer` (in B, 0 < amount <= total) with the refund's id.
Posting refundPosting(const OrderMoney &order, const std::string &refundId, const money::Money &amountBuyer);
Posting refundSettledPosting(const std::string &refundId, const std::string &orderId,
                             const money::Money &amount);
Posting payoutCreatedPosting(const std::string &payoutId, const std::string &sellerId,
                             const money::Money &amount);
Posting payoutPaidPosting(const std::string &payoutId, const std::string &sellerId,
                          const money::Money &amount);
Posting payoutFailedPosting(const std::string &payoutId, const std::string &sellerId,
                            const money::Money &amount);

} // namespace caravan::escrow
