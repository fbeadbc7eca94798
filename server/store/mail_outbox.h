#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

// A message waiting in the outbox: written out in full (subject and plain text in the recipient's
// language) when it is queued, so that every attempt sends the same message with the same Message-ID.
struct QueuedMail
{
    std::int64_t id = 0;
    std::string messageId; // without angle brackets
    std::string userId;    // "" for mail that belongs to no account
    std::string kind;      // verify_email, password_reset, ...
    std::string recipient;
    std::string language;
    std::string subject;
    std::string body;
    std::int64_t createdAt = 0;
    std::int64_t attempts = 0; // failed attempts so far
};

// The SQL of the mail outbox. Safe with several server processes: a due message is claimed with a lease
// before it is sent, so two processes do not send it at once (a process that dies mid-send leaves the
// lease to expire, and the message is sent again: delivery is at least once).
class MailOutboxStore
{
public:
    explicit MailOutboxStore(Database &db)
        : m_db(db)
    {}

    // Queues the message, due at once. Returns its row id.
    std::int64_t enqueue(const QueuedMail &mail, std::int64_t now);
    // The same inside the caller's transaction (the mail is queued if and only if the rest commits).
    static std::int64_t enqueue(Transaction &tx, const QueuedMail &mail, std::int64_t now);
    // Claims up to `limit` due messages (next attempt reached, no live lease) for `holder` until
    // now + leaseSeconds, oldest first.
    std::vector<QueuedMail> claimDue(std::int64_t now, std::int64_t leaseSeconds, const std::string &holder,
                                     std::int64_t limit);
    // A sent or given-up message leaves the outbox.
    void remove(std::int64_t id);
    // A failed attempt: counted, the lease dropped, the next attempt at `nextAttemptAt`.
    void reschedule(std::int64_t id, std::int64_t attempts, std::int64_t nextAttemptAt, const std::string &error);
    // Mail queued for the user or to the address (an account being deleted).
    static std::size_t removeFor(Transaction &tx, const std::string &userId, const std::string &recipient);
    std::int64_t pending();
    std::optional<std::int64_t> nextDue(); // the earliest next attempt, if any message waits

private:
    Database &m_db;
};

} // namespace caravan::store
