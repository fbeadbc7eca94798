#pragma once

#include "listing/issues.h"
#include "listing/listing.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

// The stable JSON encoding of a listing, for sync and the server. The fields are the seller-owned fields
// of the `listing` entity as sync declares them (sync::listing() in shared/sync/entity.h), plus id. Empty
// fields are left out, keys are sorted and the text is compact UTF-8, so equal listings always encode to
// identical bytes.
namespace caravan::listing {

nlohmann::json toJson(const Listing &listing);
// Throws nlohmann::json::type_error if a text is not valid UTF-8 (validation reports invalid_utf8 first).
std::string toStableJson(const Listing &listing);

struct JsonDecodeResult
{
    Listing listing;
    std::vector<Issue> issues;              // json_invalid (field, expected), unknown_condition, ...
    std::vector<std::string> unknownFields; // keys that are not listing fields (ignored)
    bool ok() const { return issues.empty(); }
};

// Reads what toJson writes. Wrong types are reported per field and never guessed; the HS code is
// normalised ("6109.10" -> "610910"). Keys that are not listing fields are listed, not fatal.
JsonDecodeResult fromJson(const nlohmann::json &json);
JsonDecodeResult fromJsonText(std::string_view text);

// The seller-owned fields only (everything but id), as encoded by toJson.
nlohmann::json sellerOwnedJson(const Listing &listing);
// "sha256:<64 hex>" of the compact, sorted encoding of the seller-owned fields: the sync baseline's
// fingerprint. Equal seller-owned content gives the same hash on every machine.
std::string contentHash(const Listing &listing);

} // namespace caravan::listing
