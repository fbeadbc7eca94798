#include "data/conflictstore.h"

#include "data/outboxrepository.h"
#include "data/syncjournal_listings.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace caravan::data {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ConflictRecord readRecord(const QSqlQuery &query)
{
    ConflictRecord record;
    record.id = query.value(0).toString();
    record.entity = query.value(1).toString();
    record.entityId = query.value(2).toString();
    record.state = query.value(3).toString();
    record.revision = query.value(4).toLongLong();
    record.fields =
        ConflictStore::fieldsFromJson(QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object());
    record.createdAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    return record;
}

const QString kSelect = QStringLiteral(
    "SELECT id, entity, entity_id, state, revision, fields_json, created_at FROM sync_conflicts ");

} // namespace

ConflictStore::ConflictStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QVector<ConflictField> ConflictStore::fieldsFromJson(const QJsonObject &fieldsJson)
{
    QVector<ConflictField> fields;
    for (auto it = fieldsJson.begin(); it != fieldsJson.end(); ++it) {
        const QJsonObject values = it.value().toObject();
        fields.append({it.key(), values.value(QStringLiteral("base")), values.value(QStringLiteral("server")),
                       values.value(QStringLiteral("client"))});
    }
    return fields;
}

QVector<ConflictRecord> ConflictStore::unresolved() const
{
    QVector<ConflictRecord> records;
    QSqlQuery query(m_db);
    if (!query.exec(kSelect + QStringLiteral("WHERE state <> 'resolved' ORDER BY created_at, id")))
        return records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

std::optional<ConflictRecord> ConflictStore::find(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(kSelect + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readRecord(query);
}

int ConflictStore::openCount() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE state = 'open'")) &&
        query.next())
        return query.value(0).toInt();
    return 0;
}

bool ConflictStore::storeFromServer(QSqlDatabase db, const QString &id, const QJsonObject &data,
                                    qint64 revision, bool deleted, QString *error)
{
    QJsonObject fields = data.value(QStringLiteral("fields")).toObject();
    if (fields.isEmpty()) {
        const QJsonObject base = data.value(QStringLiteral("base")).toObject();
        const QJsonObject server = data.value(QStringLiteral("server")).toObject();
        const QJsonObject client = data.value(QStringLiteral("client")).toObject();
        QStringList names = client.keys() + server.keys();
        names.removeDuplicates();
        for (const QString &name : std::as_const(names))
            fields.insert(name, QJsonObject{{QStringLiteral("base"), base.value(name)},
                                            {QStringLiteral("server"), server.value(name)},
                                            {QStringLiteral("client"), client.value(name)}});
    }
    QString state = data.value(QStringLiteral("state")).toString(QStringLiteral("open"));
    if (deleted)
        state = QStringLiteral("resolved");
    if (state != QLatin1String("open") && state != QLatin1String("resolved"))
        state = QStringLiteral("open");
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery query(db);
    // While our own resolve is on its way, a pulled "open" does not reopen it.
    query.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (id, entity, entity_id, fields_json, state, revision, created_at, "
        "resolved_at) "
        "VALUES (:id, :e, :eid, :fields, :state, :rev, :at, :resolved_at) ON CONFLICT (id) DO UPDATE SET "
        "entity = excluded.entity, entity_id = excluded.entity_id, fields_json = excluded.fields_json, "
        "revision = excluded.revision, "
        "state = CASE WHEN sync_conflicts.state = 'resolving' AND excluded.state = 'open' THEN 'resolving' "
        "             ELSE excluded.state END, "
        "resolved_at = CASE WHEN excluded.state = 'resolved' THEN excluded.resolved_at ELSE "
        "sync_conflicts.resolved_at END"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":e"),
                    data.value(QStringLiteral("entity")).toString(QStringLiteral("listing")));
    query.bindValue(QStringLiteral(":eid"), data.value(QStringLiteral("entity_id")).toString());
    query.bindValue(QStringLiteral(":fields"), compact(fields));
    query.bindValue(QStringLiteral(":state"), state);
    query.bindValue(QStringLiteral(":rev"), revision);
    query.bindValue(QStringLiteral(":at"), data.value(QStringLiteral("created_at")).toString(at));
    query.bindValue(QStringLiteral(":resolved_at"),
                    state == QLatin1String("resolved") ? at : QStringLiteral(""));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool ConflictStore::resolve(const QString &id, const QJsonObject &chosen)
{
    const auto record = find(id);
    if (!record) {
        m_lastError = tr("This conflict no longer exists.");
        return false;
    }
    if (record->state != QLatin1String("open")) {
        m_lastError = tr("This conflict has already been resolved.");
        return false;
    }
    for (const ConflictField &field : record->fields) {
        if (!chosen.contains(field.field)) {
            m_lastError = tr("Choose a value for “%1” first.").arg(field.field);
            return false;
        }
    }
    for (auto it = chosen.begin(); it != chosen.end(); ++it) {
        const bool known = std::any_of(record->fields.begin(), record->fields.end(),
                                       [&](const ConflictField &f) { return f.field == it.key(); });
        if (!known) {
            m_lastError = tr("“%1” is not part of this conflict.").arg(it.key());
            return false;
        }
    }
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    OutboxEntry entry;
    entry.entity = QStringLiteral("conflict");
    entry.entityId = id;
    entry.op = QStringLiteral("resolve");
    entry.payload = QJsonObject{{QStringLiteral("fields"), chosen}};
    OutboxRepository outbox(m_db);
    if (!outbox.enqueue(entry)) {
        m_lastError = outbox.lastError();
        m_db.rollback();
        return false;
    }
    if (record->entity == QLatin1String("listing")) {
        // The chosen values show locally at once; the resolve mutation carries them to the server.
        auto fields = synclistings::loadSellerFields(m_db, record->entityId);
        if (fields) {
            for (auto it = chosen.begin(); it != chosen.end(); ++it)
                fields->insert(it.key(), it.value());
            QString error;
            if (!synclistings::store(m_db, record->entityId, *fields, nullptr, &error)) {
                m_lastError = error;
                m_db.rollback();
                return false;
            }
        }
    }
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE sync_conflicts SET state = 'resolving', resolution_json = :chosen "
                                "WHERE id = :id"));
    mark.bindValue(QStringLiteral(":chosen"), compact(chosen));
    mark.bindValue(QStringLiteral(":id"), id);
    if (!mark.exec() || !m_db.commit()) {
        m_lastError = mark.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace caravan::data
