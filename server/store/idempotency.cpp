#include "store/idempotency.h"

namespace caravan::store {

IdempotencyStore::Claim IdempotencyStore::claim(const Request &r, std::int64_t now)
{
    auto s = m_db.session();
    // A key past its time to live is a new key (Stripe prunes them after 24 h).
    m_db.execute(s, "DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ? AND created_at <= ?",
                 {r.userId, r.key, now - m_ttl});
    const auto inserted = m_db.execute(
        s,
        "INSERT INTO idempotency_keys (user_id, idem_key, method, path, request_hash, "
        "recovery_point, resource_id, locked_until, created_at) VALUES (?, ?, ?, ?, ?, 'started', "
        "'', ?, ?) ON CONFLICT (user_id, idem_key) DO NOTHING",
        {r.userId, r.key, r.method, r.path, r.requestHash, now + m_lock, now});
    if (inserted == 1)
        return {Outcome::Started, "started", {}, 0, {}};

    const auto rows =
        m_db.query(s,
                   "SELECT method, path, request_hash, recovery_point, resource_id, locked_until, "
                   "response_status, response_body FROM idempotency_keys WHERE user_id = ? AND "
                   "idem_key = ?",
                   {r.userId, r.key});
    if (rows.empty()) // removed between the two statements (expired and purged): try once more
        return claim(r, now);
    const auto &row = rows.front();
    Claim c;
    c.recoveryPoint = row.text(3);
    c.resourceId = row.text(4);
    if (row.text(0) != r.method || row.text(1) != r.path || row.text(2) != r.requestHash) {
        c.outcome = Outcome::Mismatch;
        return c;
    }
    if (!row.isNull(6)) {
        c.outcome = Outcome::Replay;
        c.responseStatus = static_cast<int>(row.integer(6));
        c.responseBody = row.text(7);
        return c;
    }
    const auto lockedUntil = row.integer(5);
    if (lockedUntil > now) {
        c.outcome = Outcome::InUse;
        return c;
    }
    // The claim of a request that stopped half way ran out: take it over, if nobody else just did.
    const auto taken = m_db.execute(s,
                                    "UPDATE idempotency_keys SET locked_until = ? WHERE user_id = ? AND "
                                    "idem_key = ? AND locked_until = ? AND response_status IS NULL",
                                    {now + m_lock, r.userId, r.key, lockedUntil});
    c.outcome = taken == 1 ? Outcome::Resumed : Outcome::InUse;
    return c;
}

void IdempotencyStore::setRecoveryPoint(Transaction &tx, const Request &r, const std::string &point,
                                        const std::string &resourceId)
{
    tx.execute(
        "UPDATE idempotency_keys SET recovery_point = ?, resource_id = ? WHERE user_id = ? AND idem_key = ?",
        {point, resourceId, r.userId, r.key});
}

void IdempotencyStore::finish(Transaction &tx, const Request &r, int status, const std::string &body)
{
    tx.execute(
        "UPDATE idempotency_keys SET recovery_point = 'finished', response_status = ?, response_body = ?, "
        "locked_until = 0 WHERE user_id = ? AND idem_key = ?",
        {std::int64_t{status}, body, r.userId, r.key});
}

void IdempotencyStore::finish(const Request &r, int status, const std::string &body)
{
    Transaction tx(m_db);
    finish(tx, r, status, body);
    tx.commit();
}

void IdempotencyStore::unlock(const Request &r)
{
    m_db.execute("UPDATE idempotency_keys SET locked_until = 0 WHERE user_id = ? AND idem_key = ? AND "
                 "response_status IS NULL",
                 {r.userId, r.key});
}

void IdempotencyStore::forget(const Request &r)
{
    m_db.execute(
        "DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ? AND response_status IS NULL",
        {r.userId, r.key});
}

std::size_t IdempotencyStore::purgeExpired(std::int64_t now)
{
    return m_db.execute("DELETE FROM idempotency_keys WHERE created_at <= ?", {now - m_ttl});
}

} // namespace caravan::store
