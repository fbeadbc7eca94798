#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace caravan::data {

// Where the buyer wants the parcel (the order's ship_to).
struct OrderAddress
{
    QString name;
    QString line1;
    QString line2;
    QString city;
    QString postalCode;
    QString region;
    QString country; // ISO 3166-1 alpha-2
    QString phone;
};

// The order's amounts in one currency, in minor units (docs/escrow.md, "The order").
struct OrderAmounts
{
    QString currency;
    qint64 item = 0;
    qint64 postage = 0;
    qint64 importCheckout = 0;
    qint64 buyerFee = 0;
    qint64 total = 0;
    qint64 sellerFee = 0;
    qint64 sellerNet = 0;
};

// The exchange rate locked on the order: 1 unit of `from` = multiply/divide units of `to`. The numbers are
// kept as the server wrote them (decimal text).
struct OrderFx
{
    QString from;
    QString to;
    QString multiply;
    QString divide;
    QString date;
    QString source;
};

// The order's clocks (invalid when not set).
struct OrderDeadlines
{
    QDateTime expiresAt;
    QDateTime shipBy;
    QDateTime deliveryDue;
    QDateTime releaseAt;
    QDateTime pausedAt;
};

// One line of the order's history: a transition (from != to) or a fact (from == to).
struct OrderEvent
{
    QDateTime at;
    QString from;
    QString to;
    QString event;  // created, paid, shipped, ship_by_missed, customs_hold, ...
    QString cause;  // buyer, seller, staff, provider, carrier, timer, system
    QString detail; // what the server tells about the event, as text ("carrier: ups, …")
};

struct OrderShipment
{
    QString carrier; // a known carrier's id (shared/shipping/tracking.h) or the name the seller typed
    QString trackingNumber;

    [[nodiscard]] bool isEmpty() const { return carrier.isEmpty() && trackingNumber.isEmpty(); }
    friend bool operator==(const OrderShipment &, const OrderShipment &) = default;
};

// Why the server refused this device's last change of the order (sync_issues).
struct OrderRefusal
{
    QString code; // not_shippable, validation, ...
    QString message;
    QDateTime at;
};

// An order of the seller as the sync feed brought it (sync_records, entity "order"), with what this device
// knows on top: a shipment waiting in the outbox and the server's refusal of an earlier change.
struct Order
{
    QString id;
    QString status; // awaiting_payment, paid, shipped, delivered, completed, cancelled, expired, refunded,
                    // disputed
    QString listingId;
    QString title;
    QString sellerId;
    QString buyerId;
    int quantity = 0;
    QString service;
    OrderAddress shipTo;
    OrderAmounts listingAmounts; // in the listing's (the seller's) currency
    OrderAmounts buyerAmounts;   // in the buyer's currency
    QString importAtDoorCurrency;
    qint64 importAtDoor = 0; // collected by the carrier at the door; never charged by Caravan
    QString importCollectedAt;
    QString checkoutScheme;
    OrderFx fx;
    OrderDeadlines deadlines;
    QDateTime createdAt;
    QDateTime paidAt;
    QDateTime shippedAt;
    QDateTime deliveredAt;
    QDateTime closedAt;
    OrderShipment shipment; // as the server holds it
    int handlingDays = 0;
    int deliveryDaysMin = 0;
    int deliveryDaysMax = 0;
    QStringList explanation;
    qint64 version = 0;
    QVector<OrderEvent> timeline;
    qint64 revision = 0; // the record's revision in sync_records

    std::optional<OrderShipment> pendingShipment; // marked shipped here, not synced yet
    std::optional<OrderRefusal> refusal;

    // The seller can mark it shipped: paid, and no shipment on its way to the server.
    [[nodiscard]] bool isShippable() const;
    // Marked shipped on this device while the server still has it paid: the shipment is on its way.
    [[nodiscard]] bool awaitsShipmentSync() const;
    // Still to be shipped with its ship-by clock running (shippable and a ship_by deadline).
    [[nodiscard]] bool hasShipByDeadline() const { return isShippable() && deadlines.shipBy.isValid(); }

    // Reads the record's data_json. Missing or mistyped members stay empty; nothing throws.
    static Order fromJson(const QJsonObject &json, qint64 revision = 0);
};

} // namespace caravan::data
