#include "models/ordertext.h"

#include "models/landedcostmodel.h"
#include "money/currency.h"
#include "shipping/tracking.h"

#include <cstdlib>

namespace caravan::models {

int OrderText::minorDigits(const QString &currency)
{
    try {
        return money::CurrencyTable::standard().minorUnits(currency.toStdString());
    } catch (const std::exception &) {
        return 2; // an unknown code still shows its amount, with the common two decimals
    }
}

QString OrderText::money(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = minorDigits(currency);
    // Integer arithmetic only: the whole part with the locale's grouping, then the minor digits.
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString text = locale.toString(magnitude / scale);
    if (digits > 0)
        text +=
            locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    if (minor < 0)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

QString OrderText::statusText(const QString &status)
{
    if (status == QLatin1String("awaiting_payment"))
        return tr("Awaiting payment");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("shipped"))
        return tr("Shipped");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("completed") || status == QLatin1String("released"))
        return tr("Completed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    if (status == QLatin1String("disputed"))
        return tr("In dispute");
    return status;
}

QString OrderText::statusLabel(const data::Order &order)
{
    if (order.awaitsShipmentSync())
        return tr("Shipped — waiting to sync");
    if (order.refusal)
        return tr("Refused: %1").arg(refusalReason(*order.refusal));
    return statusText(order.status);
}

QString OrderText::refusalReason(const data::OrderRefusal &refusal)
{
    if (refusal.code == QLatin1String("not_shippable"))
        return tr("the order is no longer paid");
    if (refusal.code == QLatin1String("validation"))
        return tr("carrier or tracking number not accepted");
    return refusal.code;
}

QString OrderText::refusalExplanation(const data::OrderRefusal &refusal)
{
    if (refusal.code == QLatin1String("not_shippable"))
        return tr("The server did not accept the shipment: the order is no longer paid (the buyer may have "
                  "cancelled it). Do not send the parcel.");
    if (refusal.code == QLatin1String("validation"))
        return tr("The server did not accept the carrier or the tracking number. Check them and mark the "
                  "order shipped again.");
    const QString message = refusal.message.isEmpty() ? refusal.code : refusal.message;
    return tr("The server refused the last change of this order: %1").arg(message);
}

QString OrderText::eventText(const QString &event)
{
    if (event == QLatin1String("created"))
        return tr("Order placed");
    if (event == QLatin1String("paid"))
        return tr("Paid");
    if (event == QLatin1String("payment_failed"))
        return tr("Payment failed");
    if (event == QLatin1String("payment_expired") || event == QLatin1String("expired"))
        return tr("Not paid in time");
    if (event == QLatin1String("shipped"))
        return tr("Shipped");
    if (event == QLatin1String("tracking_update"))
        return tr("Tracking update");
    if (event == QLatin1String("customs_hold"))
        return tr("Held by customs");
    if (event == QLatin1String("customs_released"))
        return tr("Released by customs");
    if (event == QLatin1String("delivered"))
        return tr("Delivered");
    if (event == QLatin1String("delivery_assumed"))
        return tr("Delivery assumed (the delivery time passed)");
    if (event == QLatin1String("receipt_confirmed"))
        return tr("Receipt confirmed by the buyer");
    if (event == QLatin1String("inspection_ended") || event == QLatin1String("completed") ||
        event == QLatin1String("released"))
        return tr("Completed, payment released");
    if (event == QLatin1String("cancelled_by_buyer"))
        return tr("Cancelled by the buyer");
    if (event == QLatin1String("cancelled_by_seller"))
        return tr("Cancelled by you");
    if (event == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (event == QLatin1String("refunded"))
        return tr("Refunded");
    if (event == QLatin1String("late_payment") || event == QLatin1String("late_payment_refunded"))
        return tr("Late payment refunded");
    if (event == QLatin1String("ship_by_missed"))
        return tr("Ship-by date missed, refunded");
    if (event == QLatin1String("disputed"))
        return tr("Dispute opened");
    return event;
}

QString OrderText::causeText(const QString &cause)
{
    if (cause == QLatin1String("buyer"))
        return tr("by the buyer");
    if (cause == QLatin1String("seller"))
        return tr("by you");
    if (cause == QLatin1String("staff"))
        return tr("by Caravan staff");
    if (cause == QLatin1String("provider"))
        return tr("by the payment provider");
    if (cause == QLatin1String("carrier"))
        return tr("by the carrier");
    if (cause == QLatin1String("timer"))
        return tr("when the time ran out");
    if (cause == QLatin1String("system"))
        return tr("by Caravan");
    return cause;
}

QString OrderText::timeLeft(const QDateTime &deadline, const QDateTime &now)
{
    if (!deadline.isValid())
        return {};
    const qint64 seconds = now.secsTo(deadline);
    const qint64 minutes = std::llabs(seconds) / 60;
    const int days = static_cast<int>(minutes / (24 * 60));
    const qint64 hours = minutes % (24 * 60) / 60;
    if (seconds >= 0) {
        if (days > 0)
            return tr("%n day(s) %1 h left", nullptr, days).arg(hours);
        if (hours > 0)
            return tr("%1 h left").arg(hours);
        return tr("%1 min left").arg(minutes);
    }
    if (days > 0)
        return tr("overdue by %n day(s) %1 h", nullptr, days).arg(hours);
    if (hours > 0)
        return tr("overdue by %1 h").arg(hours);
    return tr("overdue by %1 min").arg(qMax<qint64>(minutes, 1));
}

bool OrderText::isUrgent(const QDateTime &deadline, const QDateTime &now)
{
    return deadline.isValid() && now.secsTo(deadline) < 24 * 60 * 60;
}

QString OrderText::localTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString OrderText::items(const data::Order &order)
{
    const QString title = order.title.isEmpty() ? order.listingId : order.title;
    return tr("%1 × %2").arg(title).arg(order.quantity);
}

QString OrderText::carrierName(const QString &carrier)
{
    const shipping::Carrier *known = shipping::findCarrier(carrier.toStdString());
    if (!known)
        return carrier;
    if (known->id == "post")
        return tr("Postal service (UPU S10 number)");
    return QString::fromStdString(known->name);
}

QStringList OrderText::addressLines(const data::OrderAddress &a, AddressStyle style)
{
    QStringList lines{a.name, a.line1, a.line2};
    const QString country = a.country.toUpper();
    // Where the postal code goes: after the city and region on one line in the United States, Canada and
    // Australia ("SPRINGFIELD IL 62704"); on a line of its own after the town in the United Kingdom and
    // Ireland; before the city ("10115 Berlin") elsewhere, as in most of Europe.
    if (country == QLatin1String("US") || country == QLatin1String("CA") || country == QLatin1String("AU")) {
        lines << QStringList{a.city, a.region, a.postalCode}.join(QLatin1Char(' ')).simplified();
    } else if (country == QLatin1String("GB") || country == QLatin1String("IE")) {
        lines << a.city << a.region << a.postalCode;
    } else {
        lines << QString(a.postalCode + QLatin1Char(' ') + a.city).simplified() << a.region;
    }
    if (style == AddressStyle::Label) {
        const QLocale::Territory territory = QLocale::codeToTerritory(country);
        lines << (territory == QLocale::AnyTerritory ? country : QLocale::territoryToString(territory))
                     .toUpper();
    } else if (!country.isEmpty()) {
        lines << LandedCostModel::countryName(country);
    }
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines;
}

} // namespace caravan::models
