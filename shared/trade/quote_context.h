#pragma once

#include "trade/quote.h"

namespace caravan::trade::detail {

// Working state of one quote: the active rules for the destination and date, conversion into the
// destination currency, and the explanation being written.
class QuoteContext
{
public:
    QuoteContext(const RuleSet &rules, const QuoteRequest &request, Quote &quote);

    const QuoteRequest &request() const { return req_; }
    Quote &quote() { return q_; }
    const std::string &currency() const { return currency_; }
    int digits() const { return digits_; }
    money::Rounding rounding() const { return rounding_; }
    std::int64_t roundingStep() const { return step_; }

    // Active rules of a kind whose consignment-level conditions hold, most specific first.
    std::vector<const Rule *> matching(RuleKind kind) const;
    const Rule *best(RuleKind kind) const;
    // Per-line conditions (origin_in, hs_in, hs_not_in).
    static bool lineMatches(const Rule &rule, const QuoteItem &item, const std::string &hs);

    // Into the destination currency with the customs rate rule; throws QuoteError(field).
    Money toDest(const Money &m, const std::string &field);
    // Destination amount into another currency (to compare with a threshold set in it).
    Money fromDest(const Money &m, std::string_view code, const std::string &field);
    Money zero() const { return Money::ofMinor(0, currency_, digits_); }
    Money roundCharge(const Money &m) const { return m.roundedToStep(step_, rounding_); }

    void explain(const Rule &rule, const std::string &text);
    void explainPlain(const std::string &text);
    void warn(const std::string &text);

private:
    std::optional<money::FxConversion> conversion(const std::string &from, const std::string &to,
                                                  const std::string &field);

    const RuleSet &rules_;
    const QuoteRequest &req_;
    Quote &q_;
    std::vector<const Rule *> active_;
    std::string currency_;
    int digits_ = 2;
    money::FxPolicy policy_ = money::FxPolicy::Daily;
    money::Rounding rounding_ = money::Rounding::HalfUp;
    std::int64_t step_ = 1;
    std::vector<std::string> explainedFx_;
    std::string fxRuleId_;
};

} // namespace caravan::trade::detail
