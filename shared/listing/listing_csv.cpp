#include "listing/listing_csv.h"

#include "listing/csv.h"
#include "listing/hs.h"
#include "listing/text.h"
#include "money/money.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace caravan::listing {

namespace {

enum class Col {
    Id,
    Title,
    Description,
    Category,
    Condition,
    Brand,
    Quantity,
    Price,
    Currency,
    AcceptsOffers,
    HandlingDays,
    ShipsFrom,
    Origin,
    Destinations,
    Services,
    WeightG,
    LengthMm,
    WidthMm,
    HeightMm,
    HsCode,
    Status,
    ScheduledAt,
    Photos,
    Specific
};

const std::vector<std::pair<std::string_view, Col>> &columnTable()
{
    static const std::vector<std::pair<std::string_view, Col>> table{
        {"id", Col::Id},
        {"title", Col::Title},
        {"description", Col::Description},
        {"category", Col::Category},
        {"condition", Col::Condition},
        {"brand", Col::Brand},
        {"quantity", Col::Quantity},
        {"price", Col::Price},
        {"currency", Col::Currency},
        {"accepts_offers", Col::AcceptsOffers},
        {"handling_days", Col::HandlingDays},
        {"ships_from", Col::ShipsFrom},
        {"origin", Col::Origin},
        {"destinations", Col::Destinations},
        {"services", Col::Services},
        {"weight_g", Col::WeightG},
        {"length_mm", Col::LengthMm},
        {"width_mm", Col::WidthMm},
        {"height_mm", Col::HeightMm},
        {"hs_code", Col::HsCode},
        {"status", Col::Status},
        {"scheduled_at", Col::ScheduledAt},
        {"photos", Col::Photos},
    };
    return table;
}

// Validation speaks in listing field names; a CSV problem names the column the seller has to fix.
std::string columnOfField(const std::string &field)
{
    if (field == "price_minor")
        return "price";
    if (field == "dims_mm" || field == "dims_mm.length")
        return "length_mm";
    if (field == "dims_mm.width")
        return "width_mm";
    if (field == "dims_mm.height")
        return "height_mm";
    if (field.starts_with("specifics."))
        return std::string(kSpecificColumnPrefix) + field.substr(10);
    return field;
}

std::string exampleAmount(int digits)
{
    return digits <= 0 ? std::string("1200") : "12." + std::string(static_cast<std::size_t>(digits), '5');
}

std::string formatMinor(std::int64_t minor, int digits)
{
    const bool negative = minor < 0;
    std::string s = std::to_string(negative ? -(minor + 1) + 1ULL : static_cast<unsigned long long>(minor));
    if (digits > 0) {
        const auto d = static_cast<std::size_t>(digits);
        if (s.size() <= d)
            s = std::string(d + 1 - s.size(), '0') + s;
        s = s.substr(0, s.size() - d) + "." + s.substr(s.size() - d);
    }
    return negative ? "-" + s : s;
}

struct Header
{
    std::vector<Col> cols;                 // per CSV column
    std::vector<std::string> names;        // per CSV column, as normalised
    std::vector<std::string> specificKeys; // per CSV column (for Col::Specific)
    std::vector<bool> ignored;             // unknown columns that are skipped
};

class RowReader
{
public:
    RowReader(const Header &h, const csv::Record &rec, const ValidationContext &ctx)
        : h_(h)
        , rec_(rec)
        , ctx_(ctx)
    {}

