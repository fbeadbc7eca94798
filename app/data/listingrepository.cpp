#include "data/listingrepository.h"

#include "data/listingrecord.h"
#include "data/outboxrepository.h"
#include "listing/listing_json.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcListingRepo, "caravan.data.listings")

namespace caravan::data {

using listingrecord::toQString;
using listingrecord::toStd;

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject toQt(const nlohmann::json &json)
{
    const std::string text = json.dump();
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

// The seller-owned fields that differ between two encodings, as (fields, base) objects. A field that
// was cleared is sent as null.
void diff(const nlohmann::json &before, const nlohmann::json &after, nlohmann::json &fields,
          nlohmann::json &base)
{
    fields = nlohmann::json::object();
    base = nlohmann::json::object();
    for (const auto &[key, value] : after.items()) {
        const auto old = before.find(key);
        if (old == before.end() || *old != value) {
            fields[key] = value;
            base[key] = old == before.end() ? nlohmann::json() : *old;
        }
    }
    for (const auto &[key, value] : before.items()) {
        if (!after.contains(key)) {
            fields[key] = nullptr;
            base[key] = value;
        }
    }
}

} // namespace

ListingRepository::ListingRepository(QSqlDatabase db, const listing::ValidationContext &ctx)
    : m_db(std::move(db))
    , m_ctx(ctx)
{}

std::string ListingRepository::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::optional<listing::Listing> ListingRepository::load(const QString &id) const
{
    auto listings = loadMany({id});
    if (listings.empty())
        return std::nullopt;
    return std::move(listings.front());
}

std::vector<listing::Listing> ListingRepository::loadMany(const QStringList &ids) const
{
    std::vector<listing::Listing> out;
    out.reserve(std::size_t(ids.size()));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + listingrecord::selectColumns() +
                  QStringLiteral(" FROM listings WHERE id = :id"));
    QSqlQuery photos(m_db);
    photos.prepare(
        QStringLiteral("SELECT sha256 FROM listing_photos WHERE listing_id = :id ORDER BY position"));
    for (const QString &id : ids) {
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec() || !query.next())
            continue;
        listing::Listing l = listingrecord::fromQuery(query);
        query.finish();
        photos.bindValue(QStringLiteral(":id"), id);
        if (photos.exec()) {
            while (photos.next())
                l.photos.push_back(toStd(photos.value(0).toString()));
        }
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<listing::Listing> ListingRepository::loadAll() const
{
    std::vector<listing::Listing> out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + listingrecord::selectColumns() +
                    QStringLiteral(" FROM listings ORDER BY seq")))
        return out;
    std::map<std::string, std::size_t> index;
    while (query.next()) {
        out.push_back(listingrecord::fromQuery(query));
        index[out.back().id] = out.size() - 1;
    }
    QSqlQuery photos(m_db);
    photos.setForwardOnly(true);
    if (photos.exec(
            QStringLiteral("SELECT listing_id, sha256 FROM listing_photos ORDER BY listing_id, position"))) {
        while (photos.next()) {
            const auto it = index.find(toStd(photos.value(0).toString()));
            if (it != index.end())
                out[it->second].photos.push_back(toStd(photos.value(1).toString()));
        }
    }
    return out;
}

int ListingRepository::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM listings")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

std::optional<ListingMeta> ListingRepository::meta(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT revision, moderation, moderation_reason, created_at, updated_at "
                                 "FROM listings WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ListingMeta{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()};
}

ListingSaveResult ListingRepository::save(const listing::Listing &listing)
{
    return saveAll({listing});
}

ListingSaveResult ListingRepository::saveAll(const std::vector<listing::Listing> &listings)
{
    ListingSaveResult result;
    for (const auto &l : listings) {
        auto issues = listing::validateForStatus(l, m_ctx);
        if (!issues.empty()) {
            result.issues = std::move(issues);
            result.error = tr("The listing “%1” was not saved: %n problem(s) to fix.", nullptr,
                              int(result.issues.size()))
                               .arg(toQString(l.title.empty() ? l.id : l.title));
            return result;
        }
    }
    if (!m_db.transaction()) {
        result.error =
            tr("Cannot start a transaction on the local database: %1").arg(m_db.lastError().text());
        return result;
    }
    for (const auto &l : listings) {
        if (!write(l, result)) {
            m_db.rollback();
            result.changed = false;
            return result;
        }
    }
    if (!m_db.commit()) {
        result.error = tr("Saving failed: %1").arg(m_db.lastError().text());
        m_db.rollback();
        result.changed = false;
        return result;
    }
    result.ok = true;
    return result;
}

