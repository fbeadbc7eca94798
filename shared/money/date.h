#pragma once

#include <chrono>
#include <compare>
#include <string>
#include <string_view>

namespace caravan::money {

// A calendar date (proleptic Gregorian, no time zone): the day a rule, a rate or a quote applies to.
class Date
{
public:
    Date() = default; // 1970-01-01
    static Date fromYmd(int y, unsigned m, unsigned d);
    // "2026-07-01" only; throws MoneyError("invalid date ...") otherwise.
    static Date parse(std::string_view text);
    static Date today(); // UTC

    std::string toString() const;
    int year() const;
    unsigned month() const;
    unsigned day() const;
    unsigned weekday() const; // 0 = Sunday .. 6 = Saturday
    int daysSinceEpoch() const { return days_; }
    Date addDays(int n) const
    {
        Date d;
        d.days_ = days_ + n;
        return d;
    }
    Date firstOfMonth() const { return fromYmd(year(), month(), 1); }
    Date lastOfPreviousMonth() const { return firstOfMonth().addDays(-1); }

    friend auto operator<=>(const Date &, const Date &) = default;

private:
    std::chrono::year_month_day ymd() const;
    int days_ = 0;
};

} // namespace caravan::money
