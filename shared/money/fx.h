#pragma once

#include "money/date.h"
#include "money/money.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::money {

// Which published rate a conversion uses for a given day. Customs authorities each fix their own rule.
enum class FxPolicy {
    Daily,     // the latest rate published on or before the day
    EuMonthly, // EU UCC-IA Art. 146: the rate published on the penultimate Wednesday of the previous month
               // applies for the whole month (latest published on or before that Wednesday)
    Weekly,    // the latest rate published on or before the Saturday of the previous week (e.g. Japan Customs)
};

FxPolicy parseFxPolicy(std::string_view text); // "daily", "eu_monthly", "weekly"
std::string_view toString(FxPolicy p);

// Which day a policy looks at for a quote on `day` (the rate must be published on or before it).
Date fxReferenceDay(FxPolicy policy, Date day);

// One published rate: 1 `base` = `rate` `quote`, published on `date` by `source`.
struct FxRate
{
    std::string base;
    std::string quote;
    Decimal rate;
    Date date;
    std::string source;
};

// A conversion found in a table: amount_in_target = amount × multiply / divide.
struct FxConversion
{
    std::string from;
    std::string to;
    Decimal multiply;
    Decimal divide;
    Date date;          // publication date of the rate(s) used
    std::string source; // who published them
    bool overridden = false;

    Money apply(const Money &amount, int targetDigits, Rounding rounding = Rounding::HalfUp) const;
    // "1 USD = 0.862069 EUR" (6 significant decimals, for explanations only).
    std::string describe() const;
};

// Dated exchange-rate table (ECB reference rates by default). Immutable once built; lookups do no I/O.
class FxTable
{
public:
    void add(FxRate rate);
    void merge(const FxTable &other);
    std::size_t size() const;
    bool empty() const { return size() == 0; }
    std::optional<Date> latestDate() const;

    // Direct, inverse, or crossed through EUR. nullopt when no rate exists on or before the reference day.
    std::optional<FxConversion> find(std::string_view from, std::string_view to, Date day,
                                     FxPolicy policy = FxPolicy::Daily) const;

    // caravan-fx/1 JSON (see docs/rule-data.md). Throws MoneyError naming the file and entry.
    static FxTable loadJson(const std::filesystem::path &file);
    std::string toJson(const std::string &note = {}) const;

    // The ECB euro foreign exchange reference rates in any of their published shapes: eurofxref-daily.xml,
    // eurofxref-hist.xml, eurofxref.csv (daily) and eurofxref-hist.csv. Throws MoneyError if none found.
    static FxTable parseEcb(std::string_view text, const std::string &source);

private:
    struct Point
    {
        Date date;
        Decimal rate;
        std::size_t sourceIndex;
    };
    const Point *lookup(std::string_view base, std::string_view quote, Date day) const;

    std::map<std::string, std::vector<Point>, std::less<>> series_; // "EUR/USD" -> points sorted by date
    std::vector<std::string> sources_;
};

} // namespace caravan::money
