#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// application/x-www-form-urlencoded with Stripe's nested keys: `metadata[order_id]=42`,
// `line_items[0][price_data][currency]=eur`. The adapter encodes with it; the sandbox decodes with it.
namespace caravan::payments {

using FormFields = std::vector<std::pair<std::string, std::string>>; // in order; a name may repeat

// "a=1&b=x%20y": names and values percent-encoded (brackets too), joined with '&'.
std::string encodeForm(const FormFields &fields);

// Splits and decodes a body ('+' is a space, %XX escapes). Throws std::invalid_argument on a bad escape.
FormFields decodeForm(std::string_view body);

// The fields as one JSON object: `a[b][c]=v` becomes {"a":{"b":{"c":"v"}}}, numeric segments
// (`items[0][x]`) make arrays, `tags[]=v` appends. Values stay strings, as on the wire. Throws
// std::invalid_argument naming the key when keys contradict each other (`a=1&a[b]=2`), a bracket is
// unbalanced, or an index is above 999.
nlohmann::json nestForm(const FormFields &fields);

} // namespace caravan::payments
