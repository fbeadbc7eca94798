#pragma once

#include "listing/issues.h"
#include "listing/listing.h"
#include "listing/validation.h"
#include "money/decimal.h"
#include "money/money.h"

#include <cstddef>
#include <string>
#include <vector>

// Bulk edits over a selection of listings, as pure functions: the input is never modified; the result
// holds the edited copies and, per listing that could not be edited, the reasons. A listing that fails
// is returned unchanged, so applying the result never half-edits one.
namespace caravan::listing {

struct BulkProblem
{
    std::size_t index = 0; // position in the input
    Issue issue;
};

struct BulkResult
{
    std::vector<Listing> listings;    // same size and order as the input
    std::vector<std::size_t> changed; // indexes that were modified
    std::vector<BulkProblem> problems;
    bool ok() const { return problems.empty(); }
};

// Adds `delta` (may be negative) to every price. Listings priced in another currency, or without a
// price, are reported and left alone; a result of zero or below is refused.
BulkResult adjustPriceByAmount(const std::vector<Listing> &listings, const money::Money &delta);

// Changes every price by `percent` (e.g. Decimal::parse("-12.5") for 12.5 % off), rounded half away
// from zero to the currency's minor unit (JPY 1, EUR 0.01, KWD 0.001). A result of zero or below is refused.
BulkResult adjustPriceByPercent(const std::vector<Listing> &listings, const money::Decimal &percent,
                                const money::CurrencyTable &currencies = money::CurrencyTable::standard());

// Replaces the postage services offered (checked as validation does).
BulkResult setPostageServices(const std::vector<Listing> &listings, const std::vector<std::string> &services,
                              const ValidationContext &ctx);

// Replaces where the listings ship to (checked as validation does).
BulkResult setDestinations(const std::vector<Listing> &listings, const Destinations &destinations,
                           const ValidationContext &ctx);

// Moves each listing to `to` when the transition is allowed and, for scheduled or active, the listing
// passes publish validation. A listing already in `to` is left as it is without a problem.
BulkResult setStatus(const std::vector<Listing> &listings, Status to, const ValidationContext &ctx);

} // namespace caravan::listing
