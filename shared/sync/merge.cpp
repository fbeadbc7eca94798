#include "sync/merge.h"

namespace caravan::sync {

using nlohmann::json;

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
    if (!client.is_object())
        return r;
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

} // namespace caravan::sync
