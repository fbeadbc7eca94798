#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace caravan::server {

// caravan-cli ledger verify [--json] | ledger export --order ID|--seller ID|EMAIL --format csv
// caravan-cli payout run
// caravan-cli identity list [--status S] | identity approve --email E | identity refuse --email E --reason T
// (plus --data-dir, --db, --config). `args` starts after "ledger", "payout" or "identity".
// Exit codes: 0 done (verify: the ledger holds), 1 failed (verify: something is broken), 2 bad usage.
int runLedgerCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runPayoutCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runIdentityCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

const char *moneyCommandHelp();

} // namespace caravan::server
