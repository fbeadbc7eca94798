#include "data/localdatabase.h"

#include "data/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcLocalDb, "caravan.data.db")

namespace caravan::data {

LocalDatabase::LocalDatabase(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{}

LocalDatabase::~LocalDatabase()
{
    closeConnection(m_connectionName);
}

QSqlDatabase LocalDatabase::openConnection(const QString &filePath, QString *error)
{
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1 for the local database.").arg(info.absolutePath());
        return {};
    }
    const QString name = QStringLiteral("caravan-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error =
            tr("Cannot open the local database %1: %2").arg(info.absoluteFilePath(), db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next() ||
        pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = tr("Cannot switch the local database %1 to write-ahead logging: %2")
                     .arg(info.absoluteFilePath(), pragma.lastError().text());
        pragma.finish();
        pragma = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

void LocalDatabase::closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

std::unique_ptr<LocalDatabase> LocalDatabase::open(const QString &filePath, QString *error)
{
    QSqlDatabase db = openConnection(filePath, error);
    if (!db.isValid())
        return nullptr;
    const QString name = db.connectionName();
    const MigrationResult migrated = applyMigrations(db, schemaMigrations(), latestSchemaVersion());
    if (!migrated.ok) {
        *error = migrated.error;
        db = QSqlDatabase();
        closeConnection(name);
        return nullptr;
    }
    if (migrated.fromVersion != migrated.toVersion)
        qCInfo(lcLocalDb) << "local schema" << migrated.fromVersion << "->" << migrated.toVersion << filePath;
    return std::unique_ptr<LocalDatabase>(new LocalDatabase(name, QFileInfo(filePath).absoluteFilePath()));
}

QSqlDatabase LocalDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString LocalDatabase::journalMode() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        return query.value(0).toString().toLower();
    return {};
}

} // namespace caravan::data