    Listing read(std::vector<Issue> &issues)
    {
        issues_ = &issues;
        Listing l;
        std::string priceText;
        std::optional<std::int64_t> length, width, height;
        for (std::size_t i = 0; i < h_.cols.size(); ++i) {
            if (h_.ignored[i])
                continue;
            const std::string &raw = rec_.fields[i];
            const std::string &col = h_.names[i];
            if (!text::isValidUtf8(raw)) {
                add(col, "invalid_utf8");
                continue;
            }
            const std::string_view v = text::trim(raw);
            switch (h_.cols[i]) {
            case Col::Id:
                l.id = std::string(v);
                break;
            case Col::Title:
                l.title = std::string(v);
                break;
            case Col::Description:
                l.description = raw;
                break;
            case Col::Category:
                l.category = text::asciiLower(v);
                break;
            case Col::Condition:
                if (!v.empty()) {
                    l.condition = parseCondition(text::asciiLower(v));
                    if (!l.condition)
                        add(col, "unknown_condition", {{"value", std::string(v)}});
                }
                break;
            case Col::Brand:
                l.brand = std::string(v);
                break;
            case Col::Quantity:
                integer(col, v, l.quantity);
                break;
            case Col::Price:
                priceText = std::string(v);
                break;
            case Col::Currency:
                l.currency = text::asciiUpper(v);
                break;
            case Col::AcceptsOffers: {
                const auto b = text::asciiLower(v);
                if (b == "yes" || b == "true" || b == "1")
                    l.acceptsOffers = true;
                else if (b.empty() || b == "no" || b == "false" || b == "0")
                    l.acceptsOffers = false;
                else
                    add(col, "not_a_boolean", {{"value", std::string(v)}});
                break;
            }
            case Col::HandlingDays:
                integer(col, v, l.handlingDays);
                break;
            case Col::ShipsFrom:
                l.shipsFrom = text::asciiUpper(v);
                break;
            case Col::Origin:
                l.originCountry = text::asciiUpper(v);
                break;
            case Col::Destinations:
                if (!v.empty()) {
                    auto d = Destinations::parse(v);
                    if (!d) {
                        add(col, "invalid_destinations", {{"value", std::string(v)}});
                    } else {
                        for (auto &c : d->countries)
                            c = text::asciiUpper(c);
                        l.destinations = std::move(*d);
                    }
                }
                break;
            case Col::Services:
                l.postageServices = text::splitList(v, ',');
                break;
            case Col::WeightG:
                integer(col, v, l.weightG);
                break;
            case Col::LengthMm:
                integer(col, v, length);
                break;
            case Col::WidthMm:
                integer(col, v, width);
                break;
            case Col::HeightMm:
                integer(col, v, height);
                break;
            case Col::HsCode:
                if (!v.empty()) {
                    if (auto n = normalizeHsCode(v))
                        l.hsCode = *n;
                    else
                        add(col, "invalid_hs_code", {{"value", std::string(v)}});
                }
                break;
            case Col::Status:
                if (!v.empty()) {
                    if (auto s = parseStatus(text::asciiLower(v)))
                        l.status = *s;
                    else
                        add(col, "unknown_status", {{"value", std::string(v)}});
                }
                break;
            case Col::ScheduledAt:
                if (!v.empty()) {
                    l.scheduledStart = parseUtcTimestamp(v);
                    if (!l.scheduledStart)
                        add(col, "invalid_timestamp", {{"value", std::string(v)}});
                }
                break;
            case Col::Photos:
                l.photos = text::splitList(v, ',');
                break;
            case Col::Specific:
                if (!v.empty())
                    l.specifics[h_.specificKeys[i]] = std::string(v);
                break;
            }
        }
        if (length || width || height)
            l.packedMm = Dimensions{length.value_or(0), width.value_or(0), height.value_or(0)};
        readPrice(priceText, l);
        return l;
    }

private:
    void add(const std::string &col, const char *code, std::map<std::string, std::string> params = {})
    {
        issues_->push_back(Issue{col, code, std::move(params)});
    }

    void integer(const std::string &col, std::string_view v, std::optional<std::int64_t> &out)
    {
        if (v.empty())
            return;
        std::int64_t n = 0;
        const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
        if (r.ec != std::errc() || r.ptr != v.data() + v.size())
            add(col, "not_an_integer", {{"value", std::string(v)}});
        else
            out = n;
    }

    void readPrice(const std::string &priceText, Listing &l)
    {
        if (priceText.empty())
            return;
        if (l.currency.empty()) {
            add("price", "price_without_currency");
            return;
        }
        if (!ctx_.currencies.contains(l.currency))
            return; // validation reports the unknown currency
        const int digits = ctx_.currencies.minorUnits(l.currency);
        try {
            l.priceMinor = money::Money::parse(priceText, l.currency, ctx_.currencies).minor();
        } catch (const money::MoneyError &) {
            add("price", "invalid_price",
                {{"value", priceText},
                 {"currency", l.currency},
                 {"digits", std::to_string(digits)},
                 {"example", exampleAmount(digits)}});
        }
    }

    const Header &h_;
    const csv::Record &rec_;
    const ValidationContext &ctx_;
    std::vector<Issue> *issues_ = nullptr;
};

} // namespace

const std::vector<std::string_view> &csvColumns()
{
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (const auto &[name, col] : columnTable())
            out.push_back(name);
        return out;
    }();
    return names;
}

