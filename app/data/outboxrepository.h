#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace caravan::data {

// A local change waiting to be pushed to the server. The mutation id makes a retried push harmless.
struct OutboxEntry
{
    qint64 seq = 0; // local order of the changes
    QString mutationId;
    QString entity;   // e.g. "listing"
    QString entityId; // the entity's uuid
    QString op;       // "create", "update", "delete"
    QJsonObject payload;
    QDateTime createdAt;
};

class OutboxRepository final
{
public:
    explicit OutboxRepository(QSqlDatabase db);

    // Appends a change. Callers that also change an entity run both in one transaction on the same
    // connection. An empty mutationId gets a fresh uuid. Returns the stored entry, or nullopt on error.
    std::optional<OutboxEntry> enqueue(OutboxEntry entry);
    [[nodiscard]] QVector<OutboxEntry> pending(int limit = 1000) const;
    [[nodiscard]] int count() const;
    // Removes a change the server has acknowledged.
    bool acknowledge(const QString &mutationId);
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace caravan::data
