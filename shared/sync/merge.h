#pragma once

#include <nlohmann/json.hpp>

// The three-way field merge of a pushed change (docs/sync.md, "Push", rule 5) and the equality of field
// values it rests on.
namespace caravan::sync {

// Null, "", [] and {} are all "empty": a field that is left out and a field that is empty are equal.
nlohmann::json normalised(const nlohmann::json &value);
bool sameValue(const nlohmann::json &a, const nlohmann::json &b);

struct MergeResult
{
    nlohmann::json merged = nlohmann::json::object();    // `server` with the applied fields
    nlohmann::json conflicts = nlohmann::json::object(); // field -> {"base", "server", "client"}
};

// For each field in `client`: b = base[field] (null when absent), s = server[field], c = client[field].
// If s == b or s == c the client's value is applied (an empty c removes the field); otherwise the
// server's value stays and the field is a conflict.
MergeResult mergeFields(const nlohmann::json &server, const nlohmann::json &base,
                        const nlohmann::json &client);

} // namespace caravan::sync
