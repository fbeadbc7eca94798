#include "listing/listing_json.h"

#include "listing/hs.h"
#include "listing/sha256.h"
#include "sync/entity.h"

namespace caravan::listing {

using nlohmann::json;

namespace {
const char *modeName(Destinations::Mode m)
{
    switch (m) {
    case Destinations::Mode::All:
        return "all";
    case Destinations::Mode::Only:
        return "only";
    case Destinations::Mode::AllExcept:
        return "except";
    }
    return "all";
}
} // namespace

json sellerOwnedJson(const Listing &l)
{
    json j = json::object();
    auto putText = [&](const char *key, const std::string &v) {
        if (!v.empty())
            j[key] = v;
    };
    auto putInt = [&](const char *key, const std::optional<std::int64_t> &v) {
        if (v)
            j[key] = *v;
    };
    putText("title", l.title);
    putText("description", l.description);
    putText("category", l.category);
    if (l.condition)
        j["condition"] = std::string(toString(*l.condition));
    putText("brand", l.brand);
    if (!l.specifics.empty())
        j["specifics"] = l.specifics;
    putInt("quantity", l.quantity);
    putInt("price_minor", l.priceMinor);
    putText("currency", l.currency);
    j["accepts_offers"] = l.acceptsOffers;
    putInt("handling_days", l.handlingDays);
    putText("ships_from", l.shipsFrom);
    putText("origin", l.originCountry);
    j["destinations"] =
        json{{"mode", modeName(l.destinations.mode)}, {"countries", l.destinations.countries}};
    if (!l.postageServices.empty())
        j["services"] = l.postageServices;
    putInt("weight_g", l.weightG);
    if (l.packedMm)
        j["dims_mm"] = json::array({l.packedMm->lengthMm, l.packedMm->widthMm, l.packedMm->heightMm});
    putText("hs_code", l.hsCode);
    j["status"] = std::string(toString(l.status));
    if (l.scheduledStart)
        j["scheduled_at"] = formatUtcTimestamp(*l.scheduledStart);
    if (!l.photos.empty())
        j["photos"] = l.photos;
    return j;
}

json toJson(const Listing &l)
{
    json j = sellerOwnedJson(l);
    if (!l.id.empty())
        j["id"] = l.id;
    return j;
}

std::string toStableJson(const Listing &l)
{
    return toJson(l).dump(-1, ' ', false, json::error_handler_t::strict);
}

std::string contentHash(const Listing &l)
{
    // error_handler_t::replace keeps hashing total even for a listing holding invalid UTF-8 (validation
    // reports that separately); valid text is encoded identically either way.
    return "sha256:" + Sha256::hex(sellerOwnedJson(l).dump(-1, ' ', false, json::error_handler_t::replace));
}

namespace {

struct Decoder
{
    JsonDecodeResult &r;

    void wrong(const std::string &field, const char *expected)
    {
        r.issues.push_back(Issue{field, "json_invalid", {{"expected", expected}}});
    }

    void text(const json &j, const char *key, std::string &out)
    {
        if (!j.contains(key))
            return;
        const auto &v = j[key];
        if (v.is_null())
            return;
        if (!v.is_string())
            return wrong(key, "text");
        out = v.get<std::string>();
    }

    void integer(const json &j, const char *key, std::optional<std::int64_t> &out)
    {
        if (!j.contains(key) || j[key].is_null())
            return;
        const auto &v = j[key];
        if (!v.is_number_integer())
            return wrong(key, "a whole number");
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
            return wrong(key, "a whole number");
        out = v.get<std::int64_t>();
    }

