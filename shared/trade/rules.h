#pragma once

#include "money/date.h"
#include "money/fx.h"
#include "money/money.h"

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::trade {

using money::Date;
using money::Decimal;
using money::Money;

class RuleError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

enum class SellerKind { Private, Business };
enum class Channel { Post, Courier };
enum class Confidence { Official, Secondary, Uncertain };

std::optional<SellerKind> parseSellerKind(std::string_view s);
std::optional<Channel> parseChannel(std::string_view s);
std::string_view toString(SellerKind k);
std::string_view toString(Channel c);
std::string_view toString(Confidence c);

// Every kind of rule the engine knows. docs/rule-data.md describes each one's fields.
enum class RuleKind {
    Currency,           // the destination's currency
    FxPolicy,           // which published exchange rate customs uses
    Rounding,           // how duty and tax amounts are rounded
    Valuation,          // CIF or FOB customs value; what the tax base includes
    TaxRate,            // VAT/GST: standard rate and per-HS rates
    DutyRate,           // ad valorem duty by HS prefix, or value bands
    AdditionalDuty,     // an extra ad valorem duty on top (e.g. a temporary surcharge)
    DutySurcharge,      // a percentage of the duty (e.g. India's social welfare surcharge)
    DutyExemption,      // no duty at or below a value (de minimis)
    TaxExemption,       // no tax at or below a value or a tax amount
    CheckoutCollection, // tax is collected at checkout by the seller or platform at or below a value
    FlatDuty,           // a fixed duty per tariff subheading / line / consignment
    GiftRelief,         // relief for unpaid gifts between private persons
    GiftFlatRate,       // a flat duty rate for non-commercial consignments up to a value
    TaxableValueFactor, // the goods' value is multiplied (Japan's 60% for personal imports)
    TaxFactor,          // the computed tax is multiplied (China's 70% for cross-border retail)
    DutyOverride,       // duty rate replaced for the whole consignment (China CBEC 0%)
    GlobalRate,         // one rate replaces duty and tax (postal articles tax, courier global rate)
    Fee,                // a national handling or processing fee
    Limit,              // a legal limit: over it the quote warns
    Notice,             // a fact the reader must know; always shown as a warning
};

std::optional<RuleKind> parseRuleKind(std::string_view s);
std::string_view toString(RuleKind k);

// Which value a threshold is compared with.
enum class Basis {
    Intrinsic,       // goods only, no transport or insurance
    CustomsValue,    // the customs value (CIF or FOB per the valuation rule)
    ItemIntrinsic,   // each line's unit value (Norway VOEC: per item)
    DutyAmount,      // the duty computed (exempt when it is small)
    TaxAmount,       // the tax computed
    ChargesAmount,   // duty + tax computed together
};
std::optional<Basis> parseBasis(std::string_view s);
std::string_view toString(Basis b);

enum class Per { Consignment, Line, Subheading, Unit };
std::optional<Per> parsePer(std::string_view s);

enum class GiftMode {
    AllOrNothing, // relief only when the whole consignment is within the threshold
    WholeItems,   // whole units relieved while they fit in the threshold (EU, UK), never split
    Excess,       // only the value above the threshold is charged (Canada)
};

// Conditions under which a rule applies. Absent fields match anything.
struct Conditions
{
    std::optional<SellerKind> seller;
    std::optional<bool> gift;
    std::optional<Channel> channel;
    std::vector<std::string> fromIn;    // country of shipment
    std::vector<std::string> fromNotIn;
    std::vector<std::string> originIn;  // a line's country of origin (per-item rules)
    std::vector<std::string> hsIn;      // HS prefixes (per-item rules)
    std::vector<std::string> hsNotIn;
    std::string signature() const;      // stable text used to group rules in `rules check`
};

// A rate by HS prefix: the longest prefix wins, then the default.
struct RateTable
{
    std::optional<Decimal> fallback;
    std::vector<std::pair<std::string, Decimal>> byHs; // sorted by prefix length, longest first

    // nullopt if nothing matches and there is no default. `matched` is the prefix or "default".
    std::optional<Decimal> lookup(std::string_view hsDigits, std::string *matched = nullptr) const;
    bool empty() const { return !fallback && byHs.empty(); }
};

struct Band
{
    std::optional<Money> upTo; // inclusive; nullopt = no upper end
    Decimal rate;
    std::optional<Money> deduct;
};

struct Rule
{
    std::string id;
    std::string file;
    RuleKind kind = RuleKind::Notice;
    std::vector<std::string> appliesTo; // destination countries; empty = every destination of the file
    Date from;
    std::optional<Date> to; // inclusive
    std::string source;
    Confidence confidence = Confidence::Official;
    std::string note;
    Conditions when;

    // Kind-specific parameters (see docs/rule-data.md); unused ones stay empty.
    std::string name;                 // tax or fee name, currency code, notice text
    std::optional<Money> amount;      // threshold, fee, flat duty, limit
    Basis basis = Basis::Intrinsic;
    RateTable rates;
    std::vector<Band> bands;
    Decimal factor{1, 0};
    Per per = Per::Consignment;
    GiftMode giftMode = GiftMode::AllOrNothing;
    bool relievesDuty = true;
    bool relievesTax = true;
    bool cif = true;                  // valuation: customs value includes transport and insurance
    bool taxIncludesDuty = true;      // valuation
    bool taxIncludesShipping = true;  // valuation
    bool inTaxBase = false;           // fee
    bool grossUp = false;             // tax computed "inside" the price (Brazil's ICMS)
    bool onlyWithBorderCharges = false; // fee only charged when something is collected at the border
    money::Rounding rounding = money::Rounding::HalfUp;
    std::int64_t stepMinor = 1;
    money::FxPolicy fxPolicy = money::FxPolicy::Daily;
    std::string scheme;               // checkout collection scheme name (IOSS, OMP, VOEC, ...)
    std::vector<std::string> excludedHs; // exemption does not cover these prefixes

    bool activeOn(Date d) const { return from <= d && (!to || d <= *to); }
    bool appliesToCountry(std::string_view country) const;
};

struct Problem
{
    std::string where; // file and rule id
    std::string message;
};

// One rule file's header.
struct RuleFileInfo
{
    std::string path;
    std::string jurisdiction;
    std::string name;
    std::string version;
    std::vector<std::string> destinations;
    std::optional<Date> coversFrom;
};

// All rule data, loaded and indexed once; immutable afterwards, so one instance serves every thread.
// A quote reads only this object: no file I/O.
class RuleSet
{
public:
    RuleSet() = default;
    RuleSet(const RuleSet &) = delete; // the index points into rules_
    RuleSet &operator=(const RuleSet &) = delete;
    RuleSet(RuleSet &&) = default;
    RuleSet &operator=(RuleSet &&) = default;

    // Reads every *.json under <dir>/rules and the FX tables under <dir>/fx. Problems that make the data
    // unusable throw RuleError; `rules check` uses loadWithProblems to list all of them at once.
    static RuleSet load(const std::filesystem::path &tradeDir);
    static RuleSet loadWithProblems(const std::filesystem::path &tradeDir, std::vector<Problem> &problems);
    // resources/trade, loaded once on first use.
    static const RuleSet &standard();

    const std::vector<const Rule *> &rulesFor(std::string_view country) const;
    bool hasDestination(std::string_view country) const;
    std::vector<std::string> destinations() const;
    const Rule *findById(std::string_view id) const;
    const std::vector<Rule> &rules() const { return rules_; }
    const std::vector<RuleFileInfo> &files() const { return files_; }
    const money::FxTable &fx() const { return fx_; }
    const money::CurrencyTable &currencies() const { return *currencies_; }

private:
    void index();

    std::vector<Rule> rules_;
    std::vector<RuleFileInfo> files_;
    std::map<std::string, std::vector<const Rule *>, std::less<>> byCountry_;
    std::map<std::string, std::size_t, std::less<>> byId_;
    money::FxTable fx_;
    const money::CurrencyTable *currencies_ = nullptr;
};

// Digits of an HS code ("6109.10" -> "610910"); empty if it contains anything but digits, dots, spaces.
std::string hsDigits(std::string_view hs);

} // namespace caravan::trade
