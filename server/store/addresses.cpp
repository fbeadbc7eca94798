#include "store/addresses.h"

#include "store/users.h"

namespace caravan::store {

namespace {

constexpr const char *kColumns = "SELECT id, user_id, name, line1, line2, city, postal_code, region, country, "
                                 "phone, is_default, created_at, updated_at FROM addresses ";

Address addressOf(const Row &r)
{
    Address a;
    a.id = r.text(0);
    a.userId = r.text(1);
    a.name = r.text(2);
    a.line1 = r.text(3);
    a.line2 = r.text(4);
    a.city = r.text(5);
    a.postalCode = r.text(6);
    a.region = r.text(7);
    a.country = r.text(8);
    a.phone = r.text(9);
    a.isDefault = r.integer(10) != 0;
    a.createdAt = r.integer(11);
    a.updatedAt = r.integer(12);
    return a;
}

// One writer per user at a time (the count limit and the single default hold under concurrency):
// PostgreSQL locks the user's row; SQLite's transactions take the write lock when they begin.
void lockOwner(Transaction &tx, const std::string &userId)
{
    if (tx.backend() == Backend::PostgreSQL)
        tx.query("SELECT id FROM users WHERE id = ? FOR UPDATE", {userId});
}

std::optional<Address> findIn(Transaction &tx, const std::string &userId, const std::string &id)
{
    const auto rows = tx.query(std::string(kColumns) + "WHERE user_id = ? AND id = ?", {userId, id});
    if (rows.empty())
        return std::nullopt;
    return addressOf(rows.front());
}

} // namespace

nlohmann::json Address::toShipTo() const
{
    nlohmann::json out = nlohmann::json::object();
    const std::pair<const char *, const std::string *> fields[] = {
        {"name", &name},     {"line1", &line1},   {"line2", &line2},     {"city", &city},
        {"postal_code", &postalCode}, {"region", &region}, {"country", &country}, {"phone", &phone}};
    for (const auto &[key, value] : fields)
        if (!value->empty())
            out[key] = *value;
    return out;
}

Address Address::fromShipTo(const nlohmann::json &shipTo)
{
    const auto text = [&](const char *key) {
        const auto it = shipTo.find(key);
        return it != shipTo.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    Address a;
    a.name = text("name");
    a.line1 = text("line1");
    a.line2 = text("line2");
    a.city = text("city");
    a.postalCode = text("postal_code");
    a.region = text("region");
    a.country = text("country");
    a.phone = text("phone");
    return a;
}

std::vector<Address> AddressStore::list(const std::string &userId)
{
    std::vector<Address> out;
    for (const auto &r : m_db.query(std::string(kColumns) + "WHERE user_id = ? ORDER BY is_default DESC, created_at, id",
                                    {userId}))
        out.push_back(addressOf(r));
    return out;
}

std::optional<Address> AddressStore::find(const std::string &userId, const std::string &id)
{
    const auto rows = m_db.query(std::string(kColumns) + "WHERE user_id = ? AND id = ?", {userId, id});
    if (rows.empty())
        return std::nullopt;
    return addressOf(rows.front());
}

std::optional<Address> AddressStore::defaultAddress(const std::string &userId)
{
    const auto rows = m_db.query(std::string(kColumns) + "WHERE user_id = ? AND is_default = 1", {userId});
    if (rows.empty())
        return std::nullopt;
    return addressOf(rows.front());
}

std::optional<Address> AddressStore::add(const std::string &userId, const Address &address, bool makeDefault)
{
    Transaction tx(m_db);
    lockOwner(tx, userId);
    const auto count = tx.query("SELECT COUNT(*) FROM addresses WHERE user_id = ?", {userId}).front().integer(0);
    if (count >= std::int64_t(kMaxPerUser))
        return std::nullopt;
    Address a = address;
    a.id = newUuid();
    a.userId = userId;
    a.createdAt = a.updatedAt = nowSeconds();
    a.isDefault = makeDefault || count == 0;
    if (a.isDefault)
        tx.execute("UPDATE addresses SET is_default = 0 WHERE user_id = ? AND is_default = 1", {userId});
    tx.execute("INSERT INTO addresses (id, user_id, name, line1, line2, city, postal_code, region, country, phone, "
               "is_default, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               {a.id, a.userId, a.name, a.line1, a.line2, a.city, a.postalCode, a.region, a.country, a.phone,
                std::int64_t{a.isDefault ? 1 : 0}, a.createdAt, a.updatedAt});
    tx.commit();
    return a;
}

bool AddressStore::update(const std::string &userId, const std::string &id, const Address &f)
{
    return m_db.execute("UPDATE addresses SET name = ?, line1 = ?, line2 = ?, city = ?, postal_code = ?, "
                        "region = ?, country = ?, phone = ?, updated_at = ? WHERE user_id = ? AND id = ?",
                        {f.name, f.line1, f.line2, f.city, f.postalCode, f.region, f.country, f.phone, nowSeconds(),
                         userId, id}) == 1;
}

bool AddressStore::remove(const std::string &userId, const std::string &id)
{
    Transaction tx(m_db);
    lockOwner(tx, userId);
    const auto existing = findIn(tx, userId, id);
    if (!existing)
        return false;
    tx.execute("DELETE FROM addresses WHERE user_id = ? AND id = ?", {userId, id});
    if (existing->isDefault) {
        const auto next =
            tx.query("SELECT id FROM addresses WHERE user_id = ? ORDER BY created_at, id LIMIT 1", {userId});
        if (!next.empty())
            tx.execute("UPDATE addresses SET is_default = 1 WHERE id = ?", {next.front().text(0)});
    }
    tx.commit();
    return true;
}

bool AddressStore::setDefault(const std::string &userId, const std::string &id)
{
    Transaction tx(m_db);
    lockOwner(tx, userId);
    if (!findIn(tx, userId, id))
        return false;
    // Two statements: a unique index is checked row by row, so one UPDATE swapping the flag could fail.
    tx.execute("UPDATE addresses SET is_default = 0 WHERE user_id = ? AND is_default = 1", {userId});
    tx.execute("UPDATE addresses SET is_default = 1, updated_at = ? WHERE user_id = ? AND id = ?",
               {nowSeconds(), userId, id});
    tx.commit();
    return true;
}

} // namespace caravan::store
