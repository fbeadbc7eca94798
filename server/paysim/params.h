#pragma once

#include "paysim/state.h"

#include <cstdint>
#include <optional>
#include <string>

// Reading a request's decoded parameters (payments::nestForm) as Stripe does: strings on the wire,
// integers and booleans spelled as text, refusals in Stripe's words with the parameter named.
namespace caravan::paysim {

// The string at `key`, or nullopt when absent or empty. A nested object there is a 400.
std::optional<std::string> stringParam(const json &params, const std::string &key);
// 400 parameter_missing when absent.
std::string requiredParam(const json &params, const std::string &key);
// A whole number in [min, max]; nullopt when absent.
std::optional<std::int64_t> intParam(const json &params, const std::string &key, std::int64_t min,
                                     std::int64_t max);
// A lower-case ISO 4217 code the currency table knows ("eur"); returned upper case ("EUR").
std::string currencyParam(const json &params, const std::string &key);
// metadata[...]: at most 50 keys of at most 40 characters, values of at most 500 (Stripe's limits).
json metadataParam(const json &params, const std::string &key);
// The nested object at `key` ({} when absent); a string there is a 400.
const json &objectParam(const json &params, const std::string &key);

} // namespace caravan::paysim
