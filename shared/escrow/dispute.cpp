#include "escrow/dispute.h"

#include "escrow/ledger.h"

#include <array>
#include <utility>

namespace caravan::escrow {

namespace {

template <typename E, std::size_t N>
std::optional<E> parseName(std::string_view text, const std::array<std::pair<E, std::string_view>, N> &names)
{
    for (const auto &[value, name] : names)
        if (name == text)
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view nameOf(E value, const std::array<std::pair<E, std::string_view>, N> &names)
{
    for (const auto &[v, name] : names)
        if (v == value)
            return name;
    return {};
}

constexpr std::array<std::pair<DisputeReason, std::string_view>, 4> kReasons{{
    {DisputeReason::NotReceived, "not_received"},
    {DisputeReason::NotAsDescribed, "not_as_described"},
    {DisputeReason::Counterfeit, "counterfeit"},
    {DisputeReason::Damaged, "damaged"},
}};

constexpr std::array<std::pair<DisputeStatus, std::string_view>, 6> kStatuses{{
    {DisputeStatus::AwaitingSeller, "awaiting_seller"},
    {DisputeStatus::AwaitingBuyer, "awaiting_buyer"},
    {DisputeStatus::Escalated, "escalated"},
    {DisputeStatus::AwaitingApproval, "awaiting_approval"},
    {DisputeStatus::Returning, "returning"},
    {DisputeStatus::Resolved, "resolved"},
}};

constexpr std::array<std::pair<DisputeOutcome, std::string_view>, 4> kOutcomes{{
    {DisputeOutcome::Release, "release"},
    {DisputeOutcome::Refund, "refund"},
    {DisputeOutcome::Split, "split"},
    {DisputeOutcome::Return, "return"},
}};

__extension__ typedef __int128 Wide; // GCC and Clang: a 128-bit intermediate, so a * b cannot overflow

// a * b / c rounded half up, for non-negative a, b and positive c.
std::int64_t scaled(std::int64_t a, std::int64_t b, std::int64_t c)
{
    const Wide product = static_cast<Wide>(a) * b;
    return static_cast<std::int64_t>((product * 2 + c) / (static_cast<Wide>(c) * 2));
}

money::Money like(const money::Money &m, std::int64_t minor)
{
    return money::Money::ofMinor(minor, m.currency(), m.digits());
}

void add(Posting &p, std::string account, const money::Money &amount)
{
    if (!amount.isZero())
        p.lines.push_back({std::move(account), std::string(amount.currency()), amount.minor()});
}

} // namespace

std::string_view toString(DisputeReason r) { return nameOf(r, kReasons); }
std::optional<DisputeReason> parseDisputeReason(std::string_view text) { return parseName(text, kReasons); }
std::string_view toString(DisputeStatus s) { return nameOf(s, kStatuses); }
std::optional<DisputeStatus> parseDisputeStatus(std::string_view text) { return parseName(text, kStatuses); }
std::string_view toString(DisputeOutcome o) { return nameOf(o, kOutcomes); }
std::optional<DisputeOutcome> parseDisputeOutcome(std::string_view text) { return parseName(text, kOutcomes); }

std::optional<std::string> whyNotDisputable(DisputeReason reason, OrderState state, std::int64_t now,
                                            std::int64_t deliveryDue, std::int64_t graceSeconds)
{
    if (state != OrderState::Shipped && state != OrderState::Delivered)
        return "not_disputable";
    if (reason == DisputeReason::NotReceived) {
        if (state == OrderState::Shipped && deliveryDue > 0 && now < deliveryDue - graceSeconds)
            return "too_early";
        return std::nullopt;
    }
    if (state != OrderState::Delivered)
        return "not_delivered";
    return std::nullopt;
}

SplitParts splitParts(const OrderMoney &order, const money::Money &refundGoods, bool buyerFeeRefunded)
{
    const Amounts &b = order.buyer;
    const Amounts &l = order.listing;
    const std::int64_t goodsB = b.item.minor() + b.postage.minor();
    const std::int64_t goodsL = l.item.minor() + l.postage.minor();
    const std::string what = "split of order " + order.orderId;
    if (refundGoods.currency() != b.total.currency())
        throw LedgerError(what + ": the refund must be in the buyer's currency " +
                          std::string(b.total.currency()));
    if (refundGoods.minor() <= 0 || refundGoods.minor() >= goodsB)
        throw LedgerError(what + ": the refund of the goods must be more than 0 and less than item + postage (" +
                          like(b.item, goodsB).toString() + ")");
    SplitParts parts;
    parts.buyerFeeKept = buyerFeeRefunded ? like(b.buyerFee, 0) : b.buyerFee;
    parts.refundBuyer = refundGoods + (buyerFeeRefunded ? b.buyerFee : like(b.buyerFee, 0));
    parts.sellerShareB = like(b.item, goodsB - refundGoods.minor());
    const std::int64_t shareL = b.total.currency() == l.total.currency()
                                    ? parts.sellerShareB.minor()
                                    : scaled(parts.sellerShareB.minor(), goodsL, goodsB);
    parts.sellerShareL = like(l.item, shareL);
    parts.sellerFeeL = like(l.sellerFee, goodsL > 0 ? scaled(l.sellerFee.minor(), shareL, goodsL) : 0);
    return parts;
}

Posting splitReleasePosting(const OrderMoney &order, const SplitParts &parts)
{
    const Amounts &b = order.buyer;
    const bool converts = b.total.currency() != order.listing.total.currency();
    Posting p;
    p.businessKey = "order:" + order.orderId + ":released";
    p.kind = std::string(kind::kOrderReleased);
    p.orderId = order.orderId;
    p.fx = converts ? order.fx : std::string();
    p.memo = "order " + order.orderId + " split: " + parts.refundBuyer.toString() + " refunded, the rest released to seller " +
             order.sellerId;
    const std::string payable = account::sellerPayable(order.sellerId);
    // B: what is left in escrow after the refund pays customs charges, the buyer fee kept and the seller's part.
    add(p, account::escrow(order.orderId), b.total - parts.refundBuyer);
    add(p, std::string(account::kImportChargesPayable), -b.importCheckout);
    add(p, std::string(account::kPlatformFees), -parts.buyerFeeKept);
    if (converts) {
        add(p, std::string(account::kFx), -parts.sellerShareB);
        add(p, std::string(account::kFx), parts.sellerShareL);
    }
    add(p, payable, -parts.sellerShareL);
    add(p, payable, parts.sellerFeeL);
    add(p, std::string(account::kPlatformFees), -parts.sellerFeeL);
    checkBalanced(p);
    return p;
}

} // namespace caravan::escrow
