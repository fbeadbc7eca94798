#include "data/syncjournal.h"

#include "data/syncjournal_listings.h"
#include "data/syncwire.h"

#ifndef Q_MOC_RUN
#include "sync/codec.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSyncJournal, "caravan.data.syncjournal")

namespace caravan::data {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compactValue(const QJsonValue &value)
{
    if (value.isObject())
        return synclistings::compactJson(value.toObject());
    if (value.isArray())
        return synclistings::compactJson(value.toArray());
    return value.toVariant().toString();
}

// The wire op for the outbox's op column (the listing repository writes create/update/delete).
// Qt Sql binds a null QString as NULL; the journal's text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString wireOp(const QString &op)
{
    if (op == QLatin1String("create") || op == QLatin1String("update") || op == QLatin1String("upsert"))
        return QStringLiteral("upsert");
    return op;
}

} // namespace

caravan::sync::Mutation SyncMutation::toWire() const
{
    caravan::sync::Mutation m;
    m.id = id;
    m.entity = entity.toStdString();
    m.entityId = entityId.toStdString();
    m.op = op.toStdString();
    m.baseRevision = baseRevision;
    m.base = syncwire::toWire(base);
    m.fields = syncwire::toWire(fields);
    return m;
}

PushResult PushResult::fromWire(const caravan::sync::Result &r)
{
    PushResult result;
    result.id = r.id;
    result.status = QString::fromStdString(r.status);
    result.revision = r.revision.value_or(0);
    result.code = QString::fromStdString(r.code);
    result.message = QString::fromStdString(r.message);
    result.conflictId = QString::fromStdString(r.conflictId);
    if (r.issues)
        result.details = syncwire::fromWire(*r.issues);
    else if (r.field)
        result.details = QString::fromStdString(*r.field);
    return result;
}

PulledChange PulledChange::fromWire(const caravan::sync::Change &c)
{
    PulledChange change;
    change.seq = c.seq;
    change.entity = QString::fromStdString(c.entity);
    change.entityId = QString::fromStdString(c.entityId);
    change.op = QString::fromStdString(c.op);
    change.revision = c.revision;
    change.data = syncwire::fromWireObject(c.data);
    return change;
}

SyncJournal::SyncJournal(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool SyncJournal::fail(const QString &what, const QString &error)
{
    m_lastError = what + QStringLiteral(": ") + error;
    qCWarning(lcSyncJournal) << m_lastError;
    return false;
}

QString SyncJournal::clientId()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT client_id FROM sync_state WHERE id = 1")) && query.next())
        return query.value(0).toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO sync_state (id, client_id) VALUES (1, :id) "
                                  "ON CONFLICT (id) DO NOTHING"));
    insert.bindValue(QStringLiteral(":id"), id);
    if (!insert.exec()) {
        fail(QStringLiteral("creating the client id"), insert.lastError().text());
        return {};
    }
    QSqlQuery again(m_db);
    if (again.exec(QStringLiteral("SELECT client_id FROM sync_state WHERE id = 1")) && again.next())
        return again.value(0).toString();
    return id;
}

qint64 SyncJournal::cursor() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QDateTime SyncJournal::lastSyncAt() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT last_sync_at FROM sync_state WHERE id = 1")) && query.next())
        return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

bool SyncJournal::setLastSyncAt(const QDateTime &at)
{
    clientId();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_state SET last_sync_at = :at WHERE id = 1"));
    query.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    return query.exec() || fail(QStringLiteral("storing the sync time"), query.lastError().text());
}

QVector<SyncMutation> SyncJournal::pendingMutations(int limit, qint64 afterId) const
{
    QVector<SyncMutation> mutations;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT o.seq, o.entity, o.entity_id, o.op, o.payload, "
                                 " (SELECT r.revision FROM sync_records r"
                                 "   WHERE r.entity = o.entity AND r.entity_id = o.entity_id) "
                                 "FROM outbox o WHERE o.seq > :after ORDER BY o.seq LIMIT :limit"));
    query.bindValue(QStringLiteral(":after"), afterId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        qCWarning(lcSyncJournal) << "reading the outbox failed:" << query.lastError().text();
        return mutations;
    }
    while (query.next()) {
        SyncMutation m;
        m.id = query.value(0).toLongLong();
        m.entity = query.value(1).toString();
        m.entityId = query.value(2).toString();
        m.op = wireOp(query.value(3).toString());
        const QJsonObject payload = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        if (payload.contains(QStringLiteral("fields"))) {
            m.fields = payload.value(QStringLiteral("fields")).toObject();
            m.base = payload.value(QStringLiteral("base")).toObject();
        } else {
            // A payload without the wire shape is the record's fields themselves.
            m.fields = payload;
            m.fields.remove(QStringLiteral("base"));
            m.fields.remove(QStringLiteral("base_revision"));
            m.fields.remove(QStringLiteral("id"));
        }
        m.baseRevision = payload.contains(QStringLiteral("base_revision"))
                             ? payload.value(QStringLiteral("base_revision")).toInteger()
                             : query.value(5).toLongLong();
        mutations.append(m);
    }
    return mutations;
}

