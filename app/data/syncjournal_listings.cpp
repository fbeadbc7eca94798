#include "data/syncjournal_listings.h"

#include "data/listingrecord.h"
#include "data/syncjournal.h"

#ifndef Q_MOC_RUN
#include "listing/listing_json.h"
#endif

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace caravan::data::synclistings {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

namespace {

nlohmann::json toNlohmann(const QJsonObject &object)
{
    return nlohmann::json::parse(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString(), nullptr,
                                 false);
}

QJsonObject toQt(const nlohmann::json &json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json.dump())).object();
}

} // namespace

std::optional<QJsonObject> loadSellerFields(QSqlDatabase db, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + listingrecord::selectColumns() +
                  QStringLiteral(" FROM listings WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    listing::Listing l = listingrecord::fromQuery(query);
    QSqlQuery photos(db);
    photos.prepare(
        QStringLiteral("SELECT sha256 FROM listing_photos WHERE listing_id = :id ORDER BY position"));
    photos.bindValue(QStringLiteral(":id"), id);
    if (photos.exec())
        while (photos.next())
            l.photos.push_back(photos.value(0).toString().toStdString());
    return toQt(listing::sellerOwnedJson(l));
}

bool store(QSqlDatabase db, const QString &id, const QJsonObject &sellerFields, const ServerState *server,
           QString *error)
{
    return ListingWriter(std::move(db)).store(id, sellerFields, server, error);
}

namespace {

enum Slot {
    Exists,
    Insert,
    Update,
    InsertServer,
    UpdateServer,
    Photos,
    ClearPhotos,
    InsertPhoto,
    Moderation,
    ReadBaselines,
    AcknowledgeMany,
    ReadStates,
    SlotCount
};

QString writeSql(bool present, bool server)
{
    const QStringList names = listingrecord::columnNames();
    QStringList extra{QStringLiteral("cover"), QStringLiteral("photo_count"), QStringLiteral("updated_at")};
    if (server)
        extra << QStringLiteral("revision") << QStringLiteral("baseline_json") << QStringLiteral("moderation")
              << QStringLiteral("moderation_reason");
    if (present) {
        QStringList sets;
        for (const QString &name : names + extra)
            sets << name + QStringLiteral(" = :") + name;
        return QStringLiteral("UPDATE listings SET ") + sets.join(QStringLiteral(", ")) +
               QStringLiteral(" WHERE id = :id");
    }
    const QStringList all = names + extra + QStringList{QStringLiteral("created_at")};
    return QStringLiteral("INSERT INTO listings (id, ") + all.join(QStringLiteral(", ")) +
           QStringLiteral(") VALUES (:id, :") + all.join(QStringLiteral(", :")) + QStringLiteral(")");
}

} // namespace

ListingWriter::ListingWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_queries.resize(SlotCount);
}

ListingWriter::~ListingWriter() = default;

QSqlQuery &ListingWriter::prepared(int slot, const QString &sql)
{
    auto &query = m_queries[static_cast<std::size_t>(slot)];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

bool ListingWriter::holds(const QString &id, const ServerState &server, QString *error)
{
    QHash<QString, StoredState> states;
    if (!readStates({id}, &states, error))
        return false;
    const auto stored = states.constFind(id);
    return stored != states.cend() && holds(id, *stored, server, error);
}

bool ListingWriter::readStates(const QStringList &ids, QHash<QString, StoredState> *states, QString *error)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery &query = prepared(
        ReadStates,
        QStringLiteral(
            "SELECT l.id, l.revision, l.baseline_json, l.moderation, l.moderation_reason, "
            " EXISTS (SELECT 1 FROM sync_issues i WHERE i.entity = 'listing' AND i.entity_id = l.id) "
            " OR EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.entity = 'listing' "
            "            AND c.entity_id = l.id AND c.state <> 'resolved') "
            "FROM listings l WHERE l.id IN (SELECT value FROM json_each(?))"));
    query.bindValue(0, compactJson(QJsonArray::fromStringList(ids)));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        StoredState &state = (*states)[query.value(0).toString()];
        state.revision = query.value(1).toLongLong();
        state.baselineJson = query.value(2).toString();
        state.moderation = query.value(3).toString();
        state.moderationReason = query.value(4).toString();
        state.flagged = query.value(5).toInt() != 0;
    }
    query.finish();
    return true;
}

bool ListingWriter::holds(const QString &id, const StoredState &stored, const ServerState &server,
                          QString *error)
{
    const bool same = stored.revision == server.revision && !stored.flagged &&
                      QJsonDocument::fromJson(stored.baselineJson.toUtf8()).object() == server.baseline;
    if (!same)
        return false;
    const QString moderation = server.moderation.isNull() ? QStringLiteral("") : server.moderation;
    const QString reason = server.moderationReason.isNull() ? QStringLiteral("") : server.moderationReason;
    if (stored.moderation == moderation && stored.moderationReason == reason)
        return true;
    QSqlQuery &update = prepared(
        Moderation,
        QStringLiteral("UPDATE listings SET moderation = :m, moderation_reason = :r WHERE id = :id"));
    update.bindValue(QStringLiteral(":m"), moderation);
    update.bindValue(QStringLiteral(":r"), reason);
    update.bindValue(QStringLiteral(":id"), id);
    if (!update.exec()) {
        *error = update.lastError().text();
        return false;
    }
    return true;
}

