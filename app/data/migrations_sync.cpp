#include "data/migrations_sync.h"

namespace caravan::data {

Migration syncMigration()
{
    return Migration{
        4,
        QStringLiteral("sync state, journal, conflicts and sync log"),
        {
            // One row: this installation's client id for the account, the pull cursor, the last sync.
            QStringLiteral("CREATE TABLE sync_state ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " client_id TEXT NOT NULL,"
                           " cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),"
                           " last_sync_at TEXT NOT NULL DEFAULT '')"),
            // The last server state of every synced record (seller- and server-owned fields).
            QStringLiteral("CREATE TABLE sync_records ("
                           " entity TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " revision INTEGER NOT NULL DEFAULT 0,"
                           " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
                           " data_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data_json)),"
                           " pulled_at TEXT NOT NULL,"
                           " PRIMARY KEY (entity, entity_id))"),
            // Concurrent edits of the same field: base, this device's and the server's value per field.
            QStringLiteral(
                "CREATE TABLE sync_conflicts ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " entity TEXT NOT NULL,"
                " entity_id TEXT NOT NULL,"
                " fields_json TEXT NOT NULL CHECK (json_valid(fields_json)),"
                " state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolving', 'resolved')),"
                " resolution_json TEXT NOT NULL DEFAULT '{}',"
                " revision INTEGER NOT NULL DEFAULT 0,"
                " created_at TEXT NOT NULL,"
                " resolved_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX sync_conflicts_state ON sync_conflicts (state, created_at)"),
            // A mutation the server refused: kept on the record until a later change is accepted.
            QStringLiteral("CREATE TABLE sync_issues ("
                           " entity TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " mutation_id INTEGER NOT NULL,"
                           " code TEXT NOT NULL,"
                           " message TEXT NOT NULL DEFAULT '',"
                           " details_json TEXT NOT NULL DEFAULT '{}',"
                           " at TEXT NOT NULL,"
                           " PRIMARY KEY (entity, entity_id))"),
            QStringLiteral("CREATE TABLE sync_log ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at TEXT NOT NULL,"
                           " level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),"
                           " kind TEXT NOT NULL,"
                           " entity TEXT NOT NULL DEFAULT '',"
                           " entity_id TEXT NOT NULL DEFAULT '',"
                           " count INTEGER NOT NULL DEFAULT 0,"
                           " code TEXT NOT NULL DEFAULT '',"
                           " detail TEXT NOT NULL DEFAULT '')"),
        },
    };
}

Migration syncLogRequestIdMigration()
{
    return Migration{
        6,
        QStringLiteral("the server's request id on sync log lines"),
        {QStringLiteral("ALTER TABLE sync_log ADD COLUMN request_id TEXT NOT NULL DEFAULT ''")},
    };
}

} // namespace caravan::data
