#pragma once

#include "store/database.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace caravan::store {

struct Migration
{
    int version;
    std::string name;
    std::vector<std::string> statements; // portable SQL (see translateSql)
    // Run after `statements` on that backend only (full-text search differs between them).
    std::vector<std::string> sqliteStatements{};
    std::vector<std::string> postgresStatements{};
};

// The one ordered list of schema migrations, for both backends.
const std::vector<Migration> &migrations();
int latestSchemaVersion();

// Thrown when the database was written by a newer caravan-server than this one.
class SchemaTooNewError : public std::runtime_error
{
public:
    SchemaTooNewError(int found, int known);
    int found;
    int known;
};

// Current version of the schema (0 for an empty database).
// The version of a migrated database: one indexed read, nothing created (the health check).
int appliedSchemaVersion(Database &db);
int schemaVersion(Database &db);

// Applies every migration above the current version up to `target` (default: the latest), each in a
// transaction of its own together with its schema_version row. Returns the version reached.
// Throws SchemaTooNewError if the database is already newer than this build knows.
int migrate(Database &db, int target = -1);

} // namespace caravan::store
