#include "data/order.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace caravan::data {

namespace {

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
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

// The digits of `s` from `from`, `count` of them; -1 when one is not a digit.
int digits(QStringView s, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The server's own form, "2026-12-03T10:00:00Z" or "2026-12-03T10:00:00.123Z", read without the general
// parser (an order has a dozen times and the list reads thousands of orders); invalid otherwise.
QDateTime utcTime(QStringView s)
{
    if ((s.size() != 20 && s.size() != 24) || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' ||
        s[13] != u':' || s[16] != u':' || s.back() != u'Z' || (s.size() == 24 && s[19] != u'.'))
        return {};
    const int ms = s.size() == 24 ? digits(s, 20, 3) : 0;
    const QDate date(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
    const QTime clock(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), ms);
    if (ms < 0 || !date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

QDateTime time(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return {};
    if (QDateTime fast = utcTime(v.toString()); fast.isValid())
        return fast;
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    return at.toUTC();
}

QJsonObject object(const QJsonObject &o, const QString &key)
{
    return o.value(key).toObject();
}

OrderAmounts amounts(const QJsonObject &a)
{
    OrderAmounts out;
    out.currency = text(a, QStringLiteral("currency"));
    out.item = integer(a, QStringLiteral("item"));
    out.postage = integer(a, QStringLiteral("postage"));
    out.importCheckout = integer(a, QStringLiteral("import_checkout"));
    out.buyerFee = integer(a, QStringLiteral("buyer_fee"));
    out.total = integer(a, QStringLiteral("total"));
    out.sellerFee = integer(a, QStringLiteral("seller_fee"));
    out.sellerNet = integer(a, QStringLiteral("seller_net"));
    return out;
}

// An event's detail as one line: text as it is, an object as "key: value" pairs.
QString detailText(const QJsonValue &detail)
{
    if (detail.isString())
        return detail.toString();
    if (detail.isDouble() || detail.isBool())
        return detail.toVariant().toString();
    if (detail.isArray())
        return QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
    if (!detail.isObject())
        return {};
    QStringList parts;
    const QJsonObject o = detail.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString value = it->isObject() || it->isArray() ? detailText(*it) : text(o, it.key());
        if (!value.isEmpty())
            parts << it.key() + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool Order::isShippable() const
{
    return status == QLatin1String("paid") && !pendingShipment;
}

bool Order::awaitsShipmentSync() const
{
    return status == QLatin1String("paid") && pendingShipment;
}

Order Order::fromJson(const QJsonObject &json, qint64 revision)
{
    Order o;
    o.revision = revision;
    o.id = text(json, QStringLiteral("id"));
    o.status = text(json, QStringLiteral("status"));
    o.listingId = text(json, QStringLiteral("listing_id"));
    o.title = text(json, QStringLiteral("title"));
    o.sellerId = text(json, QStringLiteral("seller_id"));
    o.buyerId = text(json, QStringLiteral("buyer_id"));
    o.quantity = static_cast<int>(integer(json, QStringLiteral("quantity")));
    o.service = text(json, QStringLiteral("service"));

    const QJsonObject to = object(json, QStringLiteral("ship_to"));
    o.shipTo = {text(to, QStringLiteral("name")),
                text(to, QStringLiteral("line1")),
                text(to, QStringLiteral("line2")),
                text(to, QStringLiteral("city")),
                text(to, QStringLiteral("postal_code")),
                text(to, QStringLiteral("region")),
                text(to, QStringLiteral("country")).toUpper(),
                text(to, QStringLiteral("phone"))};

    const QJsonObject a = object(json, QStringLiteral("amounts"));
    o.listingAmounts = amounts(object(a, QStringLiteral("listing")));
    o.buyerAmounts = amounts(object(a, QStringLiteral("buyer")));
    const QJsonObject door = object(a, QStringLiteral("import_at_door"));
    o.importAtDoorCurrency = text(door, QStringLiteral("currency"));
    o.importAtDoor = integer(door, QStringLiteral("amount"));
    o.importCollectedAt = text(a, QStringLiteral("import_collected_at"));
    o.checkoutScheme = text(a, QStringLiteral("checkout_scheme"));

    const QJsonObject fx = object(json, QStringLiteral("fx"));
    o.fx = {text(fx, QStringLiteral("from")),     text(fx, QStringLiteral("to")),
            text(fx, QStringLiteral("multiply")), text(fx, QStringLiteral("divide")),
            text(fx, QStringLiteral("date")),     text(fx, QStringLiteral("source"))};

    const QJsonObject d = object(json, QStringLiteral("deadlines"));
    o.deadlines = {time(d, QStringLiteral("expires_at")), time(d, QStringLiteral("ship_by")),
                   time(d, QStringLiteral("delivery_due")), time(d, QStringLiteral("release_at")),
                   time(d, QStringLiteral("paused_at"))};
    o.createdAt = time(json, QStringLiteral("created_at"));
    o.paidAt = time(json, QStringLiteral("paid_at"));
    o.shippedAt = time(json, QStringLiteral("shipped_at"));
    o.deliveredAt = time(json, QStringLiteral("delivered_at"));
    o.closedAt = time(json, QStringLiteral("closed_at"));

    // The seller-owned top-level copies win; older records have only the shipment object.
    const QJsonObject shipment = object(json, QStringLiteral("shipment"));
    o.shipment.carrier = json.contains(QStringLiteral("carrier")) ? text(json, QStringLiteral("carrier"))
                                                                  : text(shipment, QStringLiteral("carrier"));
    o.shipment.trackingNumber = json.contains(QStringLiteral("tracking_number"))
                                    ? text(json, QStringLiteral("tracking_number"))
                                    : text(shipment, QStringLiteral("tracking_number"));

    o.handlingDays = static_cast<int>(integer(json, QStringLiteral("handling_days")));
    const QJsonObject days = object(json, QStringLiteral("delivery_days"));
    o.deliveryDaysMin = static_cast<int>(integer(days, QStringLiteral("min")));
    o.deliveryDaysMax = static_cast<int>(integer(days, QStringLiteral("max")));
    for (const QJsonValue &line : json.value(QStringLiteral("explanation")).toArray()) {
        if (line.isString())
            o.explanation << line.toString();
        else if (line.isObject())
            o.explanation << detailText(line);
    }
    o.version = integer(json, QStringLiteral("version"));
    for (const QJsonValue &value : json.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject e = value.toObject();
        if (e.isEmpty())
            continue;
        o.timeline.append({time(e, QStringLiteral("at")), text(e, QStringLiteral("from")),
                           text(e, QStringLiteral("to")), text(e, QStringLiteral("event")),
                           text(e, QStringLiteral("cause")), detailText(e.value(QStringLiteral("detail")))});
    }
    return o;
}

} // namespace caravan::data
