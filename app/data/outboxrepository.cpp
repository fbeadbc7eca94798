#include "data/outboxrepository.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutboxRepo, "caravan.data.outbox")

namespace caravan::data {

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<OutboxEntry> OutboxRepository::enqueue(OutboxEntry entry)
{
    if (entry.entity.isEmpty() || entry.entityId.isEmpty() || entry.op.isEmpty()) {
        m_lastError = QStringLiteral("entity, entity id and op are required");
        return std::nullopt;
    }
    if (entry.mutationId.isEmpty())
        entry.mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.createdAt.isValid())
        entry.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_id, op, payload, created_at) "
                       "VALUES (:mutation, :entity, :entity_id, :op, :payload, :created)"));
    query.bindValue(QStringLiteral(":mutation"), entry.mutationId);
    query.bindValue(QStringLiteral(":entity"), entry.entity);
    query.bindValue(QStringLiteral(":entity_id"), entry.entityId);
    query.bindValue(QStringLiteral(":op"), entry.op);
    query.bindValue(QStringLiteral(":payload"),
                    QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":created"), entry.createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcOutboxRepo) << "enqueueing" << entry.entity << entry.op << "failed:" << m_lastError;
        return std::nullopt;
    }
    entry.seq = query.lastInsertId().toLongLong();
    return entry;
}

QVector<OutboxEntry> OutboxRepository::pending(int limit) const
{
    QVector<OutboxEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, mutation_id, entity, entity_id, op, payload, created_at "
                                 "FROM outbox ORDER BY seq LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return entries;
    }
    while (query.next()) {
        OutboxEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.mutationId = query.value(1).toString();
        entry.entity = query.value(2).toString();
        entry.entityId = query.value(3).toString();
        entry.op = query.value(4).toString();
        entry.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        entry.createdAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        entries.append(entry);
    }
    return entries;
}

int OutboxRepository::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next()) {
        m_lastError = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool OutboxRepository::acknowledge(const QString &mutationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = :mutation"));
    query.bindValue(QStringLiteral(":mutation"), mutationId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() > 0;
}

} // namespace caravan::data
