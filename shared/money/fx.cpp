#include "money/fx.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace caravan::money {

namespace {

const Decimal kOne{1, 0};

std::string_view trimView(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> splitView(std::string_view s, char sep)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const auto pos = s.find(sep, start);
        out.push_back(trimView(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start)));
        if (pos == std::string_view::npos)
            break;
        start = pos + 1;
    }
    return out;
}

// "2026-11-20" or "20 November 2026" (the daily CSV's shape).
Date parseEcbDate(std::string_view text)
{
    text = trimView(text);
    if (text.size() == 10 && text[4] == '-')
        return Date::parse(text);
    static const char *months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    const auto parts = splitView(text, ' ');
    if (parts.size() == 3) {
        for (unsigned m = 0; m < 12; ++m) {
            if (parts[1] == months[m]) {
                const Decimal d = Decimal::parse(parts[0]);
                const Decimal y = Decimal::parse(parts[2]);
                if (d.scale == 0 && y.scale == 0)
                    return Date::fromYmd(static_cast<int>(y.value), m + 1, static_cast<unsigned>(d.value));
            }
        }
    }
    throw MoneyError("ECB file: unreadable date \"" + std::string(text) + "\"");
}

std::string attribute(std::string_view tag, std::string_view name)
{
    std::size_t pos = 0;
    while ((pos = tag.find(name, pos)) != std::string_view::npos) {
        const bool boundary = pos == 0 || tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n';
        std::size_t p = pos + name.size();
        while (p < tag.size() && tag[p] == ' ')
            ++p;
        if (boundary && p < tag.size() && tag[p] == '=') {
            ++p;
            while (p < tag.size() && tag[p] == ' ')
                ++p;
            if (p < tag.size() && (tag[p] == '\'' || tag[p] == '"')) {
                const char q = tag[p];
                const auto end = tag.find(q, p + 1);
                if (end != std::string_view::npos)
                    return std::string(tag.substr(p + 1, end - p - 1));
            }
        }
        pos += name.size();
    }
    return {};
}

void addEcbRate(FxTable &table, const std::string &currency, std::string_view rate, Date date,
                const std::string &source)
{
    rate = trimView(rate);
    if (rate.empty() || rate == "N/A" || rate == "-")
        return;
    if (!looksLikeCurrencyCode(currency))
        throw MoneyError("ECB file: \"" + currency + "\" is not a currency code");
    const Decimal r = Decimal::parse(rate);
    if (r.value <= 0)
        throw MoneyError("ECB file: rate for " + currency + " is not positive");
    table.add(FxRate{"EUR", currency, r, date, source});
}

FxTable parseEcbXml(std::string_view text, const std::string &source)
{
    FxTable table;
    std::optional<Date> current;
    std::size_t pos = 0;
    while ((pos = text.find("<Cube", pos)) != std::string_view::npos) {
        const auto end = text.find('>', pos);
        if (end == std::string_view::npos)
            break;
        const std::string_view tag = text.substr(pos + 5, end - pos - 5);
        pos = end;
        if (const auto time = attribute(tag, "time"); !time.empty())
            current = Date::parse(time);
        const auto currency = attribute(tag, "currency");
        if (!currency.empty()) {
            if (!current)
                throw MoneyError("ECB file: a rate for " + currency + " comes before any date");
            addEcbRate(table, currency, attribute(tag, "rate"), *current, source);
        }
    }
    return table;
}

FxTable parseEcbCsv(std::string_view text, const std::string &source)
{
    FxTable table;
    std::vector<std::string_view> lines;
    for (auto line : splitView(text, '\n'))
        if (!line.empty())
            lines.push_back(line);
    if (lines.size() < 2)
        throw MoneyError("ECB file: expected a header line and at least one line of rates");
    const auto header = splitView(lines[0], ',');
    if (header.empty() || header[0] != "Date")
        throw MoneyError("ECB file: the first column must be \"Date\"");
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto cells = splitView(lines[i], ',');
        const Date date = parseEcbDate(cells[0]);
        for (std::size_t c = 1; c < cells.size() && c < header.size(); ++c)
            if (!header[c].empty())
                addEcbRate(table, std::string(header[c]), cells[c], date, source);
    }
    return table;
}