int SyncJournal::pendingCount() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QStringList SyncJournal::pendingPhotoHashes() const
{
    QStringList hashes;
    QSet<QString> seen;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Listings and packing evidence name photos the server must hold before their mutation arrives.
    if (!query.exec(
            QStringLiteral("SELECT payload FROM outbox WHERE entity IN ('listing', 'evidence') ORDER BY seq")))
        return hashes;
    while (query.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        const QJsonObject fields = payload.contains(QStringLiteral("fields"))
                                       ? payload.value(QStringLiteral("fields")).toObject()
                                       : payload;
        for (const QJsonValue &hash : fields.value(QStringLiteral("photos")).toArray()) {
            const QString text = hash.toString().toLower();
            if (!text.isEmpty() && !seen.contains(text)) {
                seen.insert(text);
                hashes.append(text);
            }
        }
    }
    return hashes;
}

QStringList SyncJournal::photosToFetch() const
{
    QStringList hashes;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT lp.sha256 FROM listing_photos lp "
                                   "WHERE NOT EXISTS (SELECT 1 FROM photos p WHERE p.sha256 = lp.sha256) "
                                   "GROUP BY lp.sha256 ORDER BY min(lp.position), lp.sha256"))) {
        qCWarning(lcSyncJournal) << "listing the photos to fetch failed:" << query.lastError().text();
        return hashes;
    }
    while (query.next())
        hashes.append(query.value(0).toString());
    return hashes;
}

bool SyncJournal::applyPushResults(const QVector<SyncMutation> &sent, const QVector<PushResult> &results)
{
    QHash<qint64, const SyncMutation *> byId;
    for (const SyncMutation &m : sent)
        byId.insert(m.id, &m);
    if (!m_db.transaction())
        return fail(QStringLiteral("starting the push transaction"), m_db.lastError().text());
    const QString at = nowText();
    // The answered mutations leave the outbox with one statement; what applied ones change is gathered
    // and written at the end with one statement per kind (a batch holds up to 500).
    QJsonArray answered;
    for (const PushResult &result : results) {
        if (const SyncMutation *m = byId.value(result.id))
            answered.append(m->id);
    }
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM outbox WHERE seq IN (SELECT value FROM json_each(?))"));
    remove.bindValue(0, synclistings::compactJson(answered));
    if (!remove.exec()) {
        m_db.rollback();
        return fail(QStringLiteral("removing pushed mutations"), remove.lastError().text());
    }
    QVector<synclistings::ListingWriter::Acknowledgement> acks;
    QHash<QString, QHash<QString, bool>> lastApplied; // entity -> id -> the record's last answer applied
    for (const PushResult &result : results) {
        const SyncMutation *m = byId.value(result.id);
        if (!m)
            continue; // an answer for something we did not send in this batch
        lastApplied[m->entity][m->entityId] = result.status == QLatin1String("applied");
        if (result.status == QLatin1String("applied")) {
            // The record now stands at the server's revision; the pushed fields join its baseline.
            if (m->entity == QLatin1String("listing") && m->op == QLatin1String("upsert"))
                acks.append({m->entityId, result.revision, m->fields});
        } else if (result.status == QLatin1String("rejected")) {
            QSqlQuery issue(m_db);
            issue.prepare(QStringLiteral(
                "INSERT INTO sync_issues (entity, entity_id, mutation_id, code, message, details_json, at) "
                "VALUES (:e, :id, :m, :code, :msg, :details, :at) ON CONFLICT (entity, entity_id) DO UPDATE "
                "SET mutation_id = excluded.mutation_id, code = excluded.code, message = excluded.message, "
                "details_json = excluded.details_json, at = excluded.at"));
            issue.bindValue(QStringLiteral(":e"), m->entity);
            issue.bindValue(QStringLiteral(":id"), m->entityId);
            issue.bindValue(QStringLiteral(":m"), m->id);
            issue.bindValue(QStringLiteral(":code"), text(result.code));
            issue.bindValue(QStringLiteral(":msg"), text(result.message));
            issue.bindValue(QStringLiteral(":details"), synclistings::compactJson(QJsonObject{
                                                            {QStringLiteral("details"), result.details}}));
            issue.bindValue(QStringLiteral(":at"), at);
            if (!issue.exec()) {
                m_db.rollback();
                return fail(QStringLiteral("marking a refused record"), issue.lastError().text());
            }
            appendLog(SyncLogLevel::Error, QStringLiteral("rejected"), m->entity, m->entityId, 0, result.code,
                      result.message.isEmpty() ? compactValue(result.details) : result.message);
        } else if (result.status == QLatin1String("conflict")) {
            // The full conflict (with the server's values) arrives by pull; until then keep what we sent.
            QJsonObject fields;
            for (auto it = m->fields.begin(); it != m->fields.end(); ++it)
                fields.insert(it.key(), QJsonObject{{QStringLiteral("base"), m->base.value(it.key())},
                                                    {QStringLiteral("client"), it.value()}});
            QSqlQuery conflict(m_db);
            conflict.prepare(QStringLiteral(
                "INSERT INTO sync_conflicts (id, entity, entity_id, fields_json, state, created_at) "
                "VALUES (:id, :e, :eid, :fields, 'open', :at) ON CONFLICT (id) DO NOTHING"));
            conflict.bindValue(QStringLiteral(":id"), result.conflictId);
            conflict.bindValue(QStringLiteral(":e"), m->entity);
            conflict.bindValue(QStringLiteral(":eid"), m->entityId);
            conflict.bindValue(QStringLiteral(":fields"), synclistings::compactJson(fields));
            conflict.bindValue(QStringLiteral(":at"), at);
            if (!result.conflictId.isEmpty() && !conflict.exec()) {
                m_db.rollback();
                return fail(QStringLiteral("recording a conflict"), conflict.lastError().text());
            }
            appendLog(SyncLogLevel::Warning, QStringLiteral("conflict"), m->entity, m->entityId, 0,
                      result.conflictId);
        } else {
            m_db.rollback();
            return fail(QStringLiteral("reading the push answer"),
                        QStringLiteral("unknown status %1").arg(result.status));
        }
    }
    // A record whose last answer in the batch is "applied" has no refusal any more.
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral(
        "DELETE FROM sync_issues WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?))"));
    for (auto entity = lastApplied.cbegin(); entity != lastApplied.cend(); ++entity) {
        QJsonArray ids;
        for (auto it = entity->cbegin(); it != entity->cend(); ++it) {
            if (it.value())
                ids.append(it.key());
        }
        if (ids.isEmpty())
            continue;
        clear.bindValue(0, entity.key());
        clear.bindValue(1, synclistings::compactJson(ids));
        if (!clear.exec()) {
            m_db.rollback();
            return fail(QStringLiteral("clearing refusals"), clear.lastError().text());
        }
    }
    QString error;
    if (!synclistings::ListingWriter(m_db).acknowledgePushes(acks, &error)) {
        m_db.rollback();
        return fail(QStringLiteral("moving listings' revisions"), error);
    }
    if (!m_db.commit())
        return fail(QStringLiteral("committing the push results"), m_db.lastError().text());
    return true;
}

