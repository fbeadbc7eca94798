// SyncJournal: applying pulled pages (docs/sync.md, "Pull").
#include "data/conflictstore.h"
#include "data/syncjournal.h"
#include "data/syncjournal_listings.h"

#ifndef Q_MOC_RUN
#include "sync/entity.h"
#endif

#include <QJsonArray>
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

// The listing's seller-owned fields, as sync declares them (shared/sync/entity.h).
const QStringList &listingSellerFields()
{
    static const QStringList fields = [] {
        QStringList names;
        for (const std::string &field : caravan::sync::listing().sellerOwned)
            names.append(QString::fromStdString(field));
        return names;
    }();
    return fields;
}

} // namespace

// What applying one page needs, read up front with a few statements instead of two per change: the
// journal's revision of every record the page names and the stored state of its listings. The journal rows
// of the page are written together at the end (nothing reads them while the page is applied).
struct SyncJournal::PageWriter
{
    explicit PageWriter(const QSqlDatabase &database)
        : db(database)
        , listings(database)
    {}

    bool read(const QVector<PulledChange> &changes, QString *error)
    {
        QHash<QString, QStringList> idsByEntity;
        for (const PulledChange &change : changes) {
            if (!change.entity.isEmpty() && !change.entityId.isEmpty())
                idsByEntity[change.entity].append(change.entityId);
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT entity_id, revision FROM sync_records WHERE entity = ? "
                                     "AND entity_id IN (SELECT value FROM json_each(?))"));
        for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
            query.bindValue(0, it.key());
            query.bindValue(1, synclistings::compactJson(QJsonArray::fromStringList(it.value())));
            if (!query.exec()) {
                *error = query.lastError().text();
                return false;
            }
            while (query.next())
                revisions.insert(recordKey(it.key(), query.value(0).toString()), query.value(1).toLongLong());
        }
        return listings.readStates(idsByEntity.value(QStringLiteral("listing")), &states, error);
    }

    void record(const PulledChange &change, bool deleted)
    {
        revisions.insert(recordKey(change.entity, change.entityId), change.revision);
        rows.append(QJsonArray{change.entity, change.entityId, change.revision, deleted ? 1 : 0,
                               deleted ? QJsonObject() : change.data});
    }

    bool writeRecords(QString *error)
    {
        if (rows.isEmpty())
            return true;
        // In page order, so a record changed twice in the page ends at its later state.
        QSqlQuery write(db);
        write.prepare(QStringLiteral(
            "INSERT INTO sync_records (entity, entity_id, revision, deleted, data_json, pulled_at) "
            "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), "
            " json_extract(value, '$[3]'), json_extract(value, '$[4]'), ? FROM json_each(?) WHERE true "
            "ON CONFLICT (entity, entity_id) DO UPDATE SET revision = excluded.revision, "
            "deleted = excluded.deleted, data_json = excluded.data_json, pulled_at = excluded.pulled_at"));
        write.bindValue(0, at);
        write.bindValue(1, synclistings::compactJson(rows));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
        return true;
    }

    QSqlDatabase db;
    synclistings::ListingWriter listings;
    QHash<QString, qint64> revisions;                                // entity/id -> journal revision
    QHash<QString, synclistings::ListingWriter::StoredState> states; // listing id -> stored state
    QSet<QString> written;                                           // listings this page wrote
    QJsonArray rows;                                                 // journal rows to write
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
    QString error;
    if (!writer.read(changes, &error)) {
        m_db.rollback();
        return fail(QStringLiteral("reading the journal"), error);
    }
    for (const PulledChange &change : changes) {
        bool changed = false;
        if (!applyChange(change, pending, writer, &changed)) {
            m_db.rollback();
            return false;
        }
        if (changed)
            ++applied;
    }
    if (!writer.writeRecords(&error)) {
        m_db.rollback();
        return fail(QStringLiteral("writing the journal"), error);
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
    // An older revision than the one we hold is a replayed page: nothing to do. The same revision is
    // applied again (the data is the full record, so that is harmless) because our own push moved the
    // local revision before the server's full record (with its server-owned fields) arrived.
    const auto held = writer.revisions.constFind(recordKey(change.entity, change.entityId));
    if (held != writer.revisions.constEnd() && *held > change.revision)
        return true;

    const bool deleted = change.op == QLatin1String("delete");
    writer.record(change, deleted);

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
    } else if (change.entity == QLatin1String("order")) {
        // The journal row written above is the order's only local copy: OrderRepository reads it there
        // and lays a shipment still waiting in the outbox over it, so nothing more is stored here.
        ok = true;
    } else if (change.entity == QLatin1String("message")) {
        // Likewise: MessageRepository groups the journal's message rows into threads.
        ok = true;
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
        writer.states.remove(change.entityId);
        writer.written.insert(change.entityId);
        return synclistings::remove(m_db, change.entityId, &error) ||
               fail(QStringLiteral("deleting a listing"), error);
    }

    // The server's state becomes the baseline; fields with pending local edits keep the local value.
    QJsonObject serverFields;
    for (const QString &field : listingSellerFields()) {
        if (const auto value = change.data.constFind(field); value != change.data.constEnd())
            serverFields.insert(field, *value);
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
    if (!pending || pending->isEmpty()) {
        // The state read with the page, unless this page already wrote the listing.
        // A listing absent then and not written since is not in the table: nothing to compare.
        const auto stored = writer.states.constFind(change.entityId);
        bool holds = false;
        if (stored != writer.states.constEnd())
            holds = writer.listings.holds(change.entityId, *stored, state, &error);
        else if (writer.written.contains(change.entityId))
            holds = writer.listings.holds(change.entityId, state, &error);
        writer.states.remove(change.entityId);
        writer.written.insert(change.entityId);
        if (holds)
            return true;
    }
    writer.states.remove(change.entityId);
    writer.written.insert(change.entityId);
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
