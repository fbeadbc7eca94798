#pragma once

#include "data/order.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace caravan::data {

// A carrier and tracking number as the seller typed them, checked with the shared rules
// (shared/shipping/tracking.h).
struct ShipmentCheck
{
    OrderShipment shipment; // the carrier's id when it is a known one (else the trimmed name), the number
                            // normalized (no spaces, upper case)
    QString problem;        // empty when valid; carrier, missing, length, characters, format, check_digit
    QString message;        // the problem in the UI language

    [[nodiscard]] bool ok() const { return problem.isEmpty(); }
};

// The seller's orders. The server's view of each order is the pulled record in sync_records (entity
// "order"); on top of it come a shipment waiting in the outbox and the server's refusal of the last one
// (sync_issues). Marking an order shipped is an offline change: the mutation (docs/sync.md, entity
// "order", seller-owned carrier and tracking_number) goes to the outbox in one transaction.
class OrderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::OrderRepository)

public:
    explicit OrderRepository(QSqlDatabase db);

    // Every order that is not deleted, in no particular order (the model sorts them). The records are
    // parsed on more than one thread when there are many.
    [[nodiscard]] QVector<Order> loadAll() const;
    [[nodiscard]] std::optional<Order> load(const QString &id) const;

    // Checks the shipment and that the order is paid with no shipment pending, then queues the mutation
    // {"entity":"order","entity_id","op":"upsert","base_revision","base":{carrier,tracking_number},
    //  "fields":{carrier,tracking_number}}. False with lastError() (translated) when refused.
    bool markShipped(const QString &orderId, const QString &carrier, const QString &trackingNumber);

    // The same check the dialog shows while the seller types.
    [[nodiscard]] static ShipmentCheck checkShipment(const QString &carrier, const QString &trackingNumber);
    // The message for a problem code of checkShipment (or of shared/shipping/tracking.h).
    [[nodiscard]] static QString problemText(const QString &problem, const QString &carrier = {});

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace caravan::data
