#pragma once

#include "money/currency.h"
#include "money/decimal.h"

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace caravan::money {

// An amount of money: integer minor units of an ISO 4217 currency (EUR 12.50 = 1250, JPY 1200 = 1200,
// KWD 1.250 = 1250). Never a double. The number of decimal digits travels with the value, so formatting
// needs no lookup. Arithmetic is checked: overflow and mixed currencies throw MoneyError.
class Money
{
public:
    Money() = default; // 0 of no currency; only useful as a placeholder

    static Money ofMinor(std::int64_t minor, std::string_view code,
                         const CurrencyTable &table = CurrencyTable::standard());
    static Money ofMinor(std::int64_t minor, std::string_view code, int digits);
    static Money zero(std::string_view code, const CurrencyTable &table = CurrencyTable::standard())
    {
        return ofMinor(0, code, table);
    }
    // "12.50 EUR", "EUR 12.50", "1200 JPY". More decimals than the currency has is an error unless
    // they are zeros ("12.500 EUR" is fine, "12.505 EUR" is not). Throws MoneyError naming the problem.
    static Money parse(std::string_view text, const CurrencyTable &table = CurrencyTable::standard());
    static Money parse(std::string_view amount, std::string_view code,
                       const CurrencyTable &table = CurrencyTable::standard());

    std::int64_t minor() const { return minor_; }
    std::string_view currency() const { return std::string_view(code_.data(), hasCurrency() ? 3 : 0); }
    int digits() const { return digits_; }
    bool hasCurrency() const { return code_[0] != '\0'; }
    bool isZero() const { return minor_ == 0; }
    bool isNegative() const { return minor_ < 0; }
    bool isPositive() const { return minor_ > 0; }

    std::string amountString() const; // "12.50", "-0.05", "1200"
    std::string toString() const;     // "12.50 EUR"
    // The amount as an exact Decimal in major units (12.50 EUR -> 12.5).
    Decimal toDecimal() const { return Decimal{minor_, digits_}; }

    Money operator-() const;
    Money &operator+=(const Money &o);
    Money &operator-=(const Money &o);
    friend Money operator+(Money a, const Money &b) { return a += b; }
    friend Money operator-(Money a, const Money &b) { return a -= b; }
    friend Money operator*(const Money &a, std::int64_t n);
    friend Money operator*(std::int64_t n, const Money &a) { return a * n; }

    // this × factor, rounded to the currency's minor unit (e.g. duty = value × 12%).
    Money times(const Decimal &factor, Rounding rounding = Rounding::HalfUp) const;
    // Converted at rate (units of the target per one unit of this currency), rounded to the target's minor unit.
    Money convert(std::string_view targetCode, int targetDigits, const Decimal &rate,
                  Rounding rounding = Rounding::HalfUp) const;
    // Converted at the rational rate multiply/divide (cross rates through a third currency stay exact).
    Money convert(std::string_view targetCode, int targetDigits, const Decimal &multiply, const Decimal &divide,
                  Rounding rounding = Rounding::HalfUp) const;
    // Rounded to a multiple of `step` minor units (e.g. CHF 0.05 cash rounding: step 5).
    Money roundedToStep(std::int64_t step, Rounding rounding) const;

    // Same currency required (throws MoneyError otherwise); a zero placeholder compares with anything.
    friend bool operator==(const Money &a, const Money &b);
    friend std::strong_ordering operator<=>(const Money &a, const Money &b);

    static Money max(const Money &a, const Money &b) { return a < b ? b : a; }
    static Money min(const Money &a, const Money &b) { return a < b ? a : b; }

private:
    void requireSameCurrency(const Money &o, const char *op) const;

    std::int64_t minor_ = 0;
    std::array<char, 3> code_{'\0', '\0', '\0'};
    int digits_ = 0;
};

} // namespace caravan::money
