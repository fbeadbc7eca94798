#pragma once

#include "data/order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace caravan::data {

// Disputes as the JSON API describes them (docs/disputes.md). They are read from the server when shown and
// never kept on this computer: arbitration and a seller's answer work online only.

// The seller's offer: a partial refund (amount in the buyer's currency) or a return to an address.
struct DisputeOffer
{
    QString kind; // "partial_refund", "return", or empty (no offer)
    qint64 amountMinor = 0;
    QString currency;
    OrderAddress returnAddress;

    [[nodiscard]] bool isEmpty() const { return kind.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
    static DisputeOffer fromJson(const QJsonValue &value);
};

// A staff decision: what is proposed or decided (docs/disputes.md, "Staff").
struct DisputeDecision
{
    QString outcome; // release, refund, split, return
    qint64 refundMinor = 0; // split: the refund of the goods in the buyer's currency
    bool buyerFeeRefunded = false;
    QString note;
    QString proposedBy; // a proposal waiting for a second approver: who made it
    QDateTime proposedAt;

    [[nodiscard]] bool isEmpty() const { return outcome.isEmpty(); }
    // The body of POST /api/v1/staff/disputes/{id}/decision.
    [[nodiscard]] QJsonObject toJson() const;
    static DisputeDecision fromJson(const QJsonValue &value);
};

// A photo of an event: its SHA-256 and when the server received it (the event's time unless the server
// names another).
struct DisputePhoto
{
    QString sha256;
    QDateTime receivedAt;
    qint64 byteSize = 0;
};

struct DisputeEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actorRole; // buyer, seller, staff, timer
    QString actorId;
    QString kind;      // opened, answered, offer_accepted, escalated, claimed, decision_proposed, ...
    QString text;
    QVector<DisputePhoto> photos;
    QJsonObject detail;
};

struct Dispute
{
    QString id;
    QString orderId;
    QString buyerId;
    QString sellerId;
    QString reason; // not_received, not_as_described, counterfeit, damaged
    QString status; // awaiting_seller, awaiting_buyer, escalated, awaiting_approval, returning, resolved
    qint64 version = 0;
    QDateTime openedAt;
    QDateTime deadlineAt;
    QDateTime escalatedAt;
    QString assignedTo;
    DisputeOffer offer;
    DisputeDecision proposal;
    QString outcome;
    qint64 refundMinor = 0;
    QDateTime resolvedAt;
    QString returnCarrier;
    QString returnTracking;

    [[nodiscard]] bool isResolved() const { return status == QLatin1String("resolved"); }
    static Dispute fromJson(const QJsonObject &json);
};

// A row of the staff queue (GET /api/v1/staff/disputes).
struct DisputeQueueRow
{
    Dispute dispute;
    QString title;
    QString currency; // the buyer's
    qint64 totalMinor = 0;
    QString sellerCountry;
    QString destination;

    static DisputeQueueRow fromJson(const QJsonObject &json);
};

// The queue's filters as the server takes them, plus the amount's currency (the server compares
// min_total with every row's total; the queue model keeps only rows of that currency).
struct DisputeQueueFilter
{
    QString status;  // empty: every open case
    QString reason;  // empty: any
    QString currency; // with minTotal: only rows in this currency, at least minTotal
    qint64 minTotal = 0;
    QString from; // the seller's country
    QString to;   // the destination
    bool assignedToMe = false;

    // The query string of GET /api/v1/staff/disputes ("" or "?status=…&…").
    [[nodiscard]] QString query() const;
    [[nodiscard]] bool accepts(const DisputeQueueRow &row) const;
};

// A party's track record (the case view).
struct PartyHistory
{
    QString userId;
    QString displayName;
    QString country;
    QDateTime memberSince;
    qint64 ordersAsBuyer = 0;
    qint64 ordersAsSeller = 0;
    qint64 disputesAsBuyer = 0;
    qint64 disputesAsSeller = 0;
    qint64 refundsWonAsBuyer = 0;
    qint64 releasesWonAsSeller = 0;

    static PartyHistory fromJson(const QJsonObject &json);
};

struct LedgerLine
{
    qint64 seq = 0;
    QString businessKey;
    QString kind;
    QString account;
    QString currency;
    qint64 amountMinor = 0;
    QDateTime at;
};

// Packing evidence the server sealed for the order.
struct SealedEvidence
{
    QString id;
    QDateTime receivedAt;
    QString sealSha256;
    QVector<DisputePhoto> photos;
    QJsonObject data;
};

// A dispute with everything shown about it: GET /api/v1/staff/disputes/{id} (all of it) or
// GET /api/v1/disputes/{id} (the dispute, its events and the order).
struct DisputeCase
{
    Dispute dispute;
    QVector<DisputeEvent> events;
    bool hasOrder = false;
    Order order;
    QVector<SealedEvidence> evidence;
    QVector<LedgerLine> ledger;
    PartyHistory buyer;
    PartyHistory seller;

    static DisputeCase fromJson(const QJsonObject &json);
};

} // namespace caravan::data
