#include "escrow/order_state.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <utility>

using namespace caravan::escrow;

namespace {

using S = OrderState;

// docs/escrow.md, "States", written out pair by pair so that the test does not share the code's switch.
const std::set<std::pair<S, S>> &allowed()
{
    static const std::set<std::pair<S, S>> pairs = {
        {S::AwaitingPayment, S::Paid},
        {S::AwaitingPayment, S::Cancelled},
        {S::AwaitingPayment, S::Refunded},
        {S::Paid, S::Shipped},
        {S::Paid, S::Refunded},
        {S::Paid, S::Disputed},
        {S::Shipped, S::Delivered},
        {S::Shipped, S::Released},
        {S::Shipped, S::Refunded},
        {S::Shipped, S::Disputed},
        {S::Delivered, S::Released},
        {S::Delivered, S::Refunded},
        {S::Delivered, S::Disputed},
        {S::Disputed, S::Released},
        {S::Disputed, S::Refunded},
        {S::Cancelled, S::Refunded},
    };
    return pairs;
}

} // namespace

TEST_CASE("escrow: every state pair is allowed or forbidden as the state table says", "[escrow][state]")
{
    REQUIRE(allOrderStates().size() == 8);
    int allowedCount = 0;
    for (const S from : allOrderStates()) {
        for (const S to : allOrderStates()) {
            INFO(toString(from) << " -> " << toString(to));
            const bool expected = allowed().count({from, to}) == 1;
            CHECK(canTransition(from, to) == expected);
            allowedCount += expected ? 1 : 0;
        }
    }
    CHECK(allowedCount == static_cast<int>(allowed().size()));
}

TEST_CASE("escrow: final states, money held and units given back", "[escrow][state]")
{
    for (const S s : allOrderStates()) {
        INFO(toString(s));
        const bool final = s == S::Released || s == S::Refunded;
        CHECK(isFinal(s) == final);
        if (final)
            for (const S to : allOrderStates())
                CHECK_FALSE(canTransition(s, to));
        CHECK(holdsMoney(s) == (s == S::Paid || s == S::Shipped || s == S::Delivered || s == S::Disputed));
        CHECK_FALSE(canTransition(s, s));
    }
    // Units go back when an order leaves for cancelled/refunded before it is shipped, and only then.
    CHECK(givesBackUnits(S::AwaitingPayment, S::Cancelled));
    CHECK(givesBackUnits(S::AwaitingPayment, S::Refunded));
    CHECK(givesBackUnits(S::Paid, S::Refunded));
    CHECK_FALSE(givesBackUnits(S::Cancelled, S::Refunded)); // given back when it was cancelled
    CHECK_FALSE(givesBackUnits(S::Shipped, S::Refunded));
    CHECK_FALSE(givesBackUnits(S::Delivered, S::Refunded));
    CHECK_FALSE(givesBackUnits(S::Disputed, S::Refunded));
    CHECK_FALSE(givesBackUnits(S::Paid, S::Shipped));
    CHECK_FALSE(givesBackUnits(S::Paid, S::Cancelled)); // not a transition
}

TEST_CASE("escrow: states and causes parse back from their names", "[escrow][state]")
{
    const std::set<std::string> names = {"awaiting_payment", "paid",      "shipped",  "delivered",
                                         "released",         "cancelled", "refunded", "disputed"};
    std::set<std::string> seen;
    for (const S s : allOrderStates()) {
        const std::string name(toString(s));
        seen.insert(name);
        REQUIRE(parseOrderState(name).has_value());
        CHECK(*parseOrderState(name) == s);
    }
    CHECK(seen == names);
    CHECK_FALSE(parseOrderState("Paid").has_value());
    CHECK_FALSE(parseOrderState("").has_value());
    CHECK_FALSE(parseOrderState("paid ").has_value());

    const std::set<std::string> causeNames = {"buyer",   "seller", "staff", "provider",
                                              "carrier", "timer",  "system"};
    std::set<std::string> causesSeen;
    for (const Cause c : {Cause::Buyer, Cause::Seller, Cause::Staff, Cause::Provider, Cause::Carrier,
                          Cause::Timer, Cause::System}) {
        const std::string name(toString(c));
        causesSeen.insert(name);
        REQUIRE(parseCause(name).has_value());
        CHECK(*parseCause(name) == c);
    }
    CHECK(causesSeen == causeNames);
    CHECK_FALSE(parseCause("user").has_value());
}
