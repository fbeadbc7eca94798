#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace caravan::money {

// 128-bit intermediate for products of amounts and rates (GCC/Clang extension).
__extension__ typedef __int128 Int128;

// Thrown for malformed amounts, unknown currencies, overflow and mismatched currencies.
class MoneyError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// How a value that falls between two minor units is rounded.
enum class Rounding {
    HalfUp,   // 0.5 away from zero (commercial rounding; most customs and tax authorities)
    HalfEven, // 0.5 to the even neighbour (banker's rounding)
    Down,     // toward zero (truncate)
    Up,       // away from zero (ceiling for positive amounts)
};

Rounding parseRounding(std::string_view text); // "half_up", "half_even", "down", "up"
std::string_view toString(Rounding r);

// An exact decimal number: value / 10^scale. Used for rates (VAT 25.5% = 0.255, FX 0.9100), never for
// amounts of money. No doubles anywhere: parsing and arithmetic are integer-only.
struct Decimal
{
    std::int64_t value = 0;
    int scale = 0; // 0..12

    static constexpr int kMaxScale = 12;

    // "0.91", "-3", "25.5". A trailing "%" divides by 100 ("19%" == 0.19). Throws MoneyError.
    static Decimal parse(std::string_view text);
    static Decimal fromInt(std::int64_t v) { return Decimal{v, 0}; }

    bool isZero() const { return value == 0; }
    bool isNegative() const { return value < 0; }
    // Shortest exact text ("0.19", "3", "0.0255").
    std::string toString() const;
    // As a percentage text, "19%", "25.5%".
    std::string toPercentString() const;

    Decimal normalized() const; // trailing zeros removed
    friend bool operator==(const Decimal &a, const Decimal &b);
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);
};

Decimal operator*(const Decimal &a, const Decimal &b); // exact; throws if the scale exceeds kMaxScale
Decimal operator+(const Decimal &a, const Decimal &b);
Decimal operator-(const Decimal &a, const Decimal &b);

// round(numerator / denominator) with the given rule; denominator > 0. Throws MoneyError on overflow.
std::int64_t divideRounded(Int128 numerator, Int128 denominator, Rounding rounding);

// value / 10^scale as text with exactly `scale` decimals ("-0.05" for -5, 2).
std::string formatScaled(std::int64_t value, int scale);

// 10^n as a 128-bit integer (n <= 30).
Int128 pow10i128(int n);

} // namespace caravan::money
