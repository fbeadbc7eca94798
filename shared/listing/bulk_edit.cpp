#include "listing/bulk_edit.h"

#include "listing/text.h"

namespace caravan::listing {

namespace {

BulkResult start(const std::vector<Listing> &listings)
{
    BulkResult r;
    r.listings = listings;
    return r;
}

void problem(BulkResult &r, std::size_t i, Issue issue)
{
    r.problems.push_back(BulkProblem{i, std::move(issue)});
}

// Applies `newMinor` to listing i if positive; otherwise records the refusal.
void applyPrice(BulkResult &r, std::size_t i, std::int64_t newMinor, int digits)
{
    Listing &l = r.listings[i];
    if (newMinor <= 0) {
        const auto m = money::Money::ofMinor(newMinor, l.currency, digits);
        problem(r, i,
                Issue{"price_minor",
                      "price_would_be_negative",
                      {{"value", m.amountString()}, {"currency", l.currency}}});
        return;
    }
    if (newMinor > Limits::kPriceMaxMinor) {
        const auto m = money::Money::ofMinor(Limits::kPriceMaxMinor, l.currency, digits);
        problem(
            r, i,
            Issue{"price_minor", "price_too_high", {{"max", m.amountString()}, {"currency", l.currency}}});
        return;
    }
    if (newMinor != *l.priceMinor) {
        l.priceMinor = newMinor;
        r.changed.push_back(i);
    }
}

bool hasPrice(BulkResult &r, std::size_t i, const money::CurrencyTable &currencies)
{
    const Listing &l = r.listings[i];
    if (!l.priceMinor) {
        problem(r, i, Issue{"price_minor", "required", {}});
        return false;
    }
    if (!currencies.contains(l.currency)) {
        problem(r, i, Issue{"currency", "unknown_currency", {{"value", l.currency}}});
        return false;
    }
    return true;
}

std::vector<Issue> onlyField(std::vector<Issue> issues, std::string_view field)
{
    std::vector<Issue> out;
    for (auto &i : issues) {
        if (i.field == field)
            out.push_back(std::move(i));
    }
    return out;
}

} // namespace

BulkResult adjustPriceByAmount(const std::vector<Listing> &listings, const money::Money &delta)
{
    BulkResult r = start(listings);
    for (std::size_t i = 0; i < r.listings.size(); ++i) {
        const Listing &l = r.listings[i];
        if (!l.priceMinor) {
            problem(r, i, Issue{"price_minor", "required", {}});
            continue;
        }
        if (l.currency != delta.currency()) {
            problem(r, i,
                    Issue{"price_minor",
                          "currency_mismatch",
                          {{"value", std::string(delta.currency())}, {"currency", l.currency}}});
            continue;
        }
        const std::int64_t old = *l.priceMinor;
        std::int64_t sum = 0;
        if (__builtin_add_overflow(old, delta.minor(), &sum)) {
            problem(r, i, Issue{"price_minor", "price_too_high", {{"max", "-"}, {"currency", l.currency}}});
            continue;
        }
        applyPrice(r, i, sum, delta.digits());
    }
    return r;
}

BulkResult adjustPriceByPercent(const std::vector<Listing> &listings, const money::Decimal &percent,
                                const money::CurrencyTable &currencies)
{
    BulkResult r = start(listings);
    // new = old × (100 + percent) / 100, computed exactly in 128-bit integers, then rounded once.
    const money::Int128 scale = money::pow10i128(percent.scale);
    const money::Int128 factorNumerator = 100 * scale + percent.value; // (100 + percent) × 10^scale
    const money::Int128 denominator = 100 * scale;
    for (std::size_t i = 0; i < r.listings.size(); ++i) {
        if (!hasPrice(r, i, currencies))
            continue;
        const Listing &l = r.listings[i];
        const int digits = currencies.minorUnits(l.currency);
        const money::Int128 numerator = static_cast<money::Int128>(*l.priceMinor) * factorNumerator;
        std::int64_t result = 0;
        try {
            result = money::divideRounded(numerator, denominator, money::Rounding::HalfUp);
        } catch (const money::MoneyError &) {
            const auto m = money::Money::ofMinor(Limits::kPriceMaxMinor, l.currency, digits);
            problem(r, i,
                    Issue{"price_minor",
                          "price_too_high",
                          {{"max", m.amountString()}, {"currency", l.currency}}});
            continue;
        }
        applyPrice(r, i, result, digits);
    }
    return r;
}

BulkResult setPostageServices(const std::vector<Listing> &listings, const std::vector<std::string> &services,
                              const ValidationContext &ctx)
{
    BulkResult r = start(listings);
    for (std::size_t i = 0; i < r.listings.size(); ++i) {
        Listing candidate = r.listings[i];
        candidate.postageServices = services;
        const auto mode = candidate.status == Status::Draft ? ValidationMode::Draft : ValidationMode::Publish;
        auto issues = onlyField(validate(candidate, ctx, mode), "services");
        if (!issues.empty()) {
            for (auto &issue : issues)
                problem(r, i, std::move(issue));
            continue;
        }
        if (candidate.postageServices != r.listings[i].postageServices) {
            r.listings[i] = std::move(candidate);
            r.changed.push_back(i);
        }
    }
    return r;
}

BulkResult setDestinations(const std::vector<Listing> &listings, const Destinations &destinations,
                           const ValidationContext &ctx)
{
    BulkResult r = start(listings);
    for (std::size_t i = 0; i < r.listings.size(); ++i) {
        Listing candidate = r.listings[i];
        candidate.destinations = destinations;
        auto issues = onlyField(validate(candidate, ctx, ValidationMode::Draft), "destinations");
        if (!issues.empty()) {
            for (auto &issue : issues)
                problem(r, i, std::move(issue));
            continue;
        }
        if (!(candidate.destinations == r.listings[i].destinations)) {
            r.listings[i] = std::move(candidate);
            r.changed.push_back(i);
        }
    }
    return r;
}

BulkResult setStatus(const std::vector<Listing> &listings, Status to, const ValidationContext &ctx)
{
    BulkResult r = start(listings);
    for (std::size_t i = 0; i < r.listings.size(); ++i) {
        const Listing &current = r.listings[i];
        if (current.status == to)
            continue;
        if (!canTransition(current.status, to)) {
            std::vector<std::string> allowed;
            for (auto s : allowedTransitions(current.status))
                allowed.emplace_back(toString(s));
            problem(r, i,
                    Issue{"status",
                          "status_transition",
                          {{"from", std::string(toString(current.status))},
                           {"to", std::string(toString(to))},
                           {"allowed", text::join(allowed, ", ")}}});
            continue;
        }
        Listing candidate = current;
        candidate.status = to;
        if (to == Status::Scheduled || to == Status::Active) {
            auto issues = validate(candidate, ctx, ValidationMode::Publish);
            if (!issues.empty()) {
                for (auto &issue : issues)
                    problem(r, i, std::move(issue));
                continue;
            }
        }
        r.listings[i] = std::move(candidate);
        r.changed.push_back(i);
    }
    return r;
}

} // namespace caravan::listing
