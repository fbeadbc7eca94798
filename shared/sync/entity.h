#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Every synced entity, declared once (docs/sync.md, "Entities and field ownership", and "How to add an
// entity"): its name on the wire, the fields the seller writes, the fields only the server writes, and the
// operations a push may carry for it. The server checks pushed fields against it, the app takes the
// fields it merges locally from it, and the listing JSON takes its field names from it.
namespace caravan::sync {

enum class Op { Upsert, Delete, Resolve };

std::string_view toString(Op op);
std::optional<Op> parseOp(std::string_view name);

enum class Owner { Seller, Server, Unknown };

struct Entity
{
    std::string name;
    std::vector<std::string> sellerOwned; // written by the app, merged field by field
    std::vector<std::string> serverOwned; // written only by the server; a push naming one is refused
    std::vector<Op> ops;                  // what a push may do to a record of this entity

    [[nodiscard]] Owner owner(std::string_view field) const;
    [[nodiscard]] bool takes(Op op) const;
    [[nodiscard]] bool takes(std::string_view op) const;
};

const Entity &listing();
const Entity &profile();
const Entity &conflict();
const Entity &order();
const Entity &evidence();
const Entity &message();

// Every entity, in the order of docs/sync.md.
const std::vector<const Entity *> &entities();
// The entity called `name`; nullptr if there is none.
const Entity *find(std::string_view name);

// Why the fields of a push cannot be written (docs/sync.md, "Push", rule 3 and `unknown_field`).
struct FieldRefusal
{
    std::string code;  // server_owned_field, unknown_field
    std::string field; // the first such field, in the order of `fields`
};
// Nothing if every key of the object `fields` is seller-owned.
std::optional<FieldRefusal> refuseFields(const Entity &entity, const nlohmann::json &fields);

// The seller-owned members of the record `data` (an object; anything else gives an empty object).
nlohmann::json sellerPart(const Entity &entity, const nlohmann::json &data);

} // namespace caravan::sync
