#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace caravan::data {

// One field both sides changed differently: the value at the last sync, the server's and this device's.
struct ConflictField
{
    QString field;
    QJsonValue base;
    QJsonValue server;
    QJsonValue client;
};

struct ConflictRecord
{
    QString id;
    QString entity;
    QString entityId;
    QString state; // open, resolving (our resolve is in the outbox), resolved
    qint64 revision = 0;
    QVector<ConflictField> fields;
    QDateTime createdAt;
};

// Conflict records (docs/sync.md, rule 5): stored as the server sends them, resolved by the seller with a
// `resolve` mutation. Nothing is discarded until the seller decides.
class ConflictStore final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::ConflictStore)

public:
    explicit ConflictStore(QSqlDatabase db);

    // Open and resolving conflicts, oldest first.
    [[nodiscard]] QVector<ConflictRecord> unresolved() const;
    [[nodiscard]] std::optional<ConflictRecord> find(const QString &id) const;
    [[nodiscard]] int openCount() const;

    // Writes the seller's choice (field -> value, every conflicting field) as a `resolve` mutation to the
    // outbox, applies it to the local record and marks the conflict resolving — in one transaction.
    // Fails (and changes nothing) when a field is missing or unknown, or the conflict is not open.
    bool resolve(const QString &id, const QJsonObject &chosen);

    [[nodiscard]] QString lastError() const { return m_lastError; }

    // Stores a pulled conflict record (inside the caller's transaction). Accepts the fields either as
    // {"fields": {name: {base, server, client}}} or as {"base": {...}, "server": {...}, "client": {...}}.
    static bool storeFromServer(QSqlDatabase db, const QString &id, const QJsonObject &data, qint64 revision,
                                bool deleted, QString *error);
    static QVector<ConflictField> fieldsFromJson(const QJsonObject &fieldsJson);

private:
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace caravan::data
