#pragma once

#include "trade/iso_codes.h"
#include "trade/rules.h"

#include <filesystem>
#include <vector>

namespace caravan::trade {

struct CheckReport
{
    std::size_t files = 0;
    std::size_t rules = 0;
    std::size_t destinations = 0;
    std::size_t fxRates = 0;
    std::vector<Problem> problems;
    bool ok() const { return problems.empty(); }
};

// Validates the rule data under tradeDir: schema, unique ids, sources, overlapping or gapped date ranges,
// and every country and currency code against Debian's iso-codes.
CheckReport checkRuleData(const std::filesystem::path &tradeDir, const IsoCodes &iso);

} // namespace caravan::trade
