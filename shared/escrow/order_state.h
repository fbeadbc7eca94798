#pragma once

#include <optional>
#include <string_view>
#include <vector>

// The order's state machine (docs/escrow.md, "States").
namespace caravan::escrow {

enum class OrderState { AwaitingPayment, Paid, Shipped, Delivered, Released, Cancelled, Refunded, Disputed };

std::string_view toString(OrderState s); // "awaiting_payment", "paid", "shipped", "delivered", "released",
                                         // "cancelled", "refunded", "disputed"
std::optional<OrderState> parseOrderState(std::string_view text);
const std::vector<OrderState> &allOrderStates();

// awaiting_payment -> paid | cancelled | refunded (a payment that arrived after cancellation is refunded)
// paid -> shipped | refunded | disputed;  shipped -> delivered | released | refunded | disputed
// delivered -> released | refunded | disputed;  disputed -> released | refunded
// cancelled -> refunded (late payment); released and refunded are final.
bool canTransition(OrderState from, OrderState to);
bool isFinal(OrderState s);    // released, refunded
bool holdsMoney(OrderState s); // paid, shipped, delivered, disputed: escrow holds the total
bool givesBackUnits(OrderState from, OrderState to); // leaving for cancelled/refunded before shipping

// Who or what caused a transition (recorded in the order's history).
enum class Cause { Buyer, Seller, Staff, Provider, Carrier, Timer, System };
std::string_view toString(Cause c); // "buyer", "seller", "staff", "provider", "carrier", "timer", "system"
std::optional<Cause> parseCause(std::string_view text);

} // namespace caravan::escrow
