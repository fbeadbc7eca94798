#pragma once

#include <iosfwd>
#include <string>
#include <vector>

// caravan-cli commands that need only the domain library. The executable (server/cli) dispatches
// `caravan-cli quote ...` and `caravan-cli rules ...` here; args exclude the command word itself.
// Return value is the process exit code: 0 success, 1 a check failed, 2 bad input (message on err).
namespace caravan::cli {

int runQuote(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runRules(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

// One line per command, for the executable's --help.
std::string domainCommandsHelp();

} // namespace caravan::cli
