#include "escrow/postings.h"

namespace caravan::escrow {

namespace {

// Adds a line unless its amount is zero (docs/escrow.md: zero amounts are left out).
void add(Posting &p, std::string account, const money::Money &amount)
{
    if (amount.isZero())
        return;
    p.lines.push_back({std::move(account), std::string(amount.currency()), amount.minor()});
}

Posting checked(Posting p)
{
    checkBalanced(p);
    return p;
}

void requirePositive(const money::Money &amount, const std::string &what)
{
    if (!amount.isPositive() || !amount.hasCurrency())
        throw LedgerError(what + ": the amount must be positive, not " + amount.toString());
}

Posting payoutPosting(std::string_view event, std::string_view kind, const std::string &payoutId,
                      const money::Money &amount)
{
    requirePositive(amount, "payout " + payoutId);
    Posting p;
    p.businessKey = "payout:" + payoutId + ":" + std::string(event);
    p.kind = std::string(kind);
    p.payoutId = payoutId;
    return p;
}

} // namespace

Posting fundingPosting(const OrderMoney &order)
{
    Posting p;
    p.businessKey = "order:" + order.orderId + ":funded";
    p.kind = std::string(kind::kOrderFunded);
    p.orderId = order.orderId;
    p.memo = "payment of order " + order.orderId + " held in escrow";
    add(p, std::string(account::kProviderFunds), order.buyer.total);
    add(p, account::escrow(order.orderId), -order.buyer.total);
    return checked(std::move(p));
}

Posting releasePosting(const OrderMoney &order)
{
    const Amounts &b = order.buyer;
    const Amounts &l = order.listing;
    const bool converts = b.total.currency() != l.total.currency();
    Posting p;
    p.businessKey = "order:" + order.orderId + ":released";
    p.kind = std::string(kind::kOrderReleased);
    p.orderId = order.orderId;
    p.fx = converts ? order.fx : std::string();
    p.memo = "order " + order.orderId + " released to seller " + order.sellerId;
    const std::string payable = account::sellerPayable(order.sellerId);
    // B: the escrow pays out customs charges, the buyer fee and the seller's part, which leaves through fx
    // when the seller is paid in another currency.
    add(p, account::escrow(order.orderId), b.total);
    add(p, std::string(account::kImportChargesPayable), -b.importCheckout);
    add(p, std::string(account::kPlatformFees), -b.buyerFee);
    if (converts) {
        add(p, std::string(account::kFx), -(b.item + b.postage));
        add(p, std::string(account::kFx), l.item + l.postage);
    }
    // L: the seller is owed item + postage, less the seller fee.
    add(p, payable, -(l.item + l.postage));
    add(p, payable, l.sellerFee);
    add(p, std::string(account::kPlatformFees), -l.sellerFee);
    return checked(std::move(p));
}

Posting refundPosting(const OrderMoney &order, const std::string &refundId, const money::Money &amountBuyer)
{
    const std::string what = "refund " + refundId + " of order " + order.orderId;
    requirePositive(amountBuyer, what);
    if (amountBuyer.currency() != order.buyer.total.currency())
        throw LedgerError(what + ": " + std::string(amountBuyer.currency()) +
                          " is not the buyer's currency " + std::string(order.buyer.total.currency()));
    if (amountBuyer.minor() > order.buyer.total.minor())
        throw LedgerError(what + ": " + amountBuyer.toString() + " is more than the order's total " +
                          order.buyer.total.toString());
    Posting p;
    p.businessKey = "order:" + order.orderId + ":refund:" + refundId;
    p.kind = std::string(kind::kOrderRefund);
    p.orderId = order.orderId;
    p.memo = what;
    add(p, account::escrow(order.orderId), amountBuyer);
    add(p, std::string(account::kRefundsInTransit), -amountBuyer);
    return checked(std::move(p));
}

Posting refundSettledPosting(const std::string &refundId, const std::string &orderId,
                             const money::Money &amount)
{
    const std::string what = "refund " + refundId + " of order " + orderId;
    requirePositive(amount, what);
    Posting p;
    p.businessKey = "refund:" + refundId + ":settled";
    p.kind = std::string(kind::kRefundSettled);
    p.orderId = orderId;
    p.memo = what + " settled by the provider";
    add(p, std::string(account::kRefundsInTransit), amount);
    add(p, std::string(account::kProviderFunds), -amount);
    return checked(std::move(p));
}

Posting payoutCreatedPosting(const std::string &payoutId, const std::string &sellerId,
                             const money::Money &amount)
{
    Posting p = payoutPosting("created", kind::kPayoutCreated, payoutId, amount);
    p.memo = "payout " + payoutId + " to seller " + sellerId;
    add(p, account::sellerPayable(sellerId), amount);
    add(p, std::string(account::kPayoutsInTransit), -amount);
    return checked(std::move(p));
}

Posting payoutPaidPosting(const std::string &payoutId, const std::string &sellerId,
                          const money::Money &amount)
{
    Posting p = payoutPosting("paid", kind::kPayoutPaid, payoutId, amount);
    p.memo = "payout " + payoutId + " to seller " + sellerId + " paid";
    add(p, std::string(account::kPayoutsInTransit), amount);
    add(p, std::string(account::kProviderFunds), -amount);
    return checked(std::move(p));
}

Posting payoutFailedPosting(const std::string &payoutId, const std::string &sellerId,
                            const money::Money &amount)
{
    Posting p = payoutPosting("failed", kind::kPayoutFailed, payoutId, amount);
    p.memo = "payout " + payoutId + " to seller " + sellerId + " failed; owed again";
    add(p, std::string(account::kPayoutsInTransit), amount);
    add(p, account::sellerPayable(sellerId), -amount);
    return checked(std::move(p));
}

} // namespace caravan::escrow
