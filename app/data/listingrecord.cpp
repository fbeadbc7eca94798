#include "data/listingrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace caravan::data::listingrecord {

namespace {

const QStringList &columns()
{
    static const QStringList names{QStringLiteral("title"),
                                   QStringLiteral("description"),
                                   QStringLiteral("category"),
                                   QStringLiteral("condition"),
                                   QStringLiteral("brand"),
                                   QStringLiteral("specifics_json"),
                                   QStringLiteral("quantity"),
                                   QStringLiteral("price_minor"),
                                   QStringLiteral("currency"),
                                   QStringLiteral("accepts_offers"),
                                   QStringLiteral("handling_days"),
                                   QStringLiteral("ships_from"),
                                   QStringLiteral("origin"),
                                   QStringLiteral("destinations_mode"),
                                   QStringLiteral("destinations_json"),
                                   QStringLiteral("services_json"),
                                   QStringLiteral("weight_g"),
                                   QStringLiteral("length_mm"),
                                   QStringLiteral("width_mm"),
                                   QStringLiteral("height_mm"),
                                   QStringLiteral("hs_code"),
                                   QStringLiteral("status"),
                                   QStringLiteral("scheduled_at")};
    return names;
}

QVariant optionalInt(const std::optional<std::int64_t> &value)
{
    return value ? QVariant(qlonglong(*value)) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<std::int64_t> readOptional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString stringList(const std::vector<std::string> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(toQString(item));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<std::string> readStringList(const QVariant &value)
{
    std::vector<std::string> out;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const auto &item : array)
        out.push_back(toStd(item.toString()));
    return out;
}

QString modeName(listing::Destinations::Mode mode)
{
    switch (mode) {
    case listing::Destinations::Mode::Only:
        return QStringLiteral("only");
    case listing::Destinations::Mode::AllExcept:
        return QStringLiteral("except");
    case listing::Destinations::Mode::All:
        break;
    }
    return QStringLiteral("all");
}

} // namespace

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QStringList columnNames()
{
    return columns();
}

QString selectColumns()
{
    return QStringLiteral("id, ") + columns().join(QStringLiteral(", "));
}

listing::Listing fromQuery(const QSqlQuery &query)
{
    listing::Listing l;
    int i = 0;
    l.id = toStd(query.value(i++).toString());
    l.title = toStd(query.value(i++).toString());
    l.description = toStd(query.value(i++).toString());
    l.category = toStd(query.value(i++).toString());
    l.condition = listing::parseCondition(toStd(query.value(i++).toString()));
    l.brand = toStd(query.value(i++).toString());
    const QJsonObject specifics = QJsonDocument::fromJson(query.value(i++).toString().toUtf8()).object();
    for (auto it = specifics.begin(); it != specifics.end(); ++it)
        l.specifics[toStd(it.key())] = toStd(it.value().toString());
    l.quantity = readOptional(query.value(i++));
    l.priceMinor = readOptional(query.value(i++));
    l.currency = toStd(query.value(i++).toString());
    l.acceptsOffers = query.value(i++).toInt() != 0;
    l.handlingDays = readOptional(query.value(i++));
    l.shipsFrom = toStd(query.value(i++).toString());
    l.originCountry = toStd(query.value(i++).toString());
    const QString mode = query.value(i++).toString();
    l.destinations.mode = mode == QLatin1String("only")     ? listing::Destinations::Mode::Only
                          : mode == QLatin1String("except") ? listing::Destinations::Mode::AllExcept
                                                            : listing::Destinations::Mode::All;
    l.destinations.countries = readStringList(query.value(i++));
    l.postageServices = readStringList(query.value(i++));
    l.weightG = readOptional(query.value(i++));
    const auto length = readOptional(query.value(i++));
    const auto width = readOptional(query.value(i++));
    const auto height = readOptional(query.value(i++));
    if (length || width || height)
        l.packedMm = listing::Dimensions{length.value_or(0), width.value_or(0), height.value_or(0)};
    l.hsCode = toStd(query.value(i++).toString());
    l.status = listing::parseStatus(toStd(query.value(i++).toString())).value_or(listing::Status::Draft);
    l.scheduledStart = readOptional(query.value(i++));
    return l;
}

void bind(QSqlQuery &query, const listing::Listing &l)
{
    QJsonObject specifics;
    for (const auto &[key, value] : l.specifics)
        specifics.insert(toQString(key), toQString(value));
    const QVariant noInt(QMetaType(QMetaType::LongLong));
    query.bindValue(QStringLiteral(":title"), toQString(l.title));
    query.bindValue(QStringLiteral(":description"), toQString(l.description));
    query.bindValue(QStringLiteral(":category"), toQString(l.category));
    query.bindValue(QStringLiteral(":condition"),
                    l.condition ? toQString(std::string(listing::toString(*l.condition)))
                                : QStringLiteral(""));
    query.bindValue(QStringLiteral(":brand"), toQString(l.brand));
    query.bindValue(QStringLiteral(":specifics_json"),
                    QString::fromUtf8(QJsonDocument(specifics).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":quantity"), optionalInt(l.quantity));
    query.bindValue(QStringLiteral(":price_minor"), optionalInt(l.priceMinor));
    query.bindValue(QStringLiteral(":currency"), toQString(l.currency));
    query.bindValue(QStringLiteral(":accepts_offers"), l.acceptsOffers ? 1 : 0);
    query.bindValue(QStringLiteral(":handling_days"), optionalInt(l.handlingDays));
    query.bindValue(QStringLiteral(":ships_from"), toQString(l.shipsFrom));
    query.bindValue(QStringLiteral(":origin"), toQString(l.originCountry));
    query.bindValue(QStringLiteral(":destinations_mode"), modeName(l.destinations.mode));
    query.bindValue(QStringLiteral(":destinations_json"), stringList(l.destinations.countries));
    query.bindValue(QStringLiteral(":services_json"), stringList(l.postageServices));
    query.bindValue(QStringLiteral(":weight_g"), optionalInt(l.weightG));
    query.bindValue(QStringLiteral(":length_mm"),
                    l.packedMm ? QVariant(qlonglong(l.packedMm->lengthMm)) : noInt);
    query.bindValue(QStringLiteral(":width_mm"),
                    l.packedMm ? QVariant(qlonglong(l.packedMm->widthMm)) : noInt);
    query.bindValue(QStringLiteral(":height_mm"),
                    l.packedMm ? QVariant(qlonglong(l.packedMm->heightMm)) : noInt);
    query.bindValue(QStringLiteral(":hs_code"), toQString(l.hsCode));
    query.bindValue(QStringLiteral(":status"), toQString(std::string(listing::toString(l.status))));
    query.bindValue(QStringLiteral(":scheduled_at"), optionalInt(l.scheduledStart));
}

} // namespace caravan::data::listingrecord