// Penultimate Wednesday of the month before `day`'s month.
Date penultimateWednesdayOfPreviousMonth(Date day)
{
    Date d = day.lastOfPreviousMonth();
    int seen = 0;
    while (true) {
        if (d.weekday() == 3 && ++seen == 2)
            return d;
        d = d.addDays(-1);
    }
}

} // namespace

FxPolicy parseFxPolicy(std::string_view text)
{
    if (text == "daily")
        return FxPolicy::Daily;
    if (text == "eu_monthly")
        return FxPolicy::EuMonthly;
    if (text == "weekly")
        return FxPolicy::Weekly;
    throw MoneyError("unknown exchange-rate policy \"" + std::string(text) + "\" (daily, eu_monthly, weekly)");
}

std::string_view toString(FxPolicy p)
{
    switch (p) {
    case FxPolicy::Daily:
        return "daily";
    case FxPolicy::EuMonthly:
        return "eu_monthly";
    case FxPolicy::Weekly:
        return "weekly";
    }
    return "daily";
}

Date fxReferenceDay(FxPolicy policy, Date day)
{
    switch (policy) {
    case FxPolicy::Daily:
        return day;
    case FxPolicy::EuMonthly:
        return penultimateWednesdayOfPreviousMonth(day);
    case FxPolicy::Weekly:
        // Saturday that ends the previous week (weeks start on Sunday).
        return day.addDays(-static_cast<int>(day.weekday()) - 1);
    }
    return day;
}

Money FxConversion::apply(const Money &amount, int targetDigits, Rounding rounding) const
{
    if (amount.currency() != from)
        throw MoneyError("conversion " + from + "->" + to + " applied to " + std::string(amount.currency()));
    return amount.convert(to, targetDigits, multiply, divide, rounding);
}

std::string FxConversion::describe() const
{
    const Int128 num = static_cast<Int128>(multiply.value) * pow10i128(divide.scale) * pow10i128(6);
    const Int128 den = static_cast<Int128>(divide.value) * pow10i128(multiply.scale);
    const Decimal r{divideRounded(num, den, Rounding::HalfUp), 6};
    return "1 " + from + " = " + r.toString() + " " + to;
}

void FxTable::add(FxRate rate)
{
    if (!looksLikeCurrencyCode(rate.base) || !looksLikeCurrencyCode(rate.quote))
        throw MoneyError("exchange rate " + rate.base + "/" + rate.quote + ": not currency codes");
    if (rate.rate.value <= 0)
        throw MoneyError("exchange rate " + rate.base + "/" + rate.quote + " must be positive");
    std::size_t idx = 0;
    const auto it = std::find(sources_.begin(), sources_.end(), rate.source);
    if (it == sources_.end()) {
        sources_.push_back(rate.source);
        idx = sources_.size() - 1;
    } else {
        idx = static_cast<std::size_t>(it - sources_.begin());
    }
    auto &points = series_[rate.base + "/" + rate.quote];
    const auto pos = std::lower_bound(points.begin(), points.end(), rate.date,
                                      [](const Point &p, const Date &d) { return p.date < d; });
    if (pos != points.end() && pos->date == rate.date)
        *pos = Point{rate.date, rate.rate, idx};
    else
        points.insert(pos, Point{rate.date, rate.rate, idx});
}

void FxTable::merge(const FxTable &other)
{
    for (const auto &[key, points] : other.series_)
        for (const auto &p : points)
            add(FxRate{key.substr(0, 3), key.substr(4, 3), p.rate, p.date, other.sources_[p.sourceIndex]});
}

std::size_t FxTable::size() const
{
    std::size_t n = 0;
    for (const auto &kv : series_)
        n += kv.second.size();
    return n;
}

std::optional<Date> FxTable::latestDate() const
{
    std::optional<Date> latest;
    for (const auto &kv : series_)
        if (!kv.second.empty() && (!latest || kv.second.back().date > *latest))
            latest = kv.second.back().date;
    return latest;
}

