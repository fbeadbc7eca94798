#include "store/throttle.h"

#include <algorithm>

namespace caravan::store {

std::int64_t ThrottleRepository::lockedUntil(const std::vector<std::string> &keys, std::int64_t now)
{
    std::int64_t latest = 0;
    auto s = m_db.session();
    for (const auto &key : keys) {
        const auto rows = m_db.query(
            s, "SELECT locked_until FROM login_throttle WHERE throttle_key = ? AND locked_until > ?",
            {key, now});
        if (!rows.empty())
            latest = std::max(latest, rows.front().integer(0));
    }
    return latest;
}

std::int64_t ThrottleRepository::recordFailure(const std::string &key, std::int64_t now,
                                               std::int64_t windowSeconds, std::int64_t maxFailures,
                                               std::int64_t lockoutSeconds)
{
    const std::int64_t windowOpenedBefore = now - windowSeconds;
    Transaction tx(m_db);
    // One statement on both backends: a new key starts a window, an expired window starts over.
    tx.execute(
        "INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until) VALUES (?, 1, ?, 0) "
        "ON CONFLICT (throttle_key) DO UPDATE SET "
        "failures = CASE WHEN login_throttle.window_start <= ? THEN 1 ELSE login_throttle.failures + 1 END, "
        "window_start = CASE WHEN login_throttle.window_start <= ? THEN ? ELSE login_throttle.window_start "
        "END",
        {key, now, windowOpenedBefore, windowOpenedBefore, now});
    tx.execute("UPDATE login_throttle SET locked_until = ?, failures = 0, window_start = ? "
               "WHERE throttle_key = ? AND failures >= ?",
               {now + lockoutSeconds, now, key, maxFailures});
    const auto rows = tx.query("SELECT locked_until FROM login_throttle WHERE throttle_key = ?", {key});
    tx.commit();
    const std::int64_t until = rows.empty() ? 0 : rows.front().integer(0);
    return until > now ? until : 0;
}

Admission ThrottleRepository::admit(std::vector<ThrottleKey> keys, std::int64_t now)
{
    Transaction tx(m_db);
    const auto admission = admit(tx, std::move(keys), now);
    if (admission.admitted)
        tx.commit();
    return admission; // refused: rolled back, a refused attempt counts nowhere
}

Admission ThrottleRepository::admit(Transaction &tx, std::vector<ThrottleKey> keys, std::int64_t now)
{
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    Admission admission;
    std::vector<const ThrottleKey *> reached;
    for (const auto &k : keys) {
        const std::int64_t windowOpenedBefore = now - k.windowSeconds;
        // The upsert takes the row's lock until the end of the transaction (PostgreSQL: row lock; SQLite:
        // the database's write lock, taken at BEGIN IMMEDIATE): parallel attempts count one at a time. A
        // locked key is not counted further.
        tx.execute("INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until) "
                   "VALUES (?, 1, ?, 0) ON CONFLICT (throttle_key) DO UPDATE SET "
                   "failures = CASE WHEN login_throttle.locked_until > ? THEN login_throttle.failures "
                   "WHEN login_throttle.window_start <= ? THEN 1 ELSE login_throttle.failures + 1 END, "
                   "window_start = CASE WHEN login_throttle.locked_until > ? THEN login_throttle.window_start "
                   "WHEN login_throttle.window_start <= ? THEN ? ELSE login_throttle.window_start END",
                   {k.key, now, now, windowOpenedBefore, now, windowOpenedBefore, now});
        const auto rows =
            tx.query("SELECT failures, locked_until FROM login_throttle WHERE throttle_key = ?", {k.key});
        const auto failures = rows.empty() ? 0 : rows.front().integer(0);
        const auto lockedUntil = rows.empty() ? 0 : rows.front().integer(1);
        if (lockedUntil > now)
            admission.lockedUntil = std::max(admission.lockedUntil, lockedUntil);
        else if (failures >= k.maxAttempts)
            reached.push_back(&k);
    }
    if (admission.lockedUntil > now)
        return admission;
    for (const auto *k : reached)
        tx.execute("UPDATE login_throttle SET locked_until = ?, failures = 0, window_start = ? "
                   "WHERE throttle_key = ?",
                   {now + k->lockoutSeconds, now, k->key});
    admission.admitted = true;
    return admission;
}

void ThrottleRepository::refund(const std::vector<std::string> &keys, std::int64_t now)
{
    for (const auto &key : keys)
        m_db.execute("UPDATE login_throttle SET failures = failures - 1 "
                     "WHERE throttle_key = ? AND failures > 0 AND locked_until <= ?",
                     {key, now});
}

void ThrottleRepository::clear(const std::string &key)
{
    m_db.execute("DELETE FROM login_throttle WHERE throttle_key = ?", {key});
}

std::size_t ThrottleRepository::purgeStale(std::int64_t now, std::int64_t maxWindowSeconds)
{
    return m_db.execute("DELETE FROM login_throttle WHERE locked_until <= ? AND window_start <= ?",
                        {now, now - maxWindowSeconds});
}

std::string SecretRepository::getOrCreate(const std::string &name, const std::string &candidate)
{
    m_db.execute("INSERT INTO server_secrets (name, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (name) "
                 "DO NOTHING",
                 {name, candidate, nowSeconds()});
    return m_db.query("SELECT secret FROM server_secrets WHERE name = ?", {name}).front().text(0);
}

} // namespace caravan::store
