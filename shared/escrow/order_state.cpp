#include "escrow/order_state.h"

#include <array>
#include <utility>

namespace caravan::escrow {

namespace {

constexpr std::array<std::pair<OrderState, std::string_view>, 8> kStateNames{{
    {OrderState::AwaitingPayment, "awaiting_payment"},
    {OrderState::Paid, "paid"},
    {OrderState::Shipped, "shipped"},
    {OrderState::Delivered, "delivered"},
    {OrderState::Released, "released"},
    {OrderState::Cancelled, "cancelled"},
    {OrderState::Refunded, "refunded"},
    {OrderState::Disputed, "disputed"},
}};

constexpr std::array<std::pair<Cause, std::string_view>, 7> kCauseNames{{
    {Cause::Buyer, "buyer"},
    {Cause::Seller, "seller"},
    {Cause::Staff, "staff"},
    {Cause::Provider, "provider"},
    {Cause::Carrier, "carrier"},
    {Cause::Timer, "timer"},
    {Cause::System, "system"},
}};

} // namespace

std::string_view toString(OrderState s)
{
    for (const auto &[state, name] : kStateNames)
        if (state == s)
            return name;
    return "awaiting_payment";
}

std::optional<OrderState> parseOrderState(std::string_view text)
{
    for (const auto &[state, name] : kStateNames)
        if (name == text)
            return state;
    return std::nullopt;
}

const std::vector<OrderState> &allOrderStates()
{
    static const std::vector<OrderState> all = [] {
        std::vector<OrderState> v;
        for (const auto &entry : kStateNames)
            v.push_back(entry.first);
        return v;
    }();
    return all;
}

bool canTransition(OrderState from, OrderState to)
{
    using S = OrderState;
    switch (from) {
    case S::AwaitingPayment:
        // Refunded: a payment that arrives when it can no longer be kept is paid back at once.
        return to == S::Paid || to == S::Cancelled || to == S::Refunded;
    case S::Paid:
        return to == S::Shipped || to == S::Refunded || to == S::Disputed;
    case S::Shipped:
        // Released: the buyer confirms receipt before any delivery event.
        return to == S::Delivered || to == S::Released || to == S::Refunded || to == S::Disputed;
    case S::Delivered:
        return to == S::Released || to == S::Refunded || to == S::Disputed;
    case S::Disputed:
        return to == S::Released || to == S::Refunded;
    case S::Cancelled:
        // A payment made in the last second of the window is recorded and refunded.
        return to == S::Refunded;
    case S::Released:
    case S::Refunded:
        return false;
    }
    return false;
}

bool isFinal(OrderState s)
{
    return s == OrderState::Released || s == OrderState::Refunded;
}

bool holdsMoney(OrderState s)
{
    return s == OrderState::Paid || s == OrderState::Shipped || s == OrderState::Delivered ||
           s == OrderState::Disputed;
}

bool givesBackUnits(OrderState from, OrderState to)
{
    // Units are reserved from creation until shipping; cancelled -> refunded gave them back already.
    const bool beforeShipping = from == OrderState::AwaitingPayment || from == OrderState::Paid;
    const bool leaving = to == OrderState::Cancelled || to == OrderState::Refunded;
    return beforeShipping && leaving && canTransition(from, to);
}

std::string_view toString(Cause c)
{
    for (const auto &[cause, name] : kCauseNames)
        if (cause == c)
            return name;
    return "system";
}

std::optional<Cause> parseCause(std::string_view text)
{
    for (const auto &[cause, name] : kCauseNames)
        if (name == text)
            return cause;
    return std::nullopt;
}

} // namespace caravan::escrow
