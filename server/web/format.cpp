#include "web/format.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <set>

namespace caravan::web {

int currencyMinorDigits(const std::string &currency)
{
    static const std::set<std::string> zero = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                               "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const std::set<std::string> three = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    if (zero.count(currency))
        return 0;
    if (three.count(currency))
        return 3;
    return 2;
}

std::string formatMoney(std::int64_t minor, const std::string &currency)
{
    const int digits = currencyMinorDigits(currency);
    std::int64_t scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    const std::uint64_t abs = negative ? std::uint64_t(0) - std::uint64_t(minor) : std::uint64_t(minor);
    std::string whole = std::to_string(abs / std::uint64_t(scale));
    for (int i = int(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(std::size_t(i), ",");
    std::string out = currency + " " + (negative ? "-" : "") + whole;
    if (digits > 0) {
        std::string frac = std::to_string(abs % std::uint64_t(scale));
        out += "." + std::string(std::size_t(digits) - frac.size(), '0') + frac;
    }
    return out;
}

std::optional<std::int64_t> parseMoney(const std::string &text, const std::string &currency)
{
    const int digits = currencyMinorDigits(currency);
    const auto dot = text.find('.');
    const std::string whole = text.substr(0, dot);
    std::string frac = dot == std::string::npos ? std::string() : text.substr(dot + 1);
    if (whole.empty() || whole.size() > 12 || int(frac.size()) > digits ||
        (dot != std::string::npos && frac.empty()))
        return std::nullopt;
    for (char c : whole + frac)
        if (c < '0' || c > '9')
            return std::nullopt;
    frac.append(std::size_t(digits) - frac.size(), '0');
    return std::stoll(whole + frac);
}

std::string formatWeight(std::int64_t grams)
{
    if (grams < 1000)
        return std::to_string(grams) + " g";
    std::string frac = std::to_string(grams % 1000);
    frac = std::string(3 - frac.size(), '0') + frac;
    while (!frac.empty() && frac.back() == '0')
        frac.pop_back();
    return std::to_string(grams / 1000) + (frac.empty() ? "" : "." + frac) + " kg";
}

std::string formatTimestamp(std::int64_t seconds)
{
    return Poco::DateTimeFormatter::format(Poco::Timestamp::fromEpochTime(seconds), "%Y-%m-%d %H:%M UTC");
}

std::string isoTimestamp(std::int64_t seconds)
{
    return Poco::DateTimeFormatter::format(Poco::Timestamp::fromEpochTime(seconds), "%Y-%m-%dT%H:%M:%SZ");
}

} // namespace caravan::web
