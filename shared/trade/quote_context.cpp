#include "trade/quote_context.h"

#include <algorithm>

namespace caravan::trade::detail {

namespace {

bool contains(const std::vector<std::string> &v, std::string_view s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

int specificity(const Rule &r)
{
    const auto &w = r.when;
    return (r.appliesTo.empty() ? 0 : 10) + (w.seller ? 1 : 0) + (w.gift ? 1 : 0) + (w.channel ? 1 : 0)
           + (w.fromIn.empty() ? 0 : 1) + (w.fromNotIn.empty() ? 0 : 1);
}

} // namespace

QuoteContext::QuoteContext(const RuleSet &rules, const QuoteRequest &request, Quote &quote)
    : rules_(rules)
    , req_(request)
    , q_(quote)
{
    const Channel channel = req_.channel.value_or(Channel::Post);
    for (const Rule *r : rules_.rulesFor(req_.to)) {
        if (!r->activeOn(req_.date))
            continue;
        const auto &w = r->when;
        if (w.seller && *w.seller != req_.seller)
            continue;
        if (w.gift && *w.gift != req_.gift)
            continue;
        if (w.channel && *w.channel != channel)
            continue;
        if (!w.fromIn.empty() && !contains(w.fromIn, req_.from))
            continue;
        if (!w.fromNotIn.empty() && contains(w.fromNotIn, req_.from))
            continue;
        active_.push_back(r);
    }
    std::stable_sort(active_.begin(), active_.end(),
                     [](const Rule *a, const Rule *b) { return specificity(*a) > specificity(*b); });

    const Rule *cur = best(RuleKind::Currency);
    if (!cur)
        throw QuoteError("date", "no currency rule for " + req_.to + " on " + req_.date.toString()
                                     + " (the rule data does not cover that date)");
    currency_ = cur->name;
    digits_ = rules_.currencies().minorUnits(currency_);
    explain(*cur, "Amounts in " + currency_ + ", the currency of " + req_.to + ".");
    if (const Rule *fx = best(RuleKind::FxPolicy)) {
        policy_ = fx->fxPolicy;
        fxRuleId_ = fx->id;
        explain(*fx, "Customs converts with the " + std::string(money::toString(policy_)) + " exchange rate.");
    }
    if (const Rule *rd = best(RuleKind::Rounding)) {
        rounding_ = rd->rounding;
        step_ = rd->stepMinor;
        explain(*rd, "Duty and tax are rounded " + std::string(money::toString(rounding_))
                         + (step_ > 1 ? " to steps of " + Money::ofMinor(step_, currency_, digits_).toString() : "")
                         + ".");
    }
}

std::vector<const Rule *> QuoteContext::matching(RuleKind kind) const
{
    std::vector<const Rule *> out;
    for (const Rule *r : active_)
        if (r->kind == kind)
            out.push_back(r);
    return out;
}

const Rule *QuoteContext::best(RuleKind kind) const
{
    for (const Rule *r : active_)
        if (r->kind == kind)
            return r;
    return nullptr;
}

bool QuoteContext::lineMatches(const Rule &rule, const QuoteItem &item, const std::string &hs)
{
    const auto &w = rule.when;
    if (!w.originIn.empty() && !contains(w.originIn, item.origin))
        return false;
    auto prefixed = [&](const std::vector<std::string> &prefixes) {
        return std::any_of(prefixes.begin(), prefixes.end(),
                           [&](const std::string &p) { return !hs.empty() && hs.rfind(p, 0) == 0; });
    };
    if (!w.hsIn.empty() && !prefixed(w.hsIn))
        return false;
    if (!w.hsNotIn.empty() && prefixed(w.hsNotIn))
        return false;
    return true;
}

std::optional<money::FxConversion> QuoteContext::conversion(const std::string &from, const std::string &to,
                                                            const std::string &field)
{
    for (const auto &o : req_.fx) {
        money::FxConversion c;
        c.from = from;
        c.to = to;
        c.date = req_.date;
        c.source = "given on the command line";
        c.overridden = true;
        if (o.base == from && o.quote == to) {
            c.multiply = o.rate;
            c.divide = Decimal{1, 0};
            return c;
        }
        if (o.base == to && o.quote == from) {
            c.multiply = Decimal{1, 0};
            c.divide = o.rate;
            return c;
        }
    }
    auto c = rules_.fx().find(from, to, req_.date, policy_);
    if (!c)
        throw QuoteError(field, "no exchange rate " + from + "->" + to + " on or before "
                                    + money::fxReferenceDay(policy_, req_.date).toString()
                                    + "; give one with --fx " + from + "/" + to + "=RATE");
    return c;
}

Money QuoteContext::toDest(const Money &m, const std::string &field)
{
    if (m.currency() == currency_)
        return m;
    const auto c = conversion(std::string(m.currency()), currency_, field);
    const std::string key = c->from + c->to;
    if (std::find(explainedFx_.begin(), explainedFx_.end(), key) == explainedFx_.end()) {
        explainedFx_.push_back(key);
        const std::string text = c->describe() + " (" + (c->overridden ? "given for this quote" : "published " + c->date.toString()) + ")";
        q_.lines.push_back({c->overridden ? "" : fxRuleId_, "Exchange rate " + text + ".", c->source, Confidence::Official});
        if (!c->overridden && req_.date.daysSinceEpoch() - c->date.daysSinceEpoch() > 45)
            warn("the exchange rate " + c->from + "->" + c->to + " is from " + c->date.toString()
                 + ", more than 45 days before the quote date; import a newer ECB file or give --fx");
    }
    return c->apply(m, digits_, money::Rounding::HalfUp);
}

Money QuoteContext::fromDest(const Money &m, std::string_view code, const std::string &field)
{
    if (m.currency() == code)
        return m;
    const std::string target(code);
    const auto c = conversion(currency_, target, field);
    return c->apply(m, rules_.currencies().minorUnits(target), money::Rounding::HalfUp);
}

void QuoteContext::explain(const Rule &rule, const std::string &text)
{
    q_.lines.push_back({rule.id, text, rule.source, rule.confidence});
    if (rule.confidence == Confidence::Uncertain)
        warn("rule " + rule.id + " is marked uncertain: " + (rule.note.empty() ? "the law is not settled" : rule.note));
}

void QuoteContext::explainPlain(const std::string &text)
{
    q_.lines.push_back({"", text, "", Confidence::Official});
}

void QuoteContext::warn(const std::string &text)
{
    if (std::find(q_.warnings.begin(), q_.warnings.end(), text) == q_.warnings.end())
        q_.warnings.push_back(text);
}

} // namespace caravan::trade::detail
