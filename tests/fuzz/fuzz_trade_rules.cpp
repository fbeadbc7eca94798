// Fuzz target: one customs/tax rule-data file as JSON text (shared/trade/rule_parse.h, the parser behind
// RuleSet::load and `caravan-cli rules check`). A broken file is reported as problems or a RuleError,
// never a crash.
#include "money/currency.h"
#include "trade/rule_parse.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace caravan;
    const auto doc = nlohmann::json::parse(data, data + size, nullptr, false);
    if (doc.is_discarded())
        return 0;
    std::vector<trade::Rule> rules;
    trade::RuleFileInfo info;
    std::vector<trade::Problem> problems;
    try {
        trade::detail::parseRuleFile(doc, "fuzz.json", money::CurrencyTable::standard(), rules, info,
                                     problems);
    } catch (const trade::RuleError &) {
        // documented: a file that cannot be used at all
    }
    return 0;
}
