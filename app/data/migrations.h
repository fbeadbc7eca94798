#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <vector>

namespace caravan::data {

// One step of the local schema. Versions are consecutive, starting at 1; the database's
// PRAGMA user_version records the last step applied.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// Every step of the app's local schema, oldest first. Never edit a released step: add a new one.
[[nodiscard]] const std::vector<Migration> &schemaMigrations();
[[nodiscard]] int latestSchemaVersion();

struct MigrationResult
{
    bool ok = false;
    int fromVersion = 0;
    int toVersion = 0; // the version the database has now (== fromVersion when it failed)
    QString error;     // translated, for the user; empty when ok
};

// Reads PRAGMA user_version; -1 if it cannot be read.
[[nodiscard]] int schemaVersion(const QSqlDatabase &db);

// Applies every step of `migrations` with fromVersion < version <= targetVersion in ONE transaction
// and sets user_version. On any failure everything is rolled back and the database is unchanged.
// A database newer than targetVersion is refused (an older app must not touch a newer schema).
MigrationResult applyMigrations(QSqlDatabase &db, const std::vector<Migration> &migrations,
                                int targetVersion);

class MigrationMessages
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::MigrationMessages)
};

} // namespace caravan::data
