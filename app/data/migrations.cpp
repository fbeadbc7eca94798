#include "data/migrations.h"

#include "data/migrations_messages.h"
#include "data/migrations_sync.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcMigrations, "caravan.data.migrations")

namespace caravan::data {

namespace {

Migration accountTables()
{
    return Migration{
        1,
        QStringLiteral("account profile cache and per-account settings"),
        {
            QStringLiteral("CREATE TABLE account_profile ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " server_url TEXT NOT NULL,"
                           " user_id TEXT NOT NULL,"
                           " email TEXT NOT NULL,"
                           " display_name TEXT NOT NULL DEFAULT '',"
                           " country TEXT NOT NULL DEFAULT '',"
                           " roles_json TEXT NOT NULL DEFAULT '[]',"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE app_settings ("
                           " key TEXT PRIMARY KEY NOT NULL,"
                           " value TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
        },
    };
}

Migration listingsAndOutbox()
{
    return Migration{
        2,
        QStringLiteral("listings and the sync outbox"),
        {
            QStringLiteral("CREATE TABLE listings ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " revision INTEGER NOT NULL DEFAULT 0,"
                           " title TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " category TEXT NOT NULL DEFAULT '',"
                           " condition TEXT NOT NULL DEFAULT '',"
                           " price_minor INTEGER NOT NULL CHECK (price_minor >= 0),"
                           " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                           " quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),"
                           " ships_from TEXT NOT NULL DEFAULT '',"
                           " hs_code TEXT NOT NULL DEFAULT '',"
                           " weight_g INTEGER NOT NULL DEFAULT 0 CHECK (weight_g >= 0),"
                           " status TEXT NOT NULL DEFAULT 'draft',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX listings_status_updated ON listings (status, updated_at)"),
            QStringLiteral("CREATE TABLE outbox ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " mutation_id TEXT NOT NULL UNIQUE,"
                           " entity TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " op TEXT NOT NULL,"
                           " payload TEXT NOT NULL CHECK (json_valid(payload)),"
                           " created_at TEXT NOT NULL)"),
        },
    };
}

} // namespace

Migration listingsWorkbench(); // data/migrations_listings.cpp

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations{accountTables(), listingsAndOutbox(), listingsWorkbench(),
                                                   syncMigration(), messagesMigration(),
                                                   syncLogRequestIdMigration(), messageIndexMigration()};
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

MigrationResult applyMigrations(QSqlDatabase &db, const std::vector<Migration> &migrations, int targetVersion)
{
    MigrationResult result;
    result.fromVersion = schemaVersion(db);
    result.toVersion = result.fromVersion;
    if (result.fromVersion < 0) {
        result.error = MigrationMessages::tr("Cannot read the version of the local database: %1")
                           .arg(db.lastError().text());
        return result;
    }
    if (result.fromVersion > targetVersion) {
        result.error =
            MigrationMessages::tr("The local database was written by a newer version of Caravan "
                                  "(schema %1; this version knows up to %2). Please update Caravan.")
                .arg(result.fromVersion)
                .arg(targetVersion);
        return result;
    }
    if (result.fromVersion == targetVersion) {
        result.ok = true;
        return result;
    }

    if (!db.transaction()) {
        result.error = MigrationMessages::tr("Cannot start a transaction on the local database: %1")
                           .arg(db.lastError().text());
        return result;
    }
    int version = result.fromVersion;
    for (const Migration &migration : migrations) {
        if (migration.version <= version || migration.version > targetVersion)
            continue;
        if (migration.version != version + 1) {
            db.rollback();
            result.error =
                MigrationMessages::tr("Local database upgrade step %1 is missing.").arg(version + 1);
            return result;
        }
        qCInfo(lcMigrations) << "applying local schema step" << migration.version << migration.description;
        for (const QString &statement : migration.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                query.finish();
                db.rollback();
                qCWarning(lcMigrations) << "schema step" << migration.version << "failed:" << reason;
                result.error = MigrationMessages::tr("Upgrading the local database to version %1 failed: %2. "
                                                     "Nothing was changed.")
                                   .arg(migration.version)
                                   .arg(reason);
                return result;
            }
        }
        version = migration.version;
    }
    if (version != targetVersion) {
        db.rollback();
        result.error = MigrationMessages::tr("Local database upgrade step %1 is missing.").arg(version + 1);
        return result;
    }
    QSqlQuery setVersion(db);
    // PRAGMA takes no bound parameters; the value is an int we produced.
    if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
        const QString reason = db.lastError().text();
        setVersion.finish();
        db.rollback();
        result.error = MigrationMessages::tr("Upgrading the local database failed: %1. Nothing was changed.")
                           .arg(reason);
        return result;
    }
    result.ok = true;
    result.toVersion = version;
    return result;
}

} // namespace caravan::data
