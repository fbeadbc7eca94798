#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace caravan::data {

// One account's local SQLite database (WAL mode, foreign keys on, schema migrated on open).
// Owns its Qt Sql connection; repositories borrow connection() for as long as this object lives.
class LocalDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::LocalDatabase)

public:
    // Creates the folder and file if needed and brings the schema to the latest version.
    // Returns nullptr and sets *error (translated) when that is not possible; the file is then untouched
    // apart from what SQLite itself needs to open it.
    static std::unique_ptr<LocalDatabase> open(const QString &filePath, QString *error);

    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] QString journalMode() const;

    // The name of the database file inside an account folder.
    static QString fileName() { return QStringLiteral("caravan.sqlite"); }

    // Opens a raw connection with the project's pragmas but without migrating — for tools and tests
    // that need to look at or prepare an older schema. Close with closeConnection().
    static QSqlDatabase openConnection(const QString &filePath, QString *error);
    static void closeConnection(const QString &connectionName);

private:
    LocalDatabase(QString connectionName, QString filePath);

    QString m_connectionName;
    QString m_filePath;
};

} // namespace caravan::data
