#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>

// The rules of sync that need no database: which fields each entity has and who owns them, and the
// three-way field merge (docs/sync.md, "Push", rule 5).
namespace caravan::api::sync {

struct EntityFields
{
    std::set<std::string, std::less<>> sellerOwned;
    std::set<std::string, std::less<>> serverOwned;
};

const EntityFields &listingFields();
const EntityFields &profileFields();

// Null, "", [] and {} are all "empty": a field that is left out and a field that is empty are equal.
nlohmann::json normalised(const nlohmann::json &value);
bool sameValue(const nlohmann::json &a, const nlohmann::json &b);

struct MergeResult
{
    nlohmann::json merged = nlohmann::json::object();    // `server` with the applied fields
    nlohmann::json conflicts = nlohmann::json::object(); // field -> {"base", "server", "client"}
};

// For each field in `client`: b = base[field], s = server[field], c = client[field]. If s == b or
// s == c the client's value is applied; otherwise the server's value stays and the field is a conflict.
MergeResult mergeFields(const nlohmann::json &server, const nlohmann::json &base,
                        const nlohmann::json &client);

} // namespace caravan::api::sync
