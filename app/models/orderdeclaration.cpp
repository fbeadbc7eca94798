#include "models/orderdeclaration.h"

#include "money/money.h"

namespace caravan::models {

namespace {

std::string str(const QString &s)
{
    return s.trimmed().toStdString();
}

std::optional<money::Money> amount(qint64 minor, const QString &currency)
{
    if (currency.isEmpty())
        return std::nullopt;
    try {
        return money::Money::ofMinor(minor, str(currency).c_str());
    } catch (const std::exception &) {
        return std::nullopt; // an unknown currency: the seller types the value in the dialog
    }
}

trade::DeclarationParty addressee(const data::OrderAddress &a)
{
    trade::DeclarationParty p;
    p.name = str(a.name);
    QString street = a.line1.trimmed();
    if (!a.line2.trimmed().isEmpty())
        street += QStringLiteral(", ") + a.line2.trimmed();
    p.street = str(street);
    p.postcode = str(a.postalCode);
    QString city = a.city.trimmed();
    if (!a.region.trimmed().isEmpty())
        city += QStringLiteral(", ") + a.region.trimmed();
    p.city = str(city);
    p.country = str(a.country.toUpper());
    p.phone = str(a.phone);
    return p;
}

} // namespace

trade::Declaration declarationForOrder(const data::Order &order, const listing::Listing *listing,
                                       const data::UserProfile *seller)
{
    trade::Declaration d;
    d.category = trade::ItemCategory::SaleOfGoods;
    d.date = money::Date::today();
    d.addressee = addressee(order.shipTo);
    if (seller) {
        d.sender.name = str(seller->displayName);
        d.sender.email = str(seller->email);
        d.sender.country = str(seller->country.toUpper());
    }
    if (listing && !listing->shipsFrom.empty())
        d.sender.country = listing->shipsFrom;

    trade::DeclarationLine line;
    line.description = str(order.title);
    line.quantity = order.quantity > 0 ? order.quantity : 1;
    const QString currency = order.listingAmounts.currency;
    if (const auto value = amount(order.listingAmounts.item, currency))
        line.value = *value;
    if (listing) {
        line.hs = listing->hsCode;
        line.origin = listing->originCountry;
        if (listing->weightG && *listing->weightG > 0)
            line.netWeightGrams = *listing->weightG * line.quantity;
    }
    d.lines.push_back(line);
    if (order.listingAmounts.postage > 0)
        d.postage = amount(order.listingAmounts.postage, currency);
    return d;
}

} // namespace caravan::models
