#include "trade/rules_check.h"

#include <algorithm>
#include <map>

namespace caravan::trade {

namespace {

// Kinds of which at most one may be in force per destination and condition set at any date.
bool singleValued(RuleKind k)
{
    switch (k) {
    case RuleKind::Currency:
    case RuleKind::FxPolicy:
    case RuleKind::Rounding:
    case RuleKind::Valuation:
    case RuleKind::TaxRate:
    case RuleKind::DutyRate:
    case RuleKind::DutyOverride:
    case RuleKind::GlobalRate:
    case RuleKind::CheckoutCollection:
    case RuleKind::GiftRelief:
    case RuleKind::GiftFlatRate:
    case RuleKind::TaxableValueFactor:
        return true;
    default:
        return false;
    }
}

// Kinds every destination needs without a break from the file's covers_from onwards.
bool continuous(RuleKind k)
{
    return k == RuleKind::Currency || k == RuleKind::FxPolicy || k == RuleKind::Rounding || k == RuleKind::Valuation;
}

void checkCodes(const Rule &r, const IsoCodes &iso, std::vector<Problem> &problems)
{
    const std::string where = r.file + "#" + r.id;
    auto country = [&](const std::string &c, const char *field) {
        if (!iso.isCountry(c))
            problems.push_back({where, std::string(field) + ": \"" + c + "\" is not an ISO 3166-1 country code"});
    };
    for (const auto &c : r.appliesTo)
        country(c, "applies_to");
    for (const auto &c : r.when.fromIn)
        country(c, "when.from_in");
    for (const auto &c : r.when.fromNotIn)
        country(c, "when.from_not_in");
    for (const auto &c : r.when.originIn)
        country(c, "when.origin_in");
    auto currency = [&](std::string_view c, const char *field) {
        if (!iso.isCurrency(c))
            problems.push_back({where, std::string(field) + ": \"" + std::string(c) + "\" is not an ISO 4217 currency code"});
    };
    if (r.kind == RuleKind::Currency)
        currency(r.name, "currency");
    if (r.amount)
        currency(r.amount->currency(), "amount");
    for (const auto &b : r.bands) {
        if (b.upTo)
            currency(b.upTo->currency(), "bands.up_to");
        if (b.deduct)
            currency(b.deduct->currency(), "bands.deduct");
    }
    const bool looksLikeSource = r.source.find("http") != std::string::npos || r.source.find("Reg") != std::string::npos;
    if (!looksLikeSource)
        problems.push_back({where, "\"source\" must contain a URL or a legal reference"});
}

} // namespace

CheckReport checkRuleData(const std::filesystem::path &tradeDir, const IsoCodes &iso)
{
    CheckReport rep;
    RuleSet set = RuleSet::loadWithProblems(tradeDir, rep.problems);
    rep.files = set.files().size();
    rep.rules = set.rules().size();
    rep.destinations = set.destinations().size();
    rep.fxRates = set.fx().size();

    for (const auto &code : set.currencies().codes())
        if (!iso.isCurrency(code))
            rep.problems.push_back({"currencies.json", "\"" + code + "\" is not an ISO 4217 currency code"});

    std::map<std::string, const Rule *> ids;
    for (const auto &r : set.rules()) {
        const auto [it, fresh] = ids.emplace(r.id, &r);
        if (!fresh)
            rep.problems.push_back({r.file + "#" + r.id, "duplicate id (also in " + it->second->file + ")"});
        checkCodes(r, iso, rep.problems);
    }
    std::map<std::string, const RuleFileInfo *> claimed;
    for (const auto &f : set.files()) {
        for (const auto &d : f.destinations) {
            if (!iso.isCountry(d))
                rep.problems.push_back({f.path, "destination \"" + d + "\" is not an ISO 3166-1 country code"});
            const auto [it, fresh] = claimed.emplace(d, &f);
            if (!fresh)
                rep.problems.push_back({f.path, "destination " + d + " is also covered by " + it->second->path});
        }
    }

    for (const auto &f : set.files()) {
        for (const auto &country : f.destinations) {
            std::map<std::string, std::vector<const Rule *>> slots;
            for (const Rule *r : set.rulesFor(country)) {
                if (r->file != f.path || !singleValued(r->kind))
                    continue;
                slots[std::string(toString(r->kind)) + "|" + r->when.signature()].push_back(r);
            }
            for (auto &[slot, rules] : slots) {
                std::sort(rules.begin(), rules.end(), [](const Rule *a, const Rule *b) { return a->from < b->from; });
                for (std::size_t i = 1; i < rules.size(); ++i) {
                    const Rule *prev = rules[i - 1];
                    const Rule *next = rules[i];
                    const std::string where = f.path + "#" + next->id + " (" + country + ")";
                    if (!prev->to || *prev->to >= next->from)
                        rep.problems.push_back({where, "date range overlaps " + prev->id});
                    else if (continuous(next->kind) && prev->to->addDays(1) != next->from)
                        rep.problems.push_back({where, "gap after " + prev->id + " (" + prev->to->toString() + " .. "
                                                           + next->from.toString() + ")"});
                }
                const RuleKind kind = rules.front()->kind;
                if (continuous(kind) && slot.find('|') + 1 == slot.size()) {
                    if (f.coversFrom && rules.front()->from > *f.coversFrom)
                        rep.problems.push_back({f.path + " (" + country + ")", std::string(toString(kind))
                                                    + " starts " + rules.front()->from.toString() + ", after covers_from"});
                    if (rules.back()->to)
                        rep.problems.push_back({f.path + " (" + country + ")", std::string(toString(kind)) + " ends "
                                                    + rules.back()->to->toString() + " with nothing after it"});
                }
            }
            for (const RuleKind k : {RuleKind::Currency, RuleKind::FxPolicy, RuleKind::Rounding, RuleKind::Valuation})
                if (std::none_of(slots.begin(), slots.end(), [&](const auto &kv) {
                        return kv.first == std::string(toString(k)) + "|";
                    }))
                    rep.problems.push_back({f.path + " (" + country + ")", "no " + std::string(toString(k)) + " rule"});
        }
    }
    return rep;
}

} // namespace caravan::trade
