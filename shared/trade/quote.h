#pragma once

#include "trade/rules.h"

#include <optional>
#include <string>
#include <vector>

namespace caravan::trade {

// A quote's input error: `field` names the input that is wrong ("to", "items[1].value", "fx", ...).
class QuoteError : public std::runtime_error
{
public:
    QuoteError(std::string field, const std::string &message)
        : std::runtime_error(field + ": " + message)
        , field_(std::move(field))
    {}
    const std::string &field() const { return field_; }

private:
    std::string field_;
};

struct QuoteItem
{
    std::string description;
    std::string hs;          // "6109.10"; may be empty (the default duty rate is then used, with a warning)
    Money unitValue;         // price of one unit, any currency
    std::int64_t quantity = 1;
    std::string origin;      // country of origin (ISO 3166-1 alpha-2); may be empty
    std::int64_t weightGrams = 0; // per unit; for the customs declaration
    std::optional<Decimal> dutyRate; // override of the duty rate for this line
};

struct FxOverride
{
    std::string base;  // 1 base = rate quote
    std::string quote;
    Decimal rate;
};

struct QuoteRequest
{
    std::string from; // country the parcel is shipped from
    std::string to;   // destination country
    Date date;
    SellerKind seller = SellerKind::Private;
    bool gift = false;
    std::optional<Channel> channel; // post when absent
    std::vector<QuoteItem> items;
    std::optional<Money> shipping;
    std::optional<Money> insurance;
    std::vector<FxOverride> fx;
};

enum class CollectedAt { None, Border, Checkout };
std::string_view toString(CollectedAt c);

// One step of the explanation: the rule applied, what it did, and where the rule comes from.
struct ExplanationLine
{
    std::string ruleId; // empty for arithmetic steps that no rule governs (conversion by a given --fx rate)
    std::string text;
    std::string source;
    Confidence confidence = Confidence::Official;
};

struct FeeLine
{
    std::string name;
    std::string ruleId;
    Money amount;
};

struct Quote
{
    std::string currency; // the destination's currency; every amount below is in it
    Money goods;          // the items' value (intrinsic value)
    Money shipping;
    Money insurance;
    Money customsValue;
    Money dutiableValue;  // after reliefs and exemptions (0 when no duty is due)
    Money duty;
    Money taxBase;
    Money tax;
    std::string taxName;  // "VAT", "GST", "postal articles tax", ...
    std::vector<FeeLine> fees;
    Money feesTotal;
    Money total;          // duty + tax + fees
    CollectedAt collectedAt = CollectedAt::None;
    std::string checkoutScheme; // IOSS, OMP, VOEC, ... when collected at checkout
    Money ddpTotal;       // the buyer pays everything at checkout
    Money dapCheckout;    // the buyer pays this at checkout ...
    Money dapOnDelivery;  // ... and this to the carrier on delivery
    std::vector<ExplanationLine> lines;
    std::vector<std::string> warnings;
};

// Computes the landed cost. Reads only `rules` (no I/O), so it can run many times per second.
// Throws QuoteError naming the bad field; never returns a number it could not justify.
Quote computeQuote(const RuleSet &rules, const QuoteRequest &request);

} // namespace caravan::trade
