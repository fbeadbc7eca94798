#pragma once

#include "data/localdatabase.h"
#include "data/syncjournal.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonObject>
#include <memory>

namespace caravan::test {

// The moment the order tests measure "time left" from.
QDateTime orderTestNow();

// An order record as the server publishes it into the seller's feed (data_json of entity "order"):
// Emma Johnson in Berlin buys `quantity` of a listing priced in EUR and pays in USD.
QJsonObject orderRecord(const QString &id, const QString &status, const QDateTime &shipBy = {},
                        const QString &title = QStringLiteral("Seiko 5 automatic watch"), int quantity = 1);

// Puts the records into the database as a pulled page would (each at `revision`).
void pullOrders(data::SyncJournal &journal, const QVector<QJsonObject> &records, qint64 revision = 3);

// A fresh account database in the sandbox.
std::unique_ptr<data::LocalDatabase> openOrderDatabase(const Sandbox &sandbox);

} // namespace caravan::test
