#pragma once

#include "listing/categories.h"
#include "listing/countries.h"
#include "listing/hs.h"
#include "listing/issues.h"
#include "listing/listing.h"
#include "money/currency.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

// Listing validation, identical in the desktop app and on the server. Issue fields use the listing's
// field names as the sync protocol and the JSON encoding spell them (title, price_minor, origin,
// services, dims_mm, scheduled_at, specifics.<key>, ...).
namespace caravan::listing {

struct Limits
{
    static constexpr std::size_t kTitleMin = 5, kTitleMax = 80;
    static constexpr std::size_t kDescriptionMin = 20, kDescriptionMax = 5000;
    static constexpr std::size_t kBrandMax = 60;
    static constexpr std::size_t kIdMax = 64;
    static constexpr std::int64_t kQuantityMax = 9999;
    static constexpr std::int64_t kPriceMaxMinor =
        10'000'000'000'000; // far above any C2C price, far below overflow
    static constexpr std::int64_t kHandlingDaysMax = 30;
    static constexpr std::int64_t kWeightMaxG = 70'000;
    static constexpr std::int64_t kDimensionMaxMm = 3'000;
    static constexpr std::size_t kServicesMax = 10;
    static constexpr std::size_t kPhotosMax = 12;
};

struct ValidationContext
{
    const CategoryCatalog &categories = CategoryCatalog::standard();
    const CountryTable &countries = CountryTable::system();
    const money::CurrencyTable &currencies = money::CurrencyTable::standard();
    const HsHeadings &hsHeadings = HsHeadings::standard();
    // Postage service ids that exist (from shared/shipping). Empty: only the id's shape is checked.
    std::set<std::string, std::less<>> postageServices{};
    // The current time (UTC seconds) for checking a scheduled start; without it that check is skipped.
    std::optional<std::int64_t> now{};
};

enum class ValidationMode {
    Draft,   // only what is present is checked
    Publish, // everything a buyer needs must be present and valid
};

std::vector<Issue> validate(const Listing &listing, const ValidationContext &ctx, ValidationMode mode);
// Draft rules for a draft, publish rules for every other status.
std::vector<Issue> validateForStatus(const Listing &listing, const ValidationContext &ctx);

// Checks one item-specific value against its definition; appends issues for field "specifics.<key>".
void validateSpecific(const SpecificDef &def, const std::string &value, std::vector<Issue> &out);

// Fills empty fields from the category: the HS code from the category's default heading.
// Returns true when something changed.
bool applyCategoryDefaults(Listing &listing, const CategoryCatalog &categories);

} // namespace caravan::listing
