#include "data/dispute.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace caravan::data {

namespace {

QString text(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

qint64 integer(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInteger();
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

QDateTime time(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) // seconds since the epoch (a proposal's proposed_at)
        return QDateTime::fromSecsSinceEpoch(v.toInteger(), Qt::UTC);
    const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

// Photos as the server lists them: SHA-256 strings, or objects with sha256 (and received_at, byte_size).
QVector<DisputePhoto> photos(const QJsonValue &value, const QDateTime &receivedAt)
{
    QVector<DisputePhoto> out;
    for (const QJsonValue &p : value.toArray()) {
        if (p.isString()) {
            out.append({p.toString(), receivedAt, 0});
        } else if (p.isObject()) {
            const QJsonObject o = p.toObject();
            const QDateTime at = time(o, QStringLiteral("received_at"));
            out.append({text(o, QStringLiteral("sha256")), at.isValid() ? at : receivedAt,
                        integer(o, QStringLiteral("byte_size"))});
        }
    }
    return out;
}

OrderAddress address(const QJsonObject &a)
{
    return {text(a, QStringLiteral("name")),        text(a, QStringLiteral("line1")),
            text(a, QStringLiteral("line2")),       text(a, QStringLiteral("city")),
            text(a, QStringLiteral("postal_code")), text(a, QStringLiteral("region")),
            text(a, QStringLiteral("country")),     text(a, QStringLiteral("phone"))};
}

QJsonObject addressJson(const OrderAddress &a)
{
    QJsonObject o{{QStringLiteral("name"), a.name},
                  {QStringLiteral("line1"), a.line1},
                  {QStringLiteral("city"), a.city},
                  {QStringLiteral("postal_code"), a.postalCode},
                  {QStringLiteral("country"), a.country}};
    if (!a.line2.isEmpty())
        o.insert(QStringLiteral("line2"), a.line2);
    if (!a.region.isEmpty())
        o.insert(QStringLiteral("region"), a.region);
    if (!a.phone.isEmpty())
        o.insert(QStringLiteral("phone"), a.phone);
    return o;
}

} // namespace

QJsonObject DisputeOffer::toJson() const
{
    if (kind == QLatin1String("partial_refund"))
        return {{QStringLiteral("kind"), kind}, {QStringLiteral("amount_minor"), amountMinor}};
    if (kind == QLatin1String("return"))
        return {{QStringLiteral("kind"), kind}, {QStringLiteral("return_address"), addressJson(returnAddress)}};
    return {};
}

DisputeOffer DisputeOffer::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    DisputeOffer offer;
    offer.kind = text(o, QStringLiteral("kind"));
    offer.amountMinor = integer(o, QStringLiteral("amount_minor"));
    offer.currency = text(o, QStringLiteral("currency"));
    offer.returnAddress = address(o.value(QStringLiteral("return_address")).toObject());
    return offer;
}

QJsonObject DisputeDecision::toJson() const
{
    return {{QStringLiteral("outcome"), outcome},
            {QStringLiteral("refund_minor"), outcome == QLatin1String("split") ? refundMinor : 0},
            {QStringLiteral("buyer_fee_refunded"), outcome == QLatin1String("split") && buyerFeeRefunded},
            {QStringLiteral("note"), note}};
}

DisputeDecision DisputeDecision::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    DisputeDecision d;
    d.outcome = text(o, QStringLiteral("outcome"));
    d.refundMinor = integer(o, QStringLiteral("refund_minor"));
    d.buyerFeeRefunded = o.value(QStringLiteral("buyer_fee_refunded")).toBool();
    d.note = text(o, QStringLiteral("note"));
    d.proposedBy = text(o, QStringLiteral("proposed_by"));
    d.proposedAt = time(o, QStringLiteral("proposed_at"));
    return d;
}

Dispute Dispute::fromJson(const QJsonObject &json)
{
    Dispute d;
    d.id = text(json, QStringLiteral("id"));
    d.orderId = text(json, QStringLiteral("order_id"));
    d.buyerId = text(json, QStringLiteral("buyer_id"));
    d.sellerId = text(json, QStringLiteral("seller_id"));
    d.reason = text(json, QStringLiteral("reason"));
    d.status = text(json, QStringLiteral("status"));
    d.version = integer(json, QStringLiteral("version"));
    d.openedAt = time(json, QStringLiteral("opened_at"));
    d.deadlineAt = time(json, QStringLiteral("deadline_at"));
    d.escalatedAt = time(json, QStringLiteral("escalated_at"));
    d.assignedTo = text(json, QStringLiteral("assigned_to"));
    d.offer = DisputeOffer::fromJson(json.value(QStringLiteral("offer")));
    d.proposal = DisputeDecision::fromJson(json.value(QStringLiteral("proposal")));
    d.outcome = text(json, QStringLiteral("outcome"));
    d.refundMinor = integer(json, QStringLiteral("refund_minor"));
    d.resolvedAt = time(json, QStringLiteral("resolved_at"));
    d.returnCarrier = text(json, QStringLiteral("return_carrier"));
    d.returnTracking = text(json, QStringLiteral("return_tracking"));
    return d;
}