bool ListingWriter::store(const QString &id, const QJsonObject &sellerFields, const ServerState *server,
                          QString *error)
{
    nlohmann::json json = toNlohmann(sellerFields);
    if (!json.is_object())
        json = nlohmann::json::object();
    json["id"] = id.toStdString();
    listing::JsonDecodeResult decoded = listing::fromJson(json);
    // Fields with the wrong type are reported by the decoder and left empty; the full server record is in
    // sync_records regardless, so nothing is lost.
    const listing::Listing &l = decoded.listing;

    QSqlQuery &exists = prepared(Exists, QStringLiteral("SELECT 1 FROM listings WHERE id = :id"));
    exists.bindValue(QStringLiteral(":id"), id);
    if (!exists.exec()) {
        *error = exists.lastError().text();
        return false;
    }
    const bool present = exists.next();
    exists.finish();

    const int slot = present ? (server ? UpdateServer : Update) : (server ? InsertServer : Insert);
    auto &cached = m_queries[static_cast<std::size_t>(slot)];
    QSqlQuery &write = cached ? *cached : prepared(slot, writeSql(present, server != nullptr));
    listingrecord::bind(write, l);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    write.bindValue(QStringLiteral(":id"), id);
    write.bindValue(QStringLiteral(":cover"),
                    l.photos.empty() ? QStringLiteral("") : QString::fromStdString(l.photos.front()));
    write.bindValue(QStringLiteral(":photo_count"), int(l.photos.size()));
    write.bindValue(QStringLiteral(":updated_at"), now);
    if (!present)
        write.bindValue(QStringLiteral(":created_at"), now);
    if (server) {
        write.bindValue(QStringLiteral(":revision"), server->revision);
        write.bindValue(QStringLiteral(":baseline_json"), compactJson(server->baseline));
        write.bindValue(QStringLiteral(":moderation"),
                        server->moderation.isNull() ? QStringLiteral("") : server->moderation);
        write.bindValue(QStringLiteral(":moderation_reason"),
                        server->moderationReason.isNull() ? QStringLiteral("") : server->moderationReason);
    }
    if (!write.exec()) {
        *error = write.lastError().text();
        return false;
    }
    write.finish();

    std::vector<std::string> stored;
    QSqlQuery &current = prepared(
        Photos, QStringLiteral("SELECT sha256 FROM listing_photos WHERE listing_id = :id ORDER BY position"));
    current.bindValue(QStringLiteral(":id"), id);
    if (current.exec())
        while (current.next())
            stored.push_back(current.value(0).toString().toStdString());
    current.finish();
    if (stored == l.photos)
        return true;
    QSqlQuery &clear =
        prepared(ClearPhotos, QStringLiteral("DELETE FROM listing_photos WHERE listing_id = :id"));
    clear.bindValue(QStringLiteral(":id"), id);
    if (!clear.exec()) {
        *error = clear.lastError().text();
        return false;
    }
    QSqlQuery &insert = prepared(
        InsertPhoto,
        QStringLiteral("INSERT INTO listing_photos (listing_id, position, sha256) VALUES (:id, :p, :sha)"));
    for (std::size_t i = 0; i < l.photos.size(); ++i) {
        insert.bindValue(QStringLiteral(":id"), id);
        insert.bindValue(QStringLiteral(":p"), int(i));
        insert.bindValue(QStringLiteral(":sha"), QString::fromStdString(l.photos[i]));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool remove(QSqlDatabase db, const QString &id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM listings WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool ListingWriter::acknowledgePushes(const QVector<Acknowledgement> &acks, QString *error)
{
    if (acks.isEmpty())
        return true;
    QStringList ids;
    for (const Acknowledgement &ack : acks)
        ids.append(ack.id);
    QSqlQuery &read =
        prepared(ReadBaselines,
                 QStringLiteral(
                     "SELECT id, baseline_json FROM listings WHERE id IN (SELECT value FROM json_each(?))"));
    read.bindValue(0, compactJson(QJsonArray::fromStringList(ids)));
    if (!read.exec()) {
        *error = read.lastError().text();
        return false;
    }
    struct Moved
    {
        qint64 revision = 0;
        QJsonObject baseline;
    };
    QHash<QString, Moved> moved;
    while (read.next())
        moved.insert(read.value(0).toString(),
                     {0, QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object()});
    read.finish();
    // In push order: a listing pushed twice in the batch ends with both sets of fields and the later
    // revision.
    for (const Acknowledgement &ack : acks) {
        const auto it = moved.find(ack.id);
        if (it == moved.end())
            continue; // deleted locally meanwhile
        for (auto field = ack.fields.begin(); field != ack.fields.end(); ++field)
            it->baseline.insert(field.key(), field.value());
        it->revision = qMax(it->revision, ack.revision);
    }
    QJsonArray rows;
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        rows.append(QJsonArray{it.key(), it->revision, it->baseline});
    QSqlQuery &update = prepared(
        AcknowledgeMany,
        QStringLiteral("UPDATE listings SET revision = max(listings.revision, j.rev), baseline_json = j.b "
                       "FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS rev, "
                       "      json_extract(value, '$[2]') AS b FROM json_each(?)) AS j "
                       "WHERE listings.id = j.id"));
    update.bindValue(0, compactJson(rows));
    if (!update.exec()) {
        *error = update.lastError().text();
        return false;
    }
    return true;
}

} // namespace caravan::data::synclistings
