#pragma once

#include "trade/rules.h"

#include <nlohmann/json.hpp>

namespace caravan::trade::detail {

// Parses one caravan-trade-rules/1 document. Appends what it can read to `out` and every problem to
// `problems` (a rule with a problem is skipped). Currency and country codes are checked for shape here
// and against iso-codes in `rules check`.
void parseRuleFile(const nlohmann::json &doc, const std::string &path, const money::CurrencyTable &currencies,
                   std::vector<Rule> &out, RuleFileInfo &info, std::vector<Problem> &problems);

} // namespace caravan::trade::detail