DisputeQueueRow DisputeQueueRow::fromJson(const QJsonObject &json)
{
    DisputeQueueRow row;
    row.dispute = Dispute::fromJson(json);
    row.title = text(json, QStringLiteral("title"));
    row.currency = text(json, QStringLiteral("currency"));
    row.totalMinor = integer(json, QStringLiteral("total_minor"));
    row.sellerCountry = text(json, QStringLiteral("seller_country"));
    row.destination = text(json, QStringLiteral("destination"));
    return row;
}

QString DisputeQueueFilter::query() const
{
    QUrlQuery q;
    if (!status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), status);
    if (!reason.isEmpty())
        q.addQueryItem(QStringLiteral("reason"), reason);
    if (assignedToMe)
        q.addQueryItem(QStringLiteral("assigned"), QStringLiteral("me"));
    if (minTotal > 0)
        q.addQueryItem(QStringLiteral("min_total"), QString::number(minTotal));
    if (!from.isEmpty())
        q.addQueryItem(QStringLiteral("from"), from.toUpper());
    if (!to.isEmpty())
        q.addQueryItem(QStringLiteral("to"), to.toUpper());
    const QString encoded = q.toString(QUrl::FullyEncoded);
    return encoded.isEmpty() ? QString() : QLatin1Char('?') + encoded;
}

bool DisputeQueueFilter::accepts(const DisputeQueueRow &row) const
{
    if (!status.isEmpty() && row.dispute.status != status)
        return false;
    if (!reason.isEmpty() && row.dispute.reason != reason)
        return false;
    if (!from.isEmpty() && row.sellerCountry.compare(from, Qt::CaseInsensitive) != 0)
        return false;
    if (!to.isEmpty() && row.destination.compare(to, Qt::CaseInsensitive) != 0)
        return false;
    if (minTotal > 0 && (row.currency != currency || row.totalMinor < minTotal))
        return false;
    return true;
}

PartyHistory PartyHistory::fromJson(const QJsonObject &json)
{
    PartyHistory h;
    h.userId = text(json, QStringLiteral("user_id"));
    h.displayName = text(json, QStringLiteral("display_name"));
    h.country = text(json, QStringLiteral("country"));
    h.memberSince = time(json, QStringLiteral("member_since"));
    h.ordersAsBuyer = integer(json, QStringLiteral("orders_as_buyer"));
    h.ordersAsSeller = integer(json, QStringLiteral("orders_as_seller"));
    h.disputesAsBuyer = integer(json, QStringLiteral("disputes_as_buyer"));
    h.disputesAsSeller = integer(json, QStringLiteral("disputes_as_seller"));
    h.refundsWonAsBuyer = integer(json, QStringLiteral("refunds_won_as_buyer"));
    h.releasesWonAsSeller = integer(json, QStringLiteral("releases_won_as_seller"));
    return h;
}

DisputeCase DisputeCase::fromJson(const QJsonObject &json)
{
    DisputeCase c;
    c.dispute = Dispute::fromJson(json.value(QStringLiteral("dispute")).toObject());
    for (const QJsonValue &value : json.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = value.toObject();
        DisputeEvent event;
        event.id = integer(e, QStringLiteral("id"));
        event.at = time(e, QStringLiteral("at"));
        event.actorRole = text(e, QStringLiteral("actor_role"));
        event.actorId = text(e, QStringLiteral("actor_id"));
        event.kind = text(e, QStringLiteral("kind"));
        event.text = text(e, QStringLiteral("text"));
        event.photos = photos(e.value(QStringLiteral("photos")), event.at);
        event.detail = e.value(QStringLiteral("detail")).toObject();
        c.events.append(event);
    }
    if (json.value(QStringLiteral("order")).isObject()) {
        c.hasOrder = true;
        c.order = Order::fromJson(json.value(QStringLiteral("order")).toObject());
    }
    for (const QJsonValue &value : json.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = value.toObject();
        const QDateTime received = time(e, QStringLiteral("received_at"));
        c.evidence.append({text(e, QStringLiteral("id")), received, text(e, QStringLiteral("seal_sha256")),
                           photos(e.value(QStringLiteral("photos")), received),
                           e.value(QStringLiteral("data")).toObject()});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("ledger")).toArray()) {
        const QJsonObject l = value.toObject();
        c.ledger.append({integer(l, QStringLiteral("seq")), text(l, QStringLiteral("business_key")),
                         text(l, QStringLiteral("kind")), text(l, QStringLiteral("account")),
                         text(l, QStringLiteral("currency")), integer(l, QStringLiteral("amount_minor")),
                         time(l, QStringLiteral("at"))});
    }
    c.buyer = PartyHistory::fromJson(json.value(QStringLiteral("buyer")).toObject());
    c.seller = PartyHistory::fromJson(json.value(QStringLiteral("seller")).toObject());
    return c;
}

} // namespace caravan::data
