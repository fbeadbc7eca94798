#include "trade/rule_parse.h"

#include <algorithm>
#include <set>

namespace caravan::trade::detail {

namespace {

using nlohmann::json;

struct Reader
{
    const json &j;
    const std::string &where;
    const money::CurrencyTable &currencies;

    [[noreturn]] void fail(const std::string &msg) const { throw RuleError(msg); }

    bool has(const char *key) const { return j.contains(key) && !j[key].is_null(); }

    std::string str(const char *key, bool required = true) const
    {
        if (!has(key)) {
            if (required)
                fail(std::string("\"") + key + "\" is missing");
            return {};
        }
        if (!j[key].is_string())
            fail(std::string("\"") + key + "\" must be a string");
        return j[key].get<std::string>();
    }

    bool boolean(const char *key, bool fallback) const
    {
        if (!has(key))
            return fallback;
        if (!j[key].is_boolean())
            fail(std::string("\"") + key + "\" must be true or false");
        return j[key].get<bool>();
    }

    Decimal rate(const json &v, const std::string &what) const
    {
        if (!v.is_string())
            fail(what + " must be a string such as \"12%\"");
        try {
            const Decimal d = Decimal::parse(v.get<std::string>());
            if (d.isNegative())
                fail(what + " must not be negative");
            return d;
        } catch (const money::MoneyError &e) {
            fail(what + ": " + e.what());
        }
    }

    Money amount(const json &v, const std::string &what) const
    {
        if (!v.is_string())
            fail(what + " must be a string such as \"150 EUR\"");
        try {
            const Money m = Money::parse(v.get<std::string>(), currencies);
            if (m.isNegative())
                fail(what + " must not be negative");
            return m;
        } catch (const money::MoneyError &e) {
            fail(what + ": " + e.what());
        }
    }

    std::vector<std::string> strings(const json &v, const std::string &what) const
    {
        if (!v.is_array())
            fail(what + " must be an array of strings");
        std::vector<std::string> out;
        for (const auto &e : v) {
            if (!e.is_string())
                fail(what + " must be an array of strings");
            out.push_back(e.get<std::string>());
        }
        return out;
    }

