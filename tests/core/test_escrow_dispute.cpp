// The arithmetic of disputes (docs/disputes.md): when one may be opened, and how a split divides what
// escrow holds so that the refund and the release add up to exactly the held total.
#include "escrow/dispute.h"
#include "escrow/ledger.h"
#include "escrow_orders.h"

#include <catch2/catch.hpp>
#include <map>

using namespace caravan::escrow;
using caravan::money::Money;
using namespace caravan::escrow::testing;

namespace {

// Sum per (account, currency) of the lines of some postings.
std::map<std::pair<std::string, std::string>, std::int64_t> sums(const std::vector<Posting> &postings)
{
    std::map<std::pair<std::string, std::string>, std::int64_t> out;
    for (const auto &p : postings)
        for (const auto &l : p.lines)
            out[{l.account, l.currency}] += l.amount;
    return out;
}

} // namespace

TEST_CASE("A split gives the buyer R and the seller the rest of item and postage, in proportion", "[escrow][disputes]")
{
    const auto o = crossBorderOrder();
    const auto parts = splitParts(o, eur(1000), false);
    CHECK(parts.refundBuyer == eur(1000));
    CHECK(parts.buyerFeeKept == eur(212));
    CHECK(parts.sellerShareB == eur(2834 + 1080 - 1000));
    // 2914 EUR cents of 3914 in proportion to JPY 6906: 6906 * 2914 / 3914 = 5141.5... rounded half up.
    CHECK(parts.sellerShareL == jpy(5142));
    // The seller fee in the same proportion: 449 * 5142 / 6906 = 334.3... -> 334.
    CHECK(parts.sellerFeeL == jpy(334));

    // The refund and the split release together empty the order's escrow and balance per currency.
    const auto refund = refundPosting(o, "rf-1", parts.refundBuyer);
    const auto release = splitReleasePosting(o, parts);
    checkBalanced(release);
    CHECK(release.businessKey == "order:ord-1:released");
    const auto total = sums({fundingPosting(o), refund, release});
    CHECK(total.at({"escrow:ord-1", "EUR"}) == 0);
    CHECK(total.at({"refunds_in_transit", "EUR"}) == -1000);
    CHECK(total.at({"import_charges_payable", "EUR"}) == -121); // the goods crossed the border
    CHECK(total.at({"seller_payable:user_7", "JPY"}) == -(5142 - 334));
}

TEST_CASE("A split may give the buyer fee back - same currency needs no exchange lines", "[escrow][disputes]")
{
    const auto o = sameCurrencyOrder();
    const auto parts = splitParts(o, eur(580), true);
    CHECK(parts.refundBuyer == eur(580 + 295));
    CHECK(parts.buyerFeeKept.isZero());
    CHECK(parts.sellerShareL == eur(5000));
    CHECK(parts.sellerFeeL == eur(325)); // 363 * 5000 / 5580 = 325.2...
    const auto release = splitReleasePosting(o, parts);
    for (const auto &l : release.lines)
        CHECK(l.account != "fx");
    const auto total = sums({fundingPosting(o), refundPosting(o, "rf-2", parts.refundBuyer), release});
    CHECK(total.at({"escrow:ord-2", "EUR"}) == 0);
    CHECK(total.at({"seller_payable:user_8", "EUR"}) == -(5000 - 325));
}

TEST_CASE("A split refund must be more than nothing and less than item and postage", "[escrow][disputes]")
{
    const auto o = crossBorderOrder();
    CHECK_THROWS_AS(splitParts(o, eur(0), false), LedgerError);
    CHECK_THROWS_AS(splitParts(o, eur(2834 + 1080), false), LedgerError);
    CHECK_THROWS_AS(splitParts(o, jpy(100), false), LedgerError);
    CHECK_NOTHROW(splitParts(o, eur(1), false));
    CHECK_NOTHROW(splitParts(o, eur(2834 + 1080 - 1), false));
}

TEST_CASE("Who may open a dispute when", "[escrow][disputes]")
{
    const std::int64_t due = 1'000'000;
    const std::int64_t grace = 7 * 86400;
    using R = DisputeReason;
    using S = OrderState;
    CHECK(whyNotDisputable(R::NotReceived, S::Paid, due, due, grace) == std::optional<std::string>("not_disputable"));
    CHECK(whyNotDisputable(R::NotReceived, S::Released, due, due, grace) == std::optional<std::string>("not_disputable"));
    CHECK(whyNotDisputable(R::NotReceived, S::Shipped, due - grace - 1, due, grace) == std::optional<std::string>("too_early"));
    CHECK_FALSE(whyNotDisputable(R::NotReceived, S::Shipped, due - grace, due, grace));
    CHECK_FALSE(whyNotDisputable(R::NotReceived, S::Delivered, 0, due, grace));
    CHECK(whyNotDisputable(R::Damaged, S::Shipped, due, due, grace) == std::optional<std::string>("not_delivered"));
    CHECK_FALSE(whyNotDisputable(R::Counterfeit, S::Delivered, due, due, grace));
    CHECK(parseDisputeReason("not_as_described") == R::NotAsDescribed);
    CHECK_FALSE(parseDisputeReason("lost"));
    for (auto s : {DisputeStatus::AwaitingSeller, DisputeStatus::AwaitingBuyer, DisputeStatus::Escalated,
                   DisputeStatus::AwaitingApproval, DisputeStatus::Returning, DisputeStatus::Resolved})
        CHECK(parseDisputeStatus(toString(s)) == s);
}
