#include "store/mail_outbox.h"

namespace caravan::store {

std::int64_t MailOutboxStore::enqueue(const QueuedMail &m, std::int64_t now)
{
    Transaction tx(m_db);
    const auto id = enqueue(tx, m, now);
    tx.commit();
    return id;
}

std::int64_t MailOutboxStore::enqueue(Transaction &tx, const QueuedMail &m, std::int64_t now)
{
    tx.execute("INSERT INTO mail_outbox (message_id, user_id, kind, recipient, language, subject, body, created_at, "
               "attempts, next_attempt_at, lease_until, lease_holder, last_error) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, '', '')",
               {m.messageId, m.userId.empty() ? Param{Null{}} : Param{m.userId}, m.kind, m.recipient, m.language,
                m.subject, m.body, now, now});
    return tx.query("SELECT id FROM mail_outbox WHERE message_id = ?", {m.messageId}).front().integer(0);
}

std::vector<QueuedMail> MailOutboxStore::claimDue(std::int64_t now, std::int64_t leaseSeconds,
                                                  const std::string &holder, std::int64_t limit)
{
    std::vector<QueuedMail> out;
    const auto due = m_db.query("SELECT id FROM mail_outbox WHERE next_attempt_at <= ? AND lease_until <= ? "
                                "ORDER BY next_attempt_at, id LIMIT ?",
                                {now, now, limit});
    for (const auto &row : due) {
        const auto id = row.integer(0);
        // The claim: only one process turns an expired lease into its own.
        if (m_db.execute("UPDATE mail_outbox SET lease_until = ?, lease_holder = ? WHERE id = ? AND lease_until <= ?",
                         {now + leaseSeconds, holder, id, now}) != 1)
            continue;
        const auto rows = m_db.query("SELECT id, message_id, user_id, kind, recipient, language, subject, body, "
                                     "created_at, attempts FROM mail_outbox WHERE id = ?",
                                     {id});
        if (rows.empty())
            continue;
        const auto &r = rows.front();
        out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7),
                       r.integer(8), r.integer(9)});
    }
    return out;
}

void MailOutboxStore::remove(std::int64_t id)
{
    m_db.execute("DELETE FROM mail_outbox WHERE id = ?", {id});
}

void MailOutboxStore::reschedule(std::int64_t id, std::int64_t attempts, std::int64_t nextAttemptAt,
                                 const std::string &error)
{
    m_db.execute("UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, lease_until = 0, lease_holder = '', "
                 "last_error = ? WHERE id = ?",
                 {attempts, nextAttemptAt, error.substr(0, 500), id});
}

std::size_t MailOutboxStore::removeFor(Transaction &tx, const std::string &userId, const std::string &recipient)
{
    return tx.execute("DELETE FROM mail_outbox WHERE user_id = ? OR recipient = ?", {userId, recipient});
}

std::int64_t MailOutboxStore::pending()
{
    return m_db.query("SELECT COUNT(*) FROM mail_outbox").front().integer(0);
}

std::optional<std::int64_t> MailOutboxStore::nextDue()
{
    const auto rows = m_db.query("SELECT MIN(next_attempt_at) FROM mail_outbox");
    if (rows.empty() || rows.front().isNull(0))
        return std::nullopt;
    return rows.front().integer(0);
}

} // namespace caravan::store
