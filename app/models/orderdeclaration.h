#pragma once

#include "data/order.h"
#include "data/userprofile.h"
#include "listing/listing.h"
#include "trade/declaration.h"

namespace caravan::models {

// The CN 22 / CN 23 declaration for an order: one contents line with the order's title and quantity at
// the order's item amount (in the listing's currency), the postage, the addressee from the order's
// ship_to and the sender from the seller's profile. The HS code, the net weight (per item × quantity),
// the country of origin and the ships-from country come from the local listing when it is there;
// otherwise they stay empty for the seller to fill in. Which form applies is left to
// trade::assessDeclaration (by value).
[[nodiscard]] trade::Declaration declarationForOrder(const data::Order &order,
                                                     const listing::Listing *listing,
                                                     const data::UserProfile *seller);

} // namespace caravan::models
