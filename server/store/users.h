#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

struct User
{
    std::string id;
    std::string email;
    std::string displayName;
    std::string country;
    std::vector<std::string> roles; // sorted: buyer, seller, staff
    std::int64_t createdAt = 0;
    std::string language = "en";     // the web catalog the account's mail is written in
    std::int64_t emailVerifiedAt = 0; // 0: the address is not verified yet
    bool hasRole(const std::string &role) const;
    bool emailVerified() const { return emailVerifiedAt != 0; }
};

struct NewUser
{
    std::string email;
    std::string displayName;
    std::string country;
    std::string passwordHash;
    std::vector<std::string> roles;
    std::string language = "en";
    bool emailVerified = false; // operator-made accounts are; web registrations verify by mail
};

class EmailTakenError : public std::runtime_error
{
public:
    EmailTakenError()
        : std::runtime_error("an account with this email address exists already")
    {}
};

class UserRepository
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {}

    // Creates the user with its roles in one transaction. Throws EmailTakenError.
    User create(const NewUser &user);
    std::optional<User> findById(const std::string &id);
    std::optional<User> findByEmail(const std::string &email); // case-insensitive
    // The stored password hash ("" if the user does not exist).
    std::string passwordHash(const std::string &userId);
    void setPasswordHash(const std::string &userId, const std::string &hash);
    std::vector<User> list();
    std::int64_t count();
    // Whether `userId` holds `role`, read in the caller's transaction.
    static bool hasRole(Transaction &tx, const std::string &userId, const std::string &role);

private:
    std::vector<std::string> rolesOf(Poco::Data::Session &s, const std::string &userId);
    Database &m_db;
};

// Lower-cases ASCII letters; the store compares emails in this form.
std::string normaliseEmail(const std::string &email);
// A random (version 4) UUID in its usual text form.
std::string newUuid();

} // namespace caravan::store