    RateTable rateTable(const char *defaultKey) const
    {
        RateTable t;
        if (has(defaultKey))
            t.fallback = rate(j[defaultKey], std::string("\"") + defaultKey + "\"");
        if (has("by_hs")) {
            if (!j["by_hs"].is_object())
                fail("\"by_hs\" must be an object of HS prefix -> rate");
            for (const auto &[prefix, r] : j["by_hs"].items()) {
                if (prefix.empty() || hsDigits(prefix) != prefix)
                    fail("\"by_hs\": \"" + prefix + "\" is not an HS prefix (digits only)");
                t.byHs.emplace_back(prefix, rate(r, "by_hs." + prefix));
            }
        }
        std::stable_sort(t.byHs.begin(), t.byHs.end(),
                         [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        return t;
    }
};

Conditions parseConditions(const Reader &r)
{
    Conditions c;
    if (!r.has("when"))
        return c;
    const json &w = r.j["when"];
    if (!w.is_object())
        r.fail("\"when\" must be an object");
    static const std::set<std::string> known{"seller",  "gift",      "channel", "from_in",
                                             "from_not_in", "origin_in", "hs_in",   "hs_not_in"};
    for (const auto &[k, v] : w.items())
        if (!known.count(k))
            r.fail("\"when\": unknown condition \"" + k + "\"");
    const Reader wr{w, r.where, r.currencies};
    if (wr.has("seller")) {
        c.seller = parseSellerKind(wr.str("seller"));
        if (!c.seller)
            r.fail("\"when.seller\" must be \"private\" or \"business\"");
    }
    if (wr.has("gift"))
        c.gift = wr.boolean("gift", false);
    if (wr.has("channel")) {
        c.channel = parseChannel(wr.str("channel"));
        if (!c.channel)
            r.fail("\"when.channel\" must be \"post\" or \"courier\"");
    }
    if (wr.has("from_in"))
        c.fromIn = r.strings(w["from_in"], "\"when.from_in\"");
    if (wr.has("from_not_in"))
        c.fromNotIn = r.strings(w["from_not_in"], "\"when.from_not_in\"");
    if (wr.has("origin_in"))
        c.originIn = r.strings(w["origin_in"], "\"when.origin_in\"");
    if (wr.has("hs_in"))
        c.hsIn = r.strings(w["hs_in"], "\"when.hs_in\"");
    if (wr.has("hs_not_in"))
        c.hsNotIn = r.strings(w["hs_not_in"], "\"when.hs_not_in\"");
    return c;
}

Date parseDate(const Reader &r, const char *key)
{
    const std::string text = r.str(key);
    try {
        return Date::parse(text);
    } catch (const money::MoneyError &e) {
        r.fail(std::string("\"") + key + "\": " + e.what());
    }
}

void requireAmount(const Reader &r, Rule &rule, const char *key)
{
    if (!r.has(key))
        r.fail(std::string("\"") + key + "\" is missing");
    rule.amount = r.amount(r.j[key], std::string("\"") + key + "\"");
}

void readBasis(const Reader &r, Rule &rule)
{
    const auto b = caravan::trade::parseBasis(r.str("basis"));
    if (!b)
        r.fail("\"basis\" must be one of intrinsic, customs_value, item_intrinsic, duty_amount, tax_amount, "
               "charges_amount");
    rule.basis = *b;
}

void parseParams(const Reader &r, Rule &rule)
{
    switch (rule.kind) {
    case RuleKind::Currency:
        rule.name = r.str("currency");
        if (!r.currencies.contains(rule.name))
            r.fail("\"currency\": unknown currency \"" + rule.name + "\"");
        break;
    case RuleKind::FxPolicy:
        try {
            rule.fxPolicy = money::parseFxPolicy(r.str("policy"));
        } catch (const money::MoneyError &e) {
            r.fail(e.what());
        }
        break;
    case RuleKind::Rounding:
        try {
            rule.rounding = money::parseRounding(r.str("rounding"));
        } catch (const money::MoneyError &e) {
            r.fail(e.what());
        }
        if (r.has("step")) {
            if (!r.j["step"].is_number_integer() || r.j["step"].get<std::int64_t>() < 1)
                r.fail("\"step\" must be a positive integer of minor units");
            rule.stepMinor = r.j["step"].get<std::int64_t>();
        }
        break;
    case RuleKind::Valuation: {
        const std::string cv = r.str("customs_value");
        if (cv != "cif" && cv != "fob")
            r.fail("\"customs_value\" must be \"cif\" or \"fob\"");
        rule.cif = cv == "cif";
        rule.taxIncludesDuty = r.boolean("tax_base_includes_duty", true);
        rule.taxIncludesShipping = r.boolean("tax_base_includes_shipping", true);
        break;
    }
    case RuleKind::TaxRate:
        rule.name = r.str("name");
        rule.rates = r.rateTable("standard");
        if (!rule.rates.fallback)
            r.fail("\"standard\" is missing");
        rule.grossUp = r.boolean("gross_up", false);
        break;
    case RuleKind::DutyRate:
    case RuleKind::AdditionalDuty:
        rule.rates = r.rateTable("default");
        rule.name = r.str("name", false);
        if (r.has("bands")) {
            if (!r.j["bands"].is_array() || r.j["bands"].empty())
                r.fail("\"bands\" must be a non-empty array");
            for (const auto &b : r.j["bands"]) {
                const Reader br{b, r.where, r.currencies};
                Band band;
                if (!br.has("rate"))
                    r.fail("each band needs a \"rate\"");
                band.rate = r.rate(b["rate"], "band rate");
                if (br.has("up_to"))
                    band.upTo = r.amount(b["up_to"], "band \"up_to\"");
                if (br.has("deduct"))
                    band.deduct = r.amount(b["deduct"], "band \"deduct\"");
                rule.bands.push_back(band);
            }
        }
        if (rule.rates.empty() && rule.bands.empty())
            r.fail("a duty rate needs \"default\", \"by_hs\" or \"bands\"");
        break;
    case RuleKind::DutySurcharge:
    case RuleKind::TaxableValueFactor:
    case RuleKind::TaxFactor:
        rule.name = r.str("name", false);
        if (!r.has("factor"))
            r.fail("\"factor\" is missing");
        rule.factor = r.rate(r.j["factor"], "\"factor\"");
        break;
    case RuleKind::DutyOverride:
        rule.rates = r.rateTable("default");
        if (!rule.rates.fallback)
            r.fail("\"default\" is missing");
        break;
    case RuleKind::DutyExemption:
    case RuleKind::TaxExemption:
        requireAmount(r, rule, "threshold");
        readBasis(r, rule);
        if (r.has("excluded_hs"))
            rule.excludedHs = r.strings(r.j["excluded_hs"], "\"excluded_hs\"");
        break;
    case RuleKind::CheckoutCollection:
        requireAmount(r, rule, "threshold");
        readBasis(r, rule);
        rule.scheme = r.str("scheme");
        rule.relievesDuty = r.boolean("no_duty", false);
        break;
    case RuleKind::Limit:
        requireAmount(r, rule, "threshold");
        readBasis(r, rule);
        rule.name = r.str("message");
        break;
    case RuleKind::FlatDuty:
    case RuleKind::Fee: {
        requireAmount(r, rule, "amount");
        const auto per = parsePer(r.str("per"));
        if (!per)
            r.fail("\"per\" must be consignment, line, subheading or unit");
        rule.per = *per;
        rule.name = r.str("name", rule.kind == RuleKind::Fee);
        rule.inTaxBase = r.boolean("in_tax_base", false);
        rule.onlyWithBorderCharges = r.boolean("only_with_border_charges", false);
        if (r.has("max_intrinsic"))
            rule.bands.push_back(Band{r.amount(r.j["max_intrinsic"], "\"max_intrinsic\""), Decimal{}, std::nullopt});
        break;
    }
    case RuleKind::GiftRelief: {
        requireAmount(r, rule, "threshold");
        const std::string mode = r.str("mode");
        if (mode == "all_or_nothing")
            rule.giftMode = GiftMode::AllOrNothing;
        else if (mode == "whole_items")
            rule.giftMode = GiftMode::WholeItems;
        else if (mode == "excess")
            rule.giftMode = GiftMode::Excess;
        else
            r.fail("\"mode\" must be all_or_nothing, whole_items or excess");
        const auto relieves = r.has("relieves") ? r.strings(r.j["relieves"], "\"relieves\"")
                                                : std::vector<std::string>{"duty", "tax"};
        rule.relievesDuty = std::count(relieves.begin(), relieves.end(), "duty") > 0;
        rule.relievesTax = std::count(relieves.begin(), relieves.end(), "tax") > 0;
        break;
    }
    case RuleKind::GiftFlatRate:
        requireAmount(r, rule, "max_value");
        if (!r.has("rate"))
            r.fail("\"rate\" is missing");
        rule.factor = r.rate(r.j["rate"], "\"rate\"");
        break;
    case RuleKind::GlobalRate:
        rule.name = r.str("name");
        rule.rates = r.rateTable("default");
        if (!rule.rates.fallback)
            r.fail("\"default\" is missing");
        if (r.has("exempt_up_to"))
            rule.amount = r.amount(r.j["exempt_up_to"], "\"exempt_up_to\"");
        if (r.has("max_value"))
            rule.bands.push_back(Band{r.amount(r.j["max_value"], "\"max_value\""), Decimal{}, std::nullopt});
        break;
    case RuleKind::Notice:
        rule.name = r.str("text");
        break;
    }
}

const std::set<std::string> &knownRuleKeys()
{
    static const std::set<std::string> keys{
        "id",       "kind",       "applies_to", "effective_from", "effective_to", "source",    "confidence",
        "note",     "when",       "currency",   "policy",         "rounding",     "step",      "customs_value",
        "tax_base_includes_duty", "tax_base_includes_shipping",   "name",         "standard",  "by_hs",
        "default",  "bands",      "gross_up",   "factor",         "threshold",    "basis",     "excluded_hs",
        "scheme",   "no_duty",    "message",    "amount",         "per",          "in_tax_base",
        "only_with_border_charges", "max_intrinsic", "mode",      "relieves",     "max_value", "rate",
        "exempt_up_to", "text"};
    return keys;
}

} // namespace

namespace {

// A text field of `object`: "" when it is missing or not text (a problem is recorded for the latter;
// json::value() would throw a type_error instead, found by tests/fuzz/fuzz_trade_rules).
std::string textField(const json &object, const char *key, const std::string &where, std::vector<Problem> &problems)
{
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    if (!it->is_string()) {
        problems.push_back({where, "\"" + std::string(key) + "\" must be text"});
        return {};
    }
    return it->get<std::string>();
}

} // namespace

void parseRuleFile(const json &doc, const std::string &path, const money::CurrencyTable &currencies,
                   std::vector<Rule> &out, RuleFileInfo &info, std::vector<Problem> &problems)
{
    info.path = path;
    std::vector<Problem> ignored;
    if (!doc.is_object() || textField(doc, "format", path, ignored) != "caravan-trade-rules/1") {
        problems.push_back({path, "\"format\" must be \"caravan-trade-rules/1\""});
        return;
    }
    info.jurisdiction = textField(doc, "jurisdiction", path, problems);
    info.name = textField(doc, "name", path, problems);
    info.version = textField(doc, "version", path, problems);
    if (info.jurisdiction.empty())
        problems.push_back({path, "\"jurisdiction\" is missing"});
    if (info.version.empty())
        problems.push_back({path, "\"version\" is missing"});
    if (doc.contains("covers_from")) {
        try {
            info.coversFrom = Date::parse(doc["covers_from"].get<std::string>());
        } catch (const std::exception &e) {
            problems.push_back({path, std::string("\"covers_from\": ") + e.what()});
        }
    }
    if (!doc.contains("destinations") || !doc["destinations"].is_array() || doc["destinations"].empty()) {
        problems.push_back({path, "\"destinations\" must be a non-empty array of country codes"});
        return;
    }
    for (const auto &d : doc["destinations"])
        if (d.is_string())
            info.destinations.push_back(d.get<std::string>());
    if (!doc.contains("rules") || !doc["rules"].is_array()) {
        problems.push_back({path, "\"rules\" must be an array"});
        return;
    }
    std::size_t index = 0;
    for (const auto &j : doc["rules"]) {
        const std::string id = j.is_object() ? textField(j, "id", path, ignored) : "";
        const std::string where = path + "#" + (id.empty() ? "rules[" + std::to_string(index) + "]" : id);
        ++index;
        const Reader r{j, where, currencies};
        try {
            if (!j.is_object())
                r.fail("a rule must be an object");
            for (const auto &[k, v] : j.items())
                if (!knownRuleKeys().count(k))
                    r.fail("unknown field \"" + k + "\"");
            Rule rule;
            rule.file = path;
            rule.id = r.str("id");
            const auto kind = parseRuleKind(r.str("kind"));
            if (!kind)
                r.fail("unknown kind \"" + r.str("kind") + "\"");
            rule.kind = *kind;
            rule.from = parseDate(r, "effective_from");
            if (!j.contains("effective_to"))
                r.fail("\"effective_to\" is missing (use null for an open end)");
            if (r.has("effective_to")) {
                rule.to = parseDate(r, "effective_to");
                if (*rule.to < rule.from)
                    r.fail("\"effective_to\" is before \"effective_from\"");
            }
            rule.source = r.str("source", false);
            if (rule.source.empty())
                r.fail("\"source\" is missing");
            const std::string conf = r.str("confidence", false);
            if (conf.empty() || conf == "official")
                rule.confidence = Confidence::Official;
            else if (conf == "secondary")
                rule.confidence = Confidence::Secondary;
            else if (conf == "uncertain")
                rule.confidence = Confidence::Uncertain;
            else
                r.fail("\"confidence\" must be official, secondary or uncertain");
            rule.note = r.str("note", false);
            if (r.has("applies_to"))
                rule.appliesTo = r.strings(j["applies_to"], "\"applies_to\"");
            for (const auto &c : rule.appliesTo)
                if (std::find(info.destinations.begin(), info.destinations.end(), c) == info.destinations.end())
                    r.fail("\"applies_to\": " + c + " is not one of this file's destinations");
            rule.when = parseConditions(r);
            parseParams(r, rule);
            out.push_back(std::move(rule));
        } catch (const RuleError &e) {
            problems.push_back({where, e.what()});
        } catch (const std::exception &e) {
            problems.push_back({where, e.what()});
        }
    }
}

} // namespace caravan::trade::detail
