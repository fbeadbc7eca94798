// SyncJournal: applying pulled pages (docs/sync.md, "Pull").
#include "data/conflictstore.h"
#include "data/syncjournal.h"
#include "data/syncjournal_listings.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSyncJournal)

namespace caravan::data {

namespace {

const QString kDeleteMarker = QStringLiteral("\x01delete");

QString recordKey(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

struct SyncJournal::PageWriter
{
    explicit PageWriter(const QSqlDatabase &db)
        : existing(db)
        , record(db)
        , listings(db)
    {
        existing.setForwardOnly(true);
        existing.prepare(
            QStringLiteral("SELECT revision FROM sync_records WHERE entity = :e AND entity_id = :id"));
        record.prepare(QStringLiteral(
            "INSERT INTO sync_records (entity, entity_id, revision, deleted, data_json, pulled_at) "
            "VALUES (:e, :id, :rev, :deleted, :data, :at) ON CONFLICT (entity, entity_id) DO UPDATE SET "
            "revision = excluded.revision, deleted = excluded.deleted, data_json = excluded.data_json, "
            "pulled_at = excluded.pulled_at"));
    }
    QSqlQuery existing;
    QSqlQuery record;
    synclistings::ListingWriter listings;
    QString at = nowText();
};

QHash<QString, QSet<QString>> SyncJournal::pendingFieldsByRecord() const
{
    QHash<QString, QSet<QString>> pending;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A pending resolve counts for the record its conflict is about.
    if (!query.exec(QStringLiteral(
            "SELECT coalesce(c.entity, o.entity), coalesce(c.entity_id, o.entity_id), o.op, o.payload "
            "FROM outbox o LEFT JOIN sync_conflicts c ON o.entity = 'conflict' AND c.id = o.entity_id")))
        return pending;
    while (query.next()) {
        QSet<QString> &fields = pending[recordKey(query.value(0).toString(), query.value(1).toString())];
        if (query.value(2).toString() == QLatin1String("delete")) {
            fields.insert(kDeleteMarker);
            continue;
        }
        const QJsonObject payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        const QJsonObject changed = payload.contains(QStringLiteral("fields"))
                                        ? payload.value(QStringLiteral("fields")).toObject()
                                        : payload;
        for (auto it = changed.begin(); it != changed.end(); ++it)
            fields.insert(it.key());
    }
    return pending;
}

bool SyncJournal::applyPullPage(const QVector<PulledChange> &changes, qint64 cursor, int *appliedCount)
{
    clientId(); // the state row must exist before the cursor is stored
    if (!m_db.transaction())
        return fail(QStringLiteral("starting the pull transaction"), m_db.lastError().text());
    const auto pending = pendingFieldsByRecord();
    int applied = 0;
    PageWriter writer(m_db);
    for (const PulledChange &change : changes) {
        bool changed = false;
        if (!applyChange(change, pending, writer, &changed)) {
            m_db.rollback();
            return false;
        }
        if (changed)
            ++applied;
    }
    QSqlQuery store(m_db);
    store.prepare(QStringLiteral("UPDATE sync_state SET cursor = max(cursor, :cursor) WHERE id = 1"));
    store.bindValue(QStringLiteral(":cursor"), cursor);
    if (!store.exec()) {
        m_db.rollback();
        return fail(QStringLiteral("storing the cursor"), store.lastError().text());
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return fail(QStringLiteral("committing a pulled page"), m_db.lastError().text());
    }
    if (appliedCount)
        *appliedCount = applied;
    return true;
}

bool SyncJournal::applyChange(const PulledChange &change, const QHash<QString, QSet<QString>> &pendingFields,
                              PageWriter &writer, bool *changed)
{
    *changed = false;
    if (change.entity.isEmpty() || change.entityId.isEmpty())
        return true; // nothing we can place; the cursor still moves on
    QSqlQuery &existing = writer.existing;
    existing.bindValue(QStringLiteral(":e"), change.entity);
    existing.bindValue(QStringLiteral(":id"), change.entityId);
    if (!existing.exec())
        return fail(QStringLiteral("reading the journal"), existing.lastError().text());
    // An older revision than the one we hold is a replayed page: nothing to do. The same revision is
    // applied again (the data is the full record, so that is harmless) because our own push moved the
    // local revision before the server's full record (with its server-owned fields) arrived.
    const bool older = existing.next() && existing.value(0).toLongLong() > change.revision;
    existing.finish();
    if (older)
        return true;

    const bool deleted = change.op == QLatin1String("delete");
    QSqlQuery &record = writer.record;
    record.bindValue(QStringLiteral(":e"), change.entity);
    record.bindValue(QStringLiteral(":id"), change.entityId);
    record.bindValue(QStringLiteral(":rev"), change.revision);
    record.bindValue(QStringLiteral(":deleted"), deleted ? 1 : 0);
    record.bindValue(QStringLiteral(":data"), compact(change.data));
    record.bindValue(QStringLiteral(":at"), writer.at);
    if (!record.exec())
        return fail(QStringLiteral("writing the journal"), record.lastError().text());

    const auto it = pendingFields.constFind(recordKey(change.entity, change.entityId));
    const QSet<QString> *pending = it == pendingFields.constEnd() ? nullptr : &*it;
    const bool pendingDelete = pending && pending->contains(kDeleteMarker);
    bool ok = true;
    if (change.entity == QLatin1String("listing")) {
        ok = applyListing(change, pending, pendingDelete, writer);
    } else if (change.entity == QLatin1String("conflict")) {
        QString error;
        ok = ConflictStore::storeFromServer(m_db, change.entityId, change.data, change.revision, deleted,
                                            &error) ||
             fail(QStringLiteral("storing a conflict"), error);
    } else if (change.entity == QLatin1String("profile")) {
        ok = applyProfile(change);
    }
    *changed = ok;
    return ok;
}

bool SyncJournal::applyListing(const PulledChange &change, const QSet<QString> *pending, bool pendingDelete,
                               PageWriter &writer)
{
    if (pendingDelete)
        return true; // the local delete is still on its way; do not bring the record back
    if (change.op == QLatin1String("delete")) {
        if (pending && !pending->isEmpty()) {
            appendLog(SyncLogLevel::Warning, QStringLiteral("deleted_remotely"), change.entity,
                      change.entityId);
            return true; // local edits wait in the outbox; the seller's text is not thrown away
        }
        QString error;
        return synclistings::remove(m_db, change.entityId, &error) ||
               fail(QStringLiteral("deleting a listing"), error);
    }

    // The server's state becomes the baseline; fields with pending local edits keep the local value.
    QJsonObject serverFields;
    for (const QString &field : listingSellerFields()) {
        if (change.data.contains(field))
            serverFields.insert(field, change.data.value(field));
    }
    QJsonObject merged = serverFields;
    if (pending && !pending->isEmpty()) {
        const auto local = synclistings::loadSellerFields(m_db, change.entityId);
        for (const QString &field : *pending) {
            if (local && local->contains(field))
                merged.insert(field, local->value(field));
            else
                merged.remove(field);
        }
    }
    synclistings::ServerState state;
    state.revision = change.revision;
    state.baseline = serverFields;
    state.moderation = change.data.value(QStringLiteral("moderation")).toString();
    state.moderationReason = change.data.value(QStringLiteral("moderation_reason")).toString();
    // Our own push already put this state in place (the pull after a push): at most the moderation moves.
    QString error;
    if ((!pending || pending->isEmpty()) && writer.listings.holds(change.entityId, state, &error))
        return true;
    if (!writer.listings.store(change.entityId, merged, &state, &error)) {
        // A record the local table cannot hold must not block the feed: it stays in sync_records.
        qCWarning(lcSyncJournal) << "listing" << change.entityId << "not stored locally:" << error;
        appendLog(SyncLogLevel::Error, QStringLiteral("local_store_failed"), change.entity, change.entityId,
                  0, QString(), error);
    }
    return true;
}

bool SyncJournal::applyProfile(const PulledChange &change)
{
    if (change.op == QLatin1String("delete"))
        return true;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE account_profile SET display_name = coalesce(:name, display_name), "
                                  "country = coalesce(:country, country), updated_at = :at WHERE id = 1"));
    const QJsonValue name = change.data.value(QStringLiteral("display_name"));
    const QJsonValue country = change.data.value(QStringLiteral("country"));
    update.bindValue(QStringLiteral(":name"), name.isString() ? QVariant(name.toString()) : QVariant());
    update.bindValue(QStringLiteral(":country"),
                     country.isString() ? QVariant(country.toString()) : QVariant());
    update.bindValue(QStringLiteral(":at"), nowText());
    return update.exec() || fail(QStringLiteral("updating the profile"), update.lastError().text());
}

} // namespace caravan::data
