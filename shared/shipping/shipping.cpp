#include "shipping/shipping.h"

#include "core/resources.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace caravan::shipping {

namespace {

using money::Decimal;

// "30" with unit factor (mm per unit or grams per unit) -> integer, exact or an error.
std::int64_t scaled(std::string_view number, std::int64_t factor, const std::string &what)
{
    Decimal d;
    try {
        d = Decimal::parse(number);
    } catch (const money::MoneyError &) {
        throw ShippingError("parcel: " + what + " \"" + std::string(number) + "\" is not a number");
    }
    if (d.value <= 0)
        throw ShippingError("parcel: " + what + " must be positive");
    const money::Int128 v = static_cast<money::Int128>(d.value) * factor;
    const money::Int128 p = money::pow10i128(d.scale);
    if (v % p != 0)
        throw ShippingError("parcel: " + what + " \"" + std::string(number) + "\" is more precise than 1 mm / 1 g");
    const money::Int128 r = v / p;
    if (r > 100000000)
        throw ShippingError("parcel: " + what + " is too large");
    return static_cast<std::int64_t>(r);
}

std::string cm(int mm)
{
    return Decimal{mm, 1}.toString() + " cm";
}

} // namespace

std::string formatGrams(std::int64_t grams)
{
    if (grams >= 1000)
        return Decimal{grams, 3}.toString() + " kg";
    return std::to_string(grams) + " g";
}

Parcel Parcel::parse(std::string_view text)
{
    const auto comma = text.find(',');
    if (comma == std::string_view::npos)
        throw ShippingError("parcel: expected \"LxWxHcm,WEIGHTkg\", e.g. \"30x20x10cm,1.2kg\"");
    std::string_view dims = text.substr(0, comma);
    std::string_view weight = text.substr(comma + 1);
    std::int64_t unit = 10; // mm per cm
    if (dims.size() > 2 && dims.substr(dims.size() - 2) == "mm") {
        unit = 1;
        dims.remove_suffix(2);
    } else if (dims.size() > 2 && dims.substr(dims.size() - 2) == "cm") {
        dims.remove_suffix(2);
    } else {
        throw ShippingError("parcel: dimensions need a unit, cm or mm (\"30x20x10cm\")");
    }
    std::vector<std::int64_t> sides;
    std::size_t start = 0;
    while (true) {
        const auto x = dims.find('x', start);
        sides.push_back(scaled(dims.substr(start, x == std::string_view::npos ? x : x - start), unit, "side"));
        if (x == std::string_view::npos)
            break;
        start = x + 1;
    }
    if (sides.size() != 3)
        throw ShippingError("parcel: give three sides, e.g. \"30x20x10cm\"");
    std::int64_t grams = 0;
    if (weight.size() > 2 && weight.substr(weight.size() - 2) == "kg")
        grams = scaled(weight.substr(0, weight.size() - 2), 1000, "weight");
    else if (weight.size() > 1 && weight.back() == 'g')
        grams = scaled(weight.substr(0, weight.size() - 1), 1, "weight");
    else
        throw ShippingError("parcel: weight needs a unit, kg or g (\"1.2kg\")");
    std::sort(sides.begin(), sides.end(), std::greater<>());
    return Parcel{static_cast<int>(sides[0]), static_cast<int>(sides[1]), static_cast<int>(sides[2]), grams};
}

int Parcel::longestMm() const
{
    return std::max({lengthMm, widthMm, heightMm});
}

int Parcel::lengthPlusGirthMm() const
{
    const int longest = longestMm();
    return longest + 2 * (sumOfSidesMm() - longest);
}

