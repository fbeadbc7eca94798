#include "money/money.h"

#include <limits>

namespace caravan::money {

namespace {

std::int64_t checkedAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r))
        throw MoneyError("amount overflow");
    return r;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

Money Money::ofMinor(std::int64_t minor, std::string_view code, const CurrencyTable &table)
{
    return ofMinor(minor, code, table.minorUnits(code));
}

Money Money::ofMinor(std::int64_t minor, std::string_view code, int digits)
{
    if (!looksLikeCurrencyCode(code))
        throw MoneyError("\"" + std::string(code) + "\" is not a currency code (three capital letters)");
    if (digits < 0 || digits > 4)
        throw MoneyError("minor units must be 0..4");
    if (minor == std::numeric_limits<std::int64_t>::min())
        throw MoneyError("amount overflow");
    Money m;
    m.minor_ = minor;
    m.code_ = {code[0], code[1], code[2]};
    m.digits_ = digits;
    return m;
}

Money Money::parse(std::string_view text, const CurrencyTable &table)
{
    const std::string original(text);
    text = trim(text);
    const auto space = text.find_first_of(" \t");
    if (space == std::string_view::npos)
        throw MoneyError("amount \"" + original + "\" needs a currency, e.g. \"12.50 EUR\"");
    std::string_view first = trim(text.substr(0, space));
    std::string_view second = trim(text.substr(space + 1));
    if (looksLikeCurrencyCode(first) && !looksLikeCurrencyCode(second))
        std::swap(first, second);
    return parse(first, second, table);
}

Money Money::parse(std::string_view amount, std::string_view code, const CurrencyTable &table)
{
    if (!looksLikeCurrencyCode(code))
        throw MoneyError("\"" + std::string(code) + "\" is not a currency code (three capital letters)");
    const int digits = table.minorUnits(code);
    Decimal d;
    try {
        d = Decimal::parse(trim(amount));
    } catch (const MoneyError &) {
        throw MoneyError("\"" + std::string(amount) + "\" is not an amount");
    }
    if (std::string_view(trim(amount)).find('%') != std::string_view::npos)
        throw MoneyError("\"" + std::string(amount) + "\" is not an amount");
    if (d.scale > digits)
        throw MoneyError("\"" + std::string(amount) + " " + std::string(code) + "\" has more decimals than "
                         + std::string(code) + " allows (" + std::to_string(digits) + ")");
    const Int128 minor = static_cast<Int128>(d.value) * pow10i128(digits - d.scale);
    if (minor > std::numeric_limits<std::int64_t>::max() || minor < -std::numeric_limits<std::int64_t>::max())
        throw MoneyError("\"" + std::string(amount) + "\" is too large");
    return ofMinor(static_cast<std::int64_t>(minor), code, digits);
}

std::string Money::amountString() const
{
    return formatScaled(minor_, digits_);
}

std::string Money::toString() const
{
    std::string s = amountString();
    if (hasCurrency()) {
        s.push_back(' ');
        s.append(currency());
    }
    return s;
}

Money Money::operator-() const
{
    Money m = *this;
    m.minor_ = -minor_;
    return m;
}

void Money::requireSameCurrency(const Money &o, const char *op) const
{
    if (hasCurrency() && o.hasCurrency() && code_ != o.code_)
        throw MoneyError(std::string("cannot ") + op + " " + std::string(currency()) + " and "
                         + std::string(o.currency()));
}

Money &Money::operator+=(const Money &o)
{
    requireSameCurrency(o, "add");
    if (!hasCurrency()) {
        code_ = o.code_;
        digits_ = o.digits_;
    }
    minor_ = checkedAdd(minor_, o.minor_);
    return *this;
}

Money &Money::operator-=(const Money &o)
{
    return *this += -o;
}

Money operator*(const Money &a, std::int64_t n)
{
    Money m = a;
    if (__builtin_mul_overflow(a.minor_, n, &m.minor_))
        throw MoneyError("amount overflow");
    return m;
}

Money Money::times(const Decimal &factor, Rounding rounding) const
{
    Money m = *this;
    m.minor_ = divideRounded(static_cast<Int128>(minor_) * factor.value, pow10i128(factor.scale), rounding);
    return m;
}

Money Money::convert(std::string_view targetCode, int targetDigits, const Decimal &rate, Rounding rounding) const
{
    if (rate.value <= 0)
        throw MoneyError("exchange rate must be positive");
    // target_minor = minor / 10^digits * rate * 10^targetDigits
    Int128 num = static_cast<Int128>(minor_) * rate.value;
    Int128 den = pow10i128(rate.scale);
    if (targetDigits >= digits_)
        num *= pow10i128(targetDigits - digits_);
    else
        den *= pow10i128(digits_ - targetDigits);
    return ofMinor(divideRounded(num, den, rounding), targetCode, targetDigits);
}

Money Money::convert(std::string_view targetCode, int targetDigits, const Decimal &multiply, const Decimal &divide,
                     Rounding rounding) const
{
    if (multiply.value <= 0 || divide.value <= 0)
        throw MoneyError("exchange rate must be positive");
    // target_minor = minor / 10^digits * (m / 10^ms) / (d / 10^ds) * 10^targetDigits
    Int128 num = static_cast<Int128>(minor_) * multiply.value * pow10i128(divide.scale);
    Int128 den = static_cast<Int128>(divide.value) * pow10i128(multiply.scale);
    if (targetDigits >= digits_)
        num *= pow10i128(targetDigits - digits_);
    else
        den *= pow10i128(digits_ - targetDigits);
    return ofMinor(divideRounded(num, den, rounding), targetCode, targetDigits);
}

Money Money::roundedToStep(std::int64_t step, Rounding rounding) const
{
    if (step <= 1)
        return *this;
    Money m = *this;
    m.minor_ = divideRounded(minor_, step, rounding) * step;
    return m;
}

bool operator==(const Money &a, const Money &b)
{
    return (a <=> b) == std::strong_ordering::equal;
}

std::strong_ordering operator<=>(const Money &a, const Money &b)
{
    a.requireSameCurrency(b, "compare");
    return a.minor_ <=> b.minor_;
}

} // namespace caravan::money
