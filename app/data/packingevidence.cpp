#include "data/packingevidence.h"

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
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    return e;
}

QVector<PackingEvidence> PackingEvidenceRepository::forListing(const QString &listingId) const
{
    QVector<PackingEvidence> out;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, order_id, listing_id, photos_json, weight_g, length_mm, width_mm,"
                       " height_mm, note, recorded_at, sha256 FROM packing_evidence"
                       " WHERE listing_id = :listing ORDER BY recorded_at"));
    query.bindValue(QStringLiteral(":listing"), listingId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return out;
    }
    while (query.next()) {
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
        out.append(e);
    }
    return out;
}

bool PackingEvidenceRepository::verify(const PackingEvidence &evidence)
{
    return evidence.computeHash() == evidence.sha256;
}

} // namespace caravan::data
