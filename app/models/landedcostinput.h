#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers these pull in; it needs none of them.
#ifndef Q_MOC_RUN
#include "trade/rules.h"
#endif

#include <QDate>
#include <QString>
#include <QStringList>

namespace caravan::models {

// What the landed-cost panel needs from a listing draft: plain fields, so the listing editor fills it
// straight from its widgets. Text fields are taken as typed; the model reports what it cannot read
// ("price: ...") instead of guessing.
struct LandedCostInput
{
    QString price;       // "85.00" (as typed; '.' decimal separator)
    QString currency;    // ISO 4217, "EUR"
    QString description; // item title, for the explanation and the customs declaration
    QString hsCode;      // "6201.30"; empty: the category's default heading is used (with a warning)
    QString categoryId;  // listing taxonomy id (resources/listing/categories.json); may be empty
    QString origin;      // country of origin of the goods, ISO 3166-1 alpha-2; may be empty
    QString shipsFrom;   // country the parcel leaves from, ISO 3166-1 alpha-2
    int weightGrams = 0; // packed weight
    int lengthMm = 0;    // packed dimensions
    int widthMm = 0;
    int heightMm = 0;
    QString serviceId; // postage service (resources/shipping); empty: the panel's current choice
    trade::SellerKind seller = trade::SellerKind::Private;
    bool gift = false;
    QDate date; // quote date; invalid = today

    friend bool operator==(const LandedCostInput &, const LandedCostInput &) = default;
};

// The ten destinations shown until the seller picks others: the largest cross-border e-commerce
// buyer markets that C2C platforms (eBay, Etsy, Vinted, Mercari) ship to most, across three continents.
QStringList defaultLandedCostDestinations(); // US GB DE FR JP AU CA CN KR NL

} // namespace caravan::models