bool ListingRepository::write(const listing::Listing &l, ListingSaveResult &result)
{
    const QString id = toQString(l.id);
    const auto previous = load(id);
    const auto previousMeta = meta(id);
    const nlohmann::json after = listing::sellerOwnedJson(l);
    const nlohmann::json before = previous ? listing::sellerOwnedJson(*previous) : nlohmann::json::object();
    nlohmann::json fields;
    nlohmann::json base;
    diff(before, after, fields, base);
    if (previous && fields.empty())
        return true; // nothing changed: no write, no mutation

    const QString now = nowIso();
    QSqlQuery query(m_db);
    const QStringList names = listingrecord::columnNames();
    if (previous) {
        QStringList sets;
        for (const QString &name : names)
            sets << name + QStringLiteral(" = :") + name;
        query.prepare(QStringLiteral("UPDATE listings SET ") + sets.join(QStringLiteral(", ")) +
                      QStringLiteral(", cover = :cover, photo_count = :photo_count, updated_at = :now "
                                     "WHERE id = :id"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO listings (id, ") + names.join(QStringLiteral(", ")) +
                      QStringLiteral(", cover, photo_count, created_at, updated_at) VALUES (:id, :") +
                      names.join(QStringLiteral(", :")) +
                      QStringLiteral(", :cover, :photo_count, :now, :now)"));
    }
    listingrecord::bind(query, l);
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":cover"),
                    l.photos.empty() ? QStringLiteral("") : toQString(l.photos.front()));
    query.bindValue(QStringLiteral(":photo_count"), int(l.photos.size()));
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        result.error = tr("Saving the listing failed: %1").arg(m_lastError);
        qCWarning(lcListingRepo) << "writing listing" << id << "failed:" << m_lastError;
        return false;
    }
    if ((!previous || previous->photos != l.photos) && !writePhotos(l)) {
        result.error = tr("Saving the listing's photos failed: %1").arg(m_lastError);
        return false;
    }

    nlohmann::json payload = {{"entity", "listing"},
                              {"entity_id", l.id},
                              {"op", "upsert"},
                              {"base_revision", previousMeta ? previousMeta->revision : 0},
                              {"fields", fields}};
    if (previous)
        payload["base"] = base;
    OutboxRepository outbox(m_db);
    OutboxEntry entry;
    entry.entity = QStringLiteral("listing");
    entry.entityId = id;
    entry.op = QStringLiteral("upsert");
    entry.payload = toQt(payload);
    if (!outbox.enqueue(entry)) {
        m_lastError = outbox.lastError();
        result.error = tr("Queueing the change for sync failed: %1").arg(m_lastError);
        return false;
    }
    result.changed = true;
    return true;
}

bool ListingRepository::writePhotos(const listing::Listing &l)
{
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM listing_photos WHERE listing_id = :id"));
    clear.bindValue(QStringLiteral(":id"), toQString(l.id));
    if (!clear.exec()) {
        m_lastError = clear.lastError().text();
        return false;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO listing_photos (listing_id, position, sha256) "
                                  "VALUES (:id, :position, :sha)"));
    for (std::size_t i = 0; i < l.photos.size(); ++i) {
        insert.bindValue(QStringLiteral(":id"), toQString(l.id));
        insert.bindValue(QStringLiteral(":position"), int(i));
        insert.bindValue(QStringLiteral(":sha"), toQString(l.photos[i]));
        if (!insert.exec()) {
            m_lastError = insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool ListingRepository::remove(const QString &id)
{
    const auto previousMeta = meta(id);
    if (!previousMeta) {
        m_lastError = tr("There is no listing %1.").arg(id);
        return false;
    }
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM listings WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    OutboxRepository outbox(m_db);
    OutboxEntry entry;
    entry.entity = QStringLiteral("listing");
    entry.entityId = id;
    entry.op = QStringLiteral("delete");
    entry.payload = QJsonObject{{QStringLiteral("entity"), QStringLiteral("listing")},
                                {QStringLiteral("entity_id"), id},
                                {QStringLiteral("op"), QStringLiteral("delete")},
                                {QStringLiteral("base_revision"), previousMeta->revision}};
    if (!query.exec() || !outbox.enqueue(entry) || !m_db.commit()) {
        m_lastError = query.lastError().isValid() ? query.lastError().text() : outbox.lastError();
        m_db.rollback();
        return false;
    }
    return true;
}

std::optional<listing::Listing> ListingRepository::duplicate(const QString &id)
{
    auto original = load(id);
    if (!original) {
        m_lastError = tr("There is no listing %1.").arg(id);
        return std::nullopt;
    }
    listing::Listing copy = *original;
    copy.id = newId();
    copy.status = listing::Status::Draft;
    copy.scheduledStart.reset();
    const auto saved = save(copy);
    if (!saved.ok) {
        m_lastError = saved.error;
        return std::nullopt;
    }
    return copy;
}

} // namespace caravan::data
