#include "data/syncwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace caravan::data::syncwire {

using nlohmann::json;

json toWire(const QJsonObject &object)
{
    // Through the text: Qt's numbers keep what they were written as (whole or not).
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json out = json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    return out.is_object() ? out : json::object();
}

QJsonValue fromWire(const json &value)
{
    switch (value.type()) {
    case json::value_t::boolean:
        return value.get<bool>();
    case json::value_t::number_integer:
        return static_cast<qint64>(value.get<std::int64_t>());
    case json::value_t::number_unsigned: {
        const auto n = value.get<std::uint64_t>();
        if (n <= static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
            return static_cast<qint64>(n);
        return static_cast<double>(n);
    }
    case json::value_t::number_float:
        return value.get<double>();
    case json::value_t::string:
        return QString::fromStdString(value.get_ref<const std::string &>());
    case json::value_t::array: {
        QJsonArray array;
        for (const auto &element : value)
            array.append(fromWire(element));
        return array;
    }
    case json::value_t::object:
        return fromWireObject(value);
    case json::value_t::null:
    case json::value_t::binary:
    case json::value_t::discarded:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject fromWireObject(const json &value)
{
    QJsonObject object;
    if (!value.is_object())
        return object;
    for (const auto &[key, member] : value.items())
        object.insert(QString::fromStdString(key), fromWire(member));
    return object;
}

json parseBody(const QByteArray &body)
{
    try {
        return json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    } catch (const json::exception &) {
        return json(json::value_t::discarded);
    }
}

} // namespace caravan::data::syncwire
