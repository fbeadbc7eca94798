#include "listing/listing.h"

#include "listing/text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace caravan::listing {

namespace {
constexpr std::array<std::pair<Condition, std::string_view>, 5> kConditions{{
    {Condition::New, "new"},
    {Condition::LikeNew, "like_new"},
    {Condition::Good, "good"},
    {Condition::Fair, "fair"},
    {Condition::ForParts, "for_parts"},
}};
constexpr std::array<std::pair<Status, std::string_view>, 5> kStatuses{{
    {Status::Draft, "draft"},
    {Status::Scheduled, "scheduled"},
    {Status::Active, "active"},
    {Status::Sold, "sold"},
    {Status::Ended, "ended"},
}};
} // namespace

std::string_view toString(Condition c)
{
    for (const auto &[value, id] : kConditions) {
        if (value == c)
            return id;
    }
    return "";
}

std::string_view toString(Status s)
{
    for (const auto &[value, id] : kStatuses) {
        if (value == s)
            return id;
    }
    return "";
}

std::optional<Condition> parseCondition(std::string_view id)
{
    for (const auto &[value, name] : kConditions) {
        if (name == id)
            return value;
    }
    return std::nullopt;
}

std::optional<Status> parseStatus(std::string_view id)
{
    for (const auto &[value, name] : kStatuses) {
        if (name == id)
            return value;
    }
    return std::nullopt;
}

std::string Destinations::toString() const
{
    switch (mode) {
    case Mode::All:
        return "all";
    case Mode::Only:
        return "only:" + text::join(countries, ",");
    case Mode::AllExcept:
        return "except:" + text::join(countries, ",");
    }
    return "all";
}

std::optional<Destinations> Destinations::parse(std::string_view s)
{
    s = text::trim(s);
    Destinations d;
    if (s == "all")
        return d;
    std::string_view rest;
    if (s.starts_with("only:")) {
        d.mode = Mode::Only;
        rest = s.substr(5);
    } else if (s.starts_with("except:")) {
        d.mode = Mode::AllExcept;
        rest = s.substr(7);
    } else {
        return std::nullopt;
    }
    d.countries = text::splitList(rest, ',');
    return d;
}

bool Destinations::allows(std::string_view country) const
{
    const bool listed = std::find(countries.begin(), countries.end(), country) != countries.end();
    switch (mode) {
    case Mode::All:
        return true;
    case Mode::Only:
        return listed;
    case Mode::AllExcept:
        return !listed;
    }
    return false;
}

bool canTransition(Status from, Status to)
{
    switch (from) {
    case Status::Draft:
        return to == Status::Scheduled || to == Status::Active;
    case Status::Scheduled:
        return to == Status::Draft || to == Status::Active || to == Status::Ended;
    case Status::Active:
        return to == Status::Sold || to == Status::Ended;
    case Status::Sold:
        return to == Status::Active;
    case Status::Ended:
        return to == Status::Draft;
    }
    return false;
}

std::vector<Status> allowedTransitions(Status from)
{
    std::vector<Status> out;
    for (const auto &[to, name] : kStatuses) {
        if (canTransition(from, to))
            out.push_back(to);
    }
    return out;
}

namespace {
bool readInt(std::string_view s, std::size_t pos, std::size_t len, int &out)
{
    if (pos + len > s.size())
        return false;
    for (std::size_t i = pos; i < pos + len; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    auto r = std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return r.ec == std::errc();
}
} // namespace

std::optional<std::int64_t> parseUtcTimestamp(std::string_view s)
{
    s = text::trim(s);
    // YYYY-MM-DDTHH:MM:SS followed by Z or +hh:mm / -hh:mm
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    if (s.size() < 20 || !readInt(s, 0, 4, y) || s[4] != '-' || !readInt(s, 5, 2, mo) || s[7] != '-' ||
        !readInt(s, 8, 2, d) || (s[10] != 'T' && s[10] != 't') || !readInt(s, 11, 2, h) || s[13] != ':' ||
        !readInt(s, 14, 2, mi) || s[16] != ':' || !readInt(s, 17, 2, se))
        return std::nullopt;
    std::int64_t offset = 0;
    const auto tz = s.substr(19);
    if (tz == "Z" || tz == "z") {
        offset = 0;
    } else if (tz.size() == 6 && (tz[0] == '+' || tz[0] == '-') && tz[3] == ':') {
        int oh = 0, om = 0;
        if (!readInt(tz, 1, 2, oh) || !readInt(tz, 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = (oh * 3600 + om * 60) * (tz[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    if (y < 1970 || h > 23 || mi > 59 || se > 59)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok())
        return std::nullopt;
    const auto days = std::chrono::sys_days{ymd}.time_since_epoch().count();
    return static_cast<std::int64_t>(days) * 86400 + h * 3600 + mi * 60 + se - offset;
}

std::string formatUtcTimestamp(std::int64_t t)
{
    std::int64_t days = t / 86400;
    std::int64_t rem = t % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60));
    return buf;
}

} // namespace caravan::listing