const FxTable::Point *FxTable::lookup(std::string_view base, std::string_view quote, Date day) const
{
    std::string key;
    key.reserve(7);
    key.append(base).append("/").append(quote);
    const auto it = series_.find(key);
    if (it == series_.end() || it->second.empty())
        return nullptr;
    const auto &points = it->second;
    auto pos = std::upper_bound(points.begin(), points.end(), day,
                                [](const Date &d, const Point &p) { return d < p.date; });
    if (pos == points.begin())
        return nullptr;
    return &*(pos - 1);
}

std::optional<FxConversion> FxTable::find(std::string_view from, std::string_view to, Date day,
                                          FxPolicy policy) const
{
    FxConversion c;
    c.from = std::string(from);
    c.to = std::string(to);
    if (from == to) {
        c.multiply = kOne;
        c.divide = kOne;
        c.date = day;
        c.source = "same currency";
        return c;
    }
    const Date ref = fxReferenceDay(policy, day);
    if (const Point *p = lookup(from, to, ref)) {
        c.multiply = p->rate;
        c.divide = kOne;
        c.date = p->date;
        c.source = sources_[p->sourceIndex];
        return c;
    }
    if (const Point *p = lookup(to, from, ref)) {
        c.multiply = kOne;
        c.divide = p->rate;
        c.date = p->date;
        c.source = sources_[p->sourceIndex];
        return c;
    }
    for (const std::string_view pivot : {std::string_view("EUR"), std::string_view("USD")}) {
        const Point *a = lookup(pivot, from, ref); // 1 pivot = a from
        const Point *b = lookup(pivot, to, ref);   // 1 pivot = b to
        if (a && b) {
            c.multiply = b->rate;
            c.divide = a->rate;
            c.date = std::min(a->date, b->date);
            c.source = sources_[a->sourceIndex];
            if (b->sourceIndex != a->sourceIndex)
                c.source += "; " + sources_[b->sourceIndex];
            return c;
        }
    }
    return std::nullopt;
}

FxTable FxTable::loadJson(const std::filesystem::path &file)
{
    std::ifstream in(file);
    if (!in)
        throw MoneyError("cannot read exchange-rate table " + file.string());
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw MoneyError(file.string() + ": not valid JSON: " + e.what());
    }
    if (!j.is_object() || j.value("format", "") != "caravan-fx/1")
        throw MoneyError(file.string() + ": \"format\" must be \"caravan-fx/1\"");
    if (!j.contains("rates") || !j["rates"].is_array())
        throw MoneyError(file.string() + ": \"rates\" must be an array");
    FxTable t;
    std::size_t i = 0;
    for (const auto &r : j["rates"]) {
        const std::string where = file.string() + ": rates[" + std::to_string(i++) + "]";
        for (const char *field : {"base", "quote", "rate", "date", "source"})
            if (!r.contains(field) || !r[field].is_string() || r[field].get<std::string>().empty())
                throw MoneyError(where + ": \"" + field + "\" is missing or not a string");
        try {
            t.add(FxRate{r["base"].get<std::string>(), r["quote"].get<std::string>(),
                         Decimal::parse(r["rate"].get<std::string>()), Date::parse(r["date"].get<std::string>()),
                         r["source"].get<std::string>()});
        } catch (const MoneyError &e) {
            throw MoneyError(where + ": " + e.what());
        }
    }
    return t;
}

std::string FxTable::toJson(const std::string &note) const
{
    nlohmann::ordered_json j;
    j["format"] = "caravan-fx/1";
    if (!note.empty())
        j["note"] = note;
    j["rates"] = nlohmann::ordered_json::array();
    for (const auto &[key, points] : series_)
        for (const auto &p : points)
            j["rates"].push_back({{"base", key.substr(0, 3)},
                                  {"quote", key.substr(4, 3)},
                                  {"rate", p.rate.toString()},
                                  {"date", p.date.toString()},
                                  {"source", sources_[p.sourceIndex]}});
    return j.dump(2) + "\n";
}

FxTable FxTable::parseEcb(std::string_view text, const std::string &source)
{
    const auto first = trimView(text);
    FxTable t = (!first.empty() && first.front() == '<') ? parseEcbXml(text, source) : parseEcbCsv(text, source);
    if (t.empty())
        throw MoneyError("ECB file: no exchange rates found");
    return t;
}

} // namespace caravan::money
