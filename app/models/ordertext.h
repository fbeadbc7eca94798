#pragma once

#include "data/order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace caravan::models {

// How an order reads in the seller's language: statuses, history events, refusals, time left, money and
// the buyer's address. One place for the order table, its detail pane and the packing slip.
class OrderText final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::models::OrderText)

public:
    // An amount in minor units with the locale's separators and the currency's decimals: "1,234.50 EUR".
    static QString money(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    // The decimals of a currency's minor unit (JPY 0, EUR 2, KWD 3); 2 for a code the table lacks.
    static int minorDigits(const QString &currency);

    // The order's status ("disputed" -> "In dispute"); an unknown status as it is.
    static QString statusText(const QString &status);
    // The status column: a pending shipment or a refusal first, else statusText.
    static QString statusLabel(const data::Order &order);
    // A refusal in a few words ("the order is no longer paid"), and the full explanation.
    static QString refusalReason(const data::OrderRefusal &refusal);
    static QString refusalExplanation(const data::OrderRefusal &refusal);

    // A history event ("ship_by_missed" -> "Ship-by date missed"); an unknown event as it is.
    static QString eventText(const QString &event);
    static QString causeText(const QString &cause);

    // "2 days 4 h left", "5 h left", "overdue by 5 h".
    static QString timeLeft(const QDateTime &deadline, const QDateTime &now);
    // Less than 24 hours left, or overdue.
    static bool isUrgent(const QDateTime &deadline, const QDateTime &now);
    // A time in the computer's time zone, short form.
    static QString localTime(const QDateTime &at);

    // "Title × 2".
    static QString items(const data::Order &order);
    // A carrier's name: the known carriers by name, any other as the seller typed it.
    static QString carrierName(const QString &carrier);

    // The address as lines. On screen the country reads "Germany (DE)"; on a parcel label the country's
    // English name in capitals, the last line, as the UPU asks for international mail.
    enum class AddressStyle { Screen, Label };
    static QStringList addressLines(const data::OrderAddress &address, AddressStyle style);
};

} // namespace caravan::models
