#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace caravan::trade {

// The `quote` and `rules` commands of caravan-cli, kept in caravan::core so the core tests run them.
// Exit codes: 0 success, 1 a check failed, 2 bad input (the message names the field).
int runQuoteCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runRulesCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
std::string quoteCommandsHelp();

} // namespace caravan::trade
