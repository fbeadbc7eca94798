#include "listing/validation.h"

#include "listing/text.h"

#include <algorithm>
#include <charconv>

namespace caravan::listing {

namespace {

using Params = std::map<std::string, std::string>;

struct Checker
{
    const ValidationContext &ctx;
    bool publish;
    std::vector<Issue> issues;

    void add(std::string field, std::string code, Params params = {})
    {
        issues.push_back(Issue{std::move(field), std::move(code), std::move(params)});
    }

    void requireIf(bool missing, const char *field)
    {
        if (publish && missing)
            add(field, "required");
    }

    // Returns false when the text is unusable (bad UTF-8), so length checks are skipped.
    bool textOk(const std::string &field, const std::string &value, bool allowNewlines)
    {
        if (!text::isValidUtf8(value)) {
            add(field, "invalid_utf8");
            return false;
        }
        if (text::hasControlChars(value, allowNewlines))
            add(field, "control_chars");
        return true;
    }

    void lengthRange(const std::string &field, const std::string &value, std::size_t min, std::size_t max)
    {
        const auto n = text::codePoints(value);
        if (n > max)
            add(field, "too_long", {{"max", std::to_string(max)}, {"length", std::to_string(n)}});
        else if (publish && n < min)
            add(field, "too_short", {{"min", std::to_string(min)}, {"length", std::to_string(n)}});
    }

    void range(const char *field, std::int64_t v, std::int64_t min, std::int64_t max)
    {
        if (v < min || v > max)
            add(field, "out_of_range",
                {{"value", std::to_string(v)}, {"min", std::to_string(min)}, {"max", std::to_string(max)}});
    }

