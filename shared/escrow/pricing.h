#pragma once

#include "escrow/policy.h"
#include "listing/listing.h"
#include "money/fx.h"
#include "shipping/shipping.h"
#include "trade/quote.h"

#include <stdexcept>
#include <string>
#include <vector>

// What a buyer pays for an order and what the seller gets, frozen at creation (docs/escrow.md,
// "The order"). Pure computation over the listing, the rule data and the policy.
namespace caravan::escrow {

// Refusal naming the request field ("quantity", "service", "ship_to.country", "listing_id") and a
// stable code ("not_available", "not_offered", "does_not_ship_there", "no_exchange_rate",
// "parcel_refused", "no_customs_rules", "incomplete_listing"; "cannot_quote" when the landed-cost engine
// refuses the sale for another reason, e.g. a value over the destination's highest band).
class PricingError : public std::runtime_error
{
public:
    PricingError(std::string fieldName, std::string errorCode, const std::string &message)
        : std::runtime_error(message)
        , field(std::move(fieldName))
        , code(std::move(errorCode))
    {}
    std::string field;
    std::string code;
};

struct OrderRequest
{
    listing::Listing listing; // the listing as it is now (price, currency, services, weight, ...)
    std::int64_t quantity = 1;
    std::string destination; // ISO 3166-1 alpha-2
    std::string serviceId;
    money::Date date; // the day of the order (FX and customs rules of that day)
};

// One set of amounts in one currency.
struct Amounts
{
    money::Money item;
    money::Money postage;
    money::Money importCheckout; // duty + tax + fees collected at checkout (DDP); 0 otherwise
    money::Money buyerFee;
    money::Money total; // item + postage + importCheckout + buyerFee: what the buyer is charged
    money::Money sellerFee;
    money::Money sellerNet; // item + postage - sellerFee
};

struct OrderPricing
{
    Amounts listing; // in the listing's currency (L)
    Amounts buyer;   // in the buyer's currency (B): the destination's currency
    // The locked rate L -> B (identity, multiply = divide = 1, when L = B).
    money::FxConversion rate;
    money::Money importAtDoor; // in B: charges the carrier collects at the border (DAP); not charged by us
    trade::CollectedAt collectedAt = trade::CollectedAt::None;
    std::string checkoutScheme; // IOSS, OMP, VOEC, ...
    shipping::PostageQuote postage;
    std::int64_t handlingDays = 0; // effective: the listing's, else the policy's default, at most the maximum
    std::vector<trade::ExplanationLine> lines;
    std::vector<std::string> warnings;
    bool domestic = false; // ships within one country: no customs
};

// Throws PricingError. A domestic order (destination = ships_from) has no import charges and B = L.
OrderPricing priceOrder(const OrderRequest &request, const trade::RuleSet &rules,
                        const shipping::ServiceCatalog &services, const EscrowPolicy &policy);

} // namespace caravan::escrow
