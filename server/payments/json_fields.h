#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

// Lenient readers for provider JSON: a missing or null field, or one of another type, reads as empty.
// Provider objects grow new fields and leave optional ones null; the adapters read what they need.
namespace caravan::payments {

inline std::string jsonString(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

inline std::int64_t jsonInt(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return 0;
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

inline bool jsonBool(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

inline const nlohmann::json &jsonObject(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    if (!object.is_object())
        return empty;
    const auto it = object.find(key);
    return it != object.end() && it->is_object() ? *it : empty;
}

// The id of a field that is either an id string or an expanded object ("payment_intent": "pi_..." or
// {"id": "pi_...", ...}).
inline std::string jsonId(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    if (it->is_string())
        return it->get<std::string>();
    return it->is_object() ? jsonString(*it, "id") : std::string();
}

// A metadata object as strings (other values in their JSON text).
inline std::map<std::string, std::string> jsonStringMap(const nlohmann::json &object)
{
    std::map<std::string, std::string> out;
    if (!object.is_object())
        return out;
    for (const auto &[key, value] : object.items())
        out[key] = value.is_string() ? value.get<std::string>() : value.dump();
    return out;
}

inline std::string upperAscii(std::string s)
{
    for (auto &c : s)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return s;
}

inline std::string lowerAscii(std::string s)
{
    for (auto &c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

} // namespace caravan::payments