    void country(const char *field, const std::string &code)
    {
        if (!ctx.countries.contains(code))
            add(field, "invalid_country", {{"value", code}});
    }
};

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool isServiceId(const std::string &s)
{
    if (s.empty() || s.size() > 64)
        return false;
    const auto ok = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    };
    return std::all_of(s.begin(), s.end(), ok) && s[0] != '.' && s[0] != '-' && s[0] != '_';
}

bool isSha256Hex(const std::string &s)
{
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::string formatMinor(std::int64_t minor, int digits)
{
    const std::string s = std::to_string(minor);
    if (digits <= 0)
        return s;
    const auto d = static_cast<std::size_t>(digits);
    const std::string padded = s.size() <= d ? std::string(d + 1 - s.size(), '0') + s : s;
    return padded.substr(0, padded.size() - d) + "." + padded.substr(padded.size() - d);
}

void checkHsCode(Checker &c, const std::string &code)
{
    const auto normal = normalizeHsCode(code);
    if (!normal || *normal != code) {
        c.add("hs_code", "invalid_hs_code", {{"value", code}});
        return;
    }
    const int chapter = (code[0] - '0') * 10 + (code[1] - '0');
    if (chapter < 1 || chapter > 97 || chapter == 77) {
        c.add("hs_code", "unknown_hs_chapter",
              {{"value", formatHsCode(code)}, {"chapter", code.substr(0, 2)}});
        return;
    }
    if (c.ctx.hsHeadings.coversChapter(code.substr(0, 2)) && !c.ctx.hsHeadings.find(code.substr(0, 4)))
        c.add("hs_code", "unknown_hs_heading",
              {{"value", formatHsCode(code)}, {"heading", code.substr(0, 4)}});
}

} // namespace

void validateSpecific(const SpecificDef &def, const std::string &value, std::vector<Issue> &out)
{
    const std::string field = "specifics." + def.key;
    Params labels{{"label_en", def.name.en}, {"label_zh_CN", def.name.zhCN}};
    auto add = [&](const char *code, Params extra) {
        extra.insert(labels.begin(), labels.end());
        out.push_back(Issue{field, code, std::move(extra)});
    };
    if (!text::isValidUtf8(value)) {
        add("invalid_utf8", {});
        return;
    }
    switch (def.type) {
    case SpecificDef::Type::Text: {
        if (text::hasControlChars(value, false))
            add("control_chars", {});
        const auto n = text::codePoints(value);
        if (n > static_cast<std::size_t>(def.maxLength))
            add("too_long", {{"max", std::to_string(def.maxLength)}, {"length", std::to_string(n)}});
        break;
    }
    case SpecificDef::Type::Integer: {
        std::int64_t v = 0;
        const auto r = std::from_chars(value.data(), value.data() + value.size(), v);
        if (r.ec != std::errc() || r.ptr != value.data() + value.size()) {
            add("not_an_integer", {{"value", value}});
        } else if (v < def.min || v > def.max) {
            add("out_of_range",
                {{"value", value}, {"min", std::to_string(def.min)}, {"max", std::to_string(def.max)}});
        }
        break;
    }
    case SpecificDef::Type::Boolean:
        if (value != "yes" && value != "no")
            add("not_a_boolean", {{"value", value}});
        break;
    case SpecificDef::Type::Enum:
        if (!def.allowsValue(value)) {
            std::vector<std::string> ids;
            for (const auto &v : def.values)
                ids.push_back(v.id);
            add("specific_not_allowed", {{"value", value}, {"allowed", text::join(ids, ", ")}});
        }
        break;
    }
}

std::vector<Issue> validate(const Listing &l, const ValidationContext &ctx, ValidationMode mode)
{
    Checker c{ctx, mode == ValidationMode::Publish, {}};

    if (!l.id.empty() && (l.id.size() > Limits::kIdMax || !std::all_of(l.id.begin(), l.id.end(), isIdChar)))
        c.add("id", "invalid_id", {{"max", std::to_string(Limits::kIdMax)}});

    c.requireIf(l.title.empty(), "title");
    if (!l.title.empty() && c.textOk("title", l.title, false))
        c.lengthRange("title", l.title, Limits::kTitleMin, Limits::kTitleMax);

    c.requireIf(l.description.empty(), "description");
    if (!l.description.empty() && c.textOk("description", l.description, true))
        c.lengthRange("description", l.description, Limits::kDescriptionMin, Limits::kDescriptionMax);

    if (!l.brand.empty() && c.textOk("brand", l.brand, false))
        c.lengthRange("brand", l.brand, 0, Limits::kBrandMax);

    // Category and its item specifics.
    c.requireIf(l.category.empty(), "category");
    const Category *category = nullptr;
    if (!l.category.empty()) {
        category = ctx.categories.find(l.category);
        if (!category)
            c.add("category", "unknown_category", {{"value", l.category}});
    }
    if (category) {
        for (const auto &[key, value] : l.specifics) {
            const SpecificDef *def = category->specific(key);
            if (!def)
                c.add("specifics." + key, "unknown_specific", {{"key", key}, {"value", l.category}});
            else if (!value.empty())
                validateSpecific(*def, value, c.issues);
        }
        if (c.publish) {
            for (const auto &def : category->specifics) {
                const auto it = l.specifics.find(def.key);
                if (def.required && (it == l.specifics.end() || it->second.empty()))
                    c.add("specifics." + def.key, "required",
                          {{"label_en", def.name.en}, {"label_zh_CN", def.name.zhCN}});
            }
        }
    }

    c.requireIf(!l.condition.has_value(), "condition");

    c.requireIf(!l.quantity.has_value(), "quantity");
    if (l.quantity)
        c.range("quantity", *l.quantity, 1, Limits::kQuantityMax);

    // Price and currency.
    c.requireIf(!l.priceMinor.has_value(), "price_minor");
    c.requireIf(l.currency.empty(), "currency");
    int digits = -1;
    if (!l.currency.empty()) {
        if (!ctx.currencies.contains(l.currency))
            c.add("currency", "unknown_currency", {{"value", l.currency}});
        else
            digits = ctx.currencies.minorUnits(l.currency);
    }
    if (l.priceMinor) {
        if (l.currency.empty()) {
            c.add("price_minor", "price_without_currency");
        } else if (*l.priceMinor <= 0) {
            c.add("price_minor", "price_not_positive", {{"currency", l.currency}});
        } else if (*l.priceMinor > Limits::kPriceMaxMinor) {
            c.add("price_minor", "price_too_high",
                  {{"currency", l.currency},
                   {"max", digits >= 0 ? formatMinor(Limits::kPriceMaxMinor, digits)
                                       : std::to_string(Limits::kPriceMaxMinor)}});
        }
    }

    c.requireIf(!l.handlingDays.has_value(), "handling_days");
    if (l.handlingDays)
        c.range("handling_days", *l.handlingDays, 0, Limits::kHandlingDaysMax);

    // Where it comes from and where it may go.
    c.requireIf(l.shipsFrom.empty(), "ships_from");
    if (!l.shipsFrom.empty())
        c.country("ships_from", l.shipsFrom);
    c.requireIf(l.originCountry.empty(), "origin");
    if (!l.originCountry.empty())
        c.country("origin", l.originCountry);

    const auto &dest = l.destinations;
    if (dest.mode == Destinations::Mode::Only && dest.countries.empty())
        c.add("destinations", "destinations_empty");
    if (dest.mode == Destinations::Mode::All && !dest.countries.empty())
        c.add("destinations", "invalid_destinations", {{"value", dest.toString()}});
    std::set<std::string, std::less<>> seen;
    for (const auto &code : dest.countries) {
        if (!ctx.countries.contains(code))
            c.add("destinations", "invalid_country", {{"value", code}});
        else if (!seen.insert(code).second)
            c.add("destinations", "duplicate_country", {{"value", code}});
    }

    c.requireIf(l.postageServices.empty(), "services");
    if (l.postageServices.size() > Limits::kServicesMax)
        c.add("services", "too_many", {{"max", std::to_string(Limits::kServicesMax)}});
    std::set<std::string, std::less<>> services;
    for (const auto &s : l.postageServices) {
        if (!isServiceId(s))
            c.add("services", "invalid_postage_service", {{"value", s}});
        else if (!ctx.postageServices.empty() && !ctx.postageServices.count(s))
            c.add("services", "unknown_postage_service", {{"value", s}});
        else if (!services.insert(s).second)
            c.add("services", "duplicate_postage_service", {{"value", s}});
    }

    c.requireIf(!l.weightG.has_value(), "weight_g");
    if (l.weightG)
        c.range("weight_g", *l.weightG, 1, Limits::kWeightMaxG);
    c.requireIf(!l.packedMm.has_value(), "dims_mm");
    if (l.packedMm) {
        const auto max = Limits::kDimensionMaxMm;
        c.range("dims_mm.length", l.packedMm->lengthMm, 1, max);
        c.range("dims_mm.width", l.packedMm->widthMm, 1, max);
        c.range("dims_mm.height", l.packedMm->heightMm, 1, max);
    }

    c.requireIf(l.hsCode.empty(), "hs_code");
    if (!l.hsCode.empty())
        checkHsCode(c, l.hsCode);

    if (l.photos.size() > Limits::kPhotosMax)
        c.add("photos", "too_many", {{"max", std::to_string(Limits::kPhotosMax)}});
    for (const auto &p : l.photos) {
        if (!isSha256Hex(p))
            c.add("photos", "invalid_photo_hash", {{"value", p}});
    }

    if (l.status == Status::Scheduled) {
        if (!l.scheduledStart)
            c.add("scheduled_at", "scheduled_start_required");
        else if (ctx.now && *l.scheduledStart <= *ctx.now)
            c.add("scheduled_at", "scheduled_start_in_past",
                  {{"value", formatUtcTimestamp(*l.scheduledStart)}});
    }
    return std::move(c.issues);
}

std::vector<Issue> validateForStatus(const Listing &listing, const ValidationContext &ctx)
{
    return validate(listing, ctx,
                    listing.status == Status::Draft ? ValidationMode::Draft : ValidationMode::Publish);
}

bool applyCategoryDefaults(Listing &listing, const CategoryCatalog &categories)
{
    if (!listing.hsCode.empty())
        return false;
    auto heading = categories.suggestedHsHeading(listing.category);
    if (heading.empty())
        return false;
    listing.hsCode = std::move(heading);
    return true;
}

} // namespace caravan::listing