    void textList(const json &j, const char *key, std::vector<std::string> &out)
    {
        if (!j.contains(key) || j[key].is_null())
            return;
        const auto &v = j[key];
        if (!v.is_array())
            return wrong(key, "a list of texts");
        for (const auto &e : v) {
            if (!e.is_string())
                return wrong(key, "a list of texts");
            out.push_back(e.get<std::string>());
        }
    }
};

// The keys fromJson reads: the listing's seller-owned fields as sync declares them, and id.
bool isKnown(const std::string &key)
{
    return key == "id" || sync::listing().owner(key) == sync::Owner::Seller;
}

} // namespace

JsonDecodeResult fromJson(const json &j)
{
    JsonDecodeResult r;
    Decoder d{r};
    if (!j.is_object()) {
        d.wrong("listing", "an object");
        return r;
    }
    Listing &l = r.listing;
    for (const auto &[key, value] : j.items()) {
        if (!isKnown(key))
            r.unknownFields.push_back(key);
    }
    d.text(j, "id", l.id);
    d.text(j, "title", l.title);
    d.text(j, "description", l.description);
    d.text(j, "category", l.category);
    std::string condition;
    d.text(j, "condition", condition);
    if (!condition.empty()) {
        l.condition = parseCondition(condition);
        if (!l.condition)
            r.issues.push_back(Issue{"condition", "unknown_condition", {{"value", condition}}});
    }
    d.text(j, "brand", l.brand);
    if (j.contains("specifics") && !j["specifics"].is_null()) {
        const auto &s = j["specifics"];
        if (!s.is_object()) {
            d.wrong("specifics", "an object of texts");
        } else {
            for (const auto &[key, value] : s.items()) {
                if (!value.is_string())
                    d.wrong("specifics." + key, "text");
                else
                    l.specifics[key] = value.get<std::string>();
            }
        }
    }
    d.integer(j, "quantity", l.quantity);
    d.integer(j, "price_minor", l.priceMinor);
    d.text(j, "currency", l.currency);
    if (j.contains("accepts_offers") && !j["accepts_offers"].is_null()) {
        if (!j["accepts_offers"].is_boolean())
            d.wrong("accepts_offers", "true or false");
        else
            l.acceptsOffers = j["accepts_offers"].get<bool>();
    }
    d.integer(j, "handling_days", l.handlingDays);
    d.text(j, "ships_from", l.shipsFrom);
    d.text(j, "origin", l.originCountry);
    if (j.contains("destinations") && !j["destinations"].is_null()) {
        const auto &dj = j["destinations"];
        const std::string mode = dj.is_object() && dj.contains("mode") && dj["mode"].is_string()
                                     ? dj["mode"].get<std::string>()
                                     : std::string();
        if (mode == "all")
            l.destinations.mode = Destinations::Mode::All;
        else if (mode == "only")
            l.destinations.mode = Destinations::Mode::Only;
        else if (mode == "except")
            l.destinations.mode = Destinations::Mode::AllExcept;
        else
            d.wrong("destinations", "{\"mode\": \"all\"|\"only\"|\"except\", \"countries\": [...]}");
        if (dj.is_object())
            d.textList(dj, "countries", l.destinations.countries);
    }
    d.textList(j, "services", l.postageServices);
    d.integer(j, "weight_g", l.weightG);
    if (j.contains("dims_mm") && !j["dims_mm"].is_null()) {
        const auto &a = j["dims_mm"];
        if (!a.is_array() || a.size() != 3 || !a[0].is_number_integer() || !a[1].is_number_integer() ||
            !a[2].is_number_integer())
            d.wrong("dims_mm", "[length, width, height] in whole millimetres");
        else
            l.packedMm =
                Dimensions{a[0].get<std::int64_t>(), a[1].get<std::int64_t>(), a[2].get<std::int64_t>()};
    }
    std::string hs;
    d.text(j, "hs_code", hs);
    if (!hs.empty()) {
        if (auto n = normalizeHsCode(hs))
            l.hsCode = *n;
        else
            r.issues.push_back(Issue{"hs_code", "invalid_hs_code", {{"value", hs}}});
    }
    std::string status;
    d.text(j, "status", status);
    if (!status.empty()) {
        if (auto s = parseStatus(status))
            l.status = *s;
        else
            r.issues.push_back(Issue{"status", "unknown_status", {{"value", status}}});
    }
    std::string at;
    d.text(j, "scheduled_at", at);
    if (!at.empty()) {
        l.scheduledStart = parseUtcTimestamp(at);
        if (!l.scheduledStart)
            r.issues.push_back(Issue{"scheduled_at", "invalid_timestamp", {{"value", at}}});
    }
    d.textList(j, "photos", l.photos);
    return r;
}

JsonDecodeResult fromJsonText(std::string_view text)
{
    json j;
    try {
        j = json::parse(text.begin(), text.end());
    } catch (const json::exception &) {
        JsonDecodeResult r;
        r.issues.push_back(Issue{"listing", "json_invalid", {{"expected", "a JSON object"}}});
        return r;
    }
    return fromJson(j);
}

} // namespace caravan::listing
