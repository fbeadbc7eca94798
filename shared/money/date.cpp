#include "money/date.h"

#include "money/decimal.h"

#include <cstdio>

namespace caravan::money {

namespace chr = std::chrono;

Date Date::fromYmd(int y, unsigned m, unsigned d)
{
    const chr::year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
    if (!ymd.ok() || y < 1900 || y > 2200)
        throw MoneyError("invalid date " + std::to_string(y) + "-" + std::to_string(m) + "-" + std::to_string(d));
    Date r;
    r.days_ = static_cast<int>(chr::sys_days{ymd}.time_since_epoch().count());
    return r;
}

Date Date::parse(std::string_view t)
{
    auto bad = [&] { return MoneyError("invalid date \"" + std::string(t) + "\" (expected YYYY-MM-DD)"); };
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        throw bad();
    auto num = [&](std::size_t pos, std::size_t len) {
        int v = 0;
        for (std::size_t i = pos; i < pos + len; ++i) {
            if (t[i] < '0' || t[i] > '9')
                throw bad();
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    try {
        return fromYmd(num(0, 4), static_cast<unsigned>(num(5, 2)), static_cast<unsigned>(num(8, 2)));
    } catch (const MoneyError &) {
        throw bad();
    }
}

Date Date::today()
{
    Date r;
    r.days_ = static_cast<int>(chr::floor<chr::days>(chr::system_clock::now()).time_since_epoch().count());
    return r;
}

chr::year_month_day Date::ymd() const
{
    return chr::year_month_day{chr::sys_days{chr::days{days_}}};
}

int Date::year() const
{
    return static_cast<int>(ymd().year());
}

unsigned Date::month() const
{
    return static_cast<unsigned>(ymd().month());
}

unsigned Date::day() const
{
    return static_cast<unsigned>(ymd().day());
}

unsigned Date::weekday() const
{
    return std::chrono::weekday{chr::sys_days{chr::days{days_}}}.c_encoding();
}

std::string Date::toString() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
    return buf;
}

} // namespace caravan::money
