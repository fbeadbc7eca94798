#include "store/backup.h"

#include "store/migrations.h"

#include <stdexcept>

namespace caravan::store {

void snapshotSqlite(Database &db, const std::filesystem::path &target)
{
    if (db.backend() != Backend::SQLite)
        throw std::runtime_error("caravan-cli backup copies a SQLite database; back up PostgreSQL with pg_dump "
                                 "(docs/operations.md, \"Backups\")");
    if (std::filesystem::exists(target))
        throw std::runtime_error("the backup target " + target.string() + " exists already");
    // The file name is a parameter of VACUUM INTO, so no quoting of the path is needed.
    db.execute("VACUUM INTO ?", {target.string()});
}

DatabaseCensus census(Database &db)
{
    DatabaseCensus c;
    c.schemaVersion = appliedSchemaVersion(db);
    c.orders = db.query("SELECT COUNT(*) FROM orders").front().integer(0);
    c.ledgerTransactions = db.query("SELECT COUNT(*) FROM ledger_transactions").front().integer(0);
    c.photos = db.query("SELECT COUNT(*) FROM photos").front().integer(0);
    return c;
}

} // namespace caravan::store
