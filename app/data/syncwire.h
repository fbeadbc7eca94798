#pragma once

#ifndef Q_MOC_RUN
#include <nlohmann/json.hpp>
#endif

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

// The edge between the app's Qt JSON and the sync wire codec (shared/sync/codec.h): requests are encoded
// and answers decoded there; the app keeps Qt JSON for what it stores.
namespace caravan::data::syncwire {

nlohmann::json toWire(const QJsonObject &object);
QJsonValue fromWire(const nlohmann::json &value);
// An object as a QJsonObject (anything else gives an empty object).
QJsonObject fromWireObject(const nlohmann::json &value);

// An HTTP body as JSON; a discarded value when it is not JSON.
nlohmann::json parseBody(const QByteArray &body);

} // namespace caravan::data::syncwire
