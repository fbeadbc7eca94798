#include "paysim/params.h"

#include "money/currency.h"

namespace caravan::paysim {

std::optional<std::string> stringParam(const json &params, const std::string &key)
{
    const auto it = params.find(key);
    if (it == params.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        throw badParam(key, "Invalid string: " + key + " must be a single value, not a hash or a list.");
    auto value = it->get<std::string>();
    if (value.empty())
        return std::nullopt;
    return value;
}

std::string requiredParam(const json &params, const std::string &key)
{
    auto value = stringParam(params, key);
    if (!value)
        throw ApiError(400, "invalid_request_error", "parameter_missing", key,
                       "Missing required param: " + key + ".");
    return *value;
}

std::optional<std::int64_t> intParam(const json &params, const std::string &key, std::int64_t min,
                                     std::int64_t max)
{
    const auto text = stringParam(params, key);
    if (!text)
        return std::nullopt;
    const bool negative = (*text)[0] == '-';
    const auto digits = text->substr(negative ? 1 : 0);
    if (digits.empty() || digits.size() > 15 || digits.find_first_not_of("0123456789") != std::string::npos)
        throw badParam(key, "Invalid integer: " + *text);
    const std::int64_t value = (negative ? -1 : 1) * std::stoll(digits);
    if (value < min || value > max)
        throw badParam(key, "Invalid " + key + ": must be between " + std::to_string(min) + " and " +
                                std::to_string(max) + ".");
    return value;
}

std::string currencyParam(const json &params, const std::string &key)
{
    const auto code = requiredParam(params, key);
    std::string upper;
    bool lowerCase = code.size() == 3;
    for (char c : code) {
        lowerCase = lowerCase && c >= 'a' && c <= 'z';
        upper += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
    if (!lowerCase || !money::CurrencyTable::standard().contains(upper))
        throw badParam(key, "Invalid currency: " + code + ". Stripe expects a lower-case ISO 4217 code.");
    return upper;
}

json metadataParam(const json &params, const std::string &key)
{
    const json &metadata = objectParam(params, key);
    if (metadata.size() > 50)
        throw badParam(key, "Invalid " + key + ": at most 50 keys.");
    json out = json::object();
    for (const auto &[name, value] : metadata.items()) {
        if (!value.is_string())
            throw badParam(key + "[" + name + "]", "Invalid " + key + ": values must be strings.");
        if (name.size() > 40 || value.get<std::string>().size() > 500)
            throw badParam(key + "[" + name + "]",
                           "Invalid " + key + ": keys are at most 40 characters, values at most 500.");
        out[name] = value;
    }
    return out;
}

const json &objectParam(const json &params, const std::string &key)
{
    static const json empty = json::object();
    const auto it = params.find(key);
    if (it == params.end() || it->is_null())
        return empty;
    if (!it->is_object())
        throw badParam(key, "Invalid object: " + key + " must be a hash (" + key + "[name]=value).");
    return *it;
}

} // namespace caravan::paysim