bool SyncJournal::appendLog(SyncLogLevel level, const QString &kind, const QString &entity,
                            const QString &entityId, int count, const QString &code, const QString &detail)
{
    static const char *levels[] = {"info", "warning", "error"};
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO sync_log (at, level, kind, entity, entity_id, count, code, detail, "
                       "request_id) VALUES (:at, :level, :kind, :e, :id, :count, :code, :detail, :request)"));
    query.bindValue(QStringLiteral(":at"), nowText());
    query.bindValue(QStringLiteral(":level"), QLatin1String(levels[static_cast<int>(level)]));
    query.bindValue(QStringLiteral(":kind"), kind);
    query.bindValue(QStringLiteral(":e"), text(entity));
    query.bindValue(QStringLiteral(":id"), text(entityId));
    query.bindValue(QStringLiteral(":count"), count);
    query.bindValue(QStringLiteral(":code"), text(code));
    query.bindValue(QStringLiteral(":detail"), text(detail.left(2000)));
    query.bindValue(QStringLiteral(":request"), text(m_logRequestId));
    return query.exec() || fail(QStringLiteral("writing the sync log"), query.lastError().text());
}

QVector<SyncLogEntry> SyncJournal::logEntries(int limit) const
{
    QVector<SyncLogEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, level, kind, entity, entity_id, count, code, detail, "
                                 "request_id FROM sync_log ORDER BY id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(),
                        QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                        query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                        query.value(5).toString(), query.value(6).toInt(), query.value(7).toString(),
                        query.value(8).toString(), query.value(9).toString()});
    }
    return entries;
}

QJsonObject SyncJournal::serverRecord(const QString &entity, const QString &entityId, qint64 *revision) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT data_json, revision FROM sync_records WHERE entity = :e AND entity_id = :id"));
    query.bindValue(QStringLiteral(":e"), entity);
    query.bindValue(QStringLiteral(":id"), entityId);
    if (!query.exec() || !query.next())
        return {};
    if (revision)
        *revision = query.value(1).toLongLong();
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

QString SyncJournal::issueCode(const QString &entity, const QString &entityId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT code FROM sync_issues WHERE entity = :e AND entity_id = :id"));
    query.bindValue(QStringLiteral(":e"), entity);
    query.bindValue(QStringLiteral(":id"), entityId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace caravan::data