CsvImportResult importListingsCsv(std::istream &in, const ValidationContext &ctx,
                                  const CsvImportOptions &options)
{
    CsvImportResult result;
    csv::Reader reader(in);
    csv::Record rec;
    auto fileError = [&](std::size_t line, const char *code, std::map<std::string, std::string> params = {}) {
        result.errors.push_back(CsvProblem{line, Issue{"file", code, std::move(params)}});
    };

    if (!reader.next(rec)) {
        fileError(0, "csv_empty");
        return result;
    }
    if (!rec.error.empty()) {
        fileError(rec.line, rec.error.c_str(), {{"line", std::to_string(rec.line)}});
        return result;
    }

    // The header.
    const std::size_t headerLine = rec.line;
    Header h;
    bool headerBroken = false;
    std::set<std::string, std::less<>> seen;
    for (const auto &rawName : rec.fields) {
        std::string name = text::asciiLower(text::trim(rawName));
        Col col = Col::Specific;
        std::string key;
        bool known = false;
        if (name.starts_with(kSpecificColumnPrefix) && name.size() > kSpecificColumnPrefix.size()) {
            key = name.substr(kSpecificColumnPrefix.size());
            known = true;
        } else {
            for (const auto &[n, c] : columnTable()) {
                if (n == name) {
                    col = c;
                    known = true;
                }
            }
        }
        bool ignore = false;
        if (!known) {
            CsvProblem p{rec.line, Issue{name, "csv_unknown_column", {{"value", rawName}}}};
            if (options.ignoreUnknownColumns)
                result.warnings.push_back(std::move(p));
            else
                result.errors.push_back(std::move(p));
            ignore = true;
        } else if (!seen.insert(name).second) {
            result.errors.push_back(
                CsvProblem{rec.line, Issue{name, "csv_duplicate_column", {{"value", name}}}});
            headerBroken = true;
        }
        h.cols.push_back(col);
        h.names.push_back(name);
        h.specificKeys.push_back(key);
        h.ignored.push_back(ignore);
    }
    if (!seen.count("title")) {
        fileError(rec.line, "csv_missing_column", {{"value", "title"}});
        headerBroken = true;
    }
    if (headerBroken)
        return result;

    // The rows.
    std::set<std::string, std::less<>> ids;
    std::vector<Issue> issues;
    while (reader.next(rec)) {
        ++result.rowsRead;
        issues.clear();
        const auto line = rec.line;
        if (!rec.error.empty()) {
            const auto at = rec.fields.empty() ? 0 : rec.fields.size() - 1;
            const std::string col = at < h.names.size() ? h.names[at] : std::string("file");
            issues.push_back(Issue{col, rec.error, {{"line", std::to_string(line)}}});
        } else if (rec.fields.size() != h.cols.size()) {
            issues.push_back(Issue{"row",
                                   "csv_column_count",
                                   {{"line", std::to_string(line)},
                                    {"expected", std::to_string(h.cols.size())},
                                    {"actual", std::to_string(rec.fields.size())}}});
        } else {
            RowReader rr(h, rec, ctx);
            Listing l = rr.read(issues);
            if (issues.empty()) {
                for (auto &issue : validateForStatus(l, ctx)) {
                    issue.field = columnOfField(issue.field);
                    issues.push_back(std::move(issue));
                }
            }
            if (!l.id.empty() && !ids.insert(l.id).second)
                issues.push_back(Issue{"id", "duplicate_id", {{"value", l.id}}});
            if (issues.empty()) {
                result.listings.push_back(std::move(l));
                result.lines.push_back(line);
            }
        }
        if (!issues.empty()) {
            ++result.badRows;
            for (auto &issue : issues)
                result.errors.push_back(CsvProblem{line, std::move(issue)});
        }
    }
    const bool onlyRowErrors = std::all_of(result.errors.begin(), result.errors.end(),
                                           [&](const CsvProblem &p) { return p.line != headerLine; });
    if (!result.errors.empty() && (!options.skipBadRows || !onlyRowErrors)) {
        result.listings.clear();
        result.lines.clear();
    }
    return result;
}

void exportListingsCsv(std::ostream &out, const std::vector<Listing> &listings,
                       const money::CurrencyTable &currencies)
{
    std::set<std::string> keys;
    for (const auto &l : listings) {
        for (const auto &[k, v] : l.specifics)
            keys.insert(k);
    }
    std::vector<std::string> row;
    for (auto name : csvColumns())
        row.emplace_back(name);
    for (const auto &k : keys)
        row.push_back(std::string(kSpecificColumnPrefix) + k);
    out.write("\xEF\xBB\xBF", 3); // BOM: spreadsheet programs then read the file as UTF-8
    csv::writeRecord(out, row);

    auto num = [](const std::optional<std::int64_t> &v) { return v ? std::to_string(*v) : std::string(); };
    for (const auto &l : listings) {
        row.clear();
        std::string price;
        if (l.priceMinor) {
            const int digits = currencies.contains(l.currency) ? currencies.minorUnits(l.currency) : 0;
            price = formatMinor(*l.priceMinor, digits);
        }
        row = {l.id,
               l.title,
               l.description,
               l.category,
               l.condition ? std::string(toString(*l.condition)) : std::string(),
               l.brand,
               num(l.quantity),
               price,
               l.currency,
               l.acceptsOffers ? "yes" : "no",
               num(l.handlingDays),
               l.shipsFrom,
               l.originCountry,
               l.destinations.toString(),
               text::join(l.postageServices, ","),
               num(l.weightG),
               l.packedMm ? std::to_string(l.packedMm->lengthMm) : std::string(),
               l.packedMm ? std::to_string(l.packedMm->widthMm) : std::string(),
               l.packedMm ? std::to_string(l.packedMm->heightMm) : std::string(),
               l.hsCode.empty() ? std::string() : formatHsCode(l.hsCode),
               std::string(toString(l.status)),
               l.scheduledStart ? formatUtcTimestamp(*l.scheduledStart) : std::string(),
               text::join(l.photos, ",")};
        for (const auto &k : keys) {
            const auto it = l.specifics.find(k);
            row.push_back(it == l.specifics.end() ? std::string() : it->second);
        }
        csv::writeRecord(out, row);
    }
}

} // namespace caravan::listing
