#include "data/templaterepository.h"

#include "listing/listing_json.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace caravan::data {

void applyTemplate(const ListingTemplate &tmpl, listing::Listing &target)
{
    const listing::Listing &s = tmpl.source;
    if (tmpl.parts & ListingTemplate::Shipping) {
        target.shipsFrom = s.shipsFrom;
        target.destinations = s.destinations;
        target.postageServices = s.postageServices;
        target.handlingDays = s.handlingDays;
        target.weightG = s.weightG;
        target.packedMm = s.packedMm;
    }
    if ((tmpl.parts & ListingTemplate::Description) && !s.description.empty()) {
        if (target.description.find(s.description) == std::string::npos)
            target.description =
                target.description.empty() ? s.description : target.description + "\n\n" + s.description;
    }
    if (tmpl.parts & ListingTemplate::Defaults) {
        target.category = s.category;
        target.condition = s.condition;
        target.brand = s.brand;
        target.currency = s.currency;
        target.priceMinor = s.priceMinor;
        target.quantity = s.quantity;
        target.acceptsOffers = s.acceptsOffers;
        target.originCountry = s.originCountry;
        target.hsCode = s.hsCode;
        target.specifics = s.specifics;
    }
}

TemplateRepository::TemplateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<qint64> TemplateRepository::save(const ListingTemplate &tmpl)
{
    const QString name = tmpl.name.trimmed();
    if (name.isEmpty()) {
        m_lastError = tr("A template needs a name.");
        return std::nullopt;
    }
    listing::Listing source = tmpl.source;
    source.id.clear();
    source.photos.clear();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO templates (name, parts, listing_json, created_at, updated_at) "
        "VALUES (:name, :parts, :json, :now, :now) "
        "ON CONFLICT (name) DO UPDATE SET parts = excluded.parts, listing_json = excluded.listing_json, "
        "updated_at = excluded.updated_at"));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":parts"), QString::number(tmpl.parts));
    query.bindValue(QStringLiteral(":json"), QString::fromStdString(listing::toJson(source).dump()));
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    const auto found = find(name);
    return found ? std::optional<qint64>(found->id) : std::nullopt;
}

QVector<ListingTemplate> TemplateRepository::all() const
{
    QVector<ListingTemplate> out;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, name, parts, listing_json FROM templates ORDER BY name"))) {
        m_lastError = query.lastError().text();
        return out;
    }
    while (query.next()) {
        ListingTemplate t;
        t.id = query.value(0).toLongLong();
        t.name = query.value(1).toString();
        t.parts = query.value(2).toString().toInt();
        const auto decoded = listing::fromJsonText(query.value(3).toString().toStdString());
        t.source = decoded.listing;
        out.append(t);
    }
    return out;
}

std::optional<ListingTemplate> TemplateRepository::find(const QString &name) const
{
    for (const auto &t : all()) {
        if (t.name == name.trimmed())
            return t;
    }
    return std::nullopt;
}

bool TemplateRepository::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM templates WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() > 0;
}

} // namespace caravan::data