ServiceCatalog ServiceCatalog::load(const std::filesystem::path &dir)
{
    ServiceCatalog cat;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw ShippingError("shipping data folder not found: " + dir.string());
    for (const auto &e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    const auto &currencies = money::CurrencyTable::standard();
    for (const auto &file : files) {
        std::ifstream in(file);
        nlohmann::json doc;
        try {
            doc = nlohmann::json::parse(in);
        } catch (const nlohmann::json::exception &e) {
            throw ShippingError(file.filename().string() + ": not valid JSON: " + e.what());
        }
        if (doc.value("format", "") != "caravan-shipping/1")
            throw ShippingError(file.filename().string() + ": \"format\" must be \"caravan-shipping/1\"");
        const bool sample = doc.value("sample", true);
        for (const auto &s : doc.at("services")) {
            const std::string where = file.filename().string() + "#" + s.value("id", "?");
            try {
                Service svc;
                svc.id = s.at("id").get<std::string>();
                svc.name = s.at("name").get<std::string>();
                svc.carrier = s.value("carrier", "");
                svc.kind = s.at("kind").get<std::string>();
                svc.tracking = s.at("tracking").get<bool>();
                svc.currency = s.at("currency").get<std::string>();
                svc.source = s.value("source", doc.value("source", ""));
                svc.sample = sample;
                currencies.minorUnits(svc.currency);
                svc.volumetricDivisor = s.value("volumetric_divisor", 0);
                if (s.contains("volumetric_min_side_cm"))
                    svc.volumetricMinSideMm = s["volumetric_min_side_cm"].get<int>() * 10;
                svc.roundUpGrams = s.value("round_up_g", 1);
                if (svc.roundUpGrams < 1)
                    throw ShippingError("\"round_up_g\" must be at least 1");
                const auto &l = s.value("limits", nlohmann::json::object());
                if (l.contains("max_weight_g"))
                    svc.limits.maxWeightGrams = l["max_weight_g"].get<std::int64_t>();
                if (l.contains("max_longest_cm"))
                    svc.limits.maxLongestMm = l["max_longest_cm"].get<int>() * 10;
                if (l.contains("max_sum_of_sides_cm"))
                    svc.limits.maxSumOfSidesMm = l["max_sum_of_sides_cm"].get<int>() * 10;
                if (l.contains("max_length_plus_girth_cm"))
                    svc.limits.maxLengthPlusGirthMm = l["max_length_plus_girth_cm"].get<int>() * 10;
                if (l.contains("min_face_cm")) {
                    svc.limits.minLengthMm = l["min_face_cm"].at(0).get<int>() * 10;
                    svc.limits.minWidthMm = l["min_face_cm"].at(1).get<int>() * 10;
                }
                for (const auto &[country, zone] : s.at("zone_of").items())
                    svc.zoneOf[country] = zone.get<std::string>();
                for (const auto &[zid, z] : s.at("zones").items()) {
                    Zone zone;
                    zone.id = zid;
                    for (const auto &step : z.at("steps")) {
                        RateStep rs{step.at(0).get<std::int64_t>(),
                                    money::Money::parse(step.at(1).get<std::string>(), currencies)};
                        if (rs.price.currency() != svc.currency)
                            throw ShippingError("zone " + zid + ": prices must be in " + svc.currency);
                        if (!zone.steps.empty() && rs.upToGrams <= zone.steps.back().upToGrams)
                            throw ShippingError("zone " + zid + ": weight steps must ascend");
                        zone.steps.push_back(rs);
                    }
                    if (zone.steps.empty())
                        throw ShippingError("zone " + zid + " has no rate steps");
                    if (z.contains("per_extra"))
                        zone.perExtraStep = money::Money::parse(z["per_extra"].get<std::string>(), currencies);
                    if (zone.perExtraStep && zone.perExtraStep->currency() != svc.currency)
                        throw ShippingError("zone " + zid + ": prices must be in " + svc.currency);
                    zone.extraStepGrams = z.value("extra_step_g", 500);
                    zone.minDays = z.at("days").at(0).get<int>();
                    zone.maxDays = z.at("days").at(1).get<int>();
                    svc.zones.push_back(zone);
                }
                for (const auto &[country, zid] : svc.zoneOf) {
                    const std::string &zoneId = zid; // clang 14 cannot capture a structured binding
                    if (std::none_of(svc.zones.begin(), svc.zones.end(),
                                     [&](const Zone &z) { return z.id == zoneId; }))
                        throw ShippingError("country " + country + " points to unknown zone " + zoneId);
                }
                cat.services_.push_back(std::move(svc));
            } catch (const std::exception &e) {
                throw ShippingError(where + ": " + e.what());
            }
        }
    }
    return cat;
}

const ServiceCatalog &ServiceCatalog::standard()
{
    static const ServiceCatalog cat = load(resourcePath("shipping"));
    return cat;
}

const Service *ServiceCatalog::find(std::string_view id) const
{
    for (const auto &s : services_)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::variant<PostageQuote, Refusal> ServiceCatalog::quote(std::string_view serviceId, std::string_view destination,
                                                          const Parcel &p) const
{
    const Service *s = find(serviceId);
    if (!s)
        throw ShippingError("unknown shipping service \"" + std::string(serviceId) + "\"");
    auto refuse = [&](const std::string &why) { return Refusal{s->id, why}; };
    const auto &lim = s->limits;
    if (lim.maxWeightGrams && p.weightGrams > *lim.maxWeightGrams)
        return refuse("weight " + formatGrams(p.weightGrams) + " > " + formatGrams(*lim.maxWeightGrams));
    if (lim.maxLongestMm && p.longestMm() > *lim.maxLongestMm)
        return refuse("longest side " + cm(p.longestMm()) + " > " + cm(*lim.maxLongestMm));
    if (lim.maxSumOfSidesMm && p.sumOfSidesMm() > *lim.maxSumOfSidesMm)
        return refuse("length + width + height " + cm(p.sumOfSidesMm()) + " > " + cm(*lim.maxSumOfSidesMm));
    if (lim.maxLengthPlusGirthMm && p.lengthPlusGirthMm() > *lim.maxLengthPlusGirthMm)
        return refuse("length + girth " + cm(p.lengthPlusGirthMm()) + " > " + cm(*lim.maxLengthPlusGirthMm));
    if (lim.minLengthMm && (p.lengthMm < *lim.minLengthMm || p.widthMm < *lim.minWidthMm))
        return refuse("the largest face " + cm(p.lengthMm) + " x " + cm(p.widthMm) + " is under the minimum "
                      + cm(*lim.minLengthMm) + " x " + cm(*lim.minWidthMm));
    auto zoneIt = s->zoneOf.find(std::string(destination));
    if (zoneIt == s->zoneOf.end())
        zoneIt = s->zoneOf.find("*");
    if (zoneIt == s->zoneOf.end())
        return refuse("does not deliver to " + std::string(destination));
    const Zone &zone = *std::find_if(s->zones.begin(), s->zones.end(), [&](const Zone &z) { return z.id == zoneIt->second; });

    PostageQuote q;
    q.serviceId = s->id;
    q.serviceName = s->name;
    q.actualGrams = p.weightGrams;
    if (s->volumetricDivisor > 0 && (!s->volumetricMinSideMm || p.longestMm() >= *s->volumetricMinSideMm)) {
        // mm³ / (divisor cm³/kg) -> grams: volume_mm3 / 1000 (cm³) / divisor × 1000 (g) = volume_mm3 / divisor
        const std::int64_t volume = static_cast<std::int64_t>(p.lengthMm) * p.widthMm * p.heightMm;
        q.volumetricGrams = (volume + s->volumetricDivisor - 1) / s->volumetricDivisor;
    }
    const std::int64_t raw = std::max(q.actualGrams, q.volumetricGrams);
    q.chargeableGrams = (raw + s->roundUpGrams - 1) / s->roundUpGrams * s->roundUpGrams;
    q.zone = zone.id;
    q.minDays = zone.minDays;
    q.maxDays = zone.maxDays;
    q.tracking = s->tracking;
    q.sample = s->sample;
    const auto step = std::find_if(zone.steps.begin(), zone.steps.end(),
                                   [&](const RateStep &r) { return q.chargeableGrams <= r.upToGrams; });
    if (step != zone.steps.end()) {
        q.amount = step->price;
    } else if (zone.perExtraStep) {
        const std::int64_t over = q.chargeableGrams - zone.steps.back().upToGrams;
        const std::int64_t n = (over + zone.extraStepGrams - 1) / zone.extraStepGrams;
        q.amount = zone.steps.back().price + *zone.perExtraStep * n;
    } else {
        return refuse("chargeable weight " + formatGrams(q.chargeableGrams) + " is over the rate card ("
                      + formatGrams(zone.steps.back().upToGrams) + ")");
    }
    return q;
}

} // namespace caravan::shipping
