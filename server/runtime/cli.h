#pragma once

#include "runtime/settings.h"
#include "store/database.h"

#include <functional>
#include <map>
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

// The settings of a caravan-cli command: defaults, then the --config file, then --data-dir and --db.
// `options` holds the command's options by name ("--data-dir", "--db", "--config").
Settings cliSettings(const std::map<std::string, std::string> &options);
// A small pool: caravan-cli runs one command at a time.
store::DatabaseOptions cliDatabaseOptions(const Settings &settings);

} // namespace caravan::server
