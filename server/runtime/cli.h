#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace caravan::server {

// Commands that only need the domain library (quote, rules); caravan-cli fills these in when the
// library that implements them is built.
struct DomainCommands
{
    std::function<int(const std::vector<std::string> &, std::ostream &, std::ostream &)> quote;
    std::function<int(const std::vector<std::string> &, std::ostream &, std::ostream &)> rules;
    std::function<std::string()> help;
};

// caravan-cli: migrate, user add/list, demo seed (plus the domain commands). `args` excludes argv[0].
// Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.
int runCli(const std::vector<std::string> &args, std::istream &in, std::ostream &out, std::ostream &err,
           const DomainCommands &domain = {});

// For a catch block of a command: writes the exception in flight as "caravan-cli: <what>" to `err` and
// returns the exit code: 2 for std::invalid_argument (bad input), 1 for anything else (Poco exceptions
// with their display text).
int reportCliException(std::ostream &err);

} // namespace caravan::server
