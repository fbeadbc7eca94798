#include "api/sync_merge.h"

namespace caravan::api::sync {

using nlohmann::json;

const EntityFields &listingFields()
{
    static const EntityFields fields{
        {"title",    "description",  "category", "condition",      "brand",         "specifics",
         "quantity", "price_minor",  "currency", "accepts_offers", "handling_days", "ships_from",
         "origin",   "destinations", "services", "weight_g",       "dims_mm",       "hs_code",
         "status",   "scheduled_at", "photos"},
        {"moderation", "moderation_reason", "published_at", "sold_quantity"}};
    return fields;
}

const EntityFields &profileFields()
{
    static const EntityFields fields{{"display_name", "country", "bio"}, {"email", "roles", "created_at"}};
    return fields;
}

json normalised(const json &value)
{
    if (value.is_null() || (value.is_string() && value.get_ref<const std::string &>().empty()) ||
        ((value.is_array() || value.is_object()) && value.empty()))
        return nullptr;
    return value;
}

bool sameValue(const json &a, const json &b)
{
    return normalised(a) == normalised(b);
}

MergeResult mergeFields(const json &server, const json &base, const json &client)
{
    MergeResult r;
    r.merged = server.is_object() ? server : json::object();
    for (const auto &[field, c] : client.items()) {
        const json b = base.is_object() && base.contains(field) ? base.at(field) : json();
        const json s = r.merged.contains(field) ? r.merged.at(field) : json();
        if (sameValue(s, b) || sameValue(s, c)) {
            if (normalised(c).is_null())
                r.merged.erase(field);
            else
                r.merged[field] = c;
        } else {
            r.conflicts[field] = json{{"base", b}, {"server", s}, {"client", c}};
        }
    }
    return r;
}

} // namespace caravan::api::sync
