#include "escrow/pricing.h"

#include "listing/categories.h"
#include "money/currency.h"

#include <algorithm>
#include <limits>
#include <variant>

namespace caravan::escrow {

using money::Money;

namespace {

// What every step of the pricing reads: the request and the data, plus the listing's currency L.
struct Pricing
{
    const OrderRequest &request;
    const trade::RuleSet &rules;
    const shipping::ServiceCatalog &services;
    const EscrowPolicy &policy;
    std::string listingCurrency;
    int listingDigits = 0;
};

[[noreturn]] void incomplete(const std::string &what)
{
    throw PricingError("listing_id", "incomplete_listing", "the listing cannot be priced: it has no " + what);
}

// Everything pricing needs must be on the listing; a draft that slipped through is refused, not guessed.
void requireCompleteListing(const listing::Listing &l, const trade::RuleSet &rules)
{
    if (!l.priceMinor || *l.priceMinor <= 0)
        incomplete("price");
    if (!money::looksLikeCurrencyCode(l.currency) || !rules.currencies().contains(l.currency))
        incomplete("known currency");
    if (!l.quantity)
        incomplete("quantity");
    if (!l.weightG || *l.weightG <= 0)
        incomplete("packed weight");
    if (!l.packedMm || l.packedMm->lengthMm <= 0 || l.packedMm->widthMm <= 0 || l.packedMm->heightMm <= 0)
        incomplete("packed dimensions");
    if (l.shipsFrom.empty())
        incomplete("country it ships from");
}

void requireOrderable(const OrderRequest &r, const shipping::ServiceCatalog &services)
{
    const listing::Listing &l = r.listing;
    if (r.quantity < 1 || r.quantity > *l.quantity)
        throw PricingError("quantity", "not_available",
                           "quantity must be between 1 and " + std::to_string(*l.quantity) + ", not " +
                               std::to_string(r.quantity));
    if (!l.destinations.allows(r.destination))
        throw PricingError("ship_to.country", "does_not_ship_there",
                           "the listing does not ship to " + r.destination);
    const auto &offered = l.postageServices;
    if (std::find(offered.begin(), offered.end(), r.serviceId) == offered.end())
        throw PricingError("service", "not_offered",
                           "the listing does not offer the service \"" + r.serviceId + "\"");
    if (!services.find(r.serviceId))
        throw PricingError("service", "not_offered", "there is no postage service \"" + r.serviceId + "\"");
}

int clampedMm(std::int64_t mm)
{
    return static_cast<int>(std::min<std::int64_t>(mm, std::numeric_limits<int>::max()));
}

// Simplification: n items are assumed to fit the listing's packed box only when n == 1; for n > 1 the
// boxes are stacked along the height (height × n). The weight is always weight × n. Saturating
// arithmetic: an absurd parcel is refused by the service's limits rather than overflowing.
shipping::Parcel parcelFor(const listing::Listing &l, std::int64_t n)
{
    const auto &d = *l.packedMm;
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    shipping::Parcel p;
    p.lengthMm = clampedMm(d.lengthMm);
    p.widthMm = clampedMm(d.widthMm);
    p.heightMm = clampedMm(d.heightMm > kMax / n ? kMax : d.heightMm * n);
    p.weightGrams = *l.weightG > kMax / n ? kMax : *l.weightG * n;
    return p;
}

shipping::PostageQuote quotePostage(const Pricing &ctx)
{
    const OrderRequest &r = ctx.request;
    const auto result = ctx.services.quote(r.serviceId, r.destination, parcelFor(r.listing, r.quantity));
    if (const auto *refusal = std::get_if<shipping::Refusal>(&result))
        throw PricingError("service", "parcel_refused",
                           "the service \"" + r.serviceId + "\" cannot carry the parcel: " + refusal->reason);
    return std::get<shipping::PostageQuote>(result);
}

[[noreturn]] void noRate(std::string_view from, std::string_view to, const money::Date &day)
{
    throw PricingError("ship_to.country", "no_exchange_rate",
                       "no exchange rate " + std::string(from) + "->" + std::string(to) + " on or before " +
                           day.toString());
}

// Converted at the day's rate of the table (the order date, Daily policy); an amount already in the
// target currency is not touched.
Money convertOnDay(const Pricing &ctx, const Money &amount, const std::string &to, int toDigits)
{
    if (amount.currency() == to)
        return amount;
    const auto c = ctx.rules.fx().find(amount.currency(), to, ctx.request.date, money::FxPolicy::Daily);
    if (!c)
        noRate(amount.currency(), to, ctx.request.date);
    return c->apply(amount, toDigits, money::Rounding::HalfUp);
}

money::FxConversion lockedRate(const Pricing &ctx, const std::string &buyerCurrency)
{
    const std::string &from = ctx.listingCurrency;
    if (from == buyerCurrency) {
        money::FxConversion identity;
        identity.from = from;
        identity.to = buyerCurrency;
        identity.multiply = money::Decimal{1, 0};
        identity.divide = money::Decimal{1, 0};
        identity.date = ctx.request.date;
        identity.source = "identity";
        return identity;
    }
    const auto c = ctx.rules.fx().find(from, buyerCurrency, ctx.request.date, money::FxPolicy::Daily);
    if (!c)
        noRate(from, buyerCurrency, ctx.request.date);
    return *c;
}

money::FxConversion inverseOf(const money::FxConversion &c)
{
    money::FxConversion inv = c;
    inv.from = c.to;
    inv.to = c.from;
    inv.multiply = c.divide;
    inv.divide = c.multiply;
    return inv;
}

// amount × percent / 100, rounded half up to the minor unit.
Money percentOf(const Money &amount, const money::Decimal &percent)
{
    const money::Int128 num = static_cast<money::Int128>(amount.minor()) * percent.value;
    const money::Int128 den = 100 * money::pow10i128(percent.scale);
    return Money::ofMinor(money::divideRounded(num, den, money::Rounding::HalfUp), amount.currency(),
                          amount.digits());
}

// The category's heading stands in for a missing HS code, as the app's landed-cost panel does.
std::string hsFor(const listing::Listing &l, std::vector<std::string> &warnings)
{
    if (!l.hsCode.empty() || l.category.empty())
        return l.hsCode;
    try {
        const std::string heading = listing::CategoryCatalog::standard().suggestedHsHeading(l.category);
        if (!heading.empty())
            warnings.push_back("No HS code given: the category's heading " + heading + " is used.");
        return heading;
    } catch (const std::exception &) {
        return {}; // without category data the engine uses the default duty rate and says so
    }
}

trade::QuoteRequest quoteRequestFor(const Pricing &ctx, const shipping::PostageQuote &postage,
                                    std::vector<std::string> &warnings)
{
    const listing::Listing &l = ctx.request.listing;
    trade::QuoteRequest q;
    q.from = l.shipsFrom;
    q.to = ctx.request.destination;
    q.date = ctx.request.date;
    // Caravan is C2C: sellers are private persons (the quote's default), and nothing is a gift.
    trade::QuoteItem item;
    item.description = l.title.empty() ? std::string("item") : l.title;
    item.hs = hsFor(l, warnings);
    item.unitValue = Money::ofMinor(*l.priceMinor, ctx.listingCurrency, ctx.listingDigits);
    item.quantity = ctx.request.quantity;
    item.origin = l.originCountry;
    item.weightGrams = *l.weightG;
    q.items = {item};
    // The tariff's own amount, as the app passes it: the engine converts it with the customs rate.
    q.shipping = postage.amount;
    return q;
}

trade::Quote landedCost(const Pricing &ctx, const shipping::PostageQuote &postage,
                        std::vector<std::string> &warnings)
{
    const std::string &to = ctx.request.destination;
    if (!ctx.rules.hasDestination(to))
        throw PricingError("ship_to.country", "no_customs_rules", "there are no customs rules for " + to);
    try {
        return trade::computeQuote(ctx.rules, quoteRequestFor(ctx, postage, warnings));
    } catch (const trade::QuoteError &e) {
        const std::string message = e.what();
        if (message.find("no exchange rate") != std::string::npos)
            throw PricingError("ship_to.country", "no_exchange_rate", message);
        if (e.field() == "to" || e.field() == "date")
            throw PricingError("ship_to.country", "no_customs_rules", message);
        throw PricingError("ship_to.country", "cannot_quote", message);
    } catch (const money::MoneyError &e) {
        throw PricingError("ship_to.country", "cannot_quote", e.what());
    }
}

// In L: everything but the import charges, which the quote computes in B.
Amounts listingAmounts(const Pricing &ctx, const Money &postage, const Money &importCheckoutL)
{
    const EscrowPolicy &policy = ctx.policy;
    const Money price =
        Money::ofMinor(*ctx.request.listing.priceMinor, ctx.listingCurrency, ctx.listingDigits);
    Amounts a;
    a.item = price * ctx.request.quantity;
    a.postage = postage;
    a.importCheckout = importCheckoutL;
    const Money fixed = policy.buyerFeeFixed.isZero()
                            ? Money::ofMinor(0, ctx.listingCurrency, ctx.listingDigits)
                            : convertOnDay(ctx, policy.buyerFeeFixed, ctx.listingCurrency, ctx.listingDigits);
    a.buyerFee = percentOf(a.item, policy.buyerFeePercent) + fixed;
    a.total = a.item + a.postage + a.importCheckout + a.buyerFee;
    a.sellerFee = percentOf(a.item + a.postage, policy.sellerFeePercent);
    a.sellerNet = a.item + a.postage - a.sellerFee;
    return a;
}

// In B: each L part converted once with the locked rate; the total is the sum of the B parts, so what is
// charged is exactly what the parts add up to.
Amounts buyerAmounts(const Amounts &l, const money::FxConversion &rate, const Money &importCheckoutB,
                     int digits)
{
    auto b = [&](const Money &m) { return rate.apply(m, digits, money::Rounding::HalfUp); };
    Amounts a;
    a.item = b(l.item);
    a.postage = b(l.postage);
    a.importCheckout = importCheckoutB;
    a.buyerFee = b(l.buyerFee);
    a.total = a.item + a.postage + a.importCheckout + a.buyerFee;
    a.sellerFee = b(l.sellerFee);
    a.sellerNet = a.item + a.postage - a.sellerFee;
    return a;
}

trade::ExplanationLine postageLine(const Pricing &ctx, const shipping::PostageQuote &pq,
                                   const Money &inListing)
{
    const shipping::Service *service = ctx.services.find(pq.serviceId);
    std::string text = "Postage: " + pq.serviceName + ", chargeable weight " +
                       shipping::formatGrams(pq.chargeableGrams) + ", " + pq.amount.toString();
    if (inListing.currency() != pq.amount.currency())
        text += " = " + inListing.toString();
    text += " (" + std::to_string(pq.minDays) + "-" + std::to_string(pq.maxDays) + " days" +
            (pq.tracking ? ", tracked" : "") + ").";
    return {std::string(), text, service ? service->source : std::string(),
            pq.sample ? trade::Confidence::Uncertain : trade::Confidence::Official};
}

trade::ExplanationLine rateLine(const money::FxConversion &rate)
{
    return {"",
            "Exchange rate locked for this order: " + rate.describe() + " (" + rate.date.toString() + ").",
            rate.source, trade::Confidence::Official};
}

std::int64_t effectiveHandlingDays(const listing::Listing &l, const EscrowPolicy &policy)
{
    const std::int64_t days = l.handlingDays.value_or(policy.defaultHandlingDays);
    return std::clamp<std::int64_t>(days, 0, std::max(policy.maxHandlingDays, 0));
}

} // namespace

OrderPricing priceOrder(const OrderRequest &request, const trade::RuleSet &rules,
                        const shipping::ServiceCatalog &services, const EscrowPolicy &policy)
{
    const listing::Listing &l = request.listing;
    requireCompleteListing(l, rules);
    requireOrderable(request, services);
    Pricing ctx{request, rules, services, policy, l.currency, rules.currencies().minorUnits(l.currency)};

    OrderPricing out;
    out.postage = quotePostage(ctx);
    const Money postageL = convertOnDay(ctx, out.postage.amount, ctx.listingCurrency, ctx.listingDigits);
    out.lines.push_back(postageLine(ctx, out.postage, postageL));
    if (out.postage.sample)
        out.warnings.push_back(
            "The postage comes from a sample tariff; replace it with your carrier's prices.");

    out.domestic = request.destination == l.shipsFrom;
    std::string buyerCurrency = ctx.listingCurrency;
    int buyerDigits = ctx.listingDigits;
    Money importCheckoutB = Money::ofMinor(0, buyerCurrency, buyerDigits);
    out.importAtDoor = importCheckoutB;
    if (!out.domestic) {
        trade::Quote quote = landedCost(ctx, out.postage, out.warnings);
        buyerCurrency = quote.currency;
        buyerDigits = rules.currencies().minorUnits(buyerCurrency);
        const Money zero = Money::ofMinor(0, buyerCurrency, buyerDigits);
        importCheckoutB = quote.collectedAt == trade::CollectedAt::Checkout ? quote.total : zero;
        out.importAtDoor = quote.collectedAt == trade::CollectedAt::Border ? quote.total : zero;
        out.collectedAt = quote.collectedAt;
        out.checkoutScheme = quote.checkoutScheme;
        out.lines.insert(out.lines.end(), quote.lines.begin(), quote.lines.end());
        out.warnings.insert(out.warnings.end(), quote.warnings.begin(), quote.warnings.end());
    }

    out.rate = lockedRate(ctx, buyerCurrency);
    out.lines.push_back(rateLine(out.rate));
    const Money importCheckoutL = inverseOf(out.rate).apply(importCheckoutB, ctx.listingDigits);
    out.listing = listingAmounts(ctx, postageL, importCheckoutL);
    out.buyer = buyerAmounts(out.listing, out.rate, importCheckoutB, buyerDigits);
    out.handlingDays = effectiveHandlingDays(l, policy);
    return out;
}

} // namespace caravan::escrow
