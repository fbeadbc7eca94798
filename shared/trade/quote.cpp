#include "trade/quote.h"

#include "trade/quote_context.h"

#include <algorithm>
#include <set>

namespace caravan::trade {

using detail::QuoteContext;

namespace {

struct Line
{
    const QuoteItem *item = nullptr;
    std::string field; // "items[0]"
    std::string hs;    // digits
    Money value;       // destination currency, after any taxable-value factor
    Money share;       // transport + insurance allocated to this line (CIF)
    std::int64_t relievedUnits = 0;
    Money relievedValue;
    Money duty;
};

// Splits `total` over lines in proportion to `weights`; the rounding remainder goes to the last line.
std::vector<Money> allocate(const Money &total, const std::vector<Money> &weights, const Money &zero)
{
    std::vector<Money> out(weights.size(), zero);
    Money sum = zero;
    for (const auto &w : weights)
        sum += w;
    if (weights.empty())
        return out;
    Money given = zero;
    for (std::size_t i = 0; i + 1 < weights.size(); ++i) {
        if (sum.isZero())
            break;
        const auto share = money::divideRounded(static_cast<money::Int128>(total.minor()) * weights[i].minor(),
                                                sum.minor(), money::Rounding::Down);
        out[i] = Money::ofMinor(share, zero.currency(), zero.digits());
        given += out[i];
    }
    out.back() = total - given;
    return out;
}

Money taxOn(const Money &base, const Decimal &rate, bool grossUp)
{
    if (!grossUp)
        return base.times(rate, money::Rounding::HalfUp);
    // tax = base × r / (1 − r): the tax is part of its own base ("por dentro").
    const Decimal one{1, 0};
    const Decimal rest = one - rate;
    if (rest.value <= 0)
        throw QuoteError("rules", "a grossed-up tax rate must be below 100%");
    const money::Int128 num = static_cast<money::Int128>(base.minor()) * rate.value * money::pow10i128(rest.scale);
    const money::Int128 den = static_cast<money::Int128>(rest.value) * money::pow10i128(rate.scale);
    return Money::ofMinor(money::divideRounded(num, den, money::Rounding::HalfUp), base.currency(), base.digits());
}

std::string pct(const Decimal &d)
{
    return d.toPercentString();
}

} // namespace

std::string_view toString(CollectedAt c)
{
    switch (c) {
    case CollectedAt::None:
        return "none";
    case CollectedAt::Border:
        return "border";
    case CollectedAt::Checkout:
        return "checkout";
    }
    return "none";
}

Quote computeQuote(const RuleSet &rules, const QuoteRequest &req)
{
    if (!rules.hasDestination(req.to))
        throw QuoteError("to", "no rule data for destination \"" + req.to + "\"");
    if (req.items.empty())
        throw QuoteError("item", "at least one item is needed");
    if (req.from == req.to)
        throw QuoteError("from", "the parcel does not cross a border (from and to are both " + req.to + ")");

    Quote q;
    QuoteContext ctx(rules, req, q);
    q.currency = ctx.currency();
    const Money zero = ctx.zero();

    // 1. Values in the destination currency.
    std::vector<Line> lines;
    Money goods = zero;
    for (std::size_t i = 0; i < req.items.size(); ++i) {
        const QuoteItem &it = req.items[i];
        Line l;
        l.item = &it;
        l.field = "items[" + std::to_string(i) + "]";
        if (it.quantity < 1)
            throw QuoteError(l.field + ".qty", "quantity must be at least 1");
        if (it.unitValue.isNegative())
            throw QuoteError(l.field + ".value", "value must not be negative");
        l.hs = hsDigits(it.hs);
        l.value = ctx.toDest(it.unitValue, l.field + ".value") * it.quantity;
        l.relievedValue = zero;
        l.duty = zero;
        goods += l.value;
        lines.push_back(std::move(l));
    }
    q.goods = goods;
    q.shipping = req.shipping ? ctx.toDest(*req.shipping, "shipping") : zero;
    q.insurance = req.insurance ? ctx.toDest(*req.insurance, "insurance") : zero;
    if (q.shipping.isNegative())
        throw QuoteError("shipping", "must not be negative");
    if (q.insurance.isNegative())
        throw QuoteError("insurance", "must not be negative");

    auto basisValue = [&](const Rule &r) -> Money {
        switch (r.basis) {
        case Basis::Intrinsic:
            return goods;
        case Basis::CustomsValue:
            return q.customsValue;
        case Basis::ItemIntrinsic: {
            Money top = zero;
            for (const auto &l : lines)
                top = Money::max(top, ctx.toDest(l.item->unitValue, l.field + ".value"));
            return top;
        }
        case Basis::DutyAmount:
            return q.duty;
        case Basis::TaxAmount:
            return q.tax;
        case Basis::ChargesAmount:
            return q.duty + q.tax;
        }
        return goods;
    };
    auto within = [&](const Rule &r) {
        return ctx.fromDest(basisValue(r), r.amount->currency(), "fx") <= *r.amount;
    };
    auto hsExcluded = [&](const Rule &r) {
        for (const auto &l : lines)
            for (const auto &p : r.excludedHs)
                if (!l.hs.empty() && l.hs.rfind(p, 0) == 0)
                    return true;
        return false;
    };

    // 2. Valuation.
    const Rule *val = ctx.best(RuleKind::Valuation);
    if (!val)
        throw QuoteError("date", "no valuation rule for " + req.to + " on " + req.date.toString());
    ctx.explain(*val, std::string("Customs value is ") + (val->cif ? "CIF: goods + transport + insurance" : "FOB: goods only") + ".");
    for (const Rule *f : ctx.matching(RuleKind::TaxableValueFactor)) {
        for (auto &l : lines)
            l.value = l.value.times(f->factor, money::Rounding::Down);
        ctx.explain(*f, "Goods for personal use are valued at " + pct(f->factor) + " of their retail price.");
    }
    const Money transport = q.shipping + q.insurance;
    {
        std::vector<Money> weights;
        for (const auto &l : lines)
            weights.push_back(l.value);
        const auto shares = allocate(val->cif ? transport : zero, weights, zero);
        for (std::size_t i = 0; i < lines.size(); ++i)
            lines[i].share = shares[i];
    }
    Money valued = zero;
    for (const auto &l : lines)
        valued += l.value;
    q.customsValue = valued + (val->cif ? transport : zero);
    ctx.explainPlain("Customs value " + q.customsValue.toString() + ".");

    // 3. Where tax is collected; legal limits; notices.
    bool checkout = false;
    bool checkoutNoDuty = false;
    for (const Rule *r : ctx.matching(RuleKind::CheckoutCollection)) {
        if (within(*r)) {
            checkout = true;
            checkoutNoDuty = r->relievesDuty;
            q.checkoutScheme = r->scheme;
            ctx.explain(*r, "Value within " + r->amount->toString() + " (" + std::string(toString(r->basis))
                                + "): tax is collected at checkout under " + r->scheme + ".");
            break;
        }
    }
    for (const Rule *r : ctx.matching(RuleKind::Limit)) {
        if (!within(*r)) {
            ctx.explain(*r, "Over the limit of " + r->amount->toString() + ".");
            ctx.warn(r->name);
        }
    }
    for (const Rule *r : ctx.matching(RuleKind::Notice)) {
        ctx.explain(*r, r->name);
        ctx.warn(r->name);
    }

    // 4. Gifts.
    bool giftFlat = false;
    if (req.gift && req.seller == SellerKind::Business)
        ctx.warn("a sale by a business is not a gift: gift relief cannot apply, the goods are charged as a sale");
    if (req.gift && req.seller == SellerKind::Private) {
        if (const Rule *g = ctx.best(RuleKind::GiftRelief)) {
            const Money limit = ctx.toDest(*g->amount, "fx");
            if (goods <= limit) {
                for (auto &l : lines) {
                    l.relievedUnits = l.item->quantity;
                    l.relievedValue = l.value;
                }
                ctx.explain(*g, "Gift between private persons within " + g->amount->toString() + ": relieved.");
            } else if (g->giftMode == GiftMode::WholeItems) {
                Money used = zero;
                for (auto &l : lines) {
                    const Money unitValue = Money::ofMinor(l.value.minor() / l.item->quantity, q.currency, ctx.digits());
                    while (l.relievedUnits < l.item->quantity && used + unitValue <= limit) {
                        used += unitValue;
                        l.relievedValue += unitValue;
                        ++l.relievedUnits;
                    }
                }
                ctx.explain(*g, "Gift over " + g->amount->toString() + ": whole items worth " + used.toString()
                                    + " relieved, the rest is charged.");
            } else if (g->giftMode == GiftMode::Excess) {
                Money left = limit;
                for (auto &l : lines) {
                    const Money take = Money::min(left, l.value);
                    l.relievedValue = take;
                    left -= take;
                }
                ctx.explain(*g, "Gift over " + g->amount->toString() + ": only the excess is charged.");
            } else {
                ctx.explain(*g, "Gift over " + g->amount->toString() + ": no relief (the limit applies to the whole parcel).");
            }
            if (!g->relievesTax || !g->relievesDuty)
                ctx.explainPlain(std::string("The gift relief covers ") + (g->relievesDuty ? "duty" : "tax") + " only.");
        }
        if (const Rule *f = ctx.best(RuleKind::GiftFlatRate)) {
            // The flat rate replaces the tariff only for goods that carry duty; duty-free goods stay out
            // of both the rate and the value limit.
            const Rule *normal = ctx.best(RuleKind::DutyRate);
            Money charged = zero;
            for (const auto &l : lines) {
                const auto r = normal ? normal->rates.lookup(l.hs) : std::nullopt;
                if (!r || !r->isZero())
                    charged += l.value - l.relievedValue;
            }
            if (charged.isPositive() && ctx.fromDest(charged, f->amount->currency(), "fx") <= *f->amount) {
                giftFlat = true;
                ctx.explain(*f, "Non-commercial consignment up to " + f->amount->toString() + ": flat duty rate "
                                    + pct(f->factor) + ".");
            }
        }
    }
    const Rule *giftRule = req.gift && req.seller == SellerKind::Private ? ctx.best(RuleKind::GiftRelief) : nullptr;
    const bool giftCoversDuty = giftRule && giftRule->relievesDuty;
    const bool giftCoversTax = giftRule && giftRule->relievesTax;
    auto chargedValue = [&](const Line &l, bool relief) {
        Money v = l.value - (relief ? l.relievedValue : zero);
        Money s = l.share;
        if (relief && l.value.isPositive() && l.relievedValue == l.value)
            s = zero;
        return v + s;
    };

    // 5. A single rate replacing duty and tax (postal articles tax, courier global rate).
    if (const Rule *g = ctx.best(RuleKind::GlobalRate)) {
        Money t = zero;
        for (const auto &l : lines) {
            std::string matched;
            const Decimal rate = l.item->dutyRate.value_or(*g->rates.lookup(l.hs, &matched));
            t += chargedValue(l, giftCoversTax).times(rate, ctx.rounding());
            ctx.explain(*g, l.item->description + ": " + g->name + " " + pct(rate)
                                + (l.item->dutyRate ? " (given)" : " (HS " + matched + ")") + ".");
        }
        if (!g->bands.empty() && g->bands.front().upTo
            && ctx.fromDest(q.customsValue, g->bands.front().upTo->currency(), "fx") > *g->bands.front().upTo)
            ctx.warn("the parcel is over the " + g->name + " limit of " + g->bands.front().upTo->toString()
                     + " per parcel: customs may refuse it or clear it as a formal import");
        q.taxBase = q.customsValue;
        if (g->amount && ctx.fromDest(t, g->amount->currency(), "fx") <= *g->amount) {
            ctx.explain(*g, g->name + " of " + t.toString() + " is within " + g->amount->toString() + ": not collected.");
            t = zero;
            q.taxBase = zero;
        }
        q.tax = ctx.roundCharge(t);
        q.taxName = g->name;
        q.duty = zero;
        q.dutiableValue = zero;
    } else {
        // 6. Duty.
        Money dutiable = zero;
        for (const auto &l : lines)
            dutiable += chargedValue(l, giftCoversDuty);
        bool dutyFree = false;
        if (checkoutNoDuty) {
            dutyFree = true;
            ctx.explainPlain("No customs duty on a consignment collected at checkout under " + q.checkoutScheme + ".");
        }
        for (const Rule *r : ctx.matching(RuleKind::DutyExemption)) {
            if (dutyFree || r->basis == Basis::DutyAmount)
                continue;
            if (within(*r) && !hsExcluded(*r)) {
                dutyFree = true;
                ctx.explain(*r, "Value within " + r->amount->toString() + " (" + std::string(toString(r->basis)) + "): no customs duty.");
            } else if (within(*r)) {
                ctx.explain(*r, "The duty exemption does not cover these goods (excluded HS codes).");
            }
        }
        const Rule *flat = nullptr;
        for (const Rule *r : ctx.matching(RuleKind::FlatDuty)) {
            const auto &band = r->bands;
            if (band.empty() || !band.front().upTo
                || ctx.fromDest(goods, band.front().upTo->currency(), "fx") <= *band.front().upTo) {
                flat = r;
                break;
            }
        }
        Money duty = zero;
        if (dutyFree || dutiable.isZero()) {
            dutiable = zero;
        } else if (flat) {
            std::set<std::string> subheadings;
            std::int64_t units = 0;
            for (const auto &l : lines) {
                subheadings.insert(l.hs.size() >= 6 ? l.hs.substr(0, 6) : l.hs + "?" + l.field);
                units += l.item->quantity;
            }
            const std::int64_t count = flat->per == Per::Subheading ? static_cast<std::int64_t>(subheadings.size())
                                       : flat->per == Per::Line     ? static_cast<std::int64_t>(lines.size())
                                       : flat->per == Per::Unit     ? units
                                                                    : 1;
            duty = ctx.toDest(*flat->amount * count, "fx");
            ctx.explain(*flat, "Flat duty " + flat->amount->toString() + " × " + std::to_string(count) + " "
                                   + (flat->per == Per::Subheading ? "tariff subheading(s)" : "unit(s)") + " = "
                                   + duty.toString() + ".");
            std::vector<Money> w;
            for (const auto &l : lines)
                w.push_back(l.value);
            const auto parts = allocate(duty, w, zero);
            for (std::size_t i = 0; i < lines.size(); ++i)
                lines[i].duty = parts[i];
        } else {
            const Rule *rate = ctx.best(RuleKind::DutyRate);
            const Rule *override = ctx.best(RuleKind::DutyOverride);
            const Rule *giftRate = giftFlat ? ctx.best(RuleKind::GiftFlatRate) : nullptr;
            if (rate && !rate->bands.empty() && !override && !giftRate) {
                std::string bandCurrency = q.currency;
                for (const auto &b : rate->bands)
                    if (b.upTo)
                        bandCurrency = std::string(b.upTo->currency());
                const Money cvIn = ctx.fromDest(dutiable, bandCurrency, "fx");
                const Band *band = nullptr;
                for (const auto &b : rate->bands)
                    if (!b.upTo || cvIn <= *b.upTo) {
                        band = &b;
                        break;
                    }
                if (!band)
                    throw QuoteError("items", "the value is over the highest band of " + rate->id);
                duty = dutiable.times(band->rate, ctx.rounding());
                if (band->deduct)
                    duty = Money::max(zero, duty - ctx.toDest(*band->deduct, "fx"));
                ctx.explain(*rate, "Duty " + pct(band->rate) + " of " + dutiable.toString()
                                       + (band->deduct ? " less " + band->deduct->toString() : "") + " = " + duty.toString() + ".");
                std::vector<Money> w;
                for (const auto &l : lines)
                    w.push_back(l.value);
                const auto parts = allocate(duty, w, zero);
                for (std::size_t i = 0; i < lines.size(); ++i)
                    lines[i].duty = parts[i];
            } else {
                for (auto &l : lines) {
                    const Money base = chargedValue(l, giftCoversDuty);
                    std::string matched;
                    std::optional<Decimal> r;
                    const Rule *by = giftRate ? giftRate : override ? override : rate;
                    if (l.item->dutyRate) {
                        r = l.item->dutyRate;
                        matched = "given for this item";
                    } else if (giftRate) {
                        const auto normal = rate ? rate->rates.lookup(l.hs) : std::nullopt;
                        r = normal && *normal < giftRate->factor ? *normal : giftRate->factor;
                        matched = normal && *normal < giftRate->factor ? "normal rate, lower than the flat rate" : "gift flat rate";
                    } else if (by) {
                        r = by->rates.lookup(l.hs, &matched);
                        matched = matched == "default" ? "default rate" : "HS " + matched;
                    }
                    if (!r)
                        throw QuoteError(l.field + ".hs", "no duty rate for HS \"" + l.item->hs + "\" in " + req.to
                                                              + "; give duty_rate=...% for this item");
                    l.duty = base.times(*r, ctx.rounding());
                    duty += l.duty;
                    const std::string text = l.item->description + ": duty " + pct(*r) + " (" + matched + ") of "
                                             + base.toString() + " = " + l.duty.toString() + ".";
                    if (by && !l.item->dutyRate)
                        ctx.explain(*by, text);
                    else
                        ctx.explainPlain(text);
                    if (matched == "default rate" && !l.item->dutyRate)
                        ctx.warn(l.item->description + ": no duty rate for " + (l.hs.empty() ? "an item without HS code" : "HS " + l.item->hs)
                                 + " in the data; the default rate " + pct(*r) + " was used");
                }
            }
            for (const Rule *a : ctx.matching(RuleKind::AdditionalDuty)) {
                for (auto &l : lines) {
                    if (!QuoteContext::lineMatches(*a, *l.item, l.hs))
                        continue;
                    const auto r = a->rates.lookup(l.hs);
                    if (!r || r->isZero())
                        continue;
                    const Money extra = chargedValue(l, giftCoversDuty).times(*r, ctx.rounding());
                    l.duty += extra;
                    duty += extra;
                    ctx.explain(*a, l.item->description + ": " + (a->name.empty() ? "additional duty" : a->name) + " "
                                        + pct(*r) + " = " + extra.toString() + ".");
                }
            }
            for (const Rule *s : ctx.matching(RuleKind::DutySurcharge)) {
                const Money extra = duty.times(s->factor, ctx.rounding());
                for (auto &l : lines)
                    l.duty += l.duty.times(s->factor, ctx.rounding());
                duty += extra;
                ctx.explain(*s, (s->name.empty() ? "Surcharge" : s->name) + " " + pct(s->factor) + " of the duty = " + extra.toString() + ".");
            }
        }
        q.duty = ctx.roundCharge(duty);
        q.dutiableValue = dutiable;
        for (const Rule *r : ctx.matching(RuleKind::DutyExemption)) {
            if (r->basis == Basis::DutyAmount && q.duty.isPositive() && within(*r)) {
                ctx.explain(*r, "Duty of " + q.duty.toString() + " is within " + r->amount->toString() + ": not collected.");
                q.duty = zero;
                for (auto &l : lines)
                    l.duty = zero;
            }
        }

        // 7. Tax.
        q.taxBase = zero;
        q.tax = zero;
        const Rule *tax = ctx.best(RuleKind::TaxRate);
        bool taxFree = false;
        for (const Rule *r : ctx.matching(RuleKind::TaxExemption)) {
            if (r->basis == Basis::TaxAmount || r->basis == Basis::ChargesAmount)
                continue;
            if (within(*r) && !hsExcluded(*r)) {
                taxFree = true;
                ctx.explain(*r, "Value within " + r->amount->toString() + " (" + std::string(toString(r->basis)) + "): no import tax.");
                break;
            }
        }
        if (tax && !taxFree) {
            q.taxName = tax->name;
            Money t = zero;
            Money transportLeft = (!val->cif && val->taxIncludesShipping) ? transport : zero;
            std::vector<Money> w;
            for (const auto &l : lines)
                w.push_back(l.value);
            const auto extraShares = allocate(transportLeft, w, zero);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                auto &l = lines[i];
                Money base = chargedValue(l, giftCoversTax) + extraShares[i];
                if (!val->taxIncludesShipping && val->cif)
                    base -= l.share;
                if (val->taxIncludesDuty)
                    base += l.duty;
                if (base.isNegative())
                    base = zero;
                std::string matched;
                const Decimal rate = *tax->rates.lookup(l.hs, &matched);
                const Money lineTax = taxOn(base, rate, tax->grossUp);
                q.taxBase += base;
                t += lineTax;
                ctx.explain(*tax, l.item->description + ": " + tax->name + " " + pct(rate)
                                      + (matched == "default" ? "" : " (HS " + matched + ")") + " of " + base.toString()
                                      + (tax->grossUp ? " grossed up" : "") + " = " + lineTax.toString() + ".");
            }
            for (const Rule *f : ctx.matching(RuleKind::Fee)) {
                if (!f->inTaxBase)
                    continue;
                const Money fee = ctx.toDest(*f->amount, "fx");
                q.taxBase += fee;
                t += taxOn(fee, *tax->rates.fallback, tax->grossUp);
            }
            for (const Rule *f : ctx.matching(RuleKind::TaxFactor)) {
                t = t.times(f->factor, ctx.rounding());
                ctx.explain(*f, (f->name.empty() ? tax->name : f->name) + " charged at " + pct(f->factor) + ": " + t.toString() + ".");
            }
            q.tax = ctx.roundCharge(t);
            for (const Rule *r : ctx.matching(RuleKind::TaxExemption)) {
                if ((r->basis == Basis::TaxAmount || r->basis == Basis::ChargesAmount) && q.tax.isPositive() && within(*r)) {
                    ctx.explain(*r, tax->name + " of " + q.tax.toString() + " is within " + r->amount->toString() + ": not collected.");
                    q.tax = zero;
                    if (r->basis == Basis::ChargesAmount)
                        q.duty = zero;
                }
            }
        } else if (!tax) {
            ctx.explainPlain("No import VAT/GST applies in " + req.to + ".");
        }
    }

