#pragma once

#include "money/decimal.h"
#include "money/money.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Every timer, fee and limit of escrow, with the defaults of docs/escrow.md ("Configuration"). The
// server reads them from its configuration; nothing else in the code holds a number of days or a fee.
namespace caravan::escrow {

struct EscrowPolicy
{
    std::int64_t paymentWindowSeconds = 900;
    int maxHandlingDays = 5;     // working days
    int defaultHandlingDays = 3; // when the listing gives none
    int deliveryGraceDays = 7;   // after the service's latest estimated delivery
    int inspectionDays = 2;
    std::vector<std::pair<std::string, int>> inspectionDaysByCategory; // category prefix -> days

    money::Decimal buyerFeePercent = money::Decimal{5, 0}; // of the item amount
    money::Money buyerFeeFixed = money::Money::ofMinor(70, "EUR", 2);
    money::Decimal sellerFeePercent = money::Decimal{65, 1}; // of item + postage
    money::Money payoutMinimum = money::Money::ofMinor(1000, "EUR", 2);

    // The inspection days for a category id ("toys/figures"): the longest matching prefix of
    // inspectionDaysByCategory (a prefix matches the whole id or ends at a '/'), else inspectionDays.
    int inspectionDaysFor(std::string_view category) const;

    // "collectibles:3,art/paintings:4" -> pairs. Throws std::invalid_argument naming the bad part
    // (days must be 0..60, categories non-empty).
    static std::vector<std::pair<std::string, int>> parseCategoryDays(std::string_view text);
};

} // namespace caravan::escrow
