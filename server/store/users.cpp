#include "store/users.h"

#include <Poco/UUIDGenerator.h>
#include <algorithm>

namespace caravan::store {

namespace {
const char *kUserColumns =
    "SELECT id, email, display_name, country, created_at, language, email_verified_at FROM users ";

User userFromRow(const Row &r)
{
    User u;
    u.id = r.text(0);
    u.email = r.text(1);
    u.displayName = r.text(2);
    u.country = r.text(3);
    u.createdAt = r.integer(4);
    u.language = r.text(5);
    u.emailVerifiedAt = r.integer(6);
    return u;
}
} // namespace

bool User::hasRole(const std::string &role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::string normaliseEmail(const std::string &email)
{
    std::string out = email;
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c); });
    return out;
}

std::string newUuid()
{
    return Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
}

User UserRepository::create(const NewUser &nu)
{
    User u;
    u.id = newUuid();
    u.email = nu.email;
    u.displayName = nu.displayName;
    u.country = nu.country;
    u.createdAt = nowSeconds();
    u.roles = nu.roles;
    u.language = nu.language;
    u.emailVerifiedAt = nu.emailVerified ? u.createdAt : 0;
    std::sort(u.roles.begin(), u.roles.end());
    u.roles.erase(std::unique(u.roles.begin(), u.roles.end()), u.roles.end());
    try {
        Transaction tx(m_db);
        tx.execute(
            "INSERT INTO users (id, email, email_lower, display_name, country, password_hash, created_at, "
            "updated_at, language, email_verified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {u.id, u.email, normaliseEmail(u.email), u.displayName, u.country, nu.passwordHash, u.createdAt,
             u.createdAt, u.language, u.emailVerifiedAt ? Param{u.emailVerifiedAt} : Param{Null{}}});
        for (const auto &role : u.roles)
            tx.execute("INSERT INTO user_roles (user_id, role, granted_at) VALUES (?, ?, ?)",
                       {u.id, role, u.createdAt});
        tx.commit();
    } catch (const std::exception &e) {
        if (isUniqueViolation(e) && findByEmail(u.email))
            throw EmailTakenError();
        throw;
    }
    return u;
}

std::vector<std::string> UserRepository::rolesOf(Poco::Data::Session &s, const std::string &userId)
{
    std::vector<std::string> roles;
    for (const auto &r :
         m_db.query(s, "SELECT role FROM user_roles WHERE user_id = ? ORDER BY role", {userId}))
        roles.push_back(r.text(0));
    return roles;
}

std::optional<User> UserRepository::findById(const std::string &id)
{
    auto s = m_db.session();
    const auto rows = m_db.query(s, std::string(kUserColumns) + "WHERE id = ?", {id});
    if (rows.empty())
        return std::nullopt;
    User u = userFromRow(rows.front());
    u.roles = rolesOf(s, u.id);
    return u;
}

std::optional<User> UserRepository::findByEmail(const std::string &email)
{
    auto s = m_db.session();
    const auto rows =
        m_db.query(s, std::string(kUserColumns) + "WHERE email_lower = ?", {normaliseEmail(email)});
    if (rows.empty())
        return std::nullopt;
    User u = userFromRow(rows.front());
    u.roles = rolesOf(s, u.id);
    return u;
}

std::string UserRepository::passwordHash(const std::string &userId)
{
    const auto rows = m_db.query("SELECT password_hash FROM users WHERE id = ?", {userId});
    return rows.empty() ? std::string() : rows.front().text(0);
}

void UserRepository::setPasswordHash(const std::string &userId, const std::string &hash)
{
    m_db.execute("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?",
                 {hash, nowSeconds(), userId});
}

std::vector<User> UserRepository::list()
{
    auto s = m_db.session();
    std::vector<User> users;
    for (const auto &r : m_db.query(s, std::string(kUserColumns) + "ORDER BY email_lower"))
        users.push_back(userFromRow(r));
    for (auto &u : users)
        u.roles = rolesOf(s, u.id);
    return users;
}

std::int64_t UserRepository::count()
{
    return m_db.query("SELECT COUNT(*) FROM users").front().integer(0);
}

bool UserRepository::hasRole(Transaction &tx, const std::string &userId, const std::string &role)
{
    return !tx.query("SELECT 1 FROM user_roles WHERE user_id = ? AND role = ?", {userId, role}).empty();
}

} // namespace caravan::store
