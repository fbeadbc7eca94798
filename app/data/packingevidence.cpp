#include "data/packingevidence.h"

#include "data/outboxrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace caravan::data {

QByteArray PackingEvidence::canonicalJson() const
{
    // QJsonObject keeps its keys sorted, and the compact form has no optional whitespace.
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("order_id"), orderId},
                       {QStringLiteral("listing_id"), listingId},
                       {QStringLiteral("photos"), QJsonArray::fromStringList(photos)},
                       {QStringLiteral("weight_g"), weightG},
                       {QStringLiteral("dims_mm"), QJsonArray{lengthMm, widthMm, heightMm}},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("recorded_at"), recordedAt.toUTC().toString(Qt::ISODateWithMs)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString PackingEvidence::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

namespace {

// The columns every read of packing_evidence starts with.
constexpr QLatin1String kEvidenceColumns(
    "e.id, e.order_id, e.listing_id, e.photos_json, e.weight_g, e.length_mm, e.width_mm, e.height_mm, e.note,"
    " e.recorded_at, e.sha256");

// A record from a row that starts with kEvidenceColumns.
PackingEvidence evidenceAt(const QSqlQuery &query)
{
    PackingEvidence e;
        e.id = query.value(0).toString();
        e.orderId = query.value(1).toString();
        e.listingId = query.value(2).toString();
        for (const auto &v : QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array())
            e.photos << v.toString();
        e.weightG = query.value(4).toInt();
        e.lengthMm = query.value(5).toInt();
        e.widthMm = query.value(6).toInt();
        e.heightMm = query.value(7).toInt();
        e.note = query.value(8).toString();
        e.recordedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        e.sha256 = query.value(10).toString();
    return e;
}

} // namespace

PackingEvidenceRepository::PackingEvidenceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<PackingEvidence> PackingEvidenceRepository::record(PackingEvidence e)
{
    if (e.listingId.isEmpty() && e.orderId.isEmpty()) {
        m_lastError = tr("Packing evidence belongs to a listing or an order.");
        return std::nullopt;
    }
    if (e.photos.isEmpty()) {
        m_lastError = tr("Add at least one photo of the packed parcel.");
        return std::nullopt;
    }
    if (e.weightG <= 0 || e.lengthMm <= 0 || e.widthMm <= 0 || e.heightMm <= 0) {
        m_lastError = tr("Enter the measured weight and all three sides of the parcel.");
        return std::nullopt;
    }
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Millisecond precision, as stored, so the hash can be recomputed from the stored row.
    e.recordedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    e.sha256 = e.computeHash();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO packing_evidence (id, order_id, listing_id, photos_json, weight_g, length_mm, width_mm,"
        " height_mm, note, recorded_at, sha256) VALUES (:id, :order, :listing, :photos, :weight, :l, :w, :h,"
        " :note, :at, :sha)"));
    query.bindValue(QStringLiteral(":id"), e.id);
    query.bindValue(QStringLiteral(":order"), e.orderId.isNull() ? QStringLiteral("") : e.orderId);
    query.bindValue(QStringLiteral(":listing"), e.listingId.isNull() ? QStringLiteral("") : e.listingId);
    query.bindValue(QStringLiteral(":photos"),
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(e.photos)).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":weight"), e.weightG);
    query.bindValue(QStringLiteral(":l"), e.lengthMm);
    query.bindValue(QStringLiteral(":w"), e.widthMm);
    query.bindValue(QStringLiteral(":h"), e.heightMm);
    query.bindValue(QStringLiteral(":note"), e.note.isNull() ? QStringLiteral("") : e.note);
    query.bindValue(QStringLiteral(":at"), e.recordedAt.toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":sha"), e.sha256);
    // For an order the record and its sync mutation are written together, or neither.
    const bool forOrder = !e.orderId.isEmpty();
    if (forOrder && !m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return std::nullopt;
    }
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        if (forOrder)
            m_db.rollback();
        return std::nullopt;
    }
    if (forOrder) {
        OutboxRepository outbox(m_db);
        OutboxEntry entry;
        entry.entity = QStringLiteral("evidence");
        entry.entityId = e.id;
        entry.op = QStringLiteral("upsert");
        entry.payload = mutationPayload(e);
        if (!outbox.enqueue(entry) || !m_db.commit()) {
            m_lastError = tr("Queueing the evidence for upload failed: %1").arg(outbox.lastError());
            m_db.rollback();
            return std::nullopt;
        }
    }
    return e;
}

QJsonObject PackingEvidenceRepository::mutationPayload(const PackingEvidence &e)
{
    const QJsonObject fields{{QStringLiteral("order_id"), e.orderId},
                             {QStringLiteral("photos"), QJsonArray::fromStringList(e.photos)},
                             {QStringLiteral("weight_g"), e.weightG},
                             {QStringLiteral("dims_mm"), QJsonArray{e.lengthMm, e.widthMm, e.heightMm}},
                             {QStringLiteral("note"), e.note},
                             {QStringLiteral("recorded_at"), e.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("sha256"), e.sha256}};
    return {{QStringLiteral("entity"), QStringLiteral("evidence")},
            {QStringLiteral("entity_id"), e.id},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("base_revision"), 0},
            {QStringLiteral("base"), QJsonObject()},
            {QStringLiteral("fields"), fields}};
}

QVector<PackingEvidenceRepository::OrderEvidence> PackingEvidenceRepository::forOrder(const QString &orderId) const
{
    QVector<OrderEvidence> out;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kEvidenceColumns + QStringLiteral(","
        " (SELECT data_json FROM sync_records r WHERE r.entity = 'evidence' AND r.entity_id = e.id AND r.deleted = 0),"
        " (SELECT count(*) FROM outbox o WHERE o.entity = 'evidence' AND o.entity_id = e.id),"
        " (SELECT message FROM sync_issues i WHERE i.entity = 'evidence' AND i.entity_id = e.id)"
        " FROM packing_evidence e WHERE e.order_id = :order ORDER BY e.recorded_at"));
    query.bindValue(QStringLiteral(":order"), orderId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return out;
    }
    while (query.next()) {
        OrderEvidence item;
        item.evidence = evidenceAt(query);
        const QJsonObject sealed = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
        if (!sealed.value(QStringLiteral("seal_sha256")).toString().isEmpty()) {
            item.state = SealState::Sealed;
            item.receivedAt =
                QDateTime::fromString(sealed.value(QStringLiteral("received_at")).toString(), Qt::ISODate);
            item.sealSha256 = sealed.value(QStringLiteral("seal_sha256")).toString();
        } else if (query.value(12).toInt() > 0) {
            item.state = SealState::Waiting;
        } else if (!query.value(13).isNull()) {
            item.state = SealState::Refused;
            item.refusal = query.value(13).toString();
        }
        out.append(item);
    }
    return out;
}

QVector<PackingEvidence> PackingEvidenceRepository::forListing(const QString &listingId) const
{
    QVector<PackingEvidence> out;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kEvidenceColumns +
                  QStringLiteral(" FROM packing_evidence e WHERE e.listing_id = :listing ORDER BY e.recorded_at"));
    query.bindValue(QStringLiteral(":listing"), listingId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return out;
    }
    while (query.next()) {
        out.append(evidenceAt(query));
    }
    return out;
}

bool PackingEvidenceRepository::verify(const PackingEvidence &evidence)
{
    return evidence.computeHash() == evidence.sha256;
}

} // namespace caravan::data