    // 8. Fees.
    q.feesTotal = zero;
    const bool borderCharges = !checkout && (q.duty.isPositive() || q.tax.isPositive());
    for (const Rule *f : ctx.matching(RuleKind::Fee)) {
        if (f->onlyWithBorderCharges && !borderCharges)
            continue;
        if (!f->bands.empty() && f->bands.front().upTo
            && ctx.fromDest(goods, f->bands.front().upTo->currency(), "fx") > *f->bands.front().upTo)
            continue;
        std::int64_t count = 1;
        if (f->per == Per::Line)
            count = static_cast<std::int64_t>(lines.size());
        else if (f->per == Per::Unit) {
            count = 0;
            for (const auto &l : lines)
                count += l.item->quantity;
        }
        const Money fee = ctx.toDest(*f->amount * count, "fx");
        q.fees.push_back({f->name, f->id, fee});
        q.feesTotal += fee;
        ctx.explain(*f, f->name + ": " + fee.toString() + ".");
    }

    // 9. Totals.
    q.total = q.duty + q.tax + q.feesTotal;
    if (q.total.isZero())
        q.collectedAt = CollectedAt::None;
    else
        q.collectedAt = checkout ? CollectedAt::Checkout : CollectedAt::Border;
    const Money price = q.goods + q.shipping + q.insurance;
    q.ddpTotal = price + q.total;
    q.dapCheckout = price + (q.collectedAt == CollectedAt::Checkout ? q.total : zero);
    q.dapOnDelivery = q.collectedAt == CollectedAt::Border ? q.total : zero;
    ctx.explainPlain("Import charges " + q.total.toString() + " collected at " + std::string(toString(q.collectedAt)) + ".");
    return q;
}

} // namespace caravan::trade
