#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace caravan::server {

// caravan-cli audit verify [--json] | audit list [--since SEQ] [--limit N] (plus --data-dir, --db,
// --config). `args` starts after "audit". Exit codes: 0 done (verify: the chain holds), 1 failed (verify:
// names the first broken entry), 2 bad usage.
int runAuditCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

const char *auditCommandHelp();

} // namespace caravan::server
