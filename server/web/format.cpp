#include "web/format.h"

#include "money/money.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <algorithm>

namespace caravan::web {

std::string formatMoney(std::int64_t minor, const std::string &currency)
{
    const auto &currencies = money::CurrencyTable::standard();
    if (!currencies.contains(currency)) // not a listing's currency (validation refuses those): no guessing
        return currency + " " + std::to_string(minor) + " (minor units)";
    auto amount = money::Money::ofMinor(minor, currency, currencies).amountString();
    const auto sign = std::size_t(amount[0] == '-' ? 1 : 0);
    const auto dot = std::min(amount.find('.'), amount.size());
    for (auto i = std::ptrdiff_t(dot) - 3; i > std::ptrdiff_t(sign); i -= 3)
        amount.insert(std::size_t(i), ",");
    return currency + " " + amount;
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
