#pragma once

#include "store/database.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

// One entry of a user's address book. The fields and their rules are those of an order's ship_to
// (orders::checkAddress); optional fields are "" when not given.
struct Address
{
    std::string id;
    std::string userId;
    std::string name;
    std::string line1;
    std::string line2;
    std::string city;
    std::string postalCode;
    std::string region;
    std::string country; // ISO 3166-1 alpha-2
    std::string phone;
    bool isDefault = false;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    // The address as an order's ship_to: {"name", "line1", "line2", "city", "postal_code", "region",
    // "country", "phone"}, only the fields that are set.
    nlohmann::json toShipTo() const;
    // The fields of a ship_to object (checked by orders::checkAddress first); id, owner and times unset.
    static Address fromShipTo(const nlohmann::json &shipTo);
};

// The address book: several addresses per user, at most one of them the default (the first address
// becomes it). Every function takes the owner's id: another user's address is not found, changed or
// removed, as if it did not exist. The store keeps what it is given: check the fields with
// orders::checkAddress before add and update (the account pages do).
class AddressStore
{
public:
    static constexpr std::size_t kMaxPerUser = 20;

    explicit AddressStore(Database &db)
        : m_db(db)
    {}

    // The default first, then the others oldest first.
    std::vector<Address> list(const std::string &userId);
    std::optional<Address> find(const std::string &userId, const std::string &id);
    std::optional<Address> defaultAddress(const std::string &userId);
    // Stores the address (a new id) and returns it; the user's first address, or one added with
    // `makeDefault`, becomes the default. Nothing when the user has kMaxPerUser addresses already.
    std::optional<Address> add(const std::string &userId, const Address &address, bool makeDefault = false);
    // Replaces the fields of the user's address `id` (not its default flag). False if there is none.
    bool update(const std::string &userId, const std::string &id, const Address &fields);
    // Removes the user's address `id`; if it was the default, the oldest remaining one becomes it.
    bool remove(const std::string &userId, const std::string &id);
    bool setDefault(const std::string &userId, const std::string &id);

private:
    Database &m_db;
};

} // namespace caravan::store
