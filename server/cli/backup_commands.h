#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace caravan::server {

// caravan-cli backup --to DIR | restore --from DIR (plus --data-dir, --db, --config), SQLite deployments
// (docs/operations.md, "Backups"). `args` starts after "backup" or "restore".
//   backup: a consistent copy of the running database (VACUUM INTO), then the photo files, then
//           DIR/manifest.json with the database's SHA-256 and what it holds.
//   restore: into a data folder without a database: checks the copy against its manifest, puts the
//           database and the photos in place, migrates, and runs the ledger verification.
// Exit codes: 0 done (restore: the ledger holds), 1 failed, 2 bad usage.
int runBackupCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runRestoreCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

const char *backupCommandHelp();

} // namespace caravan::server
