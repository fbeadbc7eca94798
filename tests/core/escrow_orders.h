#pragma once

// Two orders the escrow tests post for: one sold in JPY and paid in EUR, one in EUR throughout.
#include "escrow/postings.h"

namespace caravan::escrow::testing {

inline money::Money jpy(std::int64_t minor)
{
    return money::Money::ofMinor(minor, "JPY", 0);
}

inline money::Money eur(std::int64_t minor)
{
    return money::Money::ofMinor(minor, "EUR", 2);
}

// The figure of the pricing tests, sold for JPY and paid in EUR, with 1.21 EUR of import VAT at checkout.
inline OrderMoney crossBorderOrder()
{
    OrderMoney o;
    o.orderId = "ord-1";
    o.sellerId = "user_7";
    o.listing = {jpy(5000), jpy(1906), jpy(214), jpy(374), jpy(7494), jpy(449), jpy(6457)};
    o.buyer = {eur(2834), eur(1080), eur(121), eur(212), eur(4247), eur(254), eur(3660)};
    o.fx = "1 JPY = 0.005667 EUR; ECB 2025-10-21";
    return o;
}

inline OrderMoney sameCurrencyOrder()
{
    OrderMoney o;
    o.orderId = "ord-2";
    o.sellerId = "user_8";
    o.listing = {eur(4500), eur(1080), eur(0), eur(295), eur(5875), eur(363), eur(5217)};
    o.buyer = o.listing;
    o.fx = "identity";
    return o;
}

} // namespace caravan::escrow::testing
