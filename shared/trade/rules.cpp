#include "trade/rules.h"

#include "core/resources.h"
#include "trade/rule_parse.h"

#include <algorithm>
#include <array>
#include <fstream>

namespace caravan::trade {

namespace {

template <typename E, std::size_t N>
std::optional<E> lookupName(const std::array<std::pair<E, std::string_view>, N> &names, std::string_view s)
{
    for (const auto &[e, n] : names)
        if (n == s)
            return e;
    return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N> &names, E e)
{
    for (const auto &[k, n] : names)
        if (k == e)
            return n;
    return "?";
}

constexpr std::array<std::pair<RuleKind, std::string_view>, 21> kKinds{{
    {RuleKind::Currency, "currency"},
    {RuleKind::FxPolicy, "fx_policy"},
    {RuleKind::Rounding, "rounding"},
    {RuleKind::Valuation, "valuation"},
    {RuleKind::TaxRate, "tax_rate"},
    {RuleKind::DutyRate, "duty_rate"},
    {RuleKind::AdditionalDuty, "additional_duty"},
    {RuleKind::DutySurcharge, "duty_surcharge"},
    {RuleKind::DutyExemption, "duty_exemption"},
    {RuleKind::TaxExemption, "tax_exemption"},
    {RuleKind::CheckoutCollection, "checkout_collection"},
    {RuleKind::FlatDuty, "flat_duty"},
    {RuleKind::GiftRelief, "gift_relief"},
    {RuleKind::GiftFlatRate, "gift_flat_rate"},
    {RuleKind::TaxableValueFactor, "taxable_value_factor"},
    {RuleKind::TaxFactor, "tax_factor"},
    {RuleKind::DutyOverride, "duty_override"},
    {RuleKind::GlobalRate, "global_rate"},
    {RuleKind::Fee, "fee"},
    {RuleKind::Limit, "limit"},
    {RuleKind::Notice, "notice"},
}};

constexpr std::array<std::pair<Basis, std::string_view>, 6> kBases{{
    {Basis::Intrinsic, "intrinsic"},
    {Basis::CustomsValue, "customs_value"},
    {Basis::ItemIntrinsic, "item_intrinsic"},
    {Basis::DutyAmount, "duty_amount"},
    {Basis::TaxAmount, "tax_amount"},
    {Basis::ChargesAmount, "charges_amount"},
}};

nlohmann::json readJsonFile(const std::filesystem::path &file)
{
    std::ifstream in(file);
    if (!in)
        throw RuleError("cannot read " + file.string());
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw RuleError("not valid JSON: " + std::string(e.what()));
    }
}

std::vector<std::filesystem::path> jsonFilesIn(const std::filesystem::path &dir)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        return files;
    for (const auto &e : std::filesystem::directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

std::optional<SellerKind> parseSellerKind(std::string_view s)
{
    if (s == "private")
        return SellerKind::Private;
    if (s == "business")
        return SellerKind::Business;
    return std::nullopt;
}

std::optional<Channel> parseChannel(std::string_view s)
{
    if (s == "post")
        return Channel::Post;
    if (s == "courier")
        return Channel::Courier;
    return std::nullopt;
}

std::string_view toString(SellerKind k)
{
    return k == SellerKind::Private ? "private" : "business";
}

std::string_view toString(Channel c)
{
    return c == Channel::Post ? "post" : "courier";
}

std::string_view toString(Confidence c)
{
    switch (c) {
    case Confidence::Official:
        return "official";
    case Confidence::Secondary:
        return "secondary";
    case Confidence::Uncertain:
        return "uncertain";
    }
    return "official";
}

std::optional<RuleKind> parseRuleKind(std::string_view s)
{
    return lookupName(kKinds, s);
}

std::string_view toString(RuleKind k)
{
    return nameOf(kKinds, k);
}

std::optional<Basis> parseBasis(std::string_view s)
{
    return lookupName(kBases, s);
}

std::string_view toString(Basis b)
{
    return nameOf(kBases, b);
}

std::optional<Per> parsePer(std::string_view s)
{
    if (s == "consignment")
        return Per::Consignment;
    if (s == "line")
        return Per::Line;
    if (s == "subheading")
        return Per::Subheading;
    if (s == "unit")
        return Per::Unit;
    return std::nullopt;
}

std::string hsDigits(std::string_view hs)
{
    std::string out;
    for (char c : hs) {
        if (c >= '0' && c <= '9')
            out.push_back(c);
        else if (c != '.' && c != ' ')
            return {};
    }
    return out;
}

std::string Conditions::signature() const
{
    auto list = [](const std::vector<std::string> &v) {
        std::string s;
        for (const auto &e : v)
            s += e + ",";
        return s;
    };
    std::string s;
    if (seller)
        s += "seller=" + std::string(toString(*seller)) + ";";
    if (gift)
        s += std::string("gift=") + (*gift ? "yes" : "no") + ";";
    if (channel)
        s += "channel=" + std::string(toString(*channel)) + ";";
    if (!fromIn.empty())
        s += "from_in=" + list(fromIn) + ";";
    if (!fromNotIn.empty())
        s += "from_not_in=" + list(fromNotIn) + ";";
    if (!originIn.empty())
        s += "origin_in=" + list(originIn) + ";";
    if (!hsIn.empty())
        s += "hs_in=" + list(hsIn) + ";";
    if (!hsNotIn.empty())
        s += "hs_not_in=" + list(hsNotIn) + ";";
    return s;
}

std::optional<Decimal> RateTable::lookup(std::string_view hs, std::string *matched) const
{
    for (const auto &[prefix, rate] : byHs) {
        if (!hs.empty() && hs.substr(0, prefix.size()) == prefix) {
            if (matched)
                *matched = prefix;
            return rate;
        }
    }
    if (matched)
        *matched = "default";
    return fallback;
}

bool Rule::appliesToCountry(std::string_view country) const
{
    return appliesTo.empty() || std::find(appliesTo.begin(), appliesTo.end(), country) != appliesTo.end();
}

RuleSet RuleSet::load(const std::filesystem::path &tradeDir)
{
    std::vector<Problem> problems;
    RuleSet set = loadWithProblems(tradeDir, problems);
    if (!problems.empty()) {
        std::string msg = "trade rule data has " + std::to_string(problems.size()) + " problem(s):";
        for (std::size_t i = 0; i < problems.size() && i < 5; ++i)
            msg += "\n  " + problems[i].where + ": " + problems[i].message;
        throw RuleError(msg);
    }
    return set;
}

RuleSet RuleSet::loadWithProblems(const std::filesystem::path &tradeDir, std::vector<Problem> &problems)
{
    RuleSet set;
    set.currencies_ = &money::CurrencyTable::standard();
    const auto ruleFiles = jsonFilesIn(tradeDir / "rules");
    if (ruleFiles.empty())
        problems.push_back({(tradeDir / "rules").string(), "no rule files (*.json) found"});
    for (const auto &file : ruleFiles) {
        const std::string name = "rules/" + file.filename().string();
        try {
            const auto doc = readJsonFile(file);
            RuleFileInfo info;
            detail::parseRuleFile(doc, name, *set.currencies_, set.rules_, info, problems);
            set.files_.push_back(std::move(info));
        } catch (const std::exception &e) {
            problems.push_back({name, e.what()});
        }
    }
    for (const auto &file : jsonFilesIn(tradeDir / "fx")) {
        try {
            set.fx_.merge(money::FxTable::loadJson(file));
        } catch (const std::exception &e) {
            problems.push_back({"fx/" + file.filename().string(), e.what()});
        }
    }
    set.index();
    return set;
}

void RuleSet::index()
{
    byCountry_.clear();
    byId_.clear();
    for (std::size_t i = 0; i < rules_.size(); ++i) {
        const Rule &r = rules_[i];
        byId_.emplace(r.id, i);
        const auto file = std::find_if(files_.begin(), files_.end(), [&](const auto &f) { return f.path == r.file; });
        const auto &targets = r.appliesTo.empty() && file != files_.end() ? file->destinations : r.appliesTo;
        for (const auto &c : targets)
            byCountry_[c].push_back(&r);
    }
}

const RuleSet &RuleSet::standard()
{
    static const RuleSet set = load(resourcePath("trade"));
    return set;
}

const std::vector<const Rule *> &RuleSet::rulesFor(std::string_view country) const
{
    static const std::vector<const Rule *> none;
    const auto it = byCountry_.find(country);
    return it == byCountry_.end() ? none : it->second;
}

bool RuleSet::hasDestination(std::string_view country) const
{
    return byCountry_.find(country) != byCountry_.end();
}

std::vector<std::string> RuleSet::destinations() const
{
    std::vector<std::string> out;
    for (const auto &kv : byCountry_)
        out.push_back(kv.first);
    return out;
}

const Rule *RuleSet::findById(std::string_view id) const
{
    const auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : &rules_[it->second];
}

} // namespace caravan::trade
