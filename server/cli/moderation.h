#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace caravan::server {

// caravan-cli listing remove ID --reason TEXT | listing restore ID [--data-dir DIR] [--db URL] [--config
// FILE] Writes the listing's moderation and appends a change, so the seller's app sees it after its next
// pull. `args` starts after "listing". Exit codes: 0 done, 1 no such listing or the operation failed, 2 bad
// usage.
int runListingCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

const char *listingCommandHelp();

} // namespace caravan::server
