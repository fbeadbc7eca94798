#include "money/decimal.h"

#include <compare>
#include <limits>

namespace caravan::money {

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::int64_t narrow(Int128 v, const char *what)
{
    if (v > kMax || v < -kMax)
        throw MoneyError(std::string(what) + ": number too large");
    return static_cast<std::int64_t>(v);
}

} // namespace

Int128 pow10i128(int n)
{
    if (n < 0 || n > 30)
        throw MoneyError("decimal scale out of range");
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

Rounding parseRounding(std::string_view text)
{
    if (text == "half_up")
        return Rounding::HalfUp;
    if (text == "half_even")
        return Rounding::HalfEven;
    if (text == "down")
        return Rounding::Down;
    if (text == "up")
        return Rounding::Up;
    throw MoneyError("unknown rounding \"" + std::string(text) + "\" (half_up, half_even, down, up)");
}

std::string_view toString(Rounding r)
{
    switch (r) {
    case Rounding::HalfUp:
        return "half_up";
    case Rounding::HalfEven:
        return "half_even";
    case Rounding::Down:
        return "down";
    case Rounding::Up:
        return "up";
    }
    return "half_up";
}

Decimal Decimal::parse(std::string_view text)
{
    const std::string original(text);
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    bool percent = false;
    if (!text.empty() && text.back() == '%') {
        percent = true;
        text.remove_suffix(1);
    }
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty())
        throw MoneyError("not a number: \"" + original + "\"");
    Int128 v = 0;
    int scale = 0;
    bool seenPoint = false;
    int digits = 0;
    for (char c : text) {
        if (c == '.') {
            if (seenPoint)
                throw MoneyError("not a number: \"" + original + "\"");
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9')
            throw MoneyError("not a number: \"" + original + "\"");
        v = v * 10 + (c - '0');
        ++digits;
        if (seenPoint)
            ++scale;
        if (v > kMax)
            throw MoneyError("number too large: \"" + original + "\"");
    }
    if (digits == 0 || text.back() == '.')
        throw MoneyError("not a number: \"" + original + "\"");
    if (percent)
        scale += 2;
    Decimal d{static_cast<std::int64_t>(negative ? -v : v), scale};
    d = d.normalized();
    if (d.scale > kMaxScale)
        throw MoneyError("too many decimal places: \"" + original + "\"");
    return d;
}

Decimal Decimal::normalized() const
{
    Decimal d = *this;
    while (d.scale > 0 && d.value % 10 == 0) {
        d.value /= 10;
        --d.scale;
    }
    if (d.value == 0)
        d.scale = 0;
    return d;
}

std::string formatScaled(std::int64_t value, int scale)
{
    const std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    const std::string digits = std::to_string(magnitude);
    std::string out;
    out.reserve(digits.size() + static_cast<std::size_t>(scale) + 3);
    if (value < 0)
        out.push_back('-');
    const int len = static_cast<int>(digits.size());
    if (scale <= 0)
        return out.append(digits);
    if (len <= scale) {
        out.append("0.");
        out.append(static_cast<std::size_t>(scale - len), '0');
        return out.append(digits);
    }
    out.append(digits, 0, static_cast<std::size_t>(len - scale));
    out.push_back('.');
    return out.append(digits, static_cast<std::size_t>(len - scale), std::string::npos);
}

std::string Decimal::toString() const
{
    const Decimal n = normalized();
    return formatScaled(n.value, n.scale);
}

std::string Decimal::toPercentString() const
{
    return (*this * Decimal{100, 0}).toString() + "%";
}

bool operator==(const Decimal &a, const Decimal &b)
{
    return (a <=> b) == std::strong_ordering::equal;
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    const int s = std::max(a.scale, b.scale);
    const Int128 av = static_cast<Int128>(a.value) * pow10i128(s - a.scale);
    const Int128 bv = static_cast<Int128>(b.value) * pow10i128(s - b.scale);
    return av < bv ? std::strong_ordering::less : av > bv ? std::strong_ordering::greater : std::strong_ordering::equal;
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    Int128 v = static_cast<Int128>(a.value) * b.value;
    int scale = a.scale + b.scale;
    while (scale > 0 && v % 10 == 0) {
        v /= 10;
        --scale;
    }
    if (scale > Decimal::kMaxScale)
        throw MoneyError("rate product has too many decimal places");
    return Decimal{narrow(v, "rate product"), scale};
}

Decimal operator+(const Decimal &a, const Decimal &b)
{
    const int s = std::max(a.scale, b.scale);
    const Int128 v = static_cast<Int128>(a.value) * pow10i128(s - a.scale)
                       + static_cast<Int128>(b.value) * pow10i128(s - b.scale);
    return Decimal{narrow(v, "rate sum"), s}.normalized();
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    return a + Decimal{-b.value, b.scale};
}

std::int64_t divideRounded(Int128 numerator, Int128 denominator, Rounding rounding)
{
    if (denominator <= 0)
        throw MoneyError("division by zero or a negative divisor");
    const bool negative = numerator < 0;
    const Int128 n = negative ? -numerator : numerator;
    Int128 q = n / denominator;
    const Int128 r = n % denominator;
    if (r != 0) {
        switch (rounding) {
        case Rounding::Down:
            break;
        case Rounding::Up:
            ++q;
            break;
        case Rounding::HalfUp:
            if (r * 2 >= denominator)
                ++q;
            break;
        case Rounding::HalfEven:
            if (r * 2 > denominator || (r * 2 == denominator && (q % 2) == 1))
                ++q;
            break;
        }
    }
    return narrow(negative ? -q : q, "amount");
}

} // namespace caravan::money
